//! Prometheus metrics for the bot, computed from the ops database: messages by platform,
//! model-call durations, cost, tokens and budget usage ([`collect`]), written in the text
//! exposition format ([`exposition`]).

pub mod collect;
pub mod exposition;

use crate::error::{exit, user_err};
use crate::store::Store;
use anyhow::Result;
use collect::Aggregator;
use exposition::Exposition;

/// The time zone for budget periods: the machine's local zone or an IANA name.
#[derive(Debug, Clone, Copy)]
pub enum Zone {
    Local,
    Named(chrono_tz::Tz),
}

impl Zone {
    /// `None` is the local zone; an unknown name is a usage error.
    pub fn parse(name: Option<&str>) -> Result<Zone> {
        match name.filter(|n| !n.is_empty()) {
            None => Ok(Zone::Local),
            Some(n) => n.parse::<chrono_tz::Tz>().map(Zone::Named).map_err(|_| {
                user_err(format!("unknown time zone '{n}'"))
                    .hint("use an IANA name such as Europe/Berlin or UTC")
                    .code(exit::USAGE)
                    .into()
            }),
        }
    }
}

/// Refresh the counters and add the budget gauges: one scrape.
pub fn scrape(store: &mut Store, agg: &mut Aggregator, zone: Zone) -> Result<Exposition> {
    agg.refresh(store)?;
    let budgets = match zone {
        Zone::Local => collect::budget_usage(store, chrono::Local::now())?,
        Zone::Named(tz) => collect::budget_usage(store, chrono::Utc::now().with_timezone(&tz))?,
    };
    let mut e = agg.exposition();
    e.extend(collect::budget_exposition(&budgets));
    Ok(e)
}
