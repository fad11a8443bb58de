# `&&` and `||` mixed without parentheses: read with `&&` first the filter misses
# `AccessDenied*` errors of other events than HeadBucket; read left to right it misses both
# error codes of other events. The readings disagree on what is missing: undecided.
resource "aws_cloudwatch_log_metric_filter" "ambiguous" {
  name           = "UnauthorizedAPICalls"
  log_group_name = "trail"
  pattern        = "{ $.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\" && $.eventName = \"HeadBucket\" }"
  metric_transformation {
    name      = "UnauthorizedAPICalls"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "ambiguous" {
  alarm_name          = "UnauthorizedAPICalls"
  metric_name         = "UnauthorizedAPICalls"
  namespace           = "CIS"
  period              = 300
  statistic           = "Sum"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
}
