# Only approved instance families run workloads (capacity and cost baseline, SOC 2 CC8.1).

locals {
  approved_families = ["t3", "t4g", "m6i", "m7g", "c7g"]
}

resource_policy "aws_instance" "approved_families" {
  enforcement_level = "advisory"

  locals {
    family = core::split(".", attrs.instance_type)[0]
  }

  enforce {
    condition     = core::contains(local.approved_families, local.family)
    error_message = "instance family ${local.family} is not approved (${core::join(", ", local.approved_families)})"
  }
}

resource_policy "aws_launch_template" "approved_template_families" {
  enforcement_level = "advisory"
  filter            = core::try(attrs.instance_type, null) != null

  enforce {
    condition     = core::contains(local.approved_families, core::split(".", attrs.instance_type)[0])
    error_message = "launch template instance type ${attrs.instance_type} is not of an approved family"
  }
}
