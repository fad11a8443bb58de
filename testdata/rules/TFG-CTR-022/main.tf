# TFG-CTR-022: CodeBuild privileged mode. true, false, unset, unknown, count.

variable "privileged" {}

resource "aws_codebuild_project" "privileged" {
  count        = 2
  name         = "privileged-${count.index}"
  service_role = "arn:aws:iam::123456789012:role/build"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true # expect: TFG-CTR-022
  }

  source {
    type = "NO_SOURCE"
  }
}

resource "aws_codebuild_project" "off" {
  name         = "off"
  service_role = "arn:aws:iam::123456789012:role/build"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = false
  }

  source {
    type = "NO_SOURCE"
  }
}

resource "aws_codebuild_project" "unset" {
  name         = "unset"
  service_role = "arn:aws:iam::123456789012:role/build"

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

resource "aws_codebuild_project" "unknown" {
  name         = "unknown"
  service_role = "arn:aws:iam::123456789012:role/build"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.privileged
  }

  source {
    type = "NO_SOURCE"
  }
}
