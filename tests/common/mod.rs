//! One test builder over the real `clawctl` binary, run in a temporary directory with a copy
//! of a state directory, and a clean environment (no CLAWCTL_*/OPENCLAW_* leaking in).
#![allow(dead_code)]

pub mod pg;
#[allow(unused_imports)]
pub use pg::PgDb;

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example state directory shipped in `examples/state`.
pub fn example_state() -> PathBuf {
    repo().join("examples/state")
}

/// A state directory written by the real bot (`../shared/fixtures`).
pub fn shared_fixture(rel: &str) -> PathBuf {
    repo().join("../shared/fixtures").join(rel)
}

pub struct Env {
    pub dir: TempDir,
    pub state: PathBuf,
    envs: Vec<(String, String)>,
}

/// Outcome of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Env {
    /// A temp dir with a copy of the example state directory at `<tmp>/state`.
    pub fn example() -> Env {
        Env::with_state(&example_state())
    }

    /// A temp dir with a copy of `src` at `<tmp>/state`.
    pub fn with_state(src: &Path) -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = dir.path().join("state");
        copy_dir(src, &state);
        Env {
            dir,
            state,
            envs: Vec::new(),
        }
    }

    /// A temp dir with an empty state directory.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = dir.path().join("state");
        std::fs::create_dir_all(&state).unwrap();
        Env {
            dir,
            state,
            envs: Vec::new(),
        }
    }

    pub fn env(mut self, k: &str, v: &str) -> Env {
        self.envs.push((k.into(), v.into()));
        self
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// A command with `--state-dir` pointing at the copy.
    pub fn cmd(&self) -> Command {
        let mut c = self.bare();
        c.arg("--state-dir").arg(&self.state);
        c
    }

    /// A command with no state dir flag (HOME is the temp dir).
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("clawctl").expect("binary");
        for (k, _) in std::env::vars() {
            if k.starts_with("CLAWCTL_")
                || k.starts_with("OPENCLAW_")
                || k.starts_with("CLAWDBOT_")
                || k == "NO_COLOR"
            {
                c.env_remove(&k);
            }
        }
        c.env("HOME", self.dir.path()).current_dir(self.dir.path());
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c
    }

    /// Run with `--state-dir` and these arguments.
    pub fn run(&self, args: &[&str]) -> Run {
        run(self.cmd().args(args))
    }
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run clawctl");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Run {
    /// Assert success and parse stdout as JSON.
    pub fn json(&self) -> Value {
        self.ok();
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Assert exit 0.
    pub fn ok(&self) -> &Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Assert this exit code and a single `clawctl: error:` line (plus an optional hint).
    pub fn fails(&self, code: i32) -> &Run {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        let errors: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("clawctl: error:"))
            .collect();
        assert_eq!(
            errors.len(),
            1,
            "exactly one error line expected:\n{}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        self
    }

    pub fn stderr_has(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap_or_else(|e| panic!("{}: {e}", src.display())) {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        let ty = entry.file_type().unwrap();
        if ty.is_dir() {
            copy_dir(&entry.path(), &to);
        } else if ty.is_file() {
            std::fs::copy(entry.path(), &to).unwrap();
            let mut perm = std::fs::metadata(&to).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perm.set_readonly(false);
            std::fs::set_permissions(&to, perm).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, for before/after comparisons.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    fn walk(dir: &Path, out: &mut std::collections::BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    walk(dir, &mut out);
    out
}

/// Every entry of a zip archive: name → (bytes, unix mode); each entry carries the fixed
/// timestamp clawctl writes (1980), so archives are reproducible.
pub fn unzip(path: &Path) -> BTreeMap<String, (Vec<u8>, u32)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        let mode = f.unix_mode().unwrap_or(0) & 0o777;
        let time = f.last_modified().map(|t| t.year()).unwrap_or(0);
        let name = f.name().unwrap().to_string();
        assert_eq!(time, 1980, "fixed timestamp on {name}");
        out.insert(name, (bytes, mode));
    }
    out
}

/// JSON Lines as values.
pub fn jsonl(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
