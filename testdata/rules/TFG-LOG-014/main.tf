# Public zones with and without a query log, a private zone, and a module that logs its zone.

resource "aws_route53_zone" "logged" {
  name = "logged.example.com"
}

resource "aws_route53_query_log" "logged" {
  zone_id                  = aws_route53_zone.logged.zone_id
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/logged"
}

resource "aws_route53_zone" "unlogged" { # expect: TFG-LOG-014
  name = "unlogged.example.com"
}

resource "aws_route53_zone" "private" {
  name = "internal.example.com"
  vpc {
    vpc_id = "vpc-123"
  }
}

resource "aws_route53_query_log" "literal" {
  zone_id                  = "Z0123456789ABCDEFGHIJ"
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/other"
}

module "zone" {
  source = "./zone"
}
