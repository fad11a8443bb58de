# Session preferences in JSON and YAML: to an encrypted bucket, to an encrypted log group, to
# an unencrypted bucket, nowhere; a Command document; content unknown before apply.

variable "content" {
  type = string
}

resource "aws_ssm_document" "s3_encrypted" {
  name          = "s3-encrypted"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName        = "session-logs"
      s3EncryptionEnabled = true
    }
  })
}

resource "aws_ssm_document" "cw_yaml" {
  name            = "cw-yaml"
  document_type   = "Session"
  document_format = "YAML"
  content         = <<-DOC
    schemaVersion: '1.0'
    sessionType: Standard_Stream
    inputs:
      cloudWatchLogGroupName: '/ssm/sessions'
      cloudWatchEncryptionEnabled: true
  DOC
}

resource "aws_ssm_document" "s3_plain" {
  name          = "s3-plain"
  document_type = "Session"
  content = jsonencode({ # expect: TFG-LOG-031
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName        = "session-logs"
      s3EncryptionEnabled = false
    }
  })
}

resource "aws_ssm_document" "nowhere_yaml" {
  name            = "nowhere-yaml"
  document_type   = "Session"
  document_format = "YAML"
  # expect-below: TFG-LOG-031
  content = <<-DOC
    schemaVersion: '1.0'
    sessionType: Standard_Stream
    inputs:
      idleSessionTimeout: '20'
  DOC
}

resource "aws_ssm_document" "command" {
  name          = "command"
  document_type = "Command"
  content       = jsonencode({ schemaVersion = "2.2", mainSteps = [] })
}

resource "aws_ssm_document" "unknown" {
  name          = "unknown"
  document_type = "Session"
  content       = var.content
}
