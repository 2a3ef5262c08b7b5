//! `clawctl retention show`: the effective policy and what it would remove right now, per rule:
//! counts and bytes, what legal holds and exemptions keep, and the oldest item kept.

use super::PolicyArgs;
use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::retention::plan::{self, RuleReport};
use crate::retention::{holds, iso};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub common: PolicyArgs,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let (inputs, loaded, has_db) = super::load(ctx, &args.common, false)?;
    let mut store = if has_db { Some(ctx.store()?) } else { None };
    let p = plan::build(&inputs, store.as_deref_mut())?;
    let hold_list = match store {
        Some(s) => holds::list(s)?,
        None => Vec::new(),
    };
    let source = loaded.source.as_ref().map_or_else(
        || "built-in defaults".to_string(),
        |p| p.display().to_string(),
    );
    let holds_json: Vec<Value> = hold_list.iter().map(|h| h.to_json(&inputs.links)).collect();
    let doc = json!({
        "now": iso(inputs.now_ms),
        "policy_source": source,
        "layout": inputs.state.layout,
        "ops_db": has_db,
        "batch_size": inputs.policy.batch_size.0,
        "lock_target_ms": inputs.policy.lock_target_ms.0,
        "rules": p.rules.iter().map(RuleReport::to_json).collect::<Vec<_>>(),
        "holds": holds_json,
    });
    // The rules first: it is the table `--format csv` writes.
    let human = vec![
        rules_table("What the policy would remove now", &p.rules),
        Table::key_values(
            "Retention policy",
            vec![
                ("now", json!(iso(inputs.now_ms))),
                ("policy", json!(source)),
                ("legal holds", json!(hold_list.len())),
            ],
        ),
        holds_table(&holds_json),
    ];
    Ok(Output::Doc { json: doc, human })
}

/// The per-rule table `show` and `enforce --dry-run` print.
pub fn rules_table(title: &str, rules: &[RuleReport]) -> Table {
    let mut t = Table::new([
        "rule",
        "keep",
        "would remove",
        "bytes",
        "held",
        "exempt",
        "oldest kept",
        "note",
    ])
    .titled(title);
    for r in rules {
        t.push(vec![
            json!(r.rule.as_str()),
            json!(r.keep),
            json!(r.count),
            json!(r.bytes),
            json!(r.held),
            json!(r.exempt),
            json!(r.oldest_kept_ms.map(iso)),
            json!(r.note),
        ]);
    }
    t
}

fn holds_table(holds: &[Value]) -> Table {
    let mut t = Table::new(["scope", "target", "covers", "reason", "since"]).titled("Legal holds");
    for h in holds {
        let covers = h["covers"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        t.push(vec![
            h["scope"].clone(),
            h["scope_id"].clone(),
            json!(covers),
            h["reason"].clone(),
            h["created_at"].clone(),
        ]);
    }
    t
}
