# Terraform evaluates module inputs and outputs one by one, so a module's input may depend
# on another of its outputs (here through a policy document), which is not a cycle.
module "bucket" {
  source = "./modules/bucket"
  name   = "lazy"
  policy = data.aws_iam_policy_document.bucket.json
}

data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${module.bucket.arn}/*"]
  }
}

data "aws_region" "current" {
  # Set to null in configuration: the provider computes it, so references read unknown.
  region = null
}

resource "aws_ssm_parameter" "region" {
  name  = "region"
  value = try(data.aws_region.current.region, "fallback")
}

# A resource that only a called module reads, through an input: the module's instances are
# collected after the root's own resources, and the reference must still see the key.
resource "aws_kms_key" "logs" {
  description = "log key"
}

module "reader" {
  source = "./modules/reader"
  key    = aws_kms_key.logs
}

module "typed" {
  source = "./modules/typed"
  key    = aws_kms_key.logs
}
