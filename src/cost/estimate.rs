//! Estimating the next model call before it is made, the way the context really grows: the
//! session's last recorded input (plain, cache read and cache write) plus its last output plus
//! the new text, counted with a real BPE tokenizer; output tokens from the session's (or the
//! person's, or the model's) history. The context is priced with the cache split of the last
//! call, so a session that mostly reads from the prompt cache is not priced as fresh input.
//! Without any history the estimate uses the model's defaults and says so.

use crate::error::user_err;
use crate::pricing::Pricing;
use crate::store::{Row, SqlValue, Store};
use anyhow::Result;

/// Output tokens assumed when nothing at all is known about a model.
pub const DEFAULT_OUTPUT_TOKENS: i64 = 500;
/// Calls of history used for the output estimate.
const HISTORY: i64 = 50;

/// What to estimate for.
pub struct Request<'a> {
    pub session: Option<&'a str>,
    /// Peer ids of the person (when estimating by `--user`).
    pub users: &'a [String],
    pub text: &'a str,
    /// `--model` as (provider, model).
    pub model: Option<(Option<String>, String)>,
    /// The model to assume when neither `--model` nor history names one.
    pub default_model: Option<(Option<String>, String)>,
}

/// The estimate.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Estimate {
    pub session_key: Option<String>,
    pub session_id: Option<String>,
    pub agent_id: Option<String>,
    pub user_id: Option<String>,
    pub provider: Option<String>,
    pub model: String,
    /// Tokens already in the conversation (last input incl. cache, plus last output).
    pub context_tokens: i64,
    /// Tokens of the new text.
    pub new_tokens: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cost_usd: f64,
    pub price_source: String,
    pub tokenizer: &'static str,
    /// `session history`, `person's history` or `model defaults`.
    pub basis: String,
    pub notes: Vec<String>,
}

struct Last {
    session_key: Option<String>,
    session_id: Option<String>,
    agent_id: Option<String>,
    user_id: Option<String>,
    provider: Option<String>,
    model: Option<String>,
    input: i64,
    output: i64,
    cache_read: i64,
    cache_write: i64,
}

const LAST_COLS: &str = "session_key, session_id, agent_id, user_id, provider, model, \
    COALESCE(input_tokens, 0), COALESCE(output_tokens, 0), COALESCE(cache_read_tokens, 0), \
    COALESCE(cache_write_tokens, 0)";

fn last_from(r: &Row) -> Last {
    Last {
        session_key: r.string(0),
        session_id: r.string(1),
        agent_id: r.string(2),
        user_id: r.string(3),
        provider: r.string(4),
        model: r.string(5),
        input: r.i64(6),
        output: r.i64(7),
        cache_read: r.i64(8),
        cache_write: r.i64(9),
    }
}

fn last_call(store: &mut Store, req: &Request) -> Result<Option<Last>> {
    if let Some(s) = req.session {
        for col in ["session_key", "session_id"] {
            let sql = format!(
                "SELECT {LAST_COLS} FROM cost_attribution WHERE {col} = ? ORDER BY timestamp DESC, id DESC LIMIT 1"
            );
            if let Some(r) = store.query_one(&sql, &[s.into()])? {
                return Ok(Some(last_from(&r)));
            }
        }
        return Ok(None);
    }
    if req.users.is_empty() {
        return Ok(None);
    }
    let sql = format!(
        "SELECT {LAST_COLS} FROM cost_attribution WHERE user_id IN ({}) ORDER BY timestamp DESC, id DESC LIMIT 1",
        vec!["?"; req.users.len()].join(", ")
    );
    let params: Vec<SqlValue> = req.users.iter().map(|u| u.as_str().into()).collect();
    Ok(store.query_one(&sql, &params)?.map(|r| last_from(&r)))
}

/// Average output tokens of the last calls matching `cond`.
fn average_output(
    store: &mut Store,
    cond: &str,
    params: &[SqlValue],
) -> Result<Option<(i64, i64)>> {
    let sql = format!(
        "SELECT AVG(o), COUNT(*) FROM (SELECT COALESCE(output_tokens, 0) AS o FROM cost_attribution \
         WHERE {cond} ORDER BY timestamp DESC LIMIT {HISTORY}) recent"
    );
    let row = store.query_one(&sql, params)?;
    Ok(row
        .filter(|r| r.i64(1) > 0)
        .map(|r| (r.f64(0).ceil() as i64, r.i64(1))))
}

/// The smallest prompt recently seen (system prompt and tools plus a short message).
fn smallest_context(store: &mut Store, model: Option<&str>) -> Result<Option<i64>> {
    let (cond, params): (&str, Vec<SqlValue>) = match model {
        Some(m) => ("model = ?", vec![m.into()]),
        None => ("1 = 1", vec![]),
    };
    let sql = format!(
        "SELECT MIN(c), COUNT(*) FROM (SELECT COALESCE(input_tokens, 0) + COALESCE(cache_read_tokens, 0) \
         + COALESCE(cache_write_tokens, 0) AS c FROM cost_attribution WHERE {cond} \
         ORDER BY timestamp DESC LIMIT 1000) recent"
    );
    Ok(store
        .query_one(&sql, &params)?
        .filter(|r| r.i64(1) > 0)
        .map(|r| r.i64(0)))
}

