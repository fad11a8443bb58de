variable "count_of_masters" {
  type = number
}

resource "aws_opensearch_domain" "no_config" { # expect: TFG-DB-071
  domain_name = "no-config"
}

resource "aws_opensearch_domain" "two_masters" {
  domain_name = "two-masters"

  cluster_config { # expect: TFG-DB-071
    dedicated_master_enabled = true
    dedicated_master_count   = 2
    zone_awareness_enabled   = true
  }
}

resource "aws_opensearch_domain" "one_zone" {
  domain_name = "one-zone"

  cluster_config { # expect: TFG-DB-071
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
}

resource "aws_opensearch_domain" "masters_off" {
  domain_name = "masters-off"

  cluster_config { # expect: TFG-DB-071
    dedicated_master_enabled = false
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }
}

resource "aws_opensearch_domain" "available" {
  domain_name = "available"

  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }
}

resource "aws_elasticsearch_domain" "unknown" {
  domain_name = "unknown"

  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = var.count_of_masters
    zone_awareness_enabled   = true
  }
}
