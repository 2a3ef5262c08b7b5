//! `clawctl metrics` and `metrics serve` on an ops database filled directly: every family
//! parsed with a Prometheus text-format parser, `/metrics` and `/health` scraped by a real HTTP
//! client; and `metrics serve` following the bot's transcripts with its background sync.

mod common;
mod health_support;

use common::*;
use health_support::{closed_port, gateway, tidy_env, CALM, READY};
use prometheus_parse::{Sample, Scrape, Value as PValue};
use rusqlite::params;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};

const OPUS: &str = "anthropic/claude-opus-4-5";
const MINI: &str = "openai/gpt-5-mini";

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// Messages, calls and budgets with known totals.
fn seed(env: &Env) -> rusqlite::Connection {
    env.run(&["db", "migrate"]).ok();
    let conn = rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    let now = now_ms();
    let msg = "INSERT INTO messages (timestamp, channel, role) VALUES (?1, ?2, ?3)";
    for (channel, role, n) in [
        (Some("telegram"), "user", 3),
        (Some("telegram"), "assistant", 2),
        (Some("discord"), "user", 1),
        (None, "user", 1),
        (Some("telegram"), "toolResult", 2),
    ] {
        for _ in 0..n {
            conn.execute(msg, params![now, channel, role]).unwrap();
        }
    }
    let call =
        "INSERT INTO cost_attribution (timestamp, provider, model, input_tokens, output_tokens,
                cache_read_tokens, cache_write_tokens, cost, duration_ms, user_id)
                VALUES (?1, ?2, ?3, 100, 10, 5, 1, ?4, ?5, ?6)";
    let day = 86_400_000;
    for (provider, model, cost, duration, user, at) in [
        (
            "anthropic",
            "claude-opus-4-5",
            0.1,
            Some(50),
            Some("telegram:111111111"),
            now,
        ),
        (
            "anthropic",
            "claude-opus-4-5",
            0.2,
            Some(300),
            Some("discord:222222222222"),
            now,
        ),
        ("anthropic", "claude-opus-4-5", 0.3, Some(1500), None, now),
        (
            "anthropic",
            "claude-opus-4-5",
            0.4,
            None,
            Some("telegram:111111111"),
            now - 40 * day,
        ),
        (
            "openai",
            "openai/gpt-5-mini",
            0.05,
            Some(12_000),
            Some("telegram:333333333"),
            now,
        ),
    ] {
        conn.execute(call, params![at, provider, model, cost, duration, user])
            .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO users (user_id, canonical_id) VALUES ('telegram:111111111', 'alice'), ('discord:222222222222', 'alice');
         INSERT INTO budgets (scope, scope_id, period, limit_usd, created_at, updated_at) VALUES
           ('global', '', 'monthly', 10, 0, 0), ('user', 'alice', 'daily', 0.5, 0, 0);",
    )
    .unwrap();
    conn
}

fn parse(text: &str) -> Scrape {
    Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).expect("valid exposition")
}

fn find<'a>(s: &'a Scrape, metric: &str, labels: &[(&str, &str)]) -> &'a Sample {
    s.samples
        .iter()
        .find(|x| x.metric == metric && labels.iter().all(|(k, v)| x.labels.get(k) == Some(*v)))
        .unwrap_or_else(|| panic!("no {metric} {labels:?}"))
}

fn number(s: &Scrape, metric: &str, labels: &[(&str, &str)]) -> f64 {
    match find(s, metric, labels).value {
        PValue::Counter(v) | PValue::Gauge(v) | PValue::Untyped(v) => v,
        ref other => panic!("{metric} is {other:?}"),
    }
}

fn buckets(s: &Scrape, model: &str) -> Vec<(f64, f64)> {
    match &find(s, "clawdbot_ai_call_duration_seconds", &[("model", model)]).value {
        PValue::Histogram(h) => h.iter().map(|b| (b.less_than, b.count)).collect(),
        other => panic!("not a histogram: {other:?}"),
    }
}

