# The bucket's ACL is private in the code and in the state; someone set it to public-read in
# the console. The plan (made with refresh) records the drift and puts private back.
resource "aws_s3_bucket" "logs" {
  bucket = "tfgate-drift-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "private"
}
