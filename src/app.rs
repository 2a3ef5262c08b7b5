//! The context a command runs in: resolved global options, the state directory, the bot's
//! config, clawctl's settings and the ops database, each loaded on first use.

use crate::cli::GlobalArgs;
use crate::error::{exit, user_err};
use crate::output::{Format, Style};
use crate::settings::Settings;
use crate::state::config::BotConfig;
use crate::state::discover::{self, ProcessEnv};
use crate::state::StateDir;
use crate::store::Store;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

pub struct Ctx {
    pub global: GlobalArgs,
    pub style: Style,
    state: Option<StateDir>,
    config: Option<Option<BotConfig>>,
    settings: Option<Settings>,
    store: Option<Store>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Ctx {
        let format = if global.json {
            Format::Json
        } else {
            global.format.unwrap_or(Format::Table)
        };
        let style = Style::new(format, global.color, global.quiet);
        Ctx {
            global,
            style,
            state: None,
            config: None,
            settings: None,
            store: None,
        }
    }

    /// The bot's state directory (must exist).
    pub fn state(&mut self) -> Result<&StateDir> {
        if self.state.is_none() {
            let located = discover::locate_state_dir(
                self.global.state_dir.as_deref(),
                self.global.profile.as_deref(),
                &ProcessEnv,
            )?;
            let config =
                discover::locate_config(self.global.config.as_deref(), &located.root, &ProcessEnv)?;
            self.state = Some(StateDir::new(located.root, located.source, config));
        }
        Ok(self.state.as_ref().expect("set above"))
    }

    /// The bot's parsed config, `None` when the installation has none.
    pub fn bot_config(&mut self) -> Result<Option<&BotConfig>> {
        if self.config.is_none() {
            let path = self.state()?.config_path.clone();
            self.config = Some(path.map(|p| BotConfig::load(&p)).transpose()?);
        }
        Ok(self.config.as_ref().and_then(Option::as_ref))
    }

    /// clawctl's own config file: CLAWCTL_CONFIG or `<state>/clawctl/config.toml`.
    pub fn settings(&mut self) -> Result<&Settings> {
        if self.settings.is_none() {
            let path = match std::env::var_os("CLAWCTL_CONFIG") {
                Some(p) => PathBuf::from(p),
                None => self.state()?.clawctl_dir().join("config.toml"),
            };
            self.settings = Some(Settings::load(&path)?);
        }
        Ok(self.settings.as_ref().expect("set above"))
    }

    /// Where the ops database is: --db / CLAWCTL_DB, then `db` in the config file, then
    /// `<state>/clawctl/ops.db`.
    pub fn db_location(&mut self) -> Result<String> {
        if let Some(db) = &self.global.db {
            return Ok(db.clone());
        }
        if let Some(db) = self.settings()?.string("db") {
            return Ok(db.to_string());
        }
        Ok(self
            .state()?
            .clawctl_dir()
            .join("ops.db")
            .to_string_lossy()
            .into_owned())
    }

    /// The ops database, opened and migrated once. Opening also loads the audit trail's
    /// syslog forwarding (`[audit.syslog]`) and records applied migrations as an event.
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let location = self.db_location()?;
            let mut store = Store::open(&location)?;
            if !store.migrated.migrations.is_empty() {
                let event = self.migration_event(&store);
                crate::audit::record(&mut store, &event)?;
            }
            let has_settings = std::env::var_os("CLAWCTL_CONFIG").is_some() || self.state().is_ok();
            if has_settings {
                let quiet = self.global.quiet;
                crate::audit::syslog::configure_from(self.settings()?, quiet)?;
            }
            self.store = Some(store);
        }
        Ok(self.store.as_mut().expect("set above"))
    }

    /// The ops database, owned: for output that streams rows after the command returned.
    pub fn take_store(&mut self) -> Result<Store> {
        self.store()?;
        Ok(self.store.take().expect("set above"))
    }

    fn migration_event(&self, store: &Store) -> crate::audit::Event {
        let applied = &store.migrated;
        let names: Vec<String> = applied
            .migrations
            .iter()
            .map(|(v, n)| format!("{v:04}_{n}"))
            .collect();
        crate::audit::Event {
            actor: self.actor(),
            action: "db.migrate".into(),
            target: store.location.clone(),
            outcome: crate::audit::Outcome::Success,
            risk: crate::audit::Risk::Medium,
            metadata: serde_json::json!({
                "from_version": applied.from,
                "to_version": applied.migrations.last().map_or(applied.from, |(v, _)| *v),
                "migrations": names,
            }),
        }
    }

    /// The actor recorded in audit events.
    pub fn actor(&self) -> String {
        self.global
            .actor
            .clone()
            .or_else(|| {
                std::env::var("CLAWCTL_ACTOR")
                    .ok()
                    .filter(|a| !a.is_empty())
            })
            .unwrap_or_else(crate::audit::default_actor)
    }

    /// Ask before a destructive action. `--yes` answers yes; without a terminal and without
    /// `--yes` the command refuses. No lock may be held while this waits.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.global.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(user_err(format!(
                "refusing to continue without confirmation: {question}"
            ))
            .hint("rerun with --yes to confirm, or --dry-run to see what would happen")
            .into());
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()?;
        if yes {
            Ok(())
        } else {
            Err(user_err("cancelled").code(exit::FAILURE).into())
        }
    }

    /// A progress bar over bytes on stderr: only on a terminal, never with --quiet.
    pub fn progress(&self, len: u64, message: &str) -> ProgressBar {
        progress_bar(self.global.quiet, len, message, Unit::Bytes)
    }

    /// A diagnostic line on stderr with -v.
    pub fn verbose(&self, message: impl AsRef<str>) {
        if self.global.verbose > 0 {
            eprintln!("clawctl: {}", message.as_ref());
        }
    }

    /// A warning on stderr (suppressed by --quiet).
    pub fn warn(&self, message: impl AsRef<str>) {
        if !self.global.quiet {
            eprintln!("clawctl: warning: {}", message.as_ref());
        }
    }
}

/// What a progress bar counts.
#[derive(Debug, Clone, Copy)]
pub enum Unit {
    Bytes,
    Rows,
}

/// A progress bar on stderr: hidden unless stderr is a terminal and `quiet` is off.
pub fn progress_bar(quiet: bool, len: u64, message: &str, unit: Unit) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let template = match unit {
        Unit::Bytes => "{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})",
        Unit::Rows => "{msg} [{bar:30}] {pos}/{len} rows ({eta})",
    };
    let bar = ProgressBar::new(len).with_message(message.to_string());
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
