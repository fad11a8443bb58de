variable "pitr" {
  type = bool
}

resource "aws_dynamodb_table" "no_block" { # expect: TFG-DB-040
  name     = "no-block"
  hash_key = "id"
}

resource "aws_dynamodb_table" "disabled" {
  name     = "disabled"
  hash_key = "id"

  point_in_time_recovery {
    enabled = false # expect: TFG-DB-040
  }
}

resource "aws_dynamodb_table" "empty_block" {
  name     = "empty-block"
  hash_key = "id"

  point_in_time_recovery { # expect: TFG-DB-040
  }
}

resource "aws_dynamodb_table" "enabled" {
  name     = "enabled"
  hash_key = "id"

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "from_variable" {
  name     = "from-variable"
  hash_key = "id"

  point_in_time_recovery {
    enabled = var.pitr
  }
}

resource "aws_dynamodb_table" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
  hash_key = "id"

  point_in_time_recovery {
    enabled = each.key == "a" # expect: TFG-DB-040
  }
}

resource "aws_dynamodb_table" "global" {
  name             = "global"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  point_in_time_recovery {
    enabled = true
  }

  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = true
  }

  replica { # expect: TFG-DB-040
    region_name = "us-west-2"
  }

  replica {
    region_name            = "ap-southeast-2"
    point_in_time_recovery = false # expect: TFG-DB-040
  }
}

resource "aws_dynamodb_table" "replicated" {
  name             = "replicated"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  point_in_time_recovery {
    enabled = true
  }

  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = true
  }
}

resource "aws_dynamodb_table_replica" "unset" { # expect: TFG-DB-040
  global_table_arn = aws_dynamodb_table.replicated.arn
}

resource "aws_dynamodb_table_replica" "on" {
  global_table_arn       = aws_dynamodb_table.replicated.arn
  point_in_time_recovery = true
}
