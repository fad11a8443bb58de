# Data stays in the approved regions (SOC 2 CC6.1, C1.1; GDPR data residency).

policy {
  terraform_config {
    required_version = ">= 1.5.0"
  }
}

input "allowed_regions" {
  type    = list(string)
  default = ["eu-west-1", "eu-central-1"]
}

provider_policy "aws" "allowed_regions" {
  enforcement_level = "mandatory"

  enforce {
    condition     = core::contains(input.allowed_regions, core::try(attrs.region, ""))
    error_message = "AWS provider region ${core::try(attrs.region, "(not set)")} is not one of ${core::join(", ", input.allowed_regions)}"
  }
}
