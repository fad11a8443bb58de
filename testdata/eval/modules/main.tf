# A module two levels deep: inputs flow down, outputs flow back up, and a computed
# attribute keeps its identity (the bucket it belongs to) through both levels.
module "app" {
  source      = "./modules/app"
  name        = "shop"
  environment = "prod"
}

module "app_each" {
  source   = "./modules/app"
  for_each = { a = "dev", b = "test" }

  name        = "svc-${each.key}"
  environment = each.value
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = module.app.logs_bucket_id
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_ssm_parameter" "name" {
  name  = "/apps/${module.app.logs_bucket_name}"
  type  = "String"
  value = module.app_each["b"].logs_bucket_name
}
