//! Where secrets sit in a state directory: walks the config (and its `$include`s), `.env`,
//! every agent's `auth-profiles.json` and `models.json`, `credentials/**`, the config's
//! `.bak*` files, and on request transcripts and logs, and reports each plaintext secret
//! with its place and whether `secrets migrate` can move it.

use super::dotenv;
use super::jsonwalk::{self, display_path, Rules, Seg};
use super::value::Secret;
use super::{detect, Area};
use crate::state::{config, json5, walk_files, StateDir};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Where in its file a secret is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// A value in a JSON/JSON5 document.
    Json(Vec<Seg>),
    /// A `VAR=value` line of a dotenv file.
    EnvVar(String),
    /// A position in free text (transcripts, logs, unparseable files).
    Text { line: usize, col: usize },
}

impl Location {
    pub fn display(&self) -> String {
        match self {
            Location::Json(path) => display_path(path),
            Location::EnvVar(var) => var.clone(),
            Location::Text { line, col } => format!("line {line}:{col}"),
        }
    }
}

/// One plaintext secret.
#[derive(Debug, Clone)]
pub struct Finding {
    pub area: Area,
    pub file: PathBuf,
    /// The agent whose file it is (auth profiles, models.json, transcripts).
    pub agent: Option<String>,
    pub location: Location,
    pub line: usize,
    pub kind: &'static str,
    /// How it was recognised: `field`, `shape` or `field+shape`.
    pub by: &'static str,
    pub value: Secret,
    pub in_array: bool,
    /// Why `secrets migrate` leaves it where it is; `None` when it moves it.
    pub kept: Option<&'static str>,
}

/// What to walk.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Transcripts and logs too.
    pub deep: bool,
}

pub const KEPT_OAUTH: &str =
    "OAuth tokens are refreshed and rewritten by the bot; protected by mode 0600 instead";
pub const KEPT_CREDENTIALS: &str =
    "written by the bot's channel libraries; protected by mode 0600 instead";
pub const KEPT_BACKUP: &str = "config backup: `secrets migrate --scrub-backups` replaces it too";
pub const KEPT_HISTORY: &str = "chat history or log: rotate this secret at its provider";
pub const KEPT_OLD_PROFILES: &str =
    "this bot release reads no references in auth-profiles.json (keyRef/tokenRef since 2026.2.26): kept, protected by mode 0600; after upgrading the bot, rerun with --style secretref";

/// The config's backups beside it: `<config>.bak`, `<config>.bak.1`, …
pub fn config_backups(config: &Path) -> Result<Vec<PathBuf>> {
    let (Some(dir), Some(name)) = (config.parent(), config.file_name()) else {
        return Ok(Vec::new());
    };
    let prefix = format!("{}.bak", name.to_string_lossy());
    let mut out: Vec<PathBuf> = crate::state::read_dir_names(dir)?
        .into_iter()
        .filter(|n| n.starts_with(&prefix))
        .map(|n| dir.join(n))
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

/// The config file and its includes, in load order.
pub fn config_files(state: &StateDir) -> Result<Vec<(Area, PathBuf)>> {
    let Some(path) = &state.config_path else {
        return Ok(Vec::new());
    };
    if !path.exists() {
        return Ok(Vec::new());
    }
    let loaded = config::BotConfig::load(path)?;
    let mut out = vec![(Area::Config, path.clone())];
    out.extend(loaded.includes.into_iter().map(|p| (Area::Include, p)));
    Ok(out)
}

/// `agents/<id>/agent/<file>` for every agent that has it.
pub fn agent_files(state: &StateDir, file: &str) -> Result<Vec<(String, PathBuf)>> {
    Ok(state
        .agents()?
        .into_iter()
        .map(|a| {
            let p = state.root.join("agents").join(&a).join("agent").join(file);
            (a, p)
        })
        .filter(|(_, p)| p.is_file())
        .collect())
}

/// Every plaintext secret in the state directory.
pub fn scan(state: &StateDir, opts: Options) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for (area, path) in config_files(state)? {
        let (text, root) = config::parse_file(&path)?;
        push_json(&mut out, area, &path, None, &text, &root, Rules::Config);
    }
    let dotenv = state.root.join(".env");
    if dotenv.is_file() {
        scan_dotenv(&mut out, &dotenv)?;
    }
    for (agent, path) in agent_files(state, "auth-profiles.json")? {
        let (text, root) = config::parse_file(&path)?;
        push_json(
            &mut out,
            Area::AuthProfiles,
            &path,
            Some(&agent),
            &text,
            &root,
            Rules::AuthProfiles,
        );
    }
    for (agent, path) in agent_files(state, "models.json")? {
        let (text, root) = config::parse_file(&path)?;
        push_json(
            &mut out,
            Area::Models,
            &path,
            Some(&agent),
            &text,
            &root,
            Rules::Config,
        );
    }
    let mut creds = Vec::new();
    walk_files(&state.root.join("credentials"), &mut |p, _| {
        creds.push(p.to_path_buf())
    })?;
    for path in creds {
        scan_loose_file(&mut out, Area::Credentials, &path, None, Rules::Credentials)?;
    }
    if let Some(cfg) = &state.config_path {
        for bak in config_backups(cfg)? {
            scan_loose_file(&mut out, Area::Backup, &bak, None, Rules::Config)?;
        }
    }
    if opts.deep {
        scan_transcripts(&mut out, state)?;
        for dir in [
            state.root.join("logs"),
            state.root.join("cron").join("runs"),
        ] {
            let mut files = Vec::new();
            walk_files(&dir, &mut |p, _| files.push(p.to_path_buf()))?;
            for f in files {
                scan_text_file(&mut out, Area::Log, &f, None)?;
            }
        }
        for dir in ["/tmp/openclaw", "/tmp/clawdbot", "/tmp/moltbot"] {
            for name in crate::state::read_dir_names(Path::new(dir)).unwrap_or_default() {
                let p = Path::new(dir).join(&name);
                if name.ends_with(".log") && p.is_file() {
                    scan_text_file(&mut out, Area::Log, &p, None)?;
                }
            }
        }
    }
    for f in &mut out {
        f.kept = kept_reason(f);
    }
    Ok(out)
}

