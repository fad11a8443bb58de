variable "key" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = "${trimspace(file("${path.module}/name.txt"))}-${var.key}"
  tags = {
    md5      = filemd5("${path.module}/name.txt")
    rendered = templatefile("${path.module}/t.tpl", { key = var.key })
  }
}
