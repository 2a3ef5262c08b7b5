//! `clawctl db backup FILE`: a consistent copy of the SQLite ops database, taken with SQLite's
//! online backup API while the bot side may be writing. PostgreSQL has pg_dump for this.

use crate::app::Ctx;
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use crate::store::is_postgres_url;
use anyhow::{Context, Result};
use serde_json::json;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the backup (must not exist unless --force).
    pub file: PathBuf,
    /// Overwrite an existing backup file.
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let location = ctx.db_location()?;
    if is_postgres_url(&location) {
        return Err(
            user_err("db backup copies SQLite databases; this ops database is PostgreSQL")
                .hint("use pg_dump, e.g. `pg_dump -Fc -f ops.dump <database>`")
                .code(exit::UNSUPPORTED)
                .into(),
        );
    }
    if args.file.exists() && !args.force {
        return Err(user_err(format!("{} already exists", args.file.display()))
            .hint("pass --force to overwrite it")
            .into());
    }
    let dir = match args.file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(user_err(format!("directory {} does not exist", dir.display())).into());
    }
    // Open (and migrate) through the store first, so the copy is of a current schema.
    ctx.store()?;
    let tmp = dir.join(format!(".clawctl-backup.{}", std::process::id()));
    let result = (|| -> Result<()> {
        let src = rusqlite::Connection::open_with_flags(
            &location,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .with_context(|| format!("opening {location}"))?;
        let mut dst = rusqlite::Connection::open(&tmp)
            .with_context(|| format!("creating {}", tmp.display()))?;
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut dst)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
        }
        dst.execute_batch("PRAGMA journal_mode = DELETE")?;
        drop(dst);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
        std::fs::File::open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, &args.file)
            .with_context(|| format!("writing {}", args.file.display()))?;
        crate::fsutil::sync_dir(&dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    let bytes = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    let actor = ctx.actor();
    let store = ctx.store()?;
    let event = crate::audit::Event {
        actor,
        action: "db.backup".into(),
        target: args.file.display().to_string(),
        outcome: crate::audit::Outcome::Success,
        risk: crate::audit::Risk::Medium,
        metadata: json!({"bytes": bytes}),
    };
    crate::audit::record(store, &event)?;
    let doc = json!({"source": location, "backup": args.file, "bytes": bytes});
    let t = Table::key_values(
        "Backup",
        vec![
            ("source", json!(location)),
            ("backup", json!(args.file)),
            ("bytes", json!(bytes)),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![t],
    })
}
