policytest {
  targets = ["../rds.policy.hcl"]
}

resource "aws_db_instance" "production_compliant" {
  attrs = {
    backup_retention_period = 14
    deletion_protection     = true
    tags                    = { environment = "production" }
  }
}

resource "aws_db_instance" "production_short_backups" {
  expect_failure = true
  attrs = {
    backup_retention_period = 7
    deletion_protection     = true
    tags                    = { environment = "production" }
  }
}

resource "aws_db_instance" "production_unprotected" {
  expect_failure = true
  attrs = {
    backup_retention_period = 30
    tags                    = { environment = "production" }
  }
}

resource "aws_db_instance" "staging_is_not_judged" {
  attrs = {
    backup_retention_period = 1
    tags                    = { environment = "staging" }
  }
}

resource "aws_db_instance" "production_deleted" {
  expect_failure = true
  prior_attrs = {
    tags = { environment = "production" }
  }
}

resource "aws_db_instance" "staging_deleted" {
  prior_attrs = {
    tags = { environment = "staging" }
  }
}
