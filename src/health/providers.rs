//! `--providers`: list the models of each configured model provider with the bot's own key (a
//! cheap authenticated request that spends no tokens). Providers come from the config's
//! `models.providers` and from each agent's `auth-profiles.json`; base URLs from
//! `CLAWCTL_<PROVIDER>_API_BASE`, `[health.api_base]`, the config's `baseUrl`, then the
//! provider's public default.

use super::api::{self, Answer, ApiProbe};
use super::http::Clients;
use super::secrets::Vars;
use super::{CheckResult, Options, Skipped, Status};
use crate::state::config::BotConfig;
use crate::state::StateDir;
use serde_json::Value;
use std::collections::BTreeMap;

/// Public base URL and API style of providers the bot knows without a `baseUrl`.
fn known(provider: &str) -> Option<(&'static str, &'static str)> {
    Some(match provider {
        "anthropic" => ("https://api.anthropic.com", "anthropic-messages"),
        "openai" => ("https://api.openai.com/v1", "openai-completions"),
        "google" | "gemini" => (
            "https://generativelanguage.googleapis.com/v1beta",
            "google-generative-ai",
        ),
        "openrouter" => ("https://openrouter.ai/api/v1", "openai-completions"),
        "groq" => ("https://api.groq.com/openai/v1", "openai-completions"),
        "mistral" => ("https://api.mistral.ai/v1", "openai-completions"),
        "xai" => ("https://api.x.ai/v1", "openai-completions"),
        "deepseek" => ("https://api.deepseek.com/v1", "openai-completions"),
        "ollama" => ("http://127.0.0.1:11434", "ollama"),
        _ => return None,
    })
}

/// What is known about one provider.
#[derive(Default)]
struct Provider<'a> {
    config: Option<&'a Value>,
    /// The first API-key or token profile for it in auth-profiles.json.
    profile: Option<Value>,
    oauth_only: bool,
}

pub async fn probe_all(
    clients: &Clients,
    config: &BotConfig,
    state: &StateDir,
    opts: &Options,
) -> (Vec<CheckResult>, Vec<Skipped>) {
    let vars = Vars::load(config, state);
    let mut providers: BTreeMap<String, Provider> = BTreeMap::new();
    if let Some(Value::Object(map)) = config.get("models.providers") {
        for (id, cfg) in map {
            providers.entry(id.clone()).or_default().config = Some(cfg);
        }
    }
    for profile in profiles(state) {
        let Some(id) = profile.get("provider").and_then(Value::as_str) else {
            continue;
        };
        let p = providers.entry(id.to_string()).or_default();
        match profile.get("type").and_then(Value::as_str) {
            Some("api_key" | "token") if p.profile.is_none() => {
                p.profile = Some(profile.clone());
                p.oauth_only = false;
            }
            Some("oauth") if p.profile.is_none() && p.config.is_none() => p.oauth_only = true,
            _ => {}
        }
    }
    let (mut probes, mut local, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for (id, p) in &providers {
        let name = format!("provider:{id}");
        if p.oauth_only {
            skipped.push(Skipped {
                check: name,
                reason: "OAuth sign-in only: not probed".into(),
            });
            continue;
        }
        let cfg = p.config;
        let field = |k: &str| cfg.and_then(|c| c.get(k)).and_then(Value::as_str);
        let known = known(id);
        let style = field("api")
            .or(known.map(|k| k.1))
            .unwrap_or("openai-completions");
        let Some(default_base) = field("baseUrl").or(known.map(|k| k.0)) else {
            skipped.push(Skipped {
                check: name,
                reason: "no baseUrl and not a provider with a known public API".into(),
            });
            continue;
        };
        let base = opts.api_base(id, field("baseUrl"), default_base);
        let key = if style == "ollama" {
            Ok(String::new())
        } else {
            key(&vars, id, cfg, p.profile.as_ref())
        };
        match (
            request(style, &base, key.as_deref().unwrap_or_default()),
            key,
        ) {
            (None, _) => skipped.push(Skipped {
                check: name,
                reason: format!("no probe for API style {style}"),
            }),
            (Some(probe), Ok(_)) => probes.push(ApiProbe { name, ..probe }),
            (Some(_), Err(why)) => local.push(CheckResult::new(name, Status::Unknown, why)),
        }
    }
    let mut out = api::run_all(clients, probes, opts.timeout).await;
    out.extend(local);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    (out, skipped)
}

/// The key: the config's `apiKey`, then an auth profile's key or token, then `<ID>_API_KEY`.
fn key(
    vars: &Vars,
    id: &str,
    cfg: Option<&Value>,
    profile: Option<&Value>,
) -> Result<String, String> {
    if let Some(r) = vars.resolve(cfg.and_then(|c| c.get("apiKey"))) {
        return r.map_err(|why| format!("apiKey is not resolvable: {why}"));
    }
    if let Some(p) = profile {
        for field in ["key", "keyRef", "token", "tokenRef"] {
            if let Some(r) = vars.resolve(p.get(field)) {
                return r.map_err(|why| format!("auth profile {field} is not resolvable: {why}"));
            }
        }
    }
    let var = format!("{}_API_KEY", id.to_ascii_uppercase().replace('-', "_"));
    vars.get(&var)
        .ok_or_else(|| format!("no API key visible to clawctl (apiKey, auth profile or {var})"))
}

fn request(style: &str, base: &str, key: &str) -> Option<ApiProbe> {
    let bearer = vec![("authorization", format!("Bearer {key}"))];
    let (url, headers) = match style {
        "anthropic-messages" => {
            let url = if base.ends_with("/v1") {
                format!("{base}/models")
            } else {
                format!("{base}/v1/models")
            };
            let auth = if key.starts_with("sk-ant-oat") {
                ("authorization", format!("Bearer {key}"))
            } else {
                ("x-api-key", key.to_string())
            };
            (
                url,
                vec![auth, ("anthropic-version", "2023-06-01".to_string())],
            )
        }
        "google-generative-ai" => (
            format!("{base}/models"),
            vec![("x-goog-api-key", key.to_string())],
        ),
        "ollama" => (format!("{base}/api/tags"), vec![]),
        s if s.starts_with("openai") => (format!("{base}/models"), bearer),
        _ => return None,
    };
    Some(ApiProbe {
        name: String::new(),
        post: false,
        url,
        headers,
        secret: key.to_string(),
        answer: Answer::Models,
    })
}

/// Every profile in every agent's auth-profiles.json.
fn profiles(state: &StateDir) -> Vec<Value> {
    let mut out = Vec::new();
    for agent in state.agents().unwrap_or_default() {
        let path = state
            .root
            .join("agents")
            .join(&agent)
            .join("agent/auth-profiles.json");
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(&bytes) {
            if let Some(Value::Object(profiles)) = root.get("profiles") {
                out.extend(profiles.values().cloned());
            }
        }
    }
    out
}
