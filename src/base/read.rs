//! Reading files from a tree under review: the tree a scan may read, regular files only (a
//! FIFO would block the scan, a device never ends), bounded in size, as UTF-8 text.

use std::path::{Path, PathBuf};

/// Largest file tfgate reads; bigger files are an error (raise with `--max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// The tree a scan may read: the enclosing git checkout if there is one, else the directory.
pub fn boundary_of(root: &Path) -> Option<PathBuf> {
    let canon = std::fs::canonicalize(root).ok()?;
    let mut dir = canon.as_path();
    loop {
        if dir.join(".git").exists() {
            return Some(dir.to_path_buf());
        }
        match dir.parent() {
            Some(parent) => dir = parent,
            None => return Some(canon),
        }
    }
}

/// Reads a file as UTF-8 text, refusing binaries and oversized files with a clear reason.
pub fn read_text(path: &Path, max: u64) -> Result<String, String> {
    use std::io::Read as _;
    let cannot = |e: std::io::Error| format!("cannot read file: {e}");
    // Only a regular file is opened: opening a FIFO blocks until something writes to it, and
    // a device never ends. The status is asked of the path first, then of the open file.
    regular_file(path)?;
    let file = std::fs::File::open(path).map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err(not_regular(&meta.file_type()));
    }
    let len = meta.len();
    if len > max {
        return Err(format!(
            "file is {len} bytes, over the {max} byte limit (raise it with --max-file-size)"
        ));
    }
    // A file that grows while it is read is still cut at the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "file is over the {max} byte limit (raise it with --max-file-size)"
        ));
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes), not Terraform text".to_string());
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "file is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Refuses a path that is not a regular file (following symlinks), before anything opens it.
pub fn regular_file(path: &Path) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read file: {e}"))?;
    if meta.is_file() {
        Ok(())
    } else {
        Err(not_regular(&meta.file_type()))
    }
}

/// Why a path that is not a regular file is not read.
fn not_regular(t: &std::fs::FileType) -> String {
    #[cfg(unix)]
    let kind = {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            "a FIFO (named pipe)"
        } else if t.is_socket() {
            "a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else if t.is_dir() {
            "a directory"
        } else {
            "something other than a regular file"
        }
    };
    #[cfg(not(unix))]
    let kind = if t.is_dir() {
        "a directory"
    } else {
        "something other than a regular file"
    };
    format!("not read: it is {kind}; tfgate reads regular files only")
}
