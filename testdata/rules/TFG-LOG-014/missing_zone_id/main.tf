# A query log without its (required) zone_id points at no zone: the zone is still unlogged.

resource "aws_route53_zone" "unlogged" { # expect: TFG-LOG-014
  name = "missing.example.com"
}

resource "aws_route53_query_log" "incomplete" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/missing"
}
