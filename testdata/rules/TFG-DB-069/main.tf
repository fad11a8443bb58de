variable "groups" {
  type = list(string)
}

resource "aws_opensearch_domain" "no_groups" {
  domain_name = "no-groups"

  vpc_options { # expect: TFG-DB-069
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_opensearch_domain" "empty" {
  domain_name = "empty"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = [] # expect: TFG-DB-069
  }
}

resource "aws_opensearch_domain" "own" {
  domain_name = "own"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = var.groups
  }
}

resource "aws_opensearch_domain" "public" {
  domain_name = "public"
}

resource "aws_elasticsearch_domain" "no_groups" {
  domain_name = "legacy-no-groups"

  vpc_options { # expect: TFG-DB-069
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
