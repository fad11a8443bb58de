resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = false
  kms_key_id     = aws_kms_key.efs.arn
}

resource "aws_kms_key" "efs" {
  enable_key_rotation = true
}
