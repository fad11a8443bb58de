# Modules come from pinned sources: a registry module pins an exact version, a git source a
# tag or commit (SOC 2 CC8.1 change management; supply chain).

module_policy "*" "pinned_sources" {
  enforcement_level = "mandatory"
  filter            = !core::startswith(meta.source, "./") && !core::startswith(meta.source, "../")

  locals {
    git      = core::startswith(meta.source, "git::") || core::strcontains(meta.source, "github.com/")
    git_ref  = core::regexall("[?&]ref=([0-9A-Za-z._/-]+)", meta.source)
    registry = !local.git && core::length(core::split("/", meta.source)) == 3
  }

  enforce {
    condition     = !local.git || core::length(local.git_ref) > 0
    error_message = "git module source ${meta.source} does not pin a ref (?ref=<tag or commit>)"
  }

  enforce {
    condition     = !local.registry || (meta.version != null && core::can(core::regex("^=?\\s*[0-9]+\\.[0-9]+\\.[0-9]+$", meta.version)))
    error_message = "registry module ${meta.source} does not pin an exact version (version = \"x.y.z\")"
  }
}

module_policy "terraform-aws-modules/*" "supported_versions" {
  enforcement_level = "advisory"
  filter            = meta.version != null && core::can(core::regex("^=?\\s*[0-9]+\\.[0-9]+\\.[0-9]+$", meta.version))

  enforce {
    condition     = core::semverconstraint(core::trimprefix(core::trimspace(meta.version), "="), ">= 5.0.0")
    error_message = "${meta.source} ${meta.version} is older than the supported 5.x line"
  }
}
