provider "aws" {
  region = "us-east-1"
}

variable "environment" {
  type    = string
  default = "production"
}

locals {
  tags = {
    owner               = "payments"
    data-classification = "confidential"
    environment         = var.environment
  }
}

resource "aws_db_instance" "ledger" {
  identifier              = "ledger"
  engine                  = "postgres"
  instance_class          = "db.m7g.large"
  backup_retention_period = 7
  deletion_protection     = true
  storage_encrypted       = true
  tags                    = local.tags
}

resource "aws_instance" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m4.large"
  tags          = { owner = "payments" }
}

module "network" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}
