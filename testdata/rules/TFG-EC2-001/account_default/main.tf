# The account default requires IMDSv2: resources that leave http_tokens out pass, an explicit
# "optional" is still a finding.

resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}

resource "aws_instance" "inherits" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "overrides" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional" # expect: TFG-EC2-001
  }
}
