# Elastic Beanstalk takes its groups as one comma-separated string in a `SecurityGroups`
# setting: built with join(), the value is unknown and names no group, so the group may be
# used (undecided, not reported). A root of its own: an untraceable group id makes every
# unreferenced group of its root undecided.
resource "aws_security_group" "beanstalk" {
  name        = "beanstalk"
  description = "Beanstalk instances"
  vpc_id      = "vpc-0123456789abcdef0"
}

resource "aws_elastic_beanstalk_environment" "env" {
  name        = "env"
  application = "app"
  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.beanstalk.id, "sg-0123456789abcdef0"])
  }
}
