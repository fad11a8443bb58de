# TFG-CTR-008: ECR tag mutability. Unset (default MUTABLE), MUTABLE, MUTABLE_WITH_EXCLUSION,
# IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, unknown, for_each.

variable "mutability" {}

resource "aws_ecr_repository" "unset" { # expect: TFG-CTR-008
  for_each = toset(["api", "web"])
  name     = each.key
}

resource "aws_ecr_repository" "mutable" {
  name                 = "mutable"
  image_tag_mutability = "MUTABLE" # expect: TFG-CTR-008
}

resource "aws_ecr_repository" "mutable_exclusion" {
  name                 = "mutable-exclusion"
  image_tag_mutability = "MUTABLE_WITH_EXCLUSION" # expect: TFG-CTR-008

  image_tag_mutability_exclusion_filter {
    filter      = "release-*"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_repository" "immutable" {
  name                 = "immutable"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "immutable_exclusion" {
  name                 = "immutable-exclusion"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "latest"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_repository" "unknown" {
  name                 = "unknown"
  image_tag_mutability = var.mutability
}
