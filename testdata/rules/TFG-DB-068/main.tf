variable "subnets" {
  type = list(string)
}

resource "aws_opensearch_domain" "public" { # expect: TFG-DB-068
  domain_name = "public"
}

resource "aws_opensearch_domain" "vpc" {
  domain_name = "vpc"

  vpc_options {
    subnet_ids = var.subnets
  }
}

resource "aws_elasticsearch_domain" "public" { # expect: TFG-DB-068
  domain_name = "legacy-public"
}

resource "aws_elasticsearch_domain" "vpc" {
  domain_name = "legacy-vpc"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
