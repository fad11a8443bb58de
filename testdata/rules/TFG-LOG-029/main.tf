# Projects with the default CloudWatch logs, CloudWatch off but S3 on, both off, S3 disabled
# explicitly; an unknown status.

variable "status" {
  type = string
}

resource "aws_codebuild_project" "default" {
  name         = "default"
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
}

resource "aws_codebuild_project" "s3_only" {
  name         = "s3-only"
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
    cloudwatch_logs {
      status = "DISABLED"
    }
    s3_logs {
      status   = "ENABLED"
      location = "build-logs/s3-only"
    }
  }
}

resource "aws_codebuild_project" "dark" {
  name         = "dark"
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
    cloudwatch_logs {
      status = "DISABLED" # expect: TFG-LOG-029
    }
    s3_logs {
      status = "DISABLED"
    }
  }
}

resource "aws_codebuild_project" "group_only" {
  name         = "group-only"
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
    cloudwatch_logs {
      group_name = "/codebuild/group-only"
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
    cloudwatch_logs {
      status = var.status
    }
  }
}
