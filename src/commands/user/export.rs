//! `clawctl user export`: export everything about one person (GDPR Art. 15/20) as a zip or JSON.
//! The archive format comes from the global `--format`: zip (the default) or json (one JSON
//! document without media). The archive is created 0600 next to its final name and moved into
//! place when complete; an audit event records the export with counts only.

use super::{existing_db, not_found, resolve_person};
use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::error::{exit, user_err};
use crate::gdpr::archive::{JsonSink, Sink, ZipSink};
use crate::gdpr::outfile::NewFile;
use crate::gdpr::{census, db, export, inventory, purge};
use crate::output::{Format, Output};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// Where to write the archive.
    #[arg(short, long, value_name = "FILE")]
    pub output: std::path::PathBuf,
    /// Overwrite an existing output file.
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let zip = match ctx.style.format {
        Format::Zip | Format::Table => true,
        Format::Json => false,
        other => {
            return Err(user_err(format!(
                "--format {} is not an archive format",
                format!("{other:?}").to_lowercase()
            ))
            .hint("user export writes --format zip (the default) or --format json")
            .code(exit::USAGE)
            .into())
        }
    };
    let state = ctx.state()?.clone();
    if let Some((_, person)) = purge::pending_for(&state.root, &args.id)? {
        return Err(user_err(format!(
            "a purge of {} was interrupted and is incomplete; nothing is exported",
            person.label()
        ))
        .hint(format!(
            "finish it first: clawctl user purge {}",
            args.id.trim()
        ))
        .code(exit::INCOMPLETE)
        .into());
    }
    let person = resolve_person(ctx, &args.id)?;
    // Refuse a bad output path before reading anything.
    let (out, file) = NewFile::create(&args.output, args.force)?;
    let census = census::scan_for(&state, &person)?;
    let mut inv = inventory::build(&state, &census, person, None)?;
    if let Some(store) = existing_db(ctx)? {
        inv.db = Some(db::counts(store, &inv.person, &inv.own_session_ids())?);
    }
    let has_data = !inv.own.is_empty()
        || inv.shared.iter().any(|s| s.messages + s.replies > 0)
        || !inv.media.is_empty()
        || inv.db.as_ref().is_some_and(|d| d.rows() > 0);
    if !has_data {
        return Err(not_found(&inv.person, &state.root));
    }
    let total: u64 = inv.own.iter().map(|f| 2 * f.file.bytes).sum::<u64>()
        + inv.shared.iter().map(|f| f.file.bytes).sum::<u64>()
        + inv.media.iter().map(|m| m.file.bytes).sum::<u64>();
    let progress = ctx.progress(total, "exporting");
    let actor = ctx.actor();
    let quiet = ctx.global.quiet;
    let store = ctx.store()?;
    let (file, counts, entries) = if zip {
        let mut sink = ZipSink::new(file, progress.clone());
        let counts = export::write(&mut sink, &inv, Some(&mut *store), &progress)?;
        let manifest = export::manifest(&inv, &counts, sink.entries(), "zip");
        let mut bytes = serde_json::to_vec_pretty(&manifest)?;
        bytes.push(b'\n');
        let entries = sink.entries().len() + 1;
        sink.text(
            "manifest.json",
            "this list",
            &String::from_utf8_lossy(&bytes),
        )?;
        (sink.finish()?, counts, entries)
    } else {
        let mut sink = JsonSink::new(file, progress.clone())?;
        let counts = export::write(&mut sink, &inv, Some(&mut *store), &progress)?;
        let manifest = export::manifest(&inv, &counts, &[], "json");
        sink.doc("manifest", "", &manifest)?;
        (sink.finish()?, counts, 1)
    };
    let bytes = file.metadata()?.len();
    out.place(file)?;
    progress.finish_and_clear();
    audit::record(
        store,
        &Event {
            actor,
            action: "user.export".into(),
            target: inv.person.ids.join(","),
            outcome: Outcome::Success,
            risk: Risk::Medium,
            metadata: json!({
                "format": if zip { "zip" } else { "json" },
                "bytes": bytes,
                "files": entries,
                "counts": counts,
            }),
        },
    )?;
    if quiet {
        return Ok(Output::None);
    }
    let summary = json!({
        "person": inv.person.label(),
        "ids": inv.person.ids,
        "output": args.output,
        "format": if zip { "zip" } else { "json" },
        "bytes": bytes,
        "files": entries,
        "counts": counts,
    });
    Ok(if zip {
        Output::Text(format!(
            "wrote {} ({} bytes, {} files): {} messages from them, {} replies, {} sessions, {} media files\n",
            args.output.display(),
            bytes,
            entries,
            counts.messages_from_them,
            counts.replies_to_them,
            counts.sessions_own + counts.sessions_shared,
            counts.media_files
        ))
    } else {
        Output::Doc {
            json: summary,
            human: Vec::new(),
        }
    })
}
