# A recorder of listed types that lists IAM types records them.
resource "aws_config_configuration_recorder" "listed" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"

  recording_group {
    all_supported  = false
    resource_types = ["AWS::EC2::Instance", "AWS::IAM::Role"]
  }
}
