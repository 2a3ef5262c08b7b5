//! The `[cost]` section of clawctl's config file:
//!
//! ```toml
//! [cost]
//! pricing = "prices.json"        # LiteLLM format accepted; relative to this file
//!
//! [cost.task_types]              # names of the task types sessions and plain turns get
//! cron = "cron"
//! hook = "webhook"
//! chat = "chat"
//!
//! [cost.task_types.tools]        # tool name → task type (adds to and overrides the defaults)
//! my_crawler = "web_scraping"
//! ```

use crate::settings::Settings;
use anyhow::Result;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Default, serde::Deserialize)]
struct Wrapper {
    #[serde(default)]
    cost: CostSettings,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostSettings {
    /// A pricing file.
    pub pricing: Option<PathBuf>,
    #[serde(default)]
    pub task_types: TaskTypeSettings,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskTypeSettings {
    pub cron: Option<String>,
    pub hook: Option<String>,
    pub chat: Option<String>,
    #[serde(default)]
    pub tools: BTreeMap<String, String>,
}

impl CostSettings {
    /// The `[cost]` section; a relative `pricing` path is taken relative to the config file.
    pub fn from(settings: &Settings) -> Result<CostSettings> {
        let mut cost = settings.parse::<Wrapper>()?.cost;
        if let (Some(p), Some(file)) = (&cost.pricing, &settings.path) {
            if p.is_relative() {
                let base = file.parent().unwrap_or(std::path::Path::new("."));
                cost.pricing = Some(base.join(p));
            }
        }
        Ok(cost)
    }
}
