from_tfvars = "tfvars-password"
