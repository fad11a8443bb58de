# A registry module that `terraform init` downloaded into .terraform/modules, found
# through .terraform/modules/modules.json (its nested module too).
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  name    = "main"
}

resource "aws_flow_log" "vpc" {
  vpc_id = module.vpc.vpc_id
}
