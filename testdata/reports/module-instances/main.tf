# One module, called five times: three instances through for_each, two through count.
# Each line of the module that breaks a rule is one finding listing all five instances.

module "service" {
  source   = "./modules/service"
  for_each = toset(["billing", "orders", "search"])
  name     = each.key
}

module "worker" {
  source = "./modules/service"
  count  = 2
  name   = "worker-${count.index}"
}
