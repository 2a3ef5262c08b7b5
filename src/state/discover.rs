//! Finding the bot's state directory and config file the way the bot itself does.

use crate::error::user_err;
use anyhow::Result;
use std::path::{Path, PathBuf};

/// Directory names the bot has used, newest first.
pub const STATE_DIR_NAMES: [&str; 4] = [".openclaw", ".clawdbot", ".moltbot", ".moldbot"];
/// Config file names searched in the state dir, in the bot's order (plus `config.json`).
pub const CONFIG_NAMES: [&str; 5] = [
    "openclaw.json",
    "clawdbot.json",
    "moltbot.json",
    "moldbot.json",
    "config.json",
];

/// Where the state directory came from, for `status`.
#[derive(Debug, Clone)]
pub struct Located {
    pub root: PathBuf,
    pub source: String,
}

/// The environment, injectable for tests.
pub trait Env {
    fn var(&self, name: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

/// Resolve the state directory: flag, OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, profile, then the
/// first existing of ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot. It must exist.
pub fn locate_state_dir(
    flag: Option<&Path>,
    profile: Option<&str>,
    env: &dyn Env,
) -> Result<Located> {
    let home = env
        .var("OPENCLAW_HOME")
        .or_else(|| env.var("HOME"))
        .map(PathBuf::from);
    let candidate = if let Some(dir) = flag {
        Located {
            root: dir.to_path_buf(),
            source: "--state-dir".into(),
        }
    } else if let Some(dir) = env.var("OPENCLAW_STATE_DIR") {
        Located {
            root: expand_home(&dir, home.as_deref()),
            source: "OPENCLAW_STATE_DIR".into(),
        }
    } else if let Some(dir) = env.var("CLAWDBOT_STATE_DIR") {
        Located {
            root: expand_home(&dir, home.as_deref()),
            source: "CLAWDBOT_STATE_DIR".into(),
        }
    } else {
        let home = home.ok_or_else(|| {
            user_err("cannot find the bot's state directory: neither HOME nor OPENCLAW_HOME is set")
                .hint("pass --state-dir DIR")
        })?;
        match profile {
            Some(name) => Located {
                root: home.join(format!(".openclaw-{name}")),
                source: "--profile".into(),
            },
            None => STATE_DIR_NAMES
                .iter()
                .map(|n| home.join(n))
                .find(|p| p.is_dir())
                .map(|root| Located {
                    root,
                    source: "default search".into(),
                })
                .unwrap_or(Located {
                    root: home.join(".openclaw"),
                    source: "default".into(),
                }),
        }
    };
    if !candidate.root.is_dir() {
        let what = if candidate.root.exists() {
            "is not a directory"
        } else {
            "does not exist"
        };
        return Err(user_err(format!("state directory {} {what} (from {})", candidate.root.display(), candidate.source))
            .hint("pass --state-dir pointing at the bot's data directory (e.g. ~/.openclaw or ~/.clawdbot)")
            .into());
    }
    Ok(candidate)
}

/// Resolve the config file: flag, OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the known
/// names in the state dir. `None` when the installation has no config file.
pub fn locate_config(
    flag: Option<&Path>,
    state_dir: &Path,
    env: &dyn Env,
) -> Result<Option<PathBuf>> {
    let explicit = flag
        .map(Path::to_path_buf)
        .or_else(|| env.var("OPENCLAW_CONFIG_PATH").map(PathBuf::from))
        .or_else(|| env.var("CLAWDBOT_CONFIG_PATH").map(PathBuf::from));
    if let Some(path) = explicit {
        if !path.is_file() {
            return Err(
                user_err(format!("config file {} does not exist", path.display()))
                    .hint("check --config / OPENCLAW_CONFIG_PATH")
                    .into(),
            );
        }
        return Ok(Some(path));
    }
    Ok(CONFIG_NAMES
        .iter()
        .map(|n| state_dir.join(n))
        .find(|p| p.is_file()))
}

fn expand_home(dir: &str, home: Option<&Path>) -> PathBuf {
    match (dir.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(dir),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct MapEnv(HashMap<&'static str, String>);
    impl Env for MapEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).cloned()
        }
    }

    #[test]
    fn discovery_order_matches_the_bot() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path().to_string_lossy().to_string();
        std::fs::create_dir(home.path().join(".clawdbot")).unwrap();
        std::fs::create_dir(home.path().join(".moltbot")).unwrap();
        let env = MapEnv(HashMap::from([("HOME", h.clone())]));
        assert!(locate_state_dir(None, None, &env)
            .unwrap()
            .root
            .ends_with(".clawdbot"));
        std::fs::create_dir(home.path().join(".openclaw")).unwrap();
        assert!(locate_state_dir(None, None, &env)
            .unwrap()
            .root
            .ends_with(".openclaw"));
        let env = MapEnv(HashMap::from([
            ("HOME", h.clone()),
            ("OPENCLAW_STATE_DIR", format!("{h}/.moltbot")),
        ]));
        assert!(locate_state_dir(None, None, &env)
            .unwrap()
            .root
            .ends_with(".moltbot"));
        let env = MapEnv(HashMap::from([("HOME", h)]));
        let err = locate_state_dir(None, Some("work"), &env).unwrap_err();
        assert!(err.to_string().contains(".openclaw-work"), "{err}");
    }
}
