//! `--channels`: one authenticated request to each configured channel's API with the bot's own
//! credential (Telegram `getMe`, Discord `users/@me`, Slack `auth.test`, Mattermost
//! `users/me`, Matrix `whoami`), and for WhatsApp, whose session lives on disk, whether it is
//! linked. Base URLs are overridable (`CLAWCTL_<CHANNEL>_API_BASE`, `[health.api_base]`).

use super::api::{self, Answer, ApiProbe};
use super::http::Clients;
use super::secrets::Vars;
use super::{CheckResult, Options, Skipped, Status};
use crate::state::config::BotConfig;
use crate::state::StateDir;
use serde_json::Value;

/// How to probe one channel kind.
struct Kind {
    token_fields: &'static [&'static str],
    /// Environment variable the bot falls back to for the default account.
    env_fallback: Option<&'static str>,
    /// Config field naming the server (self-hosted channels), else a public default.
    base_field: Option<&'static str>,
    default_base: &'static str,
}

fn kind(channel: &str) -> Option<Kind> {
    let k = |token_fields, env_fallback, base_field, default_base| Kind {
        token_fields,
        env_fallback,
        base_field,
        default_base,
    };
    Some(match channel {
        "telegram" => k(
            &["botToken"],
            Some("TELEGRAM_BOT_TOKEN"),
            None,
            "https://api.telegram.org",
        ),
        "discord" => k(
            &["token"],
            Some("DISCORD_BOT_TOKEN"),
            None,
            "https://discord.com",
        ),
        "slack" => k(
            &["botToken"],
            Some("SLACK_BOT_TOKEN"),
            None,
            "https://slack.com",
        ),
        "mattermost" => k(&["botToken"], None, Some("baseUrl"), ""),
        "matrix" => k(&["accessToken"], None, Some("homeserver"), ""),
        _ => return None,
    })
}

fn request(channel: &str, base: &str, token: &str) -> ApiProbe {
    let (post, url, headers, answer) = match channel {
        "telegram" => (
            false,
            format!("{base}/bot{token}/getMe"),
            vec![],
            Answer::Telegram,
        ),
        "discord" => (
            false,
            format!("{base}/api/v10/users/@me"),
            vec![("authorization", format!("Bot {token}"))],
            Answer::Identity,
        ),
        "slack" => (
            true,
            format!("{base}/api/auth.test"),
            vec![("authorization", format!("Bearer {token}"))],
            Answer::Slack,
        ),
        "mattermost" => (
            false,
            format!("{base}/api/v4/users/me"),
            vec![("authorization", format!("Bearer {token}"))],
            Answer::Identity,
        ),
        _ => (
            false,
            format!("{base}/_matrix/client/v3/account/whoami"),
            vec![("authorization", format!("Bearer {token}"))],
            Answer::Identity,
        ),
    };
    ApiProbe {
        name: String::new(),
        post,
        url,
        headers,
        secret: token.to_string(),
        answer,
    }
}

pub async fn probe_all(
    clients: &Clients,
    config: &BotConfig,
    state: &StateDir,
    opts: &Options,
) -> (Vec<CheckResult>, Vec<Skipped>) {
    let vars = Vars::load(config, state);
    let (mut probes, mut local, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    let Some(Value::Object(channels)) = config.get("channels") else {
        skipped.push(Skipped {
            check: "channels".into(),
            reason: "no channels configured".into(),
        });
        return (local, skipped);
    };
    for (channel, cfg) in channels {
        if cfg.get("enabled").and_then(Value::as_bool) == Some(false) {
            continue;
        }
        if channel == "whatsapp" {
            local.extend(whatsapp(state, cfg));
            continue;
        }
        let Some(kind) = kind(channel) else {
            skipped.push(Skipped {
                check: format!("channel:{channel}"),
                reason: format!("no API probe for {channel}"),
            });
            continue;
        };
        for (account, acfg) in accounts(cfg, &kind) {
            let name = check_name(channel, &account);
            let token = token(&vars, acfg, &kind, account == "default");
            let configured_base = kind
                .base_field
                .and_then(|f| acfg.get(f).or_else(|| cfg.get(f)))
                .and_then(Value::as_str);
            let base = opts.api_base(channel, configured_base, kind.default_base);
            match token {
                _ if base.is_empty() => local.push(CheckResult::new(
                    name,
                    Status::Unknown,
                    format!(
                        "no server URL ({}) configured",
                        kind.base_field.unwrap_or("baseUrl")
                    ),
                )),
                Ok(token) => probes.push(ApiProbe {
                    name,
                    ..request(channel, &base, &token)
                }),
                Err(why) => local.push(CheckResult::new(name, Status::Unknown, why)),
            }
        }
    }
    let mut out = api::run_all(clients, probes, opts.timeout).await;
    out.extend(local);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    (out, skipped)
}

fn check_name(channel: &str, account: &str) -> String {
    if account == "default" {
        format!("channel:{channel}")
    } else {
        format!("channel:{channel}:{account}")
    }
}

/// `(account id, its config)`: the top level is the default account; `accounts.<id>` adds more.
fn accounts<'a>(cfg: &'a Value, kind: &Kind) -> Vec<(String, &'a Value)> {
    let mut out = Vec::new();
    let has_token = |v: &Value| {
        kind.token_fields.iter().any(|f| v.get(*f).is_some()) || v.get("tokenFile").is_some()
    };
    let named = cfg.get("accounts").and_then(Value::as_object);
    if named.is_none_or(|m| m.is_empty()) || has_token(cfg) {
        out.push(("default".to_string(), cfg));
    }
    for (id, acfg) in named.into_iter().flatten() {
        if acfg.get("enabled").and_then(Value::as_bool) == Some(false)
            || id == "default" && !out.is_empty()
        {
            continue;
        }
        out.push((id.clone(), acfg));
    }
    out
}

fn token(vars: &Vars, cfg: &Value, kind: &Kind, is_default: bool) -> Result<String, String> {
    for field in kind.token_fields {
        if let Some(r) = vars.resolve(cfg.get(*field)) {
            return r.map_err(|why| format!("{field} is not resolvable: {why}"));
        }
    }
    if let Some(file) = cfg.get("tokenFile").and_then(Value::as_str) {
        return std::fs::read_to_string(file)
            .map(|t| t.trim().to_string())
            .map_err(|e| format!("tokenFile {file}: {e}"));
    }
    if let Some(var) = kind.env_fallback.filter(|_| is_default) {
        if let Some(v) = vars.get(var) {
            return Ok(v);
        }
    }
    Err(format!(
        "no {} visible to clawctl{}",
        kind.token_fields.join("/"),
        kind.env_fallback
            .filter(|_| is_default)
            .map(|v| format!(" (nor {v})"))
            .unwrap_or_default()
    ))
}

/// WhatsApp Web keeps its session in `credentials/whatsapp/<account>/creds.json`; there is no
/// API to ask, so the check is whether the account is linked.
fn whatsapp(state: &StateDir, cfg: &Value) -> Vec<CheckResult> {
    let mut ids: Vec<String> = cfg
        .get("accounts")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    if ids.is_empty() {
        ids.push("default".into());
    }
    ids.into_iter()
        .map(|id| {
            let rel = format!("credentials/whatsapp/{id}/creds.json");
            let name = check_name("whatsapp", &id);
            if state.root.join(&rel).is_file() {
                CheckResult::new(
                    name,
                    Status::Ok,
                    format!("linked ({rel} present; WhatsApp Web is not probed over the network)"),
                )
            } else {
                CheckResult::new(name, Status::Critical, format!("not linked: no {rel}"))
            }
        })
        .collect()
}
