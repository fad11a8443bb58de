resource "aws_s3_bucket" "bare" { # expect: TFG-S3-001
  bucket = "bare"
}

# Linked by reference.
resource "aws_s3_bucket" "by_ref" {
  bucket = "by-ref"
}

resource "aws_s3_bucket_public_access_block" "by_ref" {
  bucket                  = aws_s3_bucket.by_ref.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Linked by literal name.
resource "aws_s3_bucket" "by_name" {
  bucket = "by-name"
}

resource "aws_s3_bucket_public_access_block" "by_name" {
  bucket                  = "by-name"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# for_each buckets, each with its own block.
resource "aws_s3_bucket" "each" {
  for_each = toset(["a", "b"])
  bucket   = "each-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "each" {
  for_each                = aws_s3_bucket.each
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The block lives in a module and gets the bucket through an input.
resource "aws_s3_bucket" "via_module" {
  bucket = "via-module"
}

module "guard" {
  source = "./modules/bucket"
  bucket = aws_s3_bucket.via_module.id
}
