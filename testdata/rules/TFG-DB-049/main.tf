variable "cluster" {
  type = string
}

resource "aws_redshift_cluster" "bare" { # expect: TFG-DB-049
  cluster_identifier = "bare"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "disabled_block" {
  cluster_identifier = "disabled-block"
  node_type          = "ra3.xlplus"

  logging {
    enable = false # expect: TFG-DB-049
  }
}

resource "aws_redshift_cluster" "legacy_block" {
  cluster_identifier = "legacy-block"
  node_type          = "ra3.xlplus"

  logging {
    enable      = true
    bucket_name = "audit-logs"
  }
}

resource "aws_redshift_cluster" "by_reference" {
  cluster_identifier = "by-reference"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "by_reference" {
  cluster_identifier   = aws_redshift_cluster.by_reference.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}

resource "aws_redshift_cluster" "by_name" {
  cluster_identifier = "by-name"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "by_name" {
  cluster_identifier   = "by-name"
  log_destination_type = "s3"
  bucket_name          = "audit-logs"
}
