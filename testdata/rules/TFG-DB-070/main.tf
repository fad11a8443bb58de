variable "masters" {
  type = bool
}

resource "aws_opensearch_domain" "no_config" { # expect: TFG-DB-070
  domain_name = "no-config"
}

resource "aws_opensearch_domain" "unset" {
  domain_name = "unset"

  cluster_config { # expect: TFG-DB-070
    instance_type = "r6g.large.search"
  }
}

resource "aws_opensearch_domain" "off" {
  domain_name = "off"

  cluster_config {
    instance_type            = "r6g.large.search"
    dedicated_master_enabled = false # expect: TFG-DB-070
  }
}

resource "aws_opensearch_domain" "on" {
  domain_name = "on"

  cluster_config {
    instance_type            = "r6g.large.search"
    dedicated_master_enabled = true
  }
}

resource "aws_elasticsearch_domain" "unknown" {
  domain_name = "unknown"

  cluster_config {
    instance_type            = "r6g.large.elasticsearch"
    dedicated_master_enabled = var.masters
  }
}
