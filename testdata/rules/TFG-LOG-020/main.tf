# ActiveMQ brokers with audit logs on, off and unset; a RabbitMQ broker (no audit log exists);
# an unknown engine.

variable "engine" {
  type = string
}

resource "aws_mq_broker" "on" {
  broker_name        = "on"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  logs {
    general = true
    audit   = true
  }
}

resource "aws_mq_broker" "off" {
  broker_name        = "off"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  logs {
    general = true
    audit   = false # expect: TFG-LOG-020
  }
}

resource "aws_mq_broker" "unset" { # expect: TFG-LOG-020
  broker_name        = "unset"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
}

resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  logs {
    general = true
  }
}

resource "aws_mq_broker" "unknown" {
  broker_name        = "unknown"
  engine_type        = var.engine
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
}
