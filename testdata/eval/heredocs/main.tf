# Heredocs as Terraform reads them (every value below checked with terraform console 1.11):
# a strip marker trims only the text next to it on its line, and `<<-` removes the least
# indentation of the pieces that start a line after stripping, ignoring blank lines.
locals {
  names = ["a", "b"]
  on    = true
  x     = "X"

  for_strip = <<-EOT
    %{ for i in local.names ~}
    x-${i}
    %{ endfor ~}
    EOT

  for_strip_flat = <<EOT
%{ for i in local.names ~}
  x-${i}
%{ endfor ~}
EOT

  if_strip = <<-EOT
    head
    %{ if local.on ~}
    yes
    %{ else ~}
    no
    %{ endif ~}
    tail
    EOT

  left_strip = <<-EOT
    one
    %{~ if local.on }
      two
    %{~ endif }
    three
    EOT

  blank_lines = <<-EOT
      a
  
      b

      c
    EOT

  interp_at_start = <<-EOT
    a
${local.x}
    b
    EOT

  escapes = <<-EOT
    $${not} %%{ not }
      ${local.x}
    EOT

  tabs = <<-EOT
		t1
			t2
		EOT
}

resource "aws_ssm_parameter" "h" {
  name = "h"
  tags = {
    for_strip       = local.for_strip
    for_strip_flat  = local.for_strip_flat
    if_strip        = local.if_strip
    left_strip      = local.left_strip
    blank_lines     = local.blank_lines
    interp_at_start = local.interp_at_start
    escapes         = local.escapes
    tabs            = local.tabs
  }
}
