# The benchmark's sixteen events split over two filters, each with an alarm: the class is
# monitored. The second alarm reads its metric through a metric query.
resource "aws_cloudwatch_log_metric_filter" "inline_policies" {
  name           = "IAMInlinePolicyChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) }"
  metric_transformation {
    name      = "IAMInlinePolicyChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "inline_policies" {
  alarm_name          = "IAMInlinePolicyChanges"
  metric_name         = aws_cloudwatch_log_metric_filter.inline_policies.metric_transformation[0].name
  namespace           = "CIS"
  period              = 300
  statistic           = "Sum"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
}

resource "aws_cloudwatch_log_metric_filter" "managed_policies" {
  name           = "IAMManagedPolicyChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }"
  metric_transformation {
    name      = "IAMManagedPolicyChanges"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "managed_policies" {
  alarm_name          = "IAMManagedPolicyChanges"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1

  metric_query {
    id          = "m"
    return_data = true
    metric {
      metric_name = "IAMManagedPolicyChanges"
      namespace   = "CIS"
      period      = 300
      stat        = "Sum"
    }
  }
}

# AWS Organizations' CreatePolicy and DeletePolicy are no IAM policy changes: not judged.
resource "aws_cloudwatch_log_metric_filter" "organizations" {
  name           = "OrganizationsPolicyChanges"
  log_group_name = "trail"
  pattern        = "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = CreatePolicy) || ($.eventName = DeletePolicy)) }"
  metric_transformation {
    name      = "OrganizationsPolicyChanges"
    namespace = "CIS"
    value     = "1"
  }
}
