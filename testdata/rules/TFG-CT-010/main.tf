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
