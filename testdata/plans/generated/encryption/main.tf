# Storage with and without encryption, a KMS key without rotation, and a secret.
resource "aws_kms_key" "data" {
  description = "data"
}

resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_ebs_volume" "cmk" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.data.id
}

resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "fixture-db-password-Zq81"
}
