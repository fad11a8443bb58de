resource "aws_cloudtrail_event_data_store" "plain" { # expect: TFG-CT-010
  name = "plain"
}

resource "aws_kms_key" "lake" {
  description = "lake"
}

resource "aws_cloudtrail_event_data_store" "cmk" {
  name       = "cmk"
  kms_key_id = aws_kms_key.lake.arn
}

# Event data stores take a customer managed key; a lookup of an AWS managed key is not one,
# a lookup of the account's own alias is.
data "aws_kms_alias" "aws_managed" {
  name = "alias/aws/cloudtrail"
}

data "aws_kms_alias" "own" {
  name = "alias/lake"
}

resource "aws_cloudtrail_event_data_store" "looked_up_aws_key" {
  name       = "looked-up-aws-key"
  kms_key_id = data.aws_kms_alias.aws_managed.target_key_arn # expect: TFG-CT-010
}

resource "aws_cloudtrail_event_data_store" "looked_up_own_key" {
  name       = "looked-up-own-key"
  kms_key_id = data.aws_kms_alias.own.target_key_arn
}
