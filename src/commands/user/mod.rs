//! `clawctl user`: the subcommands, one file each, and what they share (finding the person,
//! reading the ops database without creating it).

use crate::app::Ctx;
use crate::error::{exit, user_err};
use crate::gdpr::person::Person;
use crate::output::Output;
use crate::store::Store;
use anyhow::Result;

pub mod export;
pub mod list;
pub mod purge;
pub mod show;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Everyone clawctl can find: ids, channels, sessions, messages, media, cost.
    List(list::Args),
    /// One person in detail, and where each piece of their data lives.
    Show(show::Args),
    /// Export everything about one person (GDPR Art. 15/20) as a zip or JSON.
    Export(export::Args),
    /// Erase one person everywhere clawctl can reach (GDPR Art. 17).
    Purge(purge::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::List(args) => list::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Purge(args) => purge::run(ctx, args),
    }
}

/// The person named on the command line, expanded through `session.identityLinks`.
pub fn resolve_person(ctx: &mut Ctx, query: &str) -> Result<Person> {
    if query.trim().is_empty() {
        return Err(user_err("the person to look up is empty")
            .hint("give a peer id such as telegram:123456789 or +8613800138000, or an identityLinks name")
            .code(exit::USAGE)
            .into());
    }
    let links = ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default();
    let person = Person::resolve(query, &links);
    if person.canonical.is_none() && !person.ids.iter().all(|i| looks_like_peer_id(i)) {
        return Err(user_err(format!(
            "'{}' is neither a peer id nor a name in session.identityLinks",
            query.trim()
        ))
        .hint("a peer id is <channel>:<id> (telegram:123456789) or an E.164 number (+8613800138000); `clawctl user list` shows everyone clawctl can find")
        .into());
    }
    Ok(person)
}

/// `<channel>:<id>` or `+<digits>`: a bare word would match unrelated text everywhere.
fn looks_like_peer_id(id: &str) -> bool {
    if let Some(digits) = id.strip_prefix('+') {
        return digits.len() >= 5 && digits.bytes().all(|b| b.is_ascii_digit());
    }
    matches!(id.split_once(':'), Some((ch, rest))
        if !ch.is_empty() && ch.bytes().all(|b| b.is_ascii_alphabetic()) && !rest.trim().is_empty())
}

/// The ops database when it already exists (reading never creates it).
pub fn existing_db(ctx: &mut Ctx) -> Result<Option<&mut Store>> {
    let location = ctx.db_location()?;
    if location.contains("://") || std::path::Path::new(&location).exists() {
        Ok(Some(ctx.store()?))
    } else {
        Ok(None)
    }
}

/// "No data about X" for a person clawctl cannot find.
pub fn not_found(person: &Person, state_root: &std::path::Path) -> anyhow::Error {
    user_err(format!(
        "no data about {} found in {} or the ops database",
        person.query.trim(),
        state_root.display()
    ))
    .hint("`clawctl user list` shows everyone clawctl can find; a person is a peer id (telegram:123456789, +8613800138000) or an identityLinks name")
    .into()
}

pub use crate::gdpr::iso;
