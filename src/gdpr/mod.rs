//! GDPR: find everything about one person, export it (Art. 15/20) and erase it (Art. 17).
//!
//! The bot's files are the source of truth; the ops database is searched too. [`census`] reads
//! every transcript once and says whose each line is; [`inventory`] adds everything else that
//! names the person; [`export`] writes it out; [`purge`] turns it into a journaled plan.

pub mod apply;
pub mod archive;
pub mod census;
pub mod config_edit;
pub mod db;
pub mod export;
pub mod inventory;
pub mod lines;
pub mod media;
pub mod memory;
pub mod outfile;
pub mod person;
pub mod purge;
pub mod redact;
pub mod report;
pub mod rewrite;
pub mod scan;
pub mod stores;
pub mod transcripts;

/// Unix milliseconds as an ISO 8601 UTC timestamp (JSON null when unknown).
pub fn iso(ms: Option<i64>) -> serde_json::Value {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|d| {
            d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
                .into()
        })
        .unwrap_or(serde_json::Value::Null)
}
