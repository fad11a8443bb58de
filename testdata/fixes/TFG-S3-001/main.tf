resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "per_env" {
  for_each = toset(["dev", "prod"])
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket" "numbered" {
  count  = 2
  bucket = "acme-shard-${count.index}"
}
