# The benchmark's pattern, but the only alarm on its metric name looks in another namespace.
resource "aws_cloudwatch_log_metric_filter" "other_namespace" {
  name           = "CloudTrailChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventSource = cloudtrail.amazonaws.com) && (($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging)) }"
  metric_transformation { # expect: TFG-CT-016
    name      = "CloudTrailChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "other_namespace" {
  alarm_name          = "other_namespace"
  metric_name         = "CloudTrailChanges"
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
  name           = "CloudTrailChanges-filter"
  log_group_name = "trail"
  pattern        = "{ ($.eventSource = cloudtrail.amazonaws.com) && (($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging)) }"
  metric_transformation { # expect: TFG-CT-016
    name      = "CloudTrailChanges-metric"
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
