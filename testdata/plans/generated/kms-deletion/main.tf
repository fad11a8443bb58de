# The key that encrypted the data volume is removed from the configuration: the plan
# schedules it for deletion (the volume itself was deleted earlier).
resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}
