# The trail's bucket comes out of a module; the trail points at it through the output.
module "logs" {
  source = "./modules/logs"
  name   = "audit-logs-public"
}

resource "aws_cloudtrail" "public" {
  name           = "public"
  s3_bucket_name = module.logs.bucket_id # expect: TFG-CT-005
}

# Linked by literal name to a bucket with a public policy.
resource "aws_s3_bucket" "policy" {
  bucket = "audit-logs-policy"
}

resource "aws_s3_bucket_policy" "policy" {
  bucket = aws_s3_bucket.policy.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.policy.arn}/*" }]
  })
}

resource "aws_s3_bucket_public_access_block" "policy" {
  bucket                  = aws_s3_bucket.policy.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_cloudtrail" "by_name" {
  name           = "by-name"
  s3_bucket_name = "audit-logs-policy" # expect: TFG-CT-005
}

# A private, fully blocked bucket.
resource "aws_s3_bucket" "private" {
  bucket = "audit-logs-private"
}

resource "aws_s3_bucket_public_access_block" "private" {
  bucket                  = aws_s3_bucket.private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudtrail" "private" {
  name           = "private"
  s3_bucket_name = aws_s3_bucket.private.id
}

# A bucket managed elsewhere: undecided, not a finding.
resource "aws_cloudtrail" "external" {
  name           = "external"
  s3_bucket_name = "org-audit-logs"
}

# A private bucket without a public access block is not public (TFG-S3-001 reports the
# missing block on the bucket).
resource "aws_s3_bucket" "private_no_block" {
  bucket = "audit-logs-private-no-block"
  acl    = "private"
}

resource "aws_cloudtrail" "private_no_block" {
  name           = "private-no-block"
  s3_bucket_name = aws_s3_bucket.private_no_block.id
}

# A public ACL that the bucket's public access block ignores is not in effect; a public
# policy with restrict_public_buckets off still is.
resource "aws_s3_bucket" "acl_ignored" {
  bucket = "audit-logs-acl-ignored"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "acl_ignored" {
  bucket                  = aws_s3_bucket.acl_ignored.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudtrail" "acl_ignored" {
  name           = "acl-ignored"
  s3_bucket_name = aws_s3_bucket.acl_ignored.id
}
