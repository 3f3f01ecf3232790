//! Writing the generated files, and checking that the committed ones are current.

use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

/// A generated file: its output directory, its name there and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The output directory, from the workspace root.
    pub dir: &'static str,
    /// The file name (no directories).
    pub name: &'static str,
    /// The text.
    pub contents: String,
}

impl File {
    /// A file of this name and text in the core's generated tables (`src/data/generated`).
    pub fn new(name: &'static str, contents: String) -> File {
        File::in_dir(crate::emit::OUT_DIR, name, contents)
    }

    /// A file of this name and text in the output directory `dir`.
    pub fn in_dir(dir: &'static str, name: &'static str, contents: String) -> File {
        File {
            dir,
            name,
            contents,
        }
    }
}

/// Writes the files into `dir` (created if missing), leaving those already current
/// untouched; returns the names of those written.
pub fn write(dir: &Path, files: &[File]) -> io::Result<Vec<&'static str>> {
    fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for f in files {
        let path = dir.join(f.name);
        if fs::read(&path).ok().as_deref() != Some(f.contents.as_bytes()) {
            fs::write(&path, &f.contents)?;
            written.push(f.name);
        }
    }
    Ok(written)
}

/// What is wrong with one file of the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It differs from what the generator writes now.
    Stale(String),
    /// The generator writes it, but it is not there.
    Missing(String),
    /// It is there, but the generator does not write it.
    Unexpected(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Stale(name) => write!(f, "{name}: stale (differs from what codegen writes)"),
            Problem::Missing(name) => write!(f, "{name}: missing"),
            Problem::Unexpected(name) => {
                write!(
                    f,
                    "{name}: not written by codegen (remove it or teach the xtask to)"
                )
            }
        }
    }
}

/// Compares `dir` with the files (nothing is written); an empty list means it is current.
pub fn check(dir: &Path, files: &[File]) -> io::Result<Vec<Problem>> {
    let mut problems = Vec::new();
    for f in files {
        match fs::read(dir.join(f.name)) {
            Ok(bytes) if bytes == f.contents.as_bytes() => {}
            Ok(_) => problems.push(Problem::Stale(f.name.to_owned())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                problems.push(Problem::Missing(f.name.to_owned()));
            }
            Err(e) => return Err(e),
        }
    }
    let mut extra = Vec::new();
    match fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries {
                let name = entry?.file_name().to_string_lossy().into_owned();
                if !files.iter().any(|f| f.name == name) {
                    extra.push(name);
                }
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    extra.sort();
    problems.extend(extra.into_iter().map(Problem::Unexpected));
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A fresh empty directory under the system's temporary one, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn files() -> Vec<File> {
        vec![
            File::new("a.rs", "// a\n".into()),
            File::new("b.rs", "// b\n".into()),
        ]
    }

    #[test]
    fn write_then_check_is_clean() {
        let tmp = TempDir::new("clean");
        let dir = tmp.0.join("generated");
        assert_eq!(write(&dir, &files()).unwrap(), ["a.rs", "b.rs"]);
        assert_eq!(check(&dir, &files()).unwrap(), []);
        // A second run writes nothing.
        assert!(write(&dir, &files()).unwrap().is_empty());
    }

    #[test]
    fn check_names_stale_missing_and_unexpected_files() {
        let tmp = TempDir::new("stale");
        let dir = &tmp.0;
        write(dir, &files()).unwrap();
        fs::write(dir.join("a.rs"), "// a, edited by hand\n").unwrap();
        fs::remove_file(dir.join("b.rs")).unwrap();
        fs::write(dir.join("old.rs"), "// a table no longer generated\n").unwrap();
        assert_eq!(
            check(dir, &files()).unwrap(),
            [
                Problem::Stale("a.rs".into()),
                Problem::Missing("b.rs".into()),
                Problem::Unexpected("old.rs".into()),
            ]
        );
        // Checking wrote nothing.
        assert_eq!(
            fs::read_to_string(dir.join("a.rs")).unwrap(),
            "// a, edited by hand\n"
        );
        // Writing repairs the generated ones and leaves the others alone.
        assert_eq!(write(dir, &files()).unwrap(), ["a.rs", "b.rs"]);
        assert_eq!(
            check(dir, &files()).unwrap(),
            [Problem::Unexpected("old.rs".into())]
        );
    }

    #[test]
    fn check_of_a_missing_directory() {
        let tmp = TempDir::new("none");
        let dir = tmp.0.join("absent");
        assert_eq!(
            check(&dir, &files()).unwrap(),
            [
                Problem::Missing("a.rs".into()),
                Problem::Missing("b.rs".into())
            ]
        );
    }
}
