//! Minimal RFC 4180 CSV writer for tables (quotes fields that need it).

use super::Table;
use serde_json::Value;
use std::io::Write;

pub fn write(t: &Table, w: &mut dyn Write) -> std::io::Result<()> {
    let header: Vec<String> = t.columns.iter().map(|c| quote(c)).collect();
    writeln!(w, "{}", header.join(","))?;
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|v| quote(&plain(v))).collect();
        writeln!(w, "{}", cells.join(","))?;
    }
    Ok(())
}

/// One record (for streamed rows).
pub fn write_row(w: &mut dyn Write, cells: impl IntoIterator<Item = Value>) -> std::io::Result<()> {
    let cells: Vec<String> = cells.into_iter().map(|v| quote(&plain(&v))).collect();
    writeln!(w, "{}", cells.join(","))
}

fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
