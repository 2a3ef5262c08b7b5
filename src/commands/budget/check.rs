//! `clawctl budget check`: for cron: exit 3 and name each budget above the threshold.

use crate::app::Ctx;
use crate::error::{exit, user_err};
use crate::output::Output;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Warn at this share of a budget, in percent.
    #[arg(long, default_value_t = 80.0, value_name = "PERCENT")]
    pub threshold: f64,
    /// Time zone for day and month boundaries (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    if !args.threshold.is_finite() || args.threshold < 0.0 {
        return Err(user_err(format!(
            "--threshold {}: must be a percentage of zero or more",
            args.threshold
        ))
        .code(exit::USAGE)
        .into());
    }
    let (statuses, zone) = super::statuses(ctx, args.tz.as_deref(), args.no_sync)?;
    let checked = statuses.len();
    let over: Vec<_> = statuses
        .into_iter()
        .filter(|s| s.over(args.threshold))
        .collect();
    let title = format!(
        "Budgets at or over {}%: {} of {checked}",
        args.threshold,
        over.len()
    );
    if ctx.global.quiet {
        // With -q nothing else is printed; cron mails stderr, so name each budget there.
        for s in &over {
            eprintln!(
                "clawctl: budget at or over {}%: {} {} spent {} of {} ({})",
                args.threshold,
                s.budget.period.as_str(),
                s.budget.target(),
                crate::cost::usd(s.spent.cost_usd),
                crate::cost::usd(s.budget.limit_usd),
                s.used_pct
                    .map_or("zero limit".to_string(), |p| format!("{p:.1}%")),
            );
        }
    }
    let (table, objs) = super::status_rows(&over, &zone, title);
    let out = Output::Doc {
        json: json!({"threshold_pct": args.threshold, "checked": checked, "over": objs}),
        human: vec![table],
    };
    Ok(if over.is_empty() {
        out
    } else {
        Output::WithExit(Box::new(out), exit::CHECK_FAILED)
    })
}
