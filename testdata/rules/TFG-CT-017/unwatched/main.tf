# The benchmark's pattern, but the only alarm on its metric name looks in another namespace.
resource "aws_cloudwatch_log_metric_filter" "other_namespace" {
  name           = "SecurityGroupChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = CreateVpc) }"
  metric_transformation { # expect: TFG-CT-017
    name      = "SecurityGroupChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "other_namespace" {
  alarm_name          = "other_namespace"
  metric_name         = "SecurityGroupChanges"
  namespace           = "Other"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}

# An alarm names the filter's id, but the filter's name is not its metric's: the alarm
# watches a metric nothing publishes.
resource "aws_cloudwatch_log_metric_filter" "renamed" {
  name           = "SecurityGroupChanges-filter"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = CreateVpc) }"
  metric_transformation { # expect: TFG-CT-017
    name      = "SecurityGroupChanges-metric"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "renamed" {
  alarm_name          = "renamed"
  metric_name         = aws_cloudwatch_log_metric_filter.renamed.id
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
