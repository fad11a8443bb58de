# Two regions: global types recorded once, in the home region's recorder.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

resource "aws_config_configuration_recorder" "home" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"

  recording_group {
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder" "us" {
  provider = aws.us
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}