fn check_totals(s: &Scrape, received_telegram: f64) {
    let m = "clawdbot_messages_total";
    assert!(matches!(find(s, m, &[]).value, PValue::Counter(_)));
    assert_eq!(
        number(s, m, &[("platform", "telegram"), ("status", "received")]),
        received_telegram
    );
    assert_eq!(
        number(s, m, &[("platform", "telegram"), ("status", "sent")]),
        2.0
    );
    assert_eq!(
        number(s, m, &[("platform", "discord"), ("status", "received")]),
        1.0
    );
    assert_eq!(
        number(s, m, &[("platform", "unknown"), ("status", "received")]),
        1.0
    );
    assert_eq!(
        s.samples.iter().filter(|x| x.metric == m).count(),
        4,
        "tool results are not messages"
    );
    assert_eq!(
        number(s, "clawdbot_ai_calls_total", &[("model", OPUS)]),
        4.0
    );
    assert_eq!(
        number(s, "clawdbot_ai_calls_total", &[("model", MINI)]),
        1.0
    );
    let inf = f64::INFINITY;
    assert_eq!(
        buckets(s, OPUS),
        [
            (0.1, 1.0),
            (0.5, 2.0),
            (1.0, 2.0),
            (2.0, 3.0),
            (5.0, 3.0),
            (10.0, 3.0),
            (inf, 3.0)
        ]
    );
    assert_eq!(buckets(s, MINI).last(), Some(&(inf, 1.0)));
    assert_eq!(buckets(s, MINI)[5], (10.0, 0.0));
    let sum = number(
        s,
        "clawdbot_ai_call_duration_seconds_sum",
        &[("model", OPUS)],
    );
    assert!((sum - 1.85).abs() < 1e-9, "{sum}");
    assert_eq!(
        number(
            s,
            "clawdbot_ai_call_duration_seconds_count",
            &[("model", OPUS)]
        ),
        3.0
    );
    let cost = number(s, "clawdbot_cost_usd", &[("model", OPUS)]);
    assert!((cost - 1.0).abs() < 1e-9, "{cost}");
    let tokens = |t| number(s, "clawdbot_tokens_total", &[("model", OPUS), ("type", t)]);
    assert_eq!(
        [
            tokens("input"),
            tokens("output"),
            tokens("cache_read"),
            tokens("cache_write")
        ],
        [400.0, 40.0, 20.0, 4.0]
    );
}

fn check_budgets(s: &Scrape) {
    let global = [("scope", "global"), ("scope_id", ""), ("period", "monthly")];
    assert_eq!(number(s, "clawdbot_budget_limit_usd", &global), 10.0);
    let spent = number(s, "clawdbot_budget_spent_usd", &global);
    assert!(
        (spent - 0.65).abs() < 1e-9,
        "the 40-day-old call is outside this month: {spent}"
    );
    let alice = [
        ("scope", "user"),
        ("scope_id", "alice"),
        ("period", "daily"),
    ];
    let spent = number(s, "clawdbot_budget_spent_usd", &alice);
    assert!(
        (spent - 0.3).abs() < 1e-9,
        "both of alice's linked ids count today: {spent}"
    );
    let ratio = number(s, "clawdbot_budget_usage_ratio", &alice);
    assert!((ratio - 0.6).abs() < 1e-9);
}

#[test]
fn metrics_from_the_ops_database_parse_as_prometheus_text() {
    let env = Env::example().env("CLAWCTL_TZ", "UTC");
    seed(&env);
    let r = env.run(&["metrics", "--no-sync"]);
    r.ok();
    let s = parse(&r.stdout);
    check_totals(&s, 3.0);
    check_budgets(&s);
    for line in r.stdout.lines().filter(|l| !l.starts_with('#')) {
        assert_eq!(line.split(' ').count(), 2, "no timestamps: {line}");
    }

    let rows = env.run(&["metrics", "--no-sync", "--json"]).json();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["metric"] == "clawdbot_messages_total" && r["labels"]["platform"] == "discord")
        .unwrap();
    assert_eq!(
        row["labels"],
        serde_json::json!({"platform": "discord", "status": "received"})
    );
    assert_eq!(row["value"], 1);
}

#[test]
fn an_empty_database_still_describes_every_family() {
    let env = Env::example();
    let r = env.run(&["metrics", "--no-sync"]);
    r.ok();
    for family in [
        "clawdbot_messages_total counter",
        "clawdbot_ai_call_duration_seconds histogram",
        "clawdbot_cost_usd counter",
        "clawdbot_tokens_total counter",
        "clawdbot_budget_usage_ratio gauge",
    ] {
        assert!(r.stdout.contains(&format!("# TYPE {family}\n")), "{family}");
    }
    assert!(parse(&r.stdout).samples.is_empty());
    env.run(&["metrics", "--tz", "Mars/Olympus"])
        .fails(2)
        .stderr_has("unknown time zone");
}

/// `metrics serve` on a free port; returns the child and its address.
fn serve(env: &Env, gateway_url: &str) -> (Child, String) {
    serve_with(env, gateway_url, &["--no-sync"])
}

fn serve_with(env: &Env, gateway_url: &str, extra: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_clawctl"))
        .env("HOME", env.dir.path())
        .env("CLAWCTL_TZ", "UTC")
        .args(["--state-dir", env.state.to_str().unwrap()])
        .args([
            "metrics",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--gateway-url",
            gateway_url,
        ])
        .args(extra)
        .args(CALM)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    (child, addr)
}

fn get(method: reqwest::Method, url: &str) -> (u16, String, String) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let resp = reqwest::Client::new()
            .request(method, url)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let ctype = resp
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, ctype, resp.text().await.unwrap())
    })
}

