//! clawctl's own config file (`<state>/clawctl/config.toml`, or `CLAWCTL_CONFIG`).
//!
//! Precedence everywhere is flag > environment > this file > built-in default. Each feature
//! reads its own section into a typed struct with [`Settings::section`]; errors name the file,
//! the key and the line.

use crate::error::user_err;
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The file, when one exists.
    pub path: Option<PathBuf>,
    text: String,
    table: toml::Table,
}

impl Settings {
    /// Load the file at `path`; a missing file gives empty settings.
    pub fn load(path: &Path) -> Result<Settings> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read clawctl config {}", path.display()))
            }
        };
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| config_error(path, &text, &e))?;
        Ok(Settings {
            path: Some(path.to_path_buf()),
            text,
            table,
        })
    }

    /// A top-level string value (`db = "…"`).
    pub fn string(&self, key: &str) -> Option<&str> {
        self.table.get(key).and_then(toml::Value::as_str)
    }

    /// Whether the file has a top-level table `key` (`[retention]`).
    pub fn has_table(&self, key: &str) -> bool {
        self.table.get(key).is_some_and(toml::Value::is_table)
    }

    /// Deserialize the whole file into `W`, a feature's view of it: a struct with its own
    /// section as a `#[serde(default)]` field (unknown sections are ignored). Errors carry the
    /// file, the key and the line.
    pub fn parse<W: DeserializeOwned + Default>(&self) -> Result<W> {
        let Some(path) = &self.path else {
            return Ok(W::default());
        };
        toml::from_str(&self.text).map_err(|e| config_error(path, &self.text, &e))
    }
}

fn config_error(path: &Path, text: &str, e: &toml::de::Error) -> anyhow::Error {
    let offset = e.span().map_or(0, |s| s.start);
    let (line, col) = crate::state::json5::line_col(text, offset);
    let key = e
        .span()
        .and_then(|_| key_at(text, offset))
        .map(|k| format!("{k}: "))
        .unwrap_or_default();
    user_err(format!(
        "{}:{line}:{col}: {key}{}",
        path.display(),
        e.message().trim()
    ))
    .hint("fix clawctl's config file (see `clawctl --help` for where it is read from)")
    .into()
}

/// The dotted key (`retention.media.days`) assigned on the line containing `offset`, with the
/// `[table]` header in force there.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?.trim();
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let header = text[..start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('[') && l.ends_with(']'))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    Some(match header {
        Some(h) if !h.is_empty() => format!("{h}.{key}"),
        _ => key.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_file_line_and_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "db = \"x\"\n[budget]\nlimit = \"ten\"\n").unwrap();
        #[derive(Default, serde::Deserialize)]
        #[allow(dead_code)]
        struct W {
            #[serde(default)]
            budget: Option<B>,
        }
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct B {
            limit: f64,
        }
        let e = Settings::load(&path).unwrap().parse::<W>().err().unwrap();
        let msg = format!("{e:#}");
        assert!(msg.contains("config.toml:3:"), "{msg}");
        assert!(msg.contains("budget.limit: "), "{msg}");
    }
}
