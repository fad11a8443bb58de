//! Root module variables from the command line: `--var NAME=VALUE` and `--var-file FILE`,
//! kept in command-line order as Terraform applies them; variable files are read and parsed
//! here like every other file (errors name the file and line).

use std::path::PathBuf;

use super::Loaded;
use super::discover::FileKind;
use crate::base::diag::Diagnostic;
use crate::base::source::SourceFile;
use crate::base::span::FileId;
use crate::load::syntax::Attribute;

/// A `--var` or `--var-file`, in the order given (Terraform applies them in that order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarArg {
    File(PathBuf),
    Var(String, String),
}

/// A value for root module variables from the command line, in command-line order.
#[derive(Clone, Debug)]
pub enum VarInput {
    /// `--var-file`: its parsed attributes.
    File(FileId, Vec<Attribute>),
    /// `--var NAME=VALUE`
    Raw(String, String),
}

/// Reads `--var-file`s; keeps `--var`s; both in command-line order.
pub fn read(
    loaded: &mut Loaded,
    vars: &[VarArg],
    max: u64,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<VarInput> {
    let mut out = Vec::new();
    let declared = |name: &str| {
        loaded.roots.iter().any(|r| {
            loaded.modules[r.module]
                .variables
                .iter()
                .any(|v| v.name == name)
        })
    };
    for v in vars {
        match v {
            // As in Terraform: a value for a variable no root declares is a mistake (a typo
            // would otherwise leave the variable at its default, silently).
            VarArg::Var(name, _) if !loaded.roots.is_empty() && !declared(name) => {
                diagnostics.push(Diagnostic::error(
                    "undeclared-variable",
                    format!(
                        "--var {name}: no root module declares a variable named `{name}`; declare it with a `variable` block or remove the flag"
                    ),
                ));
            }
            VarArg::Var(name, value) => out.push(VarInput::Raw(name.clone(), value.clone())),
            VarArg::File(path) => {
                let display = crate::base::path::display(path);
                let text = match super::read_text(path, max) {
                    Ok(t) => t,
                    Err(msg) => {
                        diagnostics.push(
                            Diagnostic::error("var-file", format!("--var-file: {msg}"))
                                .in_file(display),
                        );
                        continue;
                    }
                };
                let kind = if display.ends_with(".json") {
                    FileKind::TfvarsJson
                } else {
                    FileKind::Tfvars
                };
                let id = loaded
                    .files
                    .add(SourceFile::new(display.clone(), path.clone(), text));
                match super::parse_file(&loaded.files.get(id).text, kind) {
                    Ok(body) => out.push(VarInput::File(id, body.attributes)),
                    Err(e) => diagnostics.push(
                        Diagnostic::error("parse-error", e.message)
                            .in_file(display)
                            .at(e.line, e.column),
                    ),
                }
            }
        }
    }
    out
}