#[test]
fn serve_answers_scrapes_incrementally_and_health_checks() {
    let env = tidy_env();
    let conn = seed(&env);
    let gw = gateway(200, READY);
    let (mut child, addr) = serve(&env, &gw.url());
    let (status, ctype, body) = get(reqwest::Method::GET, &format!("http://{addr}/metrics"));
    assert_eq!(status, 200);
    assert_eq!(ctype, "text/plain; version=0.0.4; charset=utf-8");
    let s = parse(&body);
    check_totals(&s, 3.0);
    check_budgets(&s);
    assert_eq!(number(&s, "clawdbot_health_status", &[]), 0.0);
    assert_eq!(number(&s, "clawdbot_gateway_up", &[]), 1.0);

    // New rows are counted on the next scrape; deleted rows stay counted (counters never drop).
    let now = now_ms();
    for _ in 0..2 {
        conn.execute(
            "INSERT INTO messages (timestamp, channel, role) VALUES (?1, 'telegram', 'user')",
            params![now],
        )
        .unwrap();
    }
    conn.execute("DELETE FROM messages WHERE channel = 'discord'", [])
        .unwrap();
    let (_, _, body) = get(reqwest::Method::GET, &format!("http://{addr}/metrics"));
    check_totals(&parse(&body), 5.0);

    let (status, ctype, body) = get(reqwest::Method::GET, &format!("http://{addr}/health"));
    assert_eq!((status, ctype.as_str()), (200, "application/json"));
    let served: serde_json::Value = serde_json::from_str(&body).unwrap();
    let mut args = vec!["health", "--json", "--gateway-url"];
    let url = gw.url();
    args.push(&url);
    args.extend(CALM);
    let cli = env.run(&args).json();
    assert_eq!(served["status"], "healthy");
    let keys = |v: &serde_json::Value| {
        v["checks"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&served),
        keys(&cli),
        "/health is `health --format json`"
    );

    assert_eq!(
        get(reqwest::Method::GET, &format!("http://{addr}/nope")).0,
        404
    );
    assert_eq!(
        get(reqwest::Method::POST, &format!("http://{addr}/metrics")).0,
        405
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn serve_health_is_503_when_unhealthy_and_a_busy_port_is_an_error() {
    let env = tidy_env();
    let (mut child, addr) = serve(&env, &format!("http://127.0.0.1:{}", closed_port()));
    let (status, _, body) = get(reqwest::Method::GET, &format!("http://{addr}/health"));
    assert_eq!(status, 503);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["status"], "unhealthy");
    assert_eq!(v["checks"]["gateway"]["status"], "critical");
    let (status, _, body) = get(reqwest::Method::GET, &format!("http://{addr}/metrics"));
    assert_eq!(status, 200);
    assert_eq!(number(&parse(&body), "clawdbot_health_status", &[]), 2.0);

    env.run(&["metrics", "serve", "--listen", &addr])
        .fails(1)
        .stderr_has(&format!("cannot listen on {addr}"));
    child.kill().unwrap();
    child.wait().unwrap();
}

/// The server syncs by itself: what the bot appends shows up in `/metrics` within the interval.
#[test]
fn serve_syncs_new_transcript_entries_in_the_background() {
    let env = Env::example();
    let gw = gateway(200, READY);
    let (mut child, addr) = serve_with(&env, &gw.url(), &["--sync-interval", "300ms"]);
    let calls = |body: &str| -> f64 {
        parse(body)
            .samples
            .iter()
            .filter(|s| s.metric == "clawdbot_ai_calls_total")
            .map(|s| match s.value {
                PValue::Counter(v) | PValue::Untyped(v) | PValue::Gauge(v) => v,
                _ => 0.0,
            })
            .sum()
    };
    let url = format!("http://{addr}/metrics");
    let before = calls(&get(reqwest::Method::GET, &url).2);
    assert!(before > 0.0, "the first sync ran before serving");
    let t = env
        .state
        .join("agents/main/sessions/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl");
    let mut text = std::fs::read_to_string(&t).unwrap();
    text.push_str(&format!(
        "{}\n",
        serde_json::json!({"type":"message","id":"bg-sync-1","timestamp":"2026-11-21T10:00:00.000Z",
            "message":{"role":"assistant","content":[{"type":"text","text":"ok"}],"provider":"anthropic",
            "model":"claude-opus-4-5","usage":{"input":10,"output":5,"cacheRead":0,"cacheWrite":0,"totalTokens":15,
            "cost":{"input":0.0,"output":0.0,"cacheRead":0.0,"cacheWrite":0.0,"total":0.001}},
            "stopReason":"stop","timestamp":1_795_255_200_000_i64}})
    ));
    std::fs::write(&t, text).unwrap();
    let mut after = before;
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(200));
        after = calls(&get(reqwest::Method::GET, &url).2);
        if after > before {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        after,
        before + 1.0,
        "one new call, synced without a restart"
    );
}
