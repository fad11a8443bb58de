//! What a rule proposes to make a finding go away, independent of how the resource is
//! written: set arguments, add a companion resource, replace a block. `fix::plan` places a
//! remedy in the source as a [`super::fix::Fix`].

/// How safe a rule considers its remedy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safety {
    /// Updated in place, and nobody who was meant to have access loses it.
    Safe,
    /// Replaces the resource (data loss unless migrated) or may cut off existing clients.
    Unsafe,
}

/// What a rule proposes, independent of how the resource is written.
#[derive(Clone, Debug)]
pub struct Remedy {
    /// One line, imperative: "Set `enable_key_rotation = true`".
    pub title: String,
    pub safety: Safety,
    pub change: Change,
}

/// The change a remedy makes.
#[derive(Clone, Debug)]
pub enum Change {
    /// Set arguments: `(path, value)`, the path from the resource through nested blocks
    /// (`rule[0].apply_server_side_encryption_by_default[0].sse_algorithm`), the value as HCL.
    /// Missing blocks on the way are created.
    Set(Vec<(String, String)>),
    /// Add a resource of `rtype` after this one, whose `link` argument is this resource's
    /// `id`, with `settings` as for [`Change::Set`].
    AddCompanion {
        rtype: &'static str,
        link: &'static str,
        settings: Vec<(String, String)>,
        /// Arguments or blocks of this resource that configure the same thing inline: the
        /// provider rejects (or fights over) a companion next to them, so where one is
        /// written the fix is display-only.
        instead_of: &'static [&'static str],
        /// The AWS provider major version that introduced `rtype` (0: always there). Where
        /// the configuration's provider constraints stop below it, the fix is display-only.
        since_major: u64,
    },
    /// Nothing tfgate can place: the change needs a decision first (the note says which),
    /// so the remedy is shown, never applied.
    Manual(String),
    /// Replace the nested block at `path` (`default_action[0]`) with a block of the same type
    /// holding only `settings`.
    ReplaceBlock {
        path: String,
        settings: Vec<(String, String)>,
    },
}

impl Remedy {
    pub fn set(safety: Safety, path: &str, value: &str) -> Remedy {
        Remedy::set_all(safety, &[(path, value)])
    }

    /// Sets several arguments; the title names the last segment of each.
    pub fn set_all(safety: Safety, settings: &[(&str, &str)]) -> Remedy {
        let shown: Vec<String> = settings
            .iter()
            .map(|(p, v)| format!("`{} = {v}`", p.rsplit('.').next().unwrap_or(p)))
            .collect();
        Remedy {
            title: format!("Set {}", shown.join(" and ")),
            safety,
            change: Change::Set(
                settings
                    .iter()
                    .map(|(p, v)| (p.to_string(), v.to_string()))
                    .collect(),
            ),
        }
    }

    pub fn companion(
        safety: Safety,
        rtype: &'static str,
        link: &'static str,
        settings: &[(&str, &str)],
    ) -> Remedy {
        Remedy {
            title: format!("Add an `{rtype}` for it"),
            safety,
            change: Change::AddCompanion {
                rtype,
                link,
                settings: settings
                    .iter()
                    .map(|(p, v)| (p.to_string(), v.to_string()))
                    .collect(),
                instead_of: &[],
                since_major: 0,
            },
        }
    }

    /// A remedy shown but never applied: `note` says what must be decided first.
    pub fn manual(title: impl Into<String>, note: impl Into<String>) -> Remedy {
        Remedy {
            title: title.into(),
            safety: Safety::Unsafe,
            change: Change::Manual(note.into()),
        }
    }

    /// For a companion remedy: the inline arguments or blocks it must not be added beside.
    pub fn instead_of(mut self, inline: &'static [&'static str]) -> Remedy {
        if let Change::AddCompanion { instead_of, .. } = &mut self.change {
            *instead_of = inline;
        }
        self
    }

    /// For a companion remedy: the AWS provider major version its resource type needs.
    pub fn since_major(mut self, major: u64) -> Remedy {
        if let Change::AddCompanion { since_major, .. } = &mut self.change {
            *since_major = major;
        }
        self
    }
}
