//! `clawctl budget set`: set a daily or monthly spending limit in USD.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Daily limit in USD.
    #[arg(long, value_name = "USD", required_unless_present = "monthly")]
    pub daily: Option<f64>,
    /// Monthly limit in USD.
    #[arg(long, value_name = "USD")]
    pub monthly: Option<f64>,

    /// Budget for one person.
    #[arg(long, group = "scope")]
    pub user: Option<String>,
    /// Budget for one session key.
    #[arg(long, group = "scope")]
    pub session: Option<String>,
    /// Budget for one agent.
    #[arg(long, group = "scope")]
    pub agent: Option<String>,
    /// Budget for the whole installation (the default).
    #[arg(long, group = "scope")]
    pub global: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("budget set"))
}
