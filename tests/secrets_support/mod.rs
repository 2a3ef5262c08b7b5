//! Helpers for the secrets tests: a private D-Bus session with an unlocked GNOME Keyring (a
//! real Secret Service, started and stopped by the test itself), the fake secrets planted in
//! `examples/state`, and a leak check over everything clawctl printed or left on disk.
#![allow(dead_code)]

use crate::common::{Env, Run};
use std::path::Path;
use std::process::{Command, Stdio};

/// The plaintext values `secrets migrate` moves out of `examples/state`.
pub const EXAMPLE_MOVED: &[(&str, &str)] = &[
    ("gateway-auth-token", "d810a485ed03241b4d419b1b673bd4755d05ad7853c1f76e"),
    ("models-providers-anthropic-apikey", "sk-ant-api03-FAKEodJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUyifDLkDmWJ6UuVTAIjvFu7WICPhDeOZIiBOB_Y6sHrFH2-EXAMPLEAA"),
    ("models-providers-openai-apikey", "sk-proj-FAKEZUCr_lgotu2iXW7GboIRoL3u6aHwnMztVuaP-coUNEhEkk-iqq8vH2BzNZV4T3BlbkFJ5pFCiRcDCajhDieQjEJ-Bq8F80ymm3T207gmhZRnFyy5r2xJ7Fj4mgblEv0-"),
    ("channels-telegram-bottoken", "812345678:AAFAKE-tyLBhhOhg9uhkxiiEZpFfk1OHAOE"),
    ("channels-discord-token", "MTMwMjIxNDQxMTIyMzM0NDU1Ng.HYqM6O.FAKEjb6mjBHqSiFVKu4MbMnrHontIKARAH-Ggl"),
    ("talk-apikey", "sk_fakeb97706ca828bca0385813dbad3c681d06bd2aa399dac"),
    ("env-brave-api-key", "BSAFAKEEn3z5dkyayq7YYDsBS9UYJQ"),
    ("auth-main-anthropic-cli-token", "sk-ant-oat01-FAKELqy1WwMZaMKA3P744B8vkKQlENCzsdfF8j61yX_ZFsan2Cw7gFp6r7O425u85HFJ-EJ4jKEIQOkrtDXtBi10Q71hA1XAA"),
];

/// Assert that no value appears in any output or any file under `dir`.
pub fn assert_no_leak(dir: &Path, runs: &[&Run], values: &[&str]) {
    for run in runs {
        for v in values {
            assert!(
                !run.stdout.contains(v),
                "a secret value leaked to stdout:\n{}",
                run.stdout
            );
            assert!(
                !run.stderr.contains(v),
                "a secret value leaked to stderr:\n{}",
                run.stderr
            );
        }
    }
    for (path, bytes) in crate::common::snapshot(dir) {
        let text = String::from_utf8_lossy(&bytes);
        for v in values {
            assert!(
                !text.contains(v),
                "a secret value is left in {}",
                path.display()
            );
        }
    }
}

/// Run clawctl with `stdin`.
pub fn run_with_stdin(env: &Env, args: &[&str], stdin: &str) -> Run {
    crate::common::run(env.cmd().args(args).write_stdin(stdin.to_string()))
}

/// A private session bus with an unlocked GNOME Keyring on it; both stop on drop.
pub struct Keyring {
    _dir: tempfile::TempDir,
    pub address: String,
    pub runtime_dir: String,
    pids: Vec<i32>,
}

fn need(tool: &str) {
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{tool} is missing: install dbus and gnome-keyring (see .ci/run)"
    );
}

impl Keyring {
    pub fn start() -> Keyring {
        need("dbus-daemon");
        need("gnome-keyring-daemon");
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .unwrap();
        let out = Command::new("dbus-daemon")
            .args([
                "--session",
                "--fork",
                "--nopidfile",
                "--print-address=1",
                "--print-pid=1",
            ])
            .stderr(Stdio::inherit())
            .output()
            .expect("start dbus-daemon");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let mut lines = text.lines();
        let address = lines.next().expect("bus address").trim().to_string();
        let dbus_pid: i32 = lines.next().expect("bus pid").trim().parse().unwrap();
        let mut keyring = Keyring {
            address,
            runtime_dir: runtime.to_string_lossy().into_owned(),
            pids: vec![dbus_pid],
            _dir: dir,
        };
        let mut child = Command::new("gnome-keyring-daemon")
            .args(["--components=secrets", "--daemonize", "--unlock"])
            .env("HOME", keyring._dir.path())
            .env("XDG_RUNTIME_DIR", &keyring.runtime_dir)
            .env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start gnome-keyring-daemon");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(b"test-password").unwrap();
        }
        assert!(
            child.wait().unwrap().success(),
            "gnome-keyring-daemon failed to start"
        );
        let pid = keyring
            .owner_pid("org.freedesktop.secrets")
            .expect("the keyring registered org.freedesktop.secrets");
        keyring.pids.push(pid);
        keyring
    }

    /// The pid owning a bus name (polls briefly while the daemon registers).
    fn owner_pid(&self, name: &str) -> Option<i32> {
        for _ in 0..100 {
            let out = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.GetConnectionUnixProcessID",
                    &format!("string:{name}"),
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                .output()
                .ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            if let Some(pid) = text.split_whitespace().last().and_then(|w| w.parse().ok()) {
                return Some(pid);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        None
    }

    /// An Env whose clawctl runs talk to this keyring.
    pub fn env(&self, env: Env) -> Env {
        env.env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("XDG_RUNTIME_DIR", &self.runtime_dir)
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        for pid in self.pids.iter().rev() {
            // SAFETY: kill(2) on a pid this helper started.
            unsafe { libc::kill(*pid, libc::SIGTERM) };
        }
    }
}
