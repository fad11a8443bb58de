# Every class but root usage has an alarmed filter. The last filter names "Root" only to leave
# the root user out, so it does not monitor root usage.
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*" # expect: TFG-CT-011
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

resource "aws_cloudwatch_log_metric_filter" "unauthorized" {
  name           = "unauthorized"
  log_group_name = "trail"
  pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
  metric_transformation {
    name      = "unauthorized"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "unauthorized" {
  alarm_name          = "unauthorized"
  metric_name         = "unauthorized"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "nomfa" {
  name           = "nomfa"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
  metric_transformation {
    name      = "nomfa"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "nomfa" {
  alarm_name          = "nomfa"
  metric_name         = "nomfa"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "iam" {
  name           = "iam"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutUserPolicy) || ($.eventName = AttachRolePolicy) }"
  metric_transformation {
    name      = "iam"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "iam" {
  alarm_name          = "iam"
  metric_name         = "iam"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "trail" {
  name           = "trail"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = StopLogging) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) }"
  metric_transformation {
    name      = "trail"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "trail" {
  alarm_name          = "trail"
  metric_name         = "trail"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "sg" {
  name           = "sg"
  log_group_name = "trail"
  pattern        = "{ $.eventName = AuthorizeSecurityGroupIngress }"
  metric_transformation {
    name      = "sg"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "sg" {
  alarm_name          = "sg"
  metric_name         = "sg"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "nacl" {
  name           = "nacl"
  log_group_name = "trail"
  pattern        = "{ $.eventName = CreateNetworkAcl }"
  metric_transformation {
    name      = "nacl"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "nacl" {
  alarm_name          = "nacl"
  metric_name         = "nacl"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "vpc" {
  name           = "vpc"
  log_group_name = "trail"
  pattern        = "{ $.eventName = CreateVpc }"
  metric_transformation {
    name      = "vpc"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "vpc" {
  alarm_name          = "vpc"
  metric_name         = "vpc"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "console_not_root" {
  name           = "console_not_root"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = ConsoleLogin) && ($.userIdentity.type != \"Root\") }"
  metric_transformation {
    name      = "console_not_root"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "console_not_root" {
  alarm_name          = "console_not_root"
  metric_name         = "console_not_root"
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}
