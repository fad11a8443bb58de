variable "public" {
  type = bool
}

resource "aws_neptune_cluster_instance" "public" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: TFG-DB-048
}

resource "aws_neptune_cluster_instance" "unset" {
  cluster_identifier = "graph"
  instance_class     = "db.r6g.large"
}

resource "aws_neptune_cluster_instance" "private" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

resource "aws_neptune_cluster_instance" "unknown" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = var.public
}

resource "aws_neptune_cluster_instance" "counted" {
  count               = 2
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = count.index == 1 # expect: TFG-DB-048
}
