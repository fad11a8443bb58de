# TFG-ENC-008: Performance Insights without a customer managed key, on instances and
# clusters. Enabled literally and through a variable without a key, the AWS managed key, off
# or unset (nothing collected), keys of the configuration, and unknown values (undecided).

variable "performance_insights" {
  default = true
}

variable "unknown_input" {}

resource "aws_kms_key" "pi" {
  description         = "performance insights"
  enable_key_rotation = true
}

resource "aws_db_instance" "literal" {
  identifier                   = "literal"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = true # expect: TFG-ENC-008
}

resource "aws_db_instance" "from_variable" {
  count                        = 2
  identifier                   = "from-variable-${count.index}"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = var.performance_insights # expect: TFG-ENC-008
}

resource "aws_db_instance" "managed_key" {
  identifier                      = "managed-key"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "alias/aws/rds" # expect: TFG-ENC-008
}

resource "aws_db_instance" "good" {
  identifier                      = "good"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.pi.arn
}

resource "aws_db_instance" "off" {
  identifier        = "off"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "key_unknown" {
  identifier                      = "key-unknown"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.unknown_input
}

resource "aws_db_instance" "enabled_unknown" {
  identifier                   = "enabled-unknown"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = var.unknown_input
}

resource "aws_rds_cluster" "cluster" {
  cluster_identifier           = "cluster"
  engine                       = "postgres"
  db_cluster_instance_class    = "db.m6gd.large"
  storage_type                 = "io1"
  allocated_storage            = 100
  iops                         = 1000
  master_username              = "app"
  storage_encrypted            = true
  kms_key_id                   = aws_kms_key.pi.arn
  performance_insights_enabled = true # expect: TFG-ENC-008
}

# Aurora cluster instances carry their own Performance Insights settings; one that names no
# key takes its cluster's.
resource "aws_rds_cluster" "aurora" {
  cluster_identifier              = "aurora"
  engine                          = "aurora-postgresql"
  master_username                 = "admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.pi.arn
}

resource "aws_rds_cluster_instance" "aurora_plain" {
  identifier                   = "aurora-plain"
  cluster_identifier           = "other-cluster"
  instance_class               = "db.r6g.large"
  engine                       = "aurora-postgresql"
  performance_insights_enabled = true # expect: TFG-ENC-008
}

resource "aws_rds_cluster_instance" "aurora_managed_key" {
  identifier                      = "aurora-managed-key"
  cluster_identifier              = "other-cluster"
  instance_class                  = "db.r6g.large"
  engine                          = "aurora-postgresql"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "alias/aws/rds" # expect: TFG-ENC-008
}

resource "aws_rds_cluster_instance" "aurora_own_key" {
  identifier                      = "aurora-own-key"
  cluster_identifier              = aws_rds_cluster.aurora.id
  instance_class                  = "db.r6g.large"
  engine                          = "aurora-postgresql"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.pi.arn
}

resource "aws_rds_cluster_instance" "aurora_cluster_key" {
  identifier                   = "aurora-cluster-key"
  cluster_identifier           = aws_rds_cluster.aurora.id
  instance_class               = "db.r6g.large"
  engine                       = "aurora-postgresql"
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "aurora_off" {
  identifier         = "aurora-off"
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
