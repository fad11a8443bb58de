# S3 logs encrypted (the default), unencrypted, unencrypted but off; unknown.

variable "off" {
  type = bool
}

resource "aws_codebuild_project" "encrypted" {
  name         = "encrypted"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
  }
  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "build-logs/encrypted"
    }
  }
}

resource "aws_codebuild_project" "plain" {
  name         = "plain"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
  }
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "build-logs/plain"
      encryption_disabled = true # expect: TFG-LOG-030
    }
  }
}

resource "aws_codebuild_project" "off" {
  name         = "off"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
  }
  logs_config {
    s3_logs {
      status              = "DISABLED"
      encryption_disabled = true
    }
  }
}

resource "aws_codebuild_project" "unknown" {
  name         = "unknown"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
  }
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "build-logs/unknown"
      encryption_disabled = var.off
    }
  }
}
