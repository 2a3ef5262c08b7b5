//! `clawctl user purge`: erase one person everywhere clawctl can reach (GDPR Art. 17).
//!
//! Inventory → plan (`--dry-run` prints it: files, rows, bytes) → confirmation → journal →
//! apply → one high-risk audit event with counts. A run that was killed is finished by the
//! next `user purge` of the same person; until then `user show` reports it as incomplete.
//! On the SQLite layout the gateway's database is left alone: the purge erases everything else
//! and exits 7, naming the `openclaw sessions delete` / `openclaw memory forget` commands left.

use super::{existing_db, not_found, resolve_person};
use crate::app::Ctx;
use crate::error::{exit, user_err};
use crate::gdpr::apply::Applier;
use crate::gdpr::inventory;
use crate::gdpr::person::Person;
use crate::gdpr::purge::{self, PurgeStep, JOURNAL_KIND};
use crate::gdpr::{census, db};
use crate::journal::{Journal, Step};
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// List exactly what would be removed (files, rows, bytes) and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    if let Some((journal, person)) = purge::pending_for(&state.root, &args.id)? {
        if args.dry_run {
            return Ok(remaining_plan(&journal, &person));
        }
        ctx.warn(format!(
            "resuming the interrupted purge of {} at step {} of {}",
            person.label(),
            journal.done + 1,
            journal.steps.len()
        ));
        return apply(ctx, journal, person, true);
    }
    if let Some(other) = Journal::<PurgeStep>::pending(&state.root, JOURNAL_KIND)? {
        let who = purge::person_of_journal(&other.meta).query;
        return Err(user_err(format!(
            "an interrupted purge of another person is unfinished (journal {})",
            other.id
        ))
        .hint(format!("finish it first: clawctl user purge {who}"))
        .code(exit::INCOMPLETE)
        .into());
    }
    let person = resolve_person(ctx, &args.id)?;
    let census = census::scan_for(&state, &person)?;
    let db_location = ctx.db_location()?;
    let mut inv = inventory::build(&state, &census, person, None)?;
    if let Some(store) = existing_db(ctx)? {
        let sessions = inv.own_session_ids();
        let holds = db::legal_holds(store, &inv.person, &sessions)?;
        if let Some((scope, id, reason)) = holds.first() {
            return Err(user_err(format!(
                "{} is under a legal hold ({scope} {id}{}); held data is not erased",
                inv.person.label(),
                reason
                    .as_deref()
                    .map(|r| format!(": {r}"))
                    .unwrap_or_default()
            ))
            .hint(format!(
                "release it first: clawctl retention release {scope} {id}"
            ))
            .into());
        }
        inv.db = Some(db::counts(store, &inv.person, &sessions)?);
    }
    if inv.is_empty() {
        return Err(not_found(&inv.person, &state.root));
    }
    let keys = purge::message_keys(&inv)?;
    let plan = purge::plan(&inv, inv.db.as_ref().map(|_| db_location.as_str()), keys);
    let t = &plan.totals;
    if args.dry_run {
        let doc = json!({
            "person": inv.person.label(),
            "ids": inv.person.ids,
            "dry_run": true,
            "totals": t,
            "gateway": plan.gateway,
            "plan": plan.locations,
            "steps": plan.steps.iter().map(Step::describe).collect::<Vec<_>>(),
        });
        return Ok(Output::Doc {
            human: plan_tables(&doc),
            json: doc,
        });
    }
    ctx.confirm(&format!(
        "erase {} ({} ids) everywhere: delete {} files ({} bytes), redact {} lines in {} transcripts, {} database rows; this cannot be undone. Continue?",
        inv.person.label(),
        inv.person.ids.len(),
        t.files_deleted,
        t.bytes_deleted,
        t.lines_redacted,
        t.transcripts_redacted,
        t.db_rows
    ))?;
    let store = ctx.store()?;
    let pseudonym = db::pseudonym(store, &inv.person)?;
    let meta = json!({
        "query": inv.person.query.trim(),
        "canonical": inv.person.canonical,
        "ids": inv.person.ids,
        "pseudonym": pseudonym,
        "totals": t,
        "gateway": plan.gateway,
    });
    let journal = Journal::create(&state.root, JOURNAL_KIND, meta, plan.steps)?;
    let person = inv.person.clone();
    apply(ctx, journal, person, false)
}

