# Suppressions naming what is no rule; foreign ids tfgate does not have are not findings.

# expect-below: TFG-GOV-002
# tfgate:ignore TFG-ENC-99 -- typo of TFG-ENC-022
resource "aws_kms_key" "typo" {
  description = "typo"
  enable_key_rotation = true
}

# tfgate:ignore kms-key-rotation-disabled, CKV_AWS_7 -- names and aliases work
resource "aws_kms_key" "by_name" {
  description = "by name"
}

# expect-below: TFG-GOV-002
# tfgate:ignore -- names no rule
resource "aws_kms_key" "nothing" {
  description = "nothing named"
  enable_key_rotation = true
}

#tfsec:ignore:aws-ec2-enforce-http-token-imds -- a tfsec check tfgate does not have
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
