# Production databases keep 14 days of backups and cannot be deleted by accident
# (SOC 2 A1.2, CC7.5; NIST CP-9).

input "min_backup_days" {
  type    = number
  default = 14
}

resource_policy "aws_db_instance" "production_backups" {
  enforcement_level = "mandatory"
  filter            = core::try(attrs.tags.environment, "") == "production"

  enforce {
    condition     = core::try(attrs.backup_retention_period, 0) >= input.min_backup_days
    error_message = "production databases keep at least ${input.min_backup_days} days of backups (backup_retention_period is ${core::try(attrs.backup_retention_period, "not set")})"
  }

  enforce {
    condition     = core::try(attrs.deletion_protection, false) == true
    error_message = "production databases set deletion_protection = true"
  }
}

resource_policy "aws_db_instance" "no_production_delete" {
  operations        = ["delete"]
  enforcement_level = "mandatory"
  filter            = core::try(prior_attrs.tags.environment, "") == "production"

  enforce {
    condition     = false
    error_message = "a production database is deleted by this change: remove it in a reviewed change with the data owner's approval"
  }
}
