# A registry rule that covers only some repositories does not cover this one.

resource "aws_ecr_registry_scanning_configuration" "some" {
  scan_type = "BASIC"

  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "prod-*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "dev" { # expect: TFG-CTR-007
  name = "dev-app"
}
