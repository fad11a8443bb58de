# The shapes of the public reference's examples, written for tfgate's tests: a policy block
# with every option, inputs read through core::contains and core::join, a module policy on
# every module with a semver constraint built from a local, a provider policy filtered on
# meta.alias with a version check in its locals, and top-level locals.

locals {
  approved_regions   = ["eu-west-1", "eu-central-1"]
  version_constraint = ">= 5.0.0"
}

input "allowed_instance_types" {
  type        = list(string)
  description = "Instance types teams may run"
  default     = ["t3.micro", "t3.small"]
  sensitive   = false
  nullable    = false
}

input "environment" {
  type        = string
  description = "Where this runs"
  default     = "dev"
}

resource_policy "aws_instance" "testing" {
  operations        = ["create", "update"]
  enforcement_level = "mandatory"
  filter            = core::try(attrs.tags.env, "") == "testing"

  locals {
    allowed_type = "t3.micro"
  }

  enforce {
    condition     = attrs.instance_type == local.allowed_type
    error_message = "Only ${local.allowed_type} instances are allowed in testing environments."
    info_message  = "Checking instance type: ${attrs.instance_type}"
  }
}

resource_policy "aws_instance" "instance_type_check" {
  enforce {
    condition     = core::contains(input.allowed_instance_types, attrs.instance_type)
    error_message = "Instance type ${attrs.instance_type} is not in the allowed list for the ${input.environment} environment: ${core::join(", ", input.allowed_instance_types)}"
  }
}

module_policy "*" "version_and_source_check" {
  enforcement_level = "mandatory"
  filter            = meta.version != null

  locals {
    min_version = "1.0.0"
  }

  enforce {
    condition     = core::semverconstraint(meta.version, ">= ${local.min_version}")
    error_message = "Module version must be at least ${local.min_version}."
  }
}

provider_policy "aws" "standard_configuration" {
  enforcement_level = "mandatory"
  filter            = meta.alias == null

  locals {
    meets_version = core::semverconstraint(meta.version, local.version_constraint)
  }

  enforce {
    condition     = core::contains(local.approved_regions, attrs.region)
    error_message = "AWS provider region must be one of: ${core::join(", ", local.approved_regions)}"
  }

  enforce {
    condition     = meta.source == "hashicorp/aws"
    error_message = "Only the official HashiCorp AWS provider is permitted."
  }

  enforce {
    condition     = local.meets_version
    error_message = "The AWS provider version must be at least ${local.version_constraint}."
  }
}
