# The account default turns Container Insights on for new clusters.

resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enhanced"
}

resource "aws_ecs_cluster" "inherits" {
  name = "inherits"
}
