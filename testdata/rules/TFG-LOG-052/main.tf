# TFG-LOG-052: aggregators that miss regions.
variable "all" {
  type = bool
}

resource "aws_config_configuration_aggregator" "listed" {
  name = "listed"

  account_aggregation_source { # expect: TFG-LOG-052
    account_ids = ["123456789012"]
    regions     = ["eu-west-1", "us-east-1"]
  }
}

resource "aws_config_configuration_aggregator" "off" {
  name = "off"

  organization_aggregation_source {
    role_arn    = "arn:aws:iam::123456789012:role/config-aggregator"
    all_regions = false # expect: TFG-LOG-052
  }
}

resource "aws_config_configuration_aggregator" "none" { # expect: TFG-LOG-052
  name = "none"
}

resource "aws_config_configuration_aggregator" "all" {
  count = 2
  name  = "all-${count.index}"

  organization_aggregation_source {
    role_arn    = "arn:aws:iam::123456789012:role/config-aggregator"
    all_regions = true
  }
}

resource "aws_config_configuration_aggregator" "unknown" {
  name = "unknown"

  account_aggregation_source {
    account_ids = ["123456789012"]
    all_regions = var.all
  }
}
