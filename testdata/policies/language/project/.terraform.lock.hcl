# Written by hand in the format `terraform init` writes (hashes left out).

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.67.0"
  constraints = ">= 4.0.0"
}
