# TFG-ENC-006: unencrypted RDS instances. Unset (with count), a literal false and false
# through a variable, read replicas (judged by their source), restores (the snapshot decides),
# Aurora instances (the cluster decides: TFG-ENC-007) and unknown values (undecided).

variable "storage_encrypted" {
  default = false
}

variable "unknown_input" {}

resource "aws_db_instance" "unset" { # expect: TFG-ENC-006
  count             = 2
  identifier        = "orders-${count.index}"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "literal" {
  identifier        = "literal"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false # expect: TFG-ENC-006
}

resource "aws_db_instance" "from_variable" {
  identifier        = "from-variable"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.storage_encrypted # expect: TFG-ENC-006
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "unknown" {
  identifier        = "unknown"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.unknown_input
}

# Replicas have their source's encryption.
resource "aws_db_instance" "replica_of_literal" {
  identifier          = "replica-of-literal"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.literal.identifier # expect: TFG-ENC-006
}

resource "aws_db_instance" "replica_of_good" {
  for_each            = toset(["a", "b"])
  identifier          = "replica-of-good-${each.key}"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.good.arn
}

resource "aws_db_instance" "replica_external" {
  identifier          = "replica-external"
  instance_class      = "db.t3.micro"
  replicate_source_db = "arn:aws:rds:eu-central-1:123456789012:db:orders"
}

# Restored from a snapshot: the snapshot decides.
resource "aws_db_instance" "restored" {
  identifier          = "restored"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "orders-final"
}

# An Aurora instance takes the cluster's encryption.
resource "aws_db_instance" "aurora" {
  identifier         = "aurora-1"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
  cluster_identifier = "main"
}

resource "aws_db_instance" "engine_unknown" {
  identifier        = "engine-unknown"
  engine            = var.unknown_input
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

# Replicas naming their source by literal identifier, among several instances of the root.
resource "aws_db_instance" "replica_by_name_of_literal" {
  identifier          = "replica-by-name-of-literal"
  instance_class      = "db.t3.micro"
  replicate_source_db = "literal" # expect: TFG-ENC-006
}

resource "aws_db_instance" "replica_by_name_of_good" {
  identifier          = "replica-by-name-of-good"
  instance_class      = "db.t3.micro"
  replicate_source_db = "good"
}

# A replica of a replica, both by name: the chain leads to the unencrypted `literal`.
resource "aws_db_instance" "replica_of_replica_by_name" {
  identifier          = "replica-of-replica-by-name"
  instance_class      = "db.t3.micro"
  replicate_source_db = "replica-by-name-of-literal" # expect: TFG-ENC-006
}

# Naming itself is no source: undecided, not a finding.
resource "aws_db_instance" "names_itself" {
  identifier          = "names-itself"
  instance_class      = "db.t3.micro"
  replicate_source_db = "names-itself"
}
