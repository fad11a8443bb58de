locals {
  a = "${local.b}-a"
  b = "${local.c}-b"
  c = "${local.a}-c"
  fine = "still evaluated"
}

resource "aws_s3_bucket" "b" {
  bucket = local.fine
  tags   = { cyclic = local.a }
}
