//! Diagnostics: problems with the input itself (unreadable or unparsable files, cycles,
//! missing modules), as opposed to findings about the infrastructure it describes.

use serde::Serialize;

/// How bad a diagnostic is. Errors make the run exit 2 (fail closed); warnings are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// A problem with the input, located as precisely as it can be.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub level: Level,
    /// Display path of the file concerned, if any.
    pub file: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// A short stable code: `read-error`, `parse-error`, `cycle`, `module-not-found`, ...
    pub code: &'static str,
    pub message: String,
    /// A second place the problem involves (display path and 1-based line): the variable
    /// declaration of a module argument whose value it rejects.
    /// Boxed: it is rare, and a diagnostic travels in `Result`s.
    pub related: Option<Box<(String, usize)>>,
}

/// `s` with control characters escaped, reusing it when it has none.
fn escaped(s: String) -> String {
    match crate::base::escape::control(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(e) => e,
    }
}

impl Diagnostic {
    /// An error; the message is escaped (it often quotes scanned content: see
    /// [`crate::base::escape`]).
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Error,
            file: None,
            line: None,
            column: None,
            code,
            message: escaped(message.into()),
            related: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn in_file(mut self, file: impl Into<String>) -> Diagnostic {
        self.file = Some(escaped(file.into()));
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Diagnostic {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Names a related place: `(file, line)`.
    pub fn related(mut self, file: impl Into<String>, line: usize) -> Diagnostic {
        self.related = Some(Box::new((escaped(file.into()), line)));
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// `main.tf:3:5: error[parse-error]: ...`
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(file);
            if let Some(line) = self.line {
                out.push_str(&format!(":{line}"));
                if let Some(col) = self.column {
                    out.push_str(&format!(":{col}"));
                }
            }
            out.push_str(": ");
        }
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        out.push_str(&format!("{level}[{}]: {}", self.code, self.message));
        out
    }
}
