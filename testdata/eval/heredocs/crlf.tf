# Written with CRLF line endings: the heredoc keeps them, as in Terraform.
locals {
  crlf = <<-EOT
    a
      b
    EOT
}

resource "aws_ssm_parameter" "crlf" {
  name  = "crlf"
  value = local.crlf
}
