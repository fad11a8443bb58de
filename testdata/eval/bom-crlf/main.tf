resource "aws_s3_bucket" "bom" {
  bucket = "with-bom"
  tags = {
    Text = <<EOT
heredoc
EOT
  }
}
