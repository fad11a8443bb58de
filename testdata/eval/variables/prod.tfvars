# Not applied unless given with --var-file.
from_var_file = "prod.tfvars"
from_cli_var  = "prod.tfvars"
cli_order     = "prod.tfvars"
