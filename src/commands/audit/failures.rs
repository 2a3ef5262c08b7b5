//! `clawctl audit failures`: failed operations that may be an attack, grouped by action and actor.

use crate::app::Ctx;
use crate::audit::query::{failure_groups, FailureGroup, Filter};
use crate::output::{Output, Table};
use crate::timeparse::format_ms;
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only groups with at least this many failures.
    #[arg(long, default_value_t = 10)]
    pub min: u64,
    /// Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    /// The global --actor limits it to one actor.
    #[arg(long, default_value = "7d")]
    pub since: String,
    /// Up to this time (same forms as --since; default now).
    #[arg(long)]
    pub until: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let filter = Filter {
        actor: ctx.global.actor.clone(),
        since: super::time_arg("--since", Some(&args.since))?,
        until: super::time_arg("--until", args.until.as_deref())?,
        ..Filter::default()
    };
    let store = super::sealed_store(ctx)?;
    let by_action = failure_groups(store, &filter, "action", args.min)?;
    let by_actor = failure_groups(store, &filter, "actor", args.min)?;
    let json = json!({
        "since": filter.since,
        "until": filter.until,
        "min": args.min,
        "by_action": groups_json(&by_action, "action", "actors"),
        "by_actor": groups_json(&by_actor, "actor", "actions"),
    });
    let human = vec![
        groups_table(
            &by_action,
            &format!("Failed operations by action since {}", since_text(&filter)),
            ["action", "actors"],
        ),
        groups_table(
            &by_actor,
            "Failed operations by actor",
            ["actor", "actions"],
        ),
    ];
    Ok(Output::Doc { json, human })
}

fn since_text(filter: &Filter) -> String {
    filter.since.map(format_ms).unwrap_or_default()
}

fn groups_json(groups: &[FailureGroup], key: &str, distinct: &str) -> Value {
    groups
        .iter()
        .map(|g| {
            json!({
                key: g.key,
                "failures": g.failures,
                distinct: g.distinct,
                "first": format_ms(g.first),
                "last": format_ms(g.last),
            })
        })
        .collect()
}

fn groups_table(groups: &[FailureGroup], title: &str, names: [&str; 2]) -> Table {
    let mut t = Table::new([names[0], "failures", names[1], "first", "last"]).titled(title);
    for g in groups {
        t.push(vec![
            g.key.clone().into(),
            g.failures.into(),
            g.distinct.into(),
            format_ms(g.first).into(),
            format_ms(g.last).into(),
        ]);
    }
    t
}
