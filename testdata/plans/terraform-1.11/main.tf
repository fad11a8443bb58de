variable "names" {
  type    = list(string)
  default = ["a", "b"]
}
variable "secret" {
  type      = string
  default   = "s3cr3t"
  sensitive = true
}
resource "terraform_data" "one" {
  input = { name = "one", secret = var.secret, tags = { env = "dev" } }
}
resource "terraform_data" "many" {
  count = 2
  input = "item-${count.index}"
}
resource "terraform_data" "each" {
  for_each = toset(var.names)
  input    = { key = each.key, ref = terraform_data.one.id }
}
module "child" {
  source = "./mod"
  prefix = "x"
}
output "ids" { value = terraform_data.many[*].id }
