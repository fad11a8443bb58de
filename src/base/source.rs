//! The table of source files read in a run: their text, display path and line index.
//!
//! Everything else refers to a file by [`FileId`] and to a place by byte [`Span`]; line and
//! column are computed here, only when something is shown to a person.

use std::path::PathBuf;

use super::span::{FileId, Span};

/// One file that was read.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as shown to users: relative to the scan root, forward slashes.
    pub display: String,
    /// The path on disk.
    pub path: PathBuf,
    /// The text as read (a byte-order mark, if any, is kept so spans match the file).
    pub text: String,
    /// Built on first use: most files of a run have no finding or diagnostic to place.
    lines: std::sync::OnceLock<LineIndex>,
}

/// Where each line of a file starts.
#[derive(Debug)]
struct LineIndex {
    starts: Vec<u32>,
    /// All ASCII (nearly every Terraform file): a column is then a byte count, found without
    /// walking the line, which matters on a minified one-line `.tf.json` with many findings.
    ascii: bool,
}

/// A 1-based line and column (columns count characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    /// A file read; `display` is escaped here (a file name is scanned content: see
    /// [`crate::base::escape`]).
    pub fn new(display: String, path: PathBuf, text: String) -> SourceFile {
        SourceFile {
            display: crate::base::escape::control(&display).into_owned(),
            path,
            text,
            lines: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &LineIndex {
        self.lines.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(
                memchr::memchr_iter(b'\n', self.text.as_bytes())
                    .map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)),
            );
            LineIndex {
                starts,
                ascii: self.text.is_ascii(),
            }
        })
    }

    fn line_starts(&self) -> &[u32] {
        &self.index().starts
    }

    /// The 0-based index of the line holding a byte offset.
    fn line_index(&self, offset: u32) -> usize {
        self.line_starts().partition_point(|&s| s <= offset).max(1) - 1
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        self.line_index(offset) + 1
    }

    /// Line and column of a byte offset.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = self.line_index(offset);
        let start = self.line_starts()[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let column = if self.index().ascii {
            end - start
        } else {
            self.text
                .get(start..end)
                .map_or(end - start, |s| s.chars().count())
        } + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// 1-based first and last line of a span.
    pub fn lines(&self, span: Span) -> (usize, usize) {
        let start = self.line_of(span.start);
        let end = self.line_of(span.end.saturating_sub(1).max(span.start));
        (start, end)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts().get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts()
            .get(line)
            .map_or(self.text.len(), |&e| e as usize);
        self.text
            .get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// The 1-based column of a byte offset in UTF-16 code units (SARIF's default unit).
    pub fn utf16_column(&self, offset: u32) -> usize {
        let start = self.line_starts()[self.line_index(offset)] as usize;
        let end = (offset as usize).min(self.text.len());
        if self.index().ascii {
            return end - start + 1;
        }
        self.text
            .get(start..end)
            .map_or(end - start, |s| s.encode_utf16().count())
            + 1
    }

    /// Byte offset of the start of a 1-based line.
    pub fn line_offset(&self, line: usize) -> Option<u32> {
        self.line_starts().get(line.checked_sub(1)?).copied()
    }
}

/// Every file read in a run, indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceFiles {
    files: Vec<SourceFile>,
}

impl SourceFiles {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Moves every file of `other` into this table and returns the offset to add to its ids.
    pub fn append(&mut self, other: SourceFiles) -> u32 {
        let offset = self.files.len() as u32;
        self.files.extend(other.files);
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let f = SourceFile::new("a.tf".into(), "a.tf".into(), "ab\nçd\r\nx".into());
        let cases = [(0, 1, 1), (1, 1, 2), (3, 2, 1), (5, 2, 2), (8, 3, 1)];
        for (offset, line, column) in cases {
            assert_eq!(
                f.line_col(offset),
                LineCol { line, column },
                "offset {offset}"
            );
        }
        assert_eq!(f.utf16_column(5), 2);
        assert_eq!(f.lines(Span { start: 1, end: 9 }), (1, 3));
    }

    /// An all-ASCII file counts columns in bytes, without walking the line: the same
    /// answers as counting characters.
    #[test]
    fn ascii_columns_are_byte_counts() {
        let text = "{\"resource\":{\"aws_s3_bucket\":{\"b\":{\"acl\":\"public-read\"}}}}\nx = 1\n";
        let f = SourceFile::new("a.tf.json".into(), "a.tf.json".into(), text.into());
        for offset in 0..u32::try_from(text.len()).expect("small") {
            let line = f.line_col(offset).line;
            let start = f.line_offset(line).expect("line exists");
            let chars = text[start as usize..offset as usize].chars().count() + 1;
            assert_eq!(f.line_col(offset).column, chars, "offset {offset}");
            assert_eq!(f.utf16_column(offset), chars, "offset {offset}");
            assert_eq!(f.line_of(offset), line, "offset {offset}");
        }
    }
}
