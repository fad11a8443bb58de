# Stacks with notifications, without, with an empty list; unknown.

variable "topics" {
  type = list(string)
}

resource "aws_sns_topic" "events" {
  name = "stack-events"
}

resource "aws_cloudformation_stack" "notified" {
  name              = "notified"
  template_body     = "{}"
  notification_arns = [aws_sns_topic.events.arn]
}

resource "aws_cloudformation_stack" "silent" { # expect: TFG-LOG-033
  name          = "silent"
  template_body = "{}"
}

resource "aws_cloudformation_stack" "empty" {
  name              = "empty"
  template_body     = "{}"
  notification_arns = [] # expect: TFG-LOG-033
}

resource "aws_cloudformation_stack" "unknown" {
  name              = "unknown"
  template_body     = "{}"
  notification_arns = var.topics
}
