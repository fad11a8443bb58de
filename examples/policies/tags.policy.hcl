# Every taggable AWS resource carries the tags the asset inventory needs (SOC 2 CC6.1, CC8.1).

input "required_tags" {
  type        = list(string)
  description = "Tags every AWS resource must carry"
  default     = ["owner", "data-classification"]
}

locals {
  classifications = ["public", "internal", "confidential", "restricted"]
}

resource_policy "aws_*" "required_tags" {
  enforcement_level = "mandatory"
  # Only resources that take tags at all.
  filter = core::can(attrs.tags)

  locals {
    tags    = core::try(attrs.tags, null) == null ? {} : attrs.tags
    missing = [for t in input.required_tags : t if !core::contains(core::keys(local.tags), t)]
  }

  enforce {
    condition     = core::length(local.missing) == 0
    error_message = "missing required tags: ${core::join(", ", local.missing)}"
    info_message  = "required tags: ${core::join(", ", input.required_tags)}"
  }

  enforce {
    condition     = !core::contains(core::keys(local.tags), "data-classification") || core::contains(local.classifications, core::lower(local.tags["data-classification"]))
    error_message = "data-classification must be one of ${core::join(", ", local.classifications)}"
  }
}
