# Entries only.
resource "aws_cloudwatch_log_metric_filter" "partial" {
  name           = "NACLChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) }" # expect: TFG-CT-018
  metric_transformation {
    name      = "NACLChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "partial" {
  alarm_name          = "partial"
  metric_name         = "NACLChanges"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
