# Clusters shipping broker logs to CloudWatch, Firehose or S3, to nothing, without
# logging_info; an unknown switch.

variable "on" {
  type = bool
}

resource "aws_msk_cluster" "cloudwatch" {
  cluster_name           = "cloudwatch"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/cw"
      }
    }
  }
}

resource "aws_msk_cluster" "s3" {
  cluster_name           = "s3"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  logging_info {
    broker_logs {
      firehose {
        enabled = false
      }
      s3 {
        enabled = true
        bucket  = "msk-logs"
      }
    }
  }
}

resource "aws_msk_cluster" "all_off" {
  cluster_name           = "all-off"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  logging_info {
    broker_logs { # expect: TFG-LOG-021
      cloudwatch_logs {
        enabled = false
      }
    }
  }
}

resource "aws_msk_cluster" "none" { # expect: TFG-LOG-021
  cluster_name           = "none"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

resource "aws_msk_cluster" "unknown" {
  cluster_name           = "unknown"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.on
        log_group = "/msk/unknown"
      }
    }
  }
}
