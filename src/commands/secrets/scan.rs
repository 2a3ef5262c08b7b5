//! `clawctl secrets scan`: find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups.

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::exit;
use crate::output::{Output, Table};
use crate::secrets::locations::{
    self, Finding, Options, KEPT_BACKUP, KEPT_CREDENTIALS, KEPT_OAUTH,
};
use crate::secrets::{perms, rel};
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::BTreeSet;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also search transcripts and logs (people paste keys into chats).
    #[arg(long)]
    pub deep: bool,
    /// Exit with code 3 when a movable secret is in plaintext, a backup (or with --deep a
    /// transcript or log) holds one, or a permission is wrong. For cron: the bot can write
    /// resolved plaintext back into its config, silently undoing a migration.
    #[arg(long)]
    pub check: bool,
    /// Fix file permissions: state dir 0700, secret-bearing files 0600, transcripts not
    /// group/world-readable.
    #[arg(long)]
    pub fix_perms: bool,
}

/// True when a finding should fail `--check` (kept files the bot owns only fail on perms).
fn is_problem(f: &Finding) -> bool {
    !matches!(f.kept, Some(r) if r == KEPT_CREDENTIALS || r == KEPT_OAUTH)
}

/// The action column of the table (the JSON has the full reason).
fn short_action(kept: Option<&str>) -> &'static str {
    match kept {
        None => "migrate",
        Some(r) if r == KEPT_OAUTH => "keep (OAuth, the bot refreshes it)",
        Some(r) if r == KEPT_CREDENTIALS => "keep (bot-managed, 0600)",
        Some(r) if r == KEPT_BACKUP => "keep (--scrub-backups)",
        Some(_) => "keep (rotate it)",
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let findings = locations::scan(&state, Options { deep: args.deep })?;
    let mut perm_findings = perms::findings(&state)?;
    if args.fix_perms && !perm_findings.is_empty() {
        for p in &mut perm_findings {
            p.fix()?;
        }
        let paths: Vec<String> = perm_findings
            .iter()
            .map(|p| rel(&state.root, &p.path))
            .collect();
        super::audit(
            ctx,
            "secrets.fix-perms",
            &state.root.display().to_string(),
            Outcome::Success,
            Risk::Low,
            json!({ "paths": paths }),
        )?;
    }

    let rows: Vec<Value> = findings
        .iter()
        .map(|f| {
            json!({
                "file": rel(&state.root, &f.file),
                "area": f.area.as_str(),
                "agent": f.agent,
                "location": f.location.display(),
                "line": f.line,
                "kind": f.kind,
                "detector": f.by,
                "fingerprint": f.value.fingerprint(),
                "action": if f.kept.is_none() { "migrate" } else { "keep" },
                "reason": f.kept,
            })
        })
        .collect();
    let distinct: BTreeSet<String> = findings.iter().map(|f| f.value.fingerprint()).collect();
    let problems = findings.iter().filter(|f| is_problem(f)).count();
    let open_perms = perm_findings.iter().filter(|p| !p.fixed).count();
    let mut notes = Vec::new();
    if args.deep {
        notes.push("memory indexes (memory/*.sqlite) are not searched".to_string());
    }
    let doc = json!({
        "state_dir": state.root,
        "deep": args.deep,
        "findings": rows,
        "permissions": perm_findings,
        "summary": {
            "secrets": findings.len(),
            "distinct": distinct.len(),
            "migratable": findings.iter().filter(|f| f.kept.is_none()).count(),
            "problems": problems,
            "permission_problems": open_perms,
        },
        "notes": notes,
    });

    let mut table = Table::new(["file", "line", "location", "kind", "fingerprint", "action"])
        .titled(format!(
            "{} plaintext secret(s), {} distinct, in {}",
            findings.len(),
            distinct.len(),
            state.root.display()
        ));
    for f in &findings {
        table.push(vec![
            json!(rel(&state.root, &f.file)),
            json!(f.line),
            json!(f.location.display()),
            json!(f.kind),
            json!(f.value.fingerprint()),
            json!(short_action(f.kept)),
        ]);
    }
    let mut perm_table =
        Table::new(["path", "what", "mode", "expected", "fixed"]).titled("File permissions");
    for p in &perm_findings {
        perm_table.push(vec![
            json!(rel(&state.root, &p.path)),
            json!(p.what),
            json!(p.mode),
            json!(p.expected),
            json!(p.fixed),
        ]);
    }
    let mut human = vec![table, perm_table];
    if !notes.is_empty() {
        let mut t = Table::new(["note"]);
        for n in &notes {
            t.push(vec![json!(n)]);
        }
        human.push(t);
    }
    let out = Output::Doc { json: doc, human };
    if args.check && (problems > 0 || open_perms > 0) {
        // Also on stderr, so cron mails it even with -q.
        eprintln!(
            "clawctl: secrets scan: {problems} plaintext secret(s) and {open_perms} permission problem(s) in {}",
            state.root.display()
        );
        return Ok(Output::WithExit(Box::new(out), exit::CHECK_FAILED));
    }
    Ok(out)
}
