# TFG-EC2-011: Beanstalk environments without managed platform updates: no setting (default
# false), the setting false; "true" and "True" pass (also from a dynamic block); a saved
# configuration and unknown values are undecided.

variable "unknown_value" {}

resource "aws_elastic_beanstalk_environment" "no_setting" { # expect: TFG-EC2-011
  name                = "no-setting"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }
}

resource "aws_elastic_beanstalk_environment" "off" {
  name                = "off"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "false" # expect: TFG-EC2-011
  }
}

resource "aws_elastic_beanstalk_environment" "on" {
  name                = "on"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "True"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:02:00"
  }
}

locals {
  managed = {
    ManagedActionsEnabled = "true"
    PreferredStartTime    = "Sun:02:00"
  }
}

resource "aws_elastic_beanstalk_environment" "dynamic" {
  name                = "dynamic"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  dynamic "setting" {
    for_each = local.managed
    content {
      namespace = "aws:elasticbeanstalk:managedactions"
      name      = setting.key
      value     = setting.value
    }
  }
}

resource "aws_elastic_beanstalk_environment" "saved" {
  name          = "saved"
  application   = "api"
  template_name = "api-baseline"
}

resource "aws_elastic_beanstalk_environment" "unknown" {
  name                = "unknown"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = var.unknown_value
  }
}

resource "aws_elastic_beanstalk_environment" "upper_false" {
  name                = "upper-false"
  application         = "api"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "FALSE" # expect: TFG-EC2-011
  }
}
