//! `clawctl secrets list`: list stored secrets: names, backends, where each is referenced, fingerprints.

use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::secrets::backend::{self, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::{refs, rel};
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only secrets in this backend.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let index = Index::load(&state.root)?;
    let mut rows: BTreeMap<String, Option<BackendKind>> = index
        .secrets
        .iter()
        .map(|(n, e)| (n.clone(), Some(e.backend)))
        .collect();
    let creds = backend::open(BackendKind::SystemdCreds, &state.root);
    for name in creds.names()?.unwrap_or_default() {
        rows.entry(name).or_insert(Some(BackendKind::SystemdCreds));
    }
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in refs::find(&state, false)? {
        used.entry(r.name.clone()).or_default().push(format!(
            "{}:{}",
            rel(&state.root, &r.file),
            r.location.display()
        ));
        rows.entry(r.name).or_insert(None);
    }
    rows.retain(|_, b| args.backend.is_none() || *b == args.backend);

    let mut out = Vec::new();
    let mut table = Table::new(["name", "backend", "fingerprint", "status", "referenced by"]);
    for (name, kind) in rows {
        let (fingerprint, status) = match kind {
            None => (None, "missing: referenced but not stored".to_string()),
            Some(k) => match backend::open(k, &state.root).get(&name) {
                Ok(Some(v)) => {
                    let fp = v.fingerprint();
                    let status = match index.secrets.get(&name) {
                        Some(e) if e.fingerprint != fp => "changed outside clawctl",
                        Some(_) => "ok",
                        None => "ok (not in clawctl's index)",
                    };
                    (Some(fp), status.to_string())
                }
                Ok(None) => (
                    index.secrets.get(&name).map(|e| e.fingerprint.clone()),
                    "missing from the backend".into(),
                ),
                Err(e) => (
                    index.secrets.get(&name).map(|e| e.fingerprint.clone()),
                    format!("unreadable: {e:#}"),
                ),
            },
        };
        let refs = used.remove(&name).unwrap_or_default();
        let row = json!({
            "name": name,
            "backend": kind,
            "fingerprint": fingerprint,
            "status": status,
            "references": refs,
            "origins": index.secrets.get(&name).map(|e| e.origins.clone()).unwrap_or_default(),
        });
        table.push(vec![
            row["name"].clone(),
            json!(kind.map(BackendKind::as_str)),
            row["fingerprint"].clone(),
            row["status"].clone(),
            row["references"].clone(),
        ]);
        out.push(row);
    }
    Ok(Output::Doc {
        json: Value::Array(out),
        human: vec![table],
    })
}
