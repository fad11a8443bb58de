# TFG-EC2-004: every launch permission shares the image: with an account, an organization,
# an organizational unit, or everyone (group "all").

resource "aws_ami_launch_permission" "account" {
  image_id   = "ami-0123456789abcdef0"
  account_id = "210987654321" # expect: TFG-EC2-004
}

resource "aws_ami_launch_permission" "public" {
  image_id = "ami-0123456789abcdef0"
  group    = "all" # expect: TFG-EC2-004
}

resource "aws_ami_launch_permission" "organization" {
  image_id         = "ami-0123456789abcdef0"
  organization_arn = "arn:aws:organizations::123456789012:organization/o-abc123def4" # expect: TFG-EC2-004
}

resource "aws_ami_launch_permission" "unit" {
  for_each                = toset(["ou-ab12-11111111", "ou-ab12-22222222"])
  image_id                = "ami-0123456789abcdef0"
  organizational_unit_arn = "arn:aws:organizations::123456789012:ou/o-abc123def4/${each.key}" # expect: TFG-EC2-004
}

# An image that stays in the account.
resource "aws_ami_copy" "private" {
  name              = "private"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
}
