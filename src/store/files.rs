//! Writing files so that a crash never leaves half of one, and walking folders so that a
//! link loop or an unreadable entry is reported once and never walked round.

use crate::store::{FileError, Problem, to_json};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Who a written file is for, which decides its permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Other people read it (a hand-in, pack, lesson, key, export, gradebook): it gets the
    /// mode any editor gives a new file, 0666 minus the umask (0644 under umask 022), so a
    /// teacher's account can open it on a shared folder.
    Others,
    /// Only the learner (progress, autosave, settings): 0600 whatever the umask.
    Private,
}

/// The name every temporary file of [`write_atomic`] starts with (it ends with `.tmp`).
pub const TEMP_PREFIX: &str = ".newsmark-";

/// Write a file for other people atomically (see [`write_atomic_for`]).
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), FileError> {
    write_atomic_for(path, contents, Audience::Others)
}

/// Write a file only the learner reads atomically, with mode 0600.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<(), FileError> {
    write_atomic_for(path, contents, Audience::Private)
}

/// Write a file atomically: a temporary file with a unique name in the same folder,
/// written and synced, then renamed over the target, then the folder synced so the rename
/// itself survives a power cut. A crash leaves either the old or the new file, never half
/// of one, and never a stray temporary file in place of the target. The temporary file is
/// created with the mode `audience` asks for, so the renamed file keeps it.
pub fn write_atomic_for(path: &Path, contents: &[u8], audience: Audience) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| FileError::io(&dir, "cannot create the folder", e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The mode is given to open(2), which takes the umask off: 0666 becomes what any
        // editor would make; 0600 stays 0600.
        let mode = match audience {
            Audience::Others => 0o666,
            Audience::Private => 0o600,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = audience;
    let mut tmp = builder
        .tempfile_in(&dir)
        .map_err(|e| FileError::io(path, "cannot create a temporary file beside", e))?;
    tmp.write_all(contents)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| FileError::io(path, "cannot write", e))?;
    // On failure the temporary file is removed when `tmp` is dropped.
    tmp.persist(path)
        .map_err(|e| FileError::io(path, "cannot replace", e.error))?;
    sync_dir(&dir).map_err(|e| FileError::io(&dir, "cannot sync the folder of", e))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; its rename is already durable.
    Ok(())
}

/// Serialise `value` as pretty JSON and write it atomically, for other people. Nothing is
/// written when the value cannot be serialised.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), FileError> {
    write_json_for(path, value, Audience::Others)
}

/// Serialise `value` as pretty JSON and write it atomically for `audience`.
pub fn write_json_for<T: serde::Serialize>(
    path: &Path,
    value: &T,
    audience: Audience,
) -> Result<(), FileError> {
    let text = to_json(value).map_err(|p| FileError::new(path, p))?;
    write_atomic_for(path, text.as_bytes(), audience)
}

/// Remove temporary files a killed run of [`write_atomic`] left in `dir` and its
/// subfolders (named `.newsmark-….tmp`); returns the files removed and those that could not
/// be. Nothing else is touched.
pub fn remove_stale_temporaries(dir: &Path) -> (Vec<PathBuf>, Vec<FileError>) {
    let mut removed = Vec::new();
    let mut failed = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
    {
        let stale = entry.file_type().is_file()
            && entry
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(".tmp"));
        if !stale {
            continue;
        }
        match std::fs::remove_file(entry.path()) {
            Ok(()) => removed.push(entry.into_path()),
            Err(e) => failed.push(FileError::io(
                entry.path(),
                "cannot remove the stale temporary file",
                e,
            )),
        }
    }
    (removed, failed)
}

fn hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

/// Files under `paths` for which `keep` is true: files as given, folders searched
/// recursively (following links, skipping hidden entries), each folder's files sorted by
/// name. A missing path, an unreadable entry or a link that loops back is reported once
/// as an error in its place, and the walk goes on.
pub fn collect_files(
    paths: &[PathBuf],
    keep: &dyn Fn(&Path) -> bool,
) -> Vec<Result<PathBuf, FileError>> {
    let mut out = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) => out.push(Err(FileError::io(p, "cannot read", e))),
            Ok(m) if !m.is_dir() => out.push(Ok(p.clone())),
            Ok(_) => walk(p, keep, &mut out),
        }
    }
    out
}

fn walk(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<Result<PathBuf, FileError>>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !hidden(e));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && keep(e.path()) => out.push(Ok(e.into_path())),
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let problem = match err.loop_ancestor() {
                    Some(a) => Problem::LinkLoop {
                        ancestor: a.to_path_buf(),
                    },
                    None => match err.into_io_error() {
                        Some(io) => Problem::io("cannot read", io),
                        None => Problem::NotFound,
                    },
                };
                out.push(Err(FileError::new(&path, problem)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_reports_failure_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename cannot replace it.
        let p = dir.path().join("taken");
        std::fs::create_dir(&p).unwrap();
        std::fs::write(p.join("inside"), b"keep").unwrap();
        let e = write_atomic(&p, b"new").unwrap_err();
        assert!(crate::store::describe(&e).contains("cannot replace"), "{e}");
        assert_eq!(std::fs::read(p.join("inside")).unwrap(), b"keep");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Runs `f` under umask 022 (the umask is process-wide: this is the only test in the
    /// crate's unit tests that sets it, and it sets it back).
    #[cfg(unix)]
    fn mode_of(audience: Audience) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        unsafe extern "C" {
            fn umask(mask: u32) -> u32;
        }
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.json");
        // SAFETY: umask only sets the process's file creation mask.
        let old = unsafe { umask(0o022) };
        let r = write_atomic_for(&p, b"{}", audience);
        unsafe { umask(old) };
        r.unwrap();
        std::fs::metadata(&p).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn files_for_others_follow_the_umask_and_private_ones_stay_private() {
        assert_eq!(mode_of(Audience::Others), 0o644);
        assert_eq!(mode_of(Audience::Private), 0o600);
    }

    #[test]
    fn stale_temporaries_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("autosave");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(dir.path().join(".newsmark-a1B2c3.tmp"), b"half").unwrap();
        std::fs::write(sub.join(".newsmark-Zz9.tmp"), b"half").unwrap();
        std::fs::write(sub.join("001-abc.json"), b"{}").unwrap();
        std::fs::write(dir.path().join("notes.tmp"), b"mine").unwrap();
        let (removed, failed) = remove_stale_temporaries(dir.path());
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert!(failed.is_empty());
        assert!(sub.join("001-abc.json").exists());
        assert!(dir.path().join("notes.tmp").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_loop_is_reported_once_and_not_walked_round() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("lessons");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("a.md"), b"A").unwrap();
        std::fs::write(sub.join("b.md"), b"B").unwrap();
        std::os::unix::fs::symlink(dir.path(), sub.join("again")).unwrap();
        let found = collect_files(&[dir.path().to_path_buf()], &|p: &Path| {
            p.extension().is_some_and(|e| e == "md")
        });
        let ok: Vec<_> = found.iter().filter_map(|r| r.as_ref().ok()).collect();
        let errs: Vec<_> = found.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(ok.len(), 2, "{found:?}");
        assert_eq!(errs.len(), 1, "{found:?}");
        assert!(matches!(errs[0].problem, Problem::LinkLoop { .. }));
    }

    #[test]
    fn a_missing_path_is_reported() {
        let found = collect_files(&[PathBuf::from("/no/such/place")], &|_| true);
        assert!(matches!(
            found.as_slice(),
            [Err(FileError {
                problem: Problem::NotFound,
                ..
            })]
        ));
    }
}
