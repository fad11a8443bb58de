resource_policy "aws_instance" "approved_ami" {
  enforce {
    condition     = core::startswith(attrs.ami, "ami-0")
    error_message = "AMI ${attrs.ami} is not from the golden image account"
  }
}

resource_policy "aws_db_instance" "prod_backups" {
  filter = attrs.tags.environment == "production"

  enforce {
    condition     = attrs.backup_retention_period >= 14
    error_message = "production database keeps fewer than 14 days of backups"
  }
}
