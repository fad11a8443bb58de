# AppSync APIs: without a web ACL (for_each), and with one.

resource "aws_appsync_graphql_api" "open" { # expect: TFG-SLS-022
  for_each            = toset(["a", "b"])
  name                = "open-${each.key}"
  authentication_type = "API_KEY"
}

resource "aws_appsync_graphql_api" "protected" {
  name                = "protected"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "protected" {
  resource_arn = aws_appsync_graphql_api.protected.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}
