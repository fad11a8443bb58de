# Tags are managed elsewhere (ignore_changes): someone added one outside Terraform. The plan
# changes nothing, and the drift breaks no rule.
resource "aws_s3_bucket" "data" {
  bucket = "tfgate-drift-data"
  tags = {
    team = "storage"
  }

  lifecycle {
    ignore_changes = [tags]
  }
}
