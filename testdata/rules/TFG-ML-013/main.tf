# TFG-ML-013: human review flows whose output has no customer managed key.

variable "unknown_key" {}

resource "aws_kms_key" "review" {
  description         = "review"
  enable_key_rotation = true
}

resource "aws_sagemaker_flow_definition" "no_key" {
  flow_definition_name = "no-key"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 1
    task_count                            = 1
    task_description                      = "Check the label"
    task_title                            = "Review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/reviewers"
  }

  output_config { # expect: TFG-ML-013
    s3_output_path = "s3://review-results/"
  }
}

resource "aws_sagemaker_flow_definition" "aws_managed" {
  flow_definition_name = "aws-managed"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 1
    task_count                            = 1
    task_description                      = "Check the label"
    task_title                            = "Review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/reviewers"
  }

  output_config {
    s3_output_path = "s3://review-results/"
    kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:alias/aws/s3" # expect: TFG-ML-013
  }
}

resource "aws_sagemaker_flow_definition" "cmk" {
  flow_definition_name = "cmk"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 1
    task_count                            = 1
    task_description                      = "Check the label"
    task_title                            = "Review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/reviewers"
  }

  output_config {
    s3_output_path = "s3://review-results/"
    kms_key_id     = aws_kms_key.review.arn
  }
}

resource "aws_sagemaker_flow_definition" "unknown" {
  flow_definition_name = "unknown"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"

  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 1
    task_count                            = 1
    task_description                      = "Check the label"
    task_title                            = "Review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/reviewers"
  }

  output_config {
    s3_output_path = "s3://review-results/"
    kms_key_id     = var.unknown_key
  }
}
