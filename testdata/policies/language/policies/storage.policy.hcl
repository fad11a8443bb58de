input "environment" {
  type        = string
  description = "Which environment this configuration deploys"
  default     = "dev"
}

input "min_retention_days" {
  type      = number
  default   = 7
  nullable  = false
  sensitive = false
}

input "audit_token" {
  type      = string
  default   = "s3cr3t-token"
  sensitive = true
}

locals {
  encrypted_types = ["aws_ebs_volume", "aws_efs_file_system"]
  buckets         = core::getresources("aws_s3_bucket", {})
  logging_buckets = core::getresources("aws_s3_bucket", { bucket = "central-logs" })
}

resource_policy "aws_s3_*" "bucket_names" {
  filter = core::try(attrs.bucket, null) != null

  enforce {
    condition     = core::startswith(attrs.bucket, "${input.environment}-") || attrs.bucket == "central-logs"
    error_message = "bucket ${attrs.bucket} does not start with ${input.environment}-"
  }
}

resource_policy "aws_s3_bucket" "central_logging_exists" {
  enforcement_level = "advisory"

  enforce {
    condition     = core::length(local.logging_buckets) == 1
    error_message = "no central-logs bucket among ${core::length(local.buckets)} buckets"
  }
}

resource_policy "aws_ebs_volume" "encrypted" {
  operations = ["create", "update"]
  filter     = core::contains(local.encrypted_types, meta.type)

  locals {
    encrypted = core::try(attrs.encrypted, false)
  }

  enforce {
    condition     = local.encrypted
    error_message = "volume ${meta.address} is not encrypted"
    info_message  = "token ${input.audit_token} checked"
  }
}

resource_policy "aws_cloudwatch_log_group" "retention" {
  enforce {
    condition     = core::try(attrs.retention_in_days, 0) >= input.min_retention_days
    error_message = "log group keeps ${core::try(attrs.retention_in_days, 0)} days, under ${input.min_retention_days} (token ${input.audit_token})"
  }
}

module_policy "*" "registry_versions" {
  filter = meta.version != null

  enforce {
    condition     = core::semverconstraint(meta.version, ">= 2.0.0, < 3.0.0")
    error_message = "module ${meta.source} ${meta.version} is outside 2.x"
  }
}

module_policy "./modules/*" "app_inputs" {
  enforce {
    condition     = core::contains(["small", "large"], attrs.size)
    error_message = "module ${meta.address} has size ${attrs.size}"
  }
}

provider_policy "*" "default_tags" {
  filter = meta.name == "aws"

  enforce {
    condition     = core::length(core::try(attrs.default_tags[0].tags, {})) > 0
    error_message = "provider ${meta.address} sets no default_tags"
  }
}

provider_policy "aws" "supported_version" {
  enforce {
    condition     = core::semverconstraint(meta.version, ">= 5.0.0")
    error_message = "provider ${meta.source} ${meta.version} is older than 5.0.0"
  }
}
