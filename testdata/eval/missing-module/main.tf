# A registry module that was never downloaded: reported once, everything else evaluates.
module "not_downloaded" {
  source = "cloudposse/label/null"
  name   = "x"
}

resource "aws_s3_bucket" "b" {
  bucket = "still-here"
  tags   = { Id = module.not_downloaded.id }
}
