variable "name" { type = string }
variable "environment" { type = string }
variable "retention_days" {
  type    = number
  default = 90
}

module "logs" {
  source = "./modules/bucket"
  bucket_name = "${var.name}-${var.environment}-logs"
  days        = var.retention_days
}

output "logs_bucket_id" { value = module.logs.id }
output "logs_bucket_name" { value = module.logs.name }
