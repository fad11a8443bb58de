# Seven items are alarmed; VPC changes has a filter, but the only other alarm watches a
# metric no filter publishes, so that item is not monitored.
resource "aws_cloudtrail" "one_missing" {
  name                       = "one-missing"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*" # expect: TFG-CT-011
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

resource "aws_cloudwatch_log_metric_filter" "seven" {
  name           = "Cis"
  log_group_name = "trail"
  pattern        = "{ ($.errorCode = UnauthorizedOperation) || ($.additionalEventData.MFAUsed != Yes) || ($.userIdentity.type = Root) || ($.eventName = DeleteGroupPolicy) || ($.eventName = StopLogging) || ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateNetworkAcl) }"
  metric_transformation {
    name      = "Cis"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_metric_filter" "vpc" {
  name           = "VpcChanges"
  log_group_name = "trail"
  pattern        = "{ $.eventName = CreateVpc }"
  metric_transformation {
    name      = "VpcChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "seven" {
  alarm_name          = "cis"
  metric_name         = "Cis"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
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
