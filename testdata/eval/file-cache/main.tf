# Two modules with the same configuration text and the same relative file names but
# different files: the run's file cache must keep them apart (keyed by directory), and
# module "a", called twice, reads its files from the cache the second time.
module "a" {
  source   = "./modules/a"
  for_each = toset(["one", "two"])
  key      = each.key
}

module "b" {
  source = "./modules/b"
  key    = "three"
}

resource "aws_ssm_parameter" "root" {
  name  = "root"
  # Relative paths resolve against the root module's directory.
  value = trimspace(file("modules/b/name.txt"))
}
