# Every bucket has a versioning configuration resource (SOC 2 A1.2, CC7.5).

resource_policy "aws_s3_bucket" "versioning_resource" {
  enforcement_level = "advisory"

  locals {
    versioned = core::getresources("aws_s3_bucket_versioning", {})
  }

  enforce {
    condition     = core::length(local.versioned) > 0
    error_message = "no aws_s3_bucket_versioning resource in this configuration: bucket versions cannot be recovered"
  }
}
