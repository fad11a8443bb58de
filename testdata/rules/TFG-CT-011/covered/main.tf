# Every CIS item is named by one filter whose metric has an alarm: the trail passes.
resource "aws_cloudtrail" "covered" {
  name                       = "covered"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

resource "aws_cloudwatch_log_metric_filter" "all" {
  name           = "Cis"
  log_group_name = "trail"
  pattern        = "{ ($.errorCode = UnauthorizedOperation) || ($.additionalEventData.MFAUsed != Yes) || ($.userIdentity.type = Root) || ($.eventName = DeleteGroupPolicy) || ($.eventName = StopLogging) || ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateNetworkAcl) || ($.eventName = CreateVpc) }"
  metric_transformation {
    name      = "Cis"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "all" {
  alarm_name          = "cis"
  metric_name         = "Cis"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}
