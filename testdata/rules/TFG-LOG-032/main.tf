# Environments with enhanced health, basic health, no setting, a saved configuration, and a
# setting namespace unknown before apply.

variable "namespace" {
  type = string
}

resource "aws_elastic_beanstalk_environment" "enhanced" {
  name                = "enhanced"
  application         = "app"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "basic" {
  name                = "basic"
  application         = "app"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
  setting { # expect: TFG-LOG-032
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "basic"
  }
}

resource "aws_elastic_beanstalk_environment" "unset" { # expect: TFG-LOG-032
  name                = "unset"
  application         = "app"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "InstanceType"
    value     = "t3.small"
  }
}

resource "aws_elastic_beanstalk_environment" "template" {
  name          = "template"
  application   = "app"
  template_name = "saved"
}

resource "aws_elastic_beanstalk_environment" "unknown" {
  name                = "unknown"
  application         = "app"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
  setting {
    namespace = var.namespace
    name      = "SystemType"
    value     = "enhanced"
  }
}
