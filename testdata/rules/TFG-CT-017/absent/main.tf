# This configuration monitors another CIS class and has no filter for this one.
resource "aws_cloudwatch_log_metric_filter" "other_class" { # expect: TFG-CT-017
  name           = "OtherClass"
  log_group_name = "trail"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
  metric_transformation {
    name      = "OtherClass"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "other_class" {
  alarm_name          = "other_class"
  metric_name         = aws_cloudwatch_log_metric_filter.other_class.id
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
}
