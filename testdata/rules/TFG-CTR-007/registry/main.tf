# A registry scanning configuration that scans every repository on push replaces the
# repositories' own setting.

resource "aws_ecr_registry_scanning_configuration" "all" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "covered" {
  name = "covered"
}
