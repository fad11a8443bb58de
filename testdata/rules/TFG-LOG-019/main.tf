# Brokers with general logs on, off, unset and unknown.

variable "on" {
  type = bool
}

resource "aws_mq_broker" "on" {
  broker_name        = "on"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  logs {
    general = true
  }
}

resource "aws_mq_broker" "off" {
  broker_name        = "off"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  logs {
    general = false # expect: TFG-LOG-019
  }
}

resource "aws_mq_broker" "none" { # expect: TFG-LOG-019
  broker_name        = "none"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
}

resource "aws_mq_broker" "unknown" {
  broker_name        = "unknown"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  logs {
    general = var.on
  }
}
