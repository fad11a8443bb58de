# Cases of the rule: secrets written as literals, through variable defaults, tfvars and
# locals, inside nested blocks and lists; secrets supplied at run time (a variable without a
# value), generated (random_password) or looked up (a Secrets Manager data source) pass; an
# empty value passes; a value unknown for another reason is undecided.

variable "db_password" {
  default = "defaulted-password"
}

variable "from_tfvars" {}

variable "supplied_at_run_time" {
  sensitive = true
}

locals {
  token = "local-token-value"
}

resource "random_password" "db" {
  length = 24
}

data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/api"
}

resource "aws_db_instance" "literal" {
  identifier = "literal"
  password   = "correct-horse-battery" # expect: TFG-SEC-001
}

resource "aws_rds_cluster" "defaulted" {
  cluster_identifier = "defaulted"
  master_password    = var.db_password # expect: TFG-SEC-001
}

resource "aws_redshift_cluster" "tfvars" {
  cluster_identifier = "tfvars"
  master_password    = var.from_tfvars # expect: TFG-SEC-001
}

resource "aws_elasticache_replication_group" "local" {
  replication_group_id = "local"
  auth_token           = local.token # expect: TFG-SEC-001
}

resource "aws_mq_broker" "users" {
  broker_name = "users"
  user {
    username = "admin"
    password = var.supplied_at_run_time
  }
  user {
    username = "app"
    password = "mq-app-password-1" # expect: TFG-SEC-001
  }
}

resource "aws_elasticache_user" "list" {
  user_id   = "app"
  passwords = ["", "cache-password-12345"] # expect: TFG-SEC-001
}

# The newer form: passwords inside `authentication_mode`.
resource "aws_elasticache_user" "mode" {
  user_id = "worker"
  authentication_mode {
    type      = "password"
    passwords = ["cache-password-67890"] # expect: TFG-SEC-001
  }
}

resource "aws_elasticache_user" "iam" {
  user_id = "reader"
  authentication_mode {
    type = "iam"
  }
}

resource "aws_opensearch_domain" "nested" {
  domain_name = "nested"
  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = "Search-Admin-1" # expect: TFG-SEC-001
    }
  }
}

resource "aws_datasync_location_object_storage" "secret_key" {
  server_hostname = "objects.example.com"
  bucket_name     = "backups"
  access_key      = "backup-user"
  secret_key      = "object-store-secret" # expect: TFG-SEC-001
}

resource "aws_glue_connection" "jdbc" {
  name = "jdbc"
  connection_properties = { # expect: TFG-SEC-001
    JDBC_CONNECTION_URL = "jdbc:mysql://db.example.com:3306/app"
    USERNAME            = "app"
    PASSWORD            = "glue-password"
  }
}

# Good: generated, looked up, supplied at run time, empty, or managed by the service.
resource "aws_db_instance" "generated" {
  identifier = "generated"
  password   = random_password.db.result
}

resource "aws_secretsmanager_secret_version" "looked_up" {
  secret_id     = "prod/api-copy"
  secret_string = data.aws_secretsmanager_secret_version.api.secret_string
}

resource "aws_rds_cluster" "managed" {
  cluster_identifier          = "managed"
  manage_master_user_password = true
}

resource "aws_directory_service_directory" "run_time" {
  name     = "corp.example.com"
  password = var.supplied_at_run_time
}

resource "aws_db_instance" "empty" {
  identifier = "empty"
  password   = ""
}

resource "aws_secretsmanager_secret_version" "literal_json" {
  secret_id = "prod/db"
  secret_string = jsonencode({ # expect: TFG-SEC-001
    username = "app"
    password = "json-password"
  })
}

resource "aws_glue_connection" "from_secret" {
  name = "from-secret"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://db.example.com:3306/app"
    SECRET_ID           = "prod/glue"
  }
}

resource "aws_secretsmanager_secret_version" "json_with_generated_password" {
  secret_id = "prod/app"
  secret_string = jsonencode({
    username = "app"
    password = random_password.db.result
  })
}

resource "aws_secretsmanager_secret_version" "json_with_written_password" {
  secret_id = "prod/app2"
  secret_string = jsonencode({ # expect: TFG-SEC-001
    host     = random_password.db.id
    password = "json-written-password"
  })
}

# Placeholders filled in out of band (under `ignore_changes`), and a JSON secret whose fields
# are not secrets, pass; a token-shaped field is a secret whatever its name.
resource "aws_secretsmanager_secret_version" "placeholder" {
  secret_id     = "prod/filled-by-hand"
  secret_string = "CHANGE_ME"
  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret_version" "empty_object" {
  secret_id     = "prod/filled-by-hand-2"
  secret_string = jsonencode({})
}

resource "aws_secretsmanager_secret_version" "no_secret_fields" {
  secret_id     = "prod/endpoint"
  secret_string = jsonencode({ host = "db.example.com", port = 5432 })
}

resource "aws_secretsmanager_secret_version" "shaped_field" {
  secret_id     = "prod/upstream"
  secret_string = jsonencode({ upstream = "AKIAIOSFODNN7EXAMPLE" }) # expect: TFG-SEC-001
}

# A SecureString parameter declares a secret: its written value is one; a placeholder, a
# generated value and a String parameter (TFG-SEC-007's concern) pass.
resource "aws_ssm_parameter" "secure_literal" {
  name  = "/prod/api/token"
  type  = "SecureString"
  value = "ssm-written-token" # expect: TFG-SEC-001
}

resource "aws_ssm_parameter" "secure_placeholder" {
  name  = "/prod/api/token2"
  type  = "SecureString"
  value = "placeholder"
}

resource "aws_ssm_parameter" "secure_generated" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

resource "aws_ssm_parameter" "plain" {
  name  = "/prod/web/ami"
  type  = "String"
  value = "ami-0123456789abcdef0"
}

resource "aws_secretsmanager_secret_version" "any_other_field" {
  secret_id     = "prod/flag"
  secret_string = jsonencode({ flag = "json-flag-value" }) # expect: TFG-SEC-001
}
