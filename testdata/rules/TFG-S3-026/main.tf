resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  acl    = "public-read-write" # expect: TFG-S3-026
}

resource "aws_s3_bucket_public_access_block" "v3" {
  bucket                  = aws_s3_bucket.v3.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_acl" "v4" {
  bucket = aws_s3_bucket.v4.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # expect: TFG-S3-026
      }
      permission = "READ"
    }
    owner {
      id = "owner"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "v4" {
  bucket             = aws_s3_bucket.v4.id
  ignore_public_acls = true
}

# The block leaves ACLs alone: the public ACL is in force (TFG-S3-002 reports it).
resource "aws_s3_bucket" "in_force" {
  bucket = "in-force"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "in_force" {
  bucket                  = aws_s3_bucket.in_force.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = false
  restrict_public_buckets = true
}

# A private ACL under a full block is the intended setup.
resource "aws_s3_bucket" "private" {
  bucket = "private"
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "private" {
  bucket             = aws_s3_bucket.private.id
  block_public_acls  = true
  ignore_public_acls = true
}

# A block that may not be created: undecided.
variable "blocked" {
  type = bool
}

resource "aws_s3_bucket" "maybe" {
  bucket = "maybe"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "maybe" {
  count             = var.blocked ? 1 : 0
  bucket            = aws_s3_bucket.maybe.id
  block_public_acls = true
}
