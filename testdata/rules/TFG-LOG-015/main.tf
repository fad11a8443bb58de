# Firewalls logged by reference and by a literal ARN, and one without logging.

resource "aws_networkfirewall_firewall" "logged" {
  name                = "logged"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/p"
  vpc_id              = "vpc-1"
  subnet_mapping {
    subnet_id = "subnet-1"
  }
}

resource "aws_networkfirewall_logging_configuration" "logged" {
  firewall_arn = aws_networkfirewall_firewall.logged.arn
  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/nfw/logged"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "FLOW"
    }
  }
}

resource "aws_networkfirewall_firewall" "by_arn" {
  name                = "by-arn"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/p"
  vpc_id              = "vpc-1"
  subnet_mapping {
    subnet_id = "subnet-1"
  }
}

resource "aws_networkfirewall_logging_configuration" "by_arn" {
  firewall_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall/by-arn"
  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/nfw/by-arn"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}

resource "aws_networkfirewall_firewall" "silent" { # expect: TFG-LOG-015
  name                = "silent"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/p"
  vpc_id              = "vpc-1"
  subnet_mapping {
    subnet_id = "subnet-1"
  }
}