/// Count tokens with OpenAI's BPE vocabularies (o200k_base; cl100k_base for GPT-4 and
/// GPT-3.5). Other vendors publish no tokenizer; o200k_base is the closest public one.
pub fn count_tokens(model: &str, text: &str) -> Result<(i64, &'static str)> {
    let m = model.to_lowercase();
    let old_openai =
        (m.starts_with("gpt-4") && !m.starts_with("gpt-4o") && !m.starts_with("gpt-4.1"))
            || m.starts_with("gpt-3.5");
    let (bpe, name) = if old_openai {
        (tiktoken_rs::cl100k_base()?, "cl100k_base")
    } else {
        (tiktoken_rs::o200k_base()?, "o200k_base")
    };
    Ok((bpe.encode_ordinary(text).len() as i64, name))
}

pub fn estimate(store: &mut Store, pricing: &Pricing, req: &Request) -> Result<Estimate> {
    let last = last_call(store, req)?;
    let (provider, model) = req
        .model
        .clone()
        .or_else(|| {
            last.as_ref()
                .and_then(|l| l.model.clone().map(|m| (l.provider.clone(), m)))
        })
        .or_else(|| req.default_model.clone())
        .ok_or_else(|| {
            user_err("no model to price: the session has no history and the bot config names no default model")
                .hint("pass --model provider/model")
        })?;
    let (price, source) = pricing.lookup(provider.as_deref(), &model).ok_or_else(|| {
        user_err(format!("no price known for model '{model}'")).hint(
            "add `cost` to models.providers.<p>.models[] in the bot config, or pass --pricing FILE",
        )
    })?;
    let (new_tokens, tokenizer) = count_tokens(&model, req.text)?;
    let mut notes = Vec::new();
    let (context, split, output, basis);
    match &last {
        Some(l) => {
            let prompt = l.input + l.cache_read + l.cache_write;
            context = prompt + l.output;
            split = if prompt > 0 {
                let p = prompt as f64;
                (
                    l.input as f64 / p,
                    l.cache_read as f64 / p,
                    l.cache_write as f64 / p,
                )
            } else {
                (1.0, 0.0, 0.0)
            };
            let (cond, param) = match (req.session, &l.session_id) {
                (Some(_), Some(id)) => ("session_id = ?", id.clone()),
                _ => ("user_id = ?", l.user_id.clone().unwrap_or_default()),
            };
            let (avg, n) = average_output(store, cond, &[param.into()])?.unwrap_or((l.output, 1));
            output = avg;
            basis = if req.session.is_some() {
                "session history".to_string()
            } else {
                "person's history".to_string()
            };
            notes.push(format!("output: average of the last {n} call(s)"));
        }
        None => {
            context = match smallest_context(store, Some(&model))? {
                Some(c) => c,
                None => smallest_context(store, None)?.unwrap_or(0),
            };
            split = (1.0, 0.0, 0.0);
            output = match average_output(store, "model = ?", &[model.as_str().into()])? {
                Some((avg, _)) => avg,
                None => DEFAULT_OUTPUT_TOKENS,
            };
            basis = "model defaults".to_string();
            notes.push(format!(
                "no history for this {}: context is the smallest prompt seen for the model ({context} tokens), output its average",
                if req.session.is_some() { "session" } else { "person" }
            ));
        }
    }
    let per = |p: f64, n: f64| p / 1_000_000.0 * n;
    let ctx = context as f64;
    let cost = per(price.input, ctx * split.0 + new_tokens as f64)
        + per(price.cache_read, ctx * split.1)
        + per(price.cache_write, ctx * split.2)
        + per(price.output, output as f64);
    let agent_id = last.as_ref().and_then(|l| l.agent_id.clone()).or_else(|| {
        req.session
            .and_then(|s| s.strip_prefix("agent:"))
            .and_then(|s| s.split(':').next())
            .map(String::from)
    });
    Ok(Estimate {
        session_key: last
            .as_ref()
            .and_then(|l| l.session_key.clone())
            .or_else(|| req.session.map(String::from)),
        session_id: last.as_ref().and_then(|l| l.session_id.clone()),
        agent_id,
        user_id: last
            .as_ref()
            .and_then(|l| l.user_id.clone())
            .or_else(|| req.users.first().cloned()),
        provider,
        model,
        context_tokens: context,
        new_tokens,
        input_tokens: context + new_tokens,
        output_tokens: output,
        cost_usd: cost,
        price_source: source.to_string(),
        tokenizer,
        basis,
        notes,
    })
}
