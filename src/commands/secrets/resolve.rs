//! `clawctl secrets resolve`: answer the bot's exec secret-provider protocol (v1) on stdin/stdout.
//!
//! Request `{"protocolVersion":1,"provider":"clawctl","ids":["a","b"]}` on stdin; answer
//! `{"protocolVersion":1,"values":{"a":"…"},"errors":{"b":{"code":"NOT_FOUND"}}}` on stdout
//! and nothing else there. Diagnostics on stderr never contain a value.

use crate::app::Ctx;
use crate::error::user_err;
use crate::output::Output;
use crate::secrets::backend::{self, Backend, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::naming;
use anyhow::{Context, Result};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Read;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Secret backend to read from. Default: the one each secret was stored in.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
}

/// The bot's exec id grammar: `^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$`, no `.`/`..` segments.
fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.len() <= 256
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._:/#-".contains(c))
        && !id.split('/').any(|seg| seg == "." || seg == "..")
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let mut input = String::new();
    std::io::stdin()
        .take(1 << 20)
        .read_to_string(&mut input)
        .context("reading the request from stdin")?;
    let request: Value = serde_json::from_str(&input)
        .map_err(|e| user_err(format!("the request on stdin is not JSON: {e}")))?;
    if request.get("protocolVersion").and_then(Value::as_u64) != Some(1) {
        return Err(user_err("unsupported protocolVersion (clawctl speaks version 1)").into());
    }
    let ids: Vec<String> = request
        .get("ids")
        .and_then(Value::as_array)
        .ok_or_else(|| user_err("the request has no `ids` list"))?
        .iter()
        .map(|v| {
            v.as_str()
                .map(String::from)
                .ok_or_else(|| user_err("`ids` must be strings"))
        })
        .collect::<Result<_, _>>()?;

    let state = ctx.state()?.clone();
    let index = Index::load(&state.root)?;
    let mut backends: BTreeMap<BackendKind, Box<dyn Backend>> = BTreeMap::new();
    let mut values = Map::new();
    let mut errors = Map::new();
    for id in ids {
        if !valid_id(&id) || naming::validate(&id).is_err() {
            errors.insert(
                id,
                json!({"code": "NOT_FOUND", "message": "not a clawctl secret name"}),
            );
            continue;
        }
        let kinds: Vec<BackendKind> = match (args.backend, index.secrets.get(&id)) {
            (Some(k), _) => vec![k],
            (None, Some(e)) => vec![e.backend],
            (None, None) => vec![BackendKind::SystemdCreds, BackendKind::Keychain],
        };
        // Not found where some backend answered "no such secret" is NOT_FOUND; only
        // failures everywhere make it UNAVAILABLE.
        let mut answer = Err(None);
        for kind in kinds {
            let b = backends
                .entry(kind)
                .or_insert_with(|| backend::open(kind, &state.root));
            match b.get(&id) {
                Ok(Some(v)) => {
                    answer = Ok(v);
                    break;
                }
                Ok(None) => answer = Err(Some("not stored".to_string())),
                Err(e) => {
                    if answer.is_err() && !matches!(&answer, Err(Some(r)) if r == "not stored") {
                        answer = Err(Some(format!("{e:#}")));
                    }
                }
            }
        }
        match answer {
            Ok(v) => {
                values.insert(id, Value::from(v.expose()));
            }
            Err(Some(reason)) if reason != "not stored" => {
                eprintln!("clawctl: warning: cannot resolve `{id}`: {reason}");
                errors.insert(id, json!({"code": "UNAVAILABLE", "message": reason}));
            }
            Err(_) => {
                errors.insert(id, json!({"code": "NOT_FOUND"}));
            }
        }
    }
    let answer = json!({"protocolVersion": 1, "values": values, "errors": errors});
    Ok(Output::Text(format!("{answer}\n")))
}