fn kept_reason(f: &Finding) -> Option<&'static str> {
    match f.area {
        Area::Config | Area::Include | Area::Models | Area::DotEnv => None,
        Area::AuthProfiles => match &f.location {
            Location::Json(p)
                if p.len() == 3
                    && p[0] == Seg::Key("profiles".into())
                    && matches!(&p[2], Seg::Key(k) if k == "key" || k == "token") =>
            {
                None
            }
            _ => Some(KEPT_OAUTH),
        },
        Area::Credentials => Some(KEPT_CREDENTIALS),
        Area::Backup => Some(KEPT_BACKUP),
        Area::Transcript | Area::Log => Some(KEPT_HISTORY),
    }
}

fn push_json(
    out: &mut Vec<Finding>,
    area: Area,
    path: &Path,
    agent: Option<&str>,
    text: &str,
    root: &json5::Node,
    rules: Rules,
) {
    for hit in jsonwalk::find(root, rules) {
        out.push(Finding {
            area,
            file: path.to_path_buf(),
            agent: agent.map(String::from),
            line: json5::line_col(text, hit.offset).0,
            location: Location::Json(hit.path),
            kind: hit.kind,
            by: hit.by,
            value: Secret::new(hit.value),
            in_array: hit.in_array,
            kept: None,
        });
    }
}

fn scan_dotenv(out: &mut Vec<Finding>, path: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    for a in dotenv::assignments(&text) {
        if !detect::plausible_secret(&a.value) {
            continue;
        }
        let (kind, by) = match (detect::env_var_kind(&a.var), detect::shape_of(&a.value)) {
            (Some(_), Some(s)) => (s, "field+shape"),
            (Some(n), None) => (n, "field"),
            (None, Some(s)) => (s, "shape"),
            (None, None) => continue,
        };
        out.push(Finding {
            area: Area::DotEnv,
            file: path.to_path_buf(),
            agent: None,
            location: Location::EnvVar(a.var),
            line: a.line,
            kind,
            by,
            value: Secret::new(a.value),
            in_array: false,
            kept: None,
        });
    }
    Ok(())
}

/// A JSON file when it parses, free text otherwise.
fn scan_loose_file(
    out: &mut Vec<Finding>,
    area: Area,
    path: &Path,
    agent: Option<&str>,
    rules: Rules,
) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if let Ok(text) = std::str::from_utf8(&bytes) {
        if let Ok(root) = json5::parse(text) {
            push_json(out, area, path, agent, text, &root, rules);
            return Ok(());
        }
    }
    scan_text_file(out, area, path, agent)
}

/// Known secret formats anywhere in a text file, line by line (handles huge files).
fn scan_text_file(
    out: &mut Vec<Finding>,
    area: Area,
    path: &Path,
    agent: Option<&str>,
) -> Result<()> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut reader = std::io::BufReader::new(file);
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        scan_text_line(out, area, path, agent, line, &String::from_utf8_lossy(&buf));
    }
    Ok(())
}

/// Every transcript, in either layout: files line by line; events stored in the bot's
/// database (read-only) one by one, located as `<database>:<session id>` at their `seq`.
fn scan_transcripts(out: &mut Vec<Finding>, state: &StateDir) -> Result<()> {
    let source = crate::state::events::open(state)?;
    for agent in source.agents()? {
        for t in source.transcripts(&agent)? {
            if !t.in_bot_database() {
                scan_text_file(out, Area::Transcript, &t.location, Some(&agent))?;
                continue;
            }
            let file = state.root.join(t.display(state));
            let mut stream = source.open(&t, crate::state::events::Resume::START)?;
            while let Some(e) = stream.next_event()? {
                let line = e.position.ordinal().max(0) as usize;
                let text = e.value.to_string();
                scan_text_line(out, Area::Transcript, &file, Some(&agent), line, &text);
            }
        }
    }
    Ok(())
}

/// Secrets found by shape in one line of free text.
fn scan_text_line(
    out: &mut Vec<Finding>,
    area: Area,
    path: &Path,
    agent: Option<&str>,
    line: usize,
    text: &str,
) {
    for (start, end, kind) in detect::find_in_text(text) {
        let col = text[..start].chars().count() + 1;
        out.push(Finding {
            area,
            file: path.to_path_buf(),
            agent: agent.map(String::from),
            location: Location::Text { line, col },
            line,
            kind,
            by: "shape",
            value: Secret::new(&text[start..end]),
            in_array: false,
            kept: None,
        });
    }
}
