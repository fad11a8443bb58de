# Each variable is set by one more source than the one before it, so the winner shows
# Terraform's precedence: default < TF_VAR_ < terraform.tfvars < terraform.tfvars.json
# < *.auto.tfvars (lexical) < --var-file / --var in command-line order.
variable "only_default" { default = "default" }
variable "from_env" { default = "default" }
variable "from_tfvars" { default = "default" }
variable "from_tfvars_json" { default = "default" }
variable "from_auto_a" { default = "default" }
variable "from_auto_b" { default = "default" }
variable "from_var_file" { default = "default" }
variable "from_cli_var" { default = "default" }
variable "cli_order" { default = "default" }
variable "count_from_env" {
  type    = number
  default = 1
}
variable "list_from_cli" {
  type    = list(string)
  default = []
}
variable "no_value" { type = string }

resource "null_resource" "values" {
  triggers = {
    only_default     = var.only_default
    from_env         = var.from_env
    from_tfvars      = var.from_tfvars
    from_tfvars_json = var.from_tfvars_json
    from_auto_a      = var.from_auto_a
    from_auto_b      = var.from_auto_b
    from_var_file    = var.from_var_file
    from_cli_var     = var.from_cli_var
    cli_order        = var.cli_order
    count_from_env   = var.count_from_env
    list_from_cli    = join(",", var.list_from_cli)
    no_value         = var.no_value
  }
}
