//! clawctl: production operations for a self-hosted Clawdbot / Moltbot / OpenClaw gateway.
//!
//! Data flows one way: the bot's files ([`state`]) → `sync` → the ops database ([`store`]) →
//! commands that return data ([`commands`]) → one renderer ([`output`]). Destructive commands
//! share one plan/journal/apply mechanism ([`journal`]) and record [`audit`] events.

pub mod app;
pub mod audit;
pub mod cli;
pub mod commands;
pub mod cost;
pub mod error;
pub mod fsutil;
pub mod gdpr;
pub mod health;
pub mod journal;
pub mod metrics;
pub mod output;
pub mod pricing;
pub mod retention;
pub mod secrets;
pub mod settings;
pub mod state;
pub mod store;
pub mod sync;
pub mod timeparse;

use clap::Parser;

/// Parse the command line, run the command, print its output; returns the exit code.
pub fn main_entry() -> i32 {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                error::exit::USAGE
            } else {
                error::exit::OK
            };
            let _ = e.print();
            return code;
        }
    };
    let mut ctx = app::Ctx::new(cli.global.clone());
    let result = commands::run(&mut ctx, cli.command).and_then(|out| {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        output::render(&out, &ctx.style, &mut lock).map(|()| out.exit_code())
    });
    match result {
        Ok(code) => code,
        Err(e) if error::is_broken_pipe(&e) => error::exit::OK,
        Err(e) => report(&e),
    }
}

fn report(e: &anyhow::Error) -> i32 {
    let (code, hint) = error::classify(e);
    let message = format!("{e:#}");
    if !message.is_empty() {
        eprintln!("clawctl: error: {message}");
    }
    if let Some(hint) = hint {
        eprintln!("clawctl: hint: {hint}");
    }
    code
}
