//! Expanding the paths a user names into the files to read: directories are
//! walked recursively in name order, hidden entries are skipped, and only
//! files with an extension some [`Source`](crate::Source) claims are taken.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::IngestError;

/// One file to read.
#[derive(Debug)]
pub struct InputFile {
    /// The path (as given, or joined under the directory given).
    pub path: PathBuf,
    /// Named by the user (sniffed when no source claims its extension)
    /// rather than found in a directory.
    pub explicit: bool,
}

/// What one user-given path expands to.
#[derive(Debug)]
pub enum Expanded {
    /// `-`: standard input.
    Stdin,
    /// A file or directory: the files to read, and the problems met walking it.
    Path {
        /// Files, in name order.
        files: Vec<InputFile>,
        /// Paths that could not be walked or stated.
        problems: Vec<IngestError>,
    },
}

impl Expanded {
    /// How many inputs this is (stdin counts as one).
    pub fn file_count(&self) -> usize {
        match self {
            Expanded::Stdin => 1,
            Expanded::Path { files, .. } => files.len(),
        }
    }
}

/// Expand every user-given path, in order (`-` is standard input).
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Expanded> {
    paths
        .iter()
        .map(|path| {
            if path.as_os_str() == crate::STDIN_PATH {
                return Expanded::Stdin;
            }
            let (mut files, mut problems) = (Vec::new(), Vec::new());
            expand(path, &mut files, &mut problems);
            Expanded::Path { files, problems }
        })
        .collect()
}

/// Expand one user-given path. Files go to `out`; problems to `errors`.
fn expand(path: &Path, out: &mut Vec<InputFile>, errors: &mut Vec<IngestError>) {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            let mut seen = HashSet::new();
            walk_dir(path, &mut seen, out, errors);
        }
        Ok(meta) if meta.is_file() => out.push(InputFile {
            path: path.to_path_buf(),
            explicit: true,
        }),
        Ok(_) => errors.push(IngestError::NotAFile {
            path: path.to_path_buf(),
        }),
        Err(e) => errors.push(stat_error(path, e)),
    }
}

/// Turn a failed `stat` into the most telling error: a dangling symlink is
/// reported as such rather than as "not found".
pub(crate) fn stat_error(path: &Path, e: io::Error) -> IngestError {
    if e.kind() == io::ErrorKind::NotFound {
        let is_link = fs::symlink_metadata(path)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false);
        if is_link {
            IngestError::BrokenLink {
                path: path.to_path_buf(),
            }
        } else {
            IngestError::NotFound {
                path: path.to_path_buf(),
            }
        }
    } else {
        IngestError::Unreadable {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

/// Walk a directory in name order. `seen` holds canonical directory paths
/// already walked so that symlink cycles end.
fn walk_dir(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<InputFile>,
    errors: &mut Vec<IngestError>,
) {
    if let Ok(canonical) = fs::canonicalize(dir) {
        if !seen.insert(canonical) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(IngestError::Unreadable {
                path: dir.to_path_buf(),
                source: e,
            });
            return;
        }
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(e) => errors.push(IngestError::Unreadable {
                path: dir.to_path_buf(),
                source: e,
            }),
        }
    }
    names.sort();
    for name in names {
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = dir.join(&name);
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk_dir(&path, seen, out, errors),
            Ok(meta) if meta.is_file() => {
                let claimed = crate::source_for_name(&path).0.is_some();
                if claimed {
                    out.push(InputFile {
                        path,
                        explicit: false,
                    });
                }
            }
            // Sockets, FIFOs and devices inside a directory are not inputs.
            Ok(_) => {}
            Err(e) => {
                // A dangling link with an input extension is worth reporting;
                // other broken entries were never going to be read.
                let claimed = crate::source_for_name(&path).0.is_some();
                if claimed {
                    errors.push(stat_error(&path, e));
                }
            }
        }
    }
}
