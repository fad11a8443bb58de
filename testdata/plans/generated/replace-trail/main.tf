# Renaming the trail replaces it (the name cannot change in place): the account records no
# API activity between the delete and the create.
resource "aws_cloudtrail" "main" {
  name                          = "main-renamed"
  s3_bucket_name                = "tfgate-fixture-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
}
