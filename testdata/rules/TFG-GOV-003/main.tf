# Suppressions that cover no finding are reported; those that do are not.

# expect-below: TFG-GOV-003
# tfgate:ignore TFG-ENC-022 -- rotation is on now, the comment stayed
resource "aws_kms_key" "fixed" {
  description         = "fixed"
  enable_key_rotation = true
}

# tfgate:ignore TFG-ENC-022 -- still needed
resource "aws_kms_key" "still_needed" {
  description = "still needed"
}

resource "aws_kms_key" "wrong_line" {
  description = "the comment is above an argument the finding is not on"
  # expect-below: TFG-GOV-003
  # tfgate:ignore TFG-ENC-022 -- on the wrong line
  deletion_window_in_days = 30
}

# A rule undecided on the resource (the versioning resource's link to it is not known before
# apply): the comment may well suppress a finding once it is, so it is not reported.
variable "versioning_enabled" {
  type = bool
}

# tfgate:ignore TFG-S3-010 -- versioning is optional for this bucket
resource "aws_s3_bucket" "maybe" {
  bucket = "maybe-versioned"
}

resource "aws_s3_bucket_versioning" "maybe" {
  count  = var.versioning_enabled ? 1 : 0
  bucket = join("", [aws_s3_bucket.maybe.id])
  versioning_configuration {
    status = "Enabled"
  }
}