fn apply(
    ctx: &mut Ctx,
    mut journal: Journal<PurgeStep>,
    person: Person,
    resumed: bool,
) -> Result<Output> {
    let root = ctx.state()?.root.clone();
    let actor = ctx.actor();
    let pseudonym = journal
        .meta
        .get("pseudonym")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let totals = journal.meta.get("totals").cloned().unwrap_or(Value::Null);
    let totals_meta = journal.meta.clone();
    let journal_id = journal.id.clone();
    let store = ctx.store()?;
    if store.kind() == crate::store::BackendKind::Sqlite {
        store.execute_batch("PRAGMA secure_delete = ON;")?;
    }
    let mut applier = Applier {
        root: &root,
        person: &person,
        pseudonym: &pseudonym,
        store,
        journal_id: &journal_id,
        actor,
        totals: totals.clone(),
        done: Default::default(),
    };
    journal.run(|_, step| applier.apply(step))?;
    journal.finish()?;
    let done = applier.done;
    for w in &done.warnings {
        ctx.warn(w);
    }
    let remaining = crate::gdpr::scan::scan_mentions(&root, &person, &Default::default())?;
    let gateway: Vec<String> = journal_gateway(&totals_meta);
    for (rel, n) in &remaining {
        if !gateway.is_empty() && rel.contains(".sqlite") {
            ctx.warn(format!(
                "{rel} still mentions them {n} times (a database of the gateway's)"
            ));
        } else {
            ctx.warn(format!(
                "{rel} still mentions them {n} times (clawctl does not edit it); edit it by hand"
            ));
        }
    }
    for g in &gateway {
        ctx.warn(format!("left to the gateway, which owns its database: {g}"));
    }
    let doc = json!({
        "person": person.label(),
        "ids": person.ids,
        "pseudonym": pseudonym,
        "gateway": gateway,
        "dry_run": false,
        "resumed": resumed,
        "totals": totals,
        "done": done,
        "remaining": remaining.iter().map(|(f, n)| json!({"file": f, "mentions": n})).collect::<Vec<_>>(),
    });
    let mut summary = vec![
        ("person", json!(person.label())),
        ("replaced by", json!(pseudonym)),
        ("resumed", json!(resumed)),
    ];
    for k in [
        "files_deleted",
        "bytes_deleted",
        "lines_redacted",
        "mentions_masked",
        "memory_chunks",
        "store_entries",
        "config_entries",
        "log_lines",
        "audit_events_pseudonymized",
        "longest_lock_ms",
    ] {
        summary.push((k, doc["done"][k].clone()));
    }
    let out = Output::Doc {
        human: vec![Table::key_values("erased", summary)],
        json: doc,
    };
    if gateway.is_empty() {
        return Ok(out);
    }
    ctx.warn(format!(
        "the bot's database still holds their data: run the commands above on the gateway, then `clawctl user purge {}` again for whatever was synced meanwhile",
        person.query.trim()
    ));
    Ok(Output::WithExit(Box::new(out), exit::UNSUPPORTED))
}

/// The steps a purge journal left to the gateway (SQLite layout).
fn journal_gateway(meta: &Value) -> Vec<String> {
    meta.get("gateway")
        .cloned()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

/// `--dry-run` while a purge is unfinished: the steps still to run.
fn remaining_plan(journal: &Journal<PurgeStep>, person: &Person) -> Output {
    let steps: Vec<String> = journal.steps[journal.done..]
        .iter()
        .map(Step::describe)
        .collect();
    let mut t = Table::new(["step"]).titled(format!(
        "interrupted purge of {}: {} of {} steps left",
        person.label(),
        steps.len(),
        journal.steps.len()
    ));
    for s in &steps {
        t.push(vec![json!(s)]);
    }
    Output::Doc {
        json: json!({
            "person": person.label(),
            "ids": person.ids,
            "dry_run": true,
            "resumes": true,
            "steps_done": journal.done,
            "steps": steps,
        }),
        human: vec![t],
    }
}

fn plan_tables(doc: &Value) -> Vec<Table> {
    let mut totals = Vec::new();
    if let Value::Object(m) = &doc["totals"] {
        for (k, v) in m {
            totals.push((k.as_str(), v.clone()));
        }
    }
    let mut places = Table::new(["what", "where", "count", "bytes", "purge does"])
        .titled("what the purge would change (dry run: nothing was changed)");
    for l in doc["plan"].as_array().into_iter().flatten() {
        places.push(vec![
            l["what"].clone(),
            l["place"].clone(),
            l["count"].clone(),
            l["bytes"].clone(),
            l["purge"].clone(),
        ]);
    }
    let title = format!("purge plan for {}", doc["person"].as_str().unwrap_or(""));
    vec![Table::key_values(&title, totals), places]
}
