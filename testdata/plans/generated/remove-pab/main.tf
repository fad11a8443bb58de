# The change removes the bucket's public access block from the code: the plan deletes it.
resource "aws_s3_bucket" "data" {
  bucket = "tfgate-fixture-pab"
}
