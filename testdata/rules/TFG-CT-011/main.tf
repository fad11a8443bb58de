resource "aws_cloudtrail" "monitored" {
  name                       = "monitored"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*" # expect: TFG-CT-011
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

# Only root usage is covered; the alarm is created with for_each over the filters.
locals {
  filters = {
    RootUsage = "{ $.userIdentity.type = \"Root\" }"
  }
}

resource "aws_cloudwatch_log_metric_filter" "cis" {
  for_each       = local.filters
  name           = each.key
  log_group_name = "trail"
  pattern        = each.value
  metric_transformation {
    name      = each.key
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "cis" {
  for_each            = local.filters
  alarm_name          = each.key
  metric_name         = aws_cloudwatch_log_metric_filter.cis[each.key].metric_transformation[0].name
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

# A trail without CloudWatch Logs is TFG-CT-004's finding, not this rule's.
resource "aws_cloudtrail" "s3_only" {
  name           = "s3-only"
  s3_bucket_name = "logs"
}

# A second trail with CloudWatch Logs in the same root: the root's filters and alarms decide
# it the same way. The alarm below watches a metric no filter publishes, so it covers nothing.
resource "aws_cloudtrail" "monitored_too" {
  name                       = "monitored-too"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*" # expect: TFG-CT-011
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

resource "aws_cloudwatch_log_metric_filter" "vpc_changes_without_alarm" {
  name           = "VpcChanges"
  log_group_name = "trail"
  pattern        = "{ $.eventName = CreateVpc }"
  metric_transformation {
    name      = "VpcChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "orphan" {
  alarm_name          = "orphan"
  metric_name         = "NoSuchMetric"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}
