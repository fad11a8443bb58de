# Cases of the rule: plaintext client traffic (literal, through a variable, a local, for_each)
# and plaintext replication, TLS (literal and the default), and unknown values.

variable "bad_setting" {
  default = "TLS_PLAINTEXT"
}

variable "unknown_input" {}

locals {
  client_broker = {
    open   = "PLAINTEXT"
    closed = "TLS"
  }
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: TFG-ENC-036
      in_cluster    = true
    }
  }
}

resource "aws_msk_cluster" "events_from_variable" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = var.bad_setting # expect: TFG-ENC-036
      in_cluster    = true
    }
  }
}

resource "aws_msk_cluster" "per_tier" {
  for_each               = local.client_broker
  cluster_name           = each.key
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = each.value # expect: TFG-ENC-036
    }
  }
}

resource "aws_msk_cluster" "replication_plain" {
  cluster_name           = "replication-plain"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    encryption_in_transit {
      in_cluster = false # expect: TFG-ENC-036
    }
  }
}

resource "aws_msk_cluster" "events_good" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}

# Without encryption_info, traffic is TLS in both directions (the defaults).
resource "aws_msk_cluster" "defaults" {
  cluster_name           = "defaults"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

resource "aws_msk_cluster" "events_unknown" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = var.unknown_input
      in_cluster    = var.unknown_input
    }
  }
}
