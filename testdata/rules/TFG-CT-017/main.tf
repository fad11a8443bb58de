# The benchmark's six events, with VPC creation OR-ed in: another monitor in the same filter, not judged here. The alarm names the filter's `id`, which is its name.
resource "aws_cloudwatch_log_metric_filter" "matches" {
  name           = "SecurityGroupChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = CreateVpc) }"
  metric_transformation {
    name      = "SecurityGroupChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "matches" {
  alarm_name          = "matches"
  metric_name         = aws_cloudwatch_log_metric_filter.matches.id
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}

# An application's error count is no CIS monitor.
resource "aws_cloudwatch_log_metric_filter" "application" {
  name           = "errors"
  log_group_name = "app"
  pattern        = "ERROR"
  metric_transformation {
    name      = "errors"
    namespace = "App"
    value     = "1"
  }
}
