//! A table of JSON cells: rendered with comfy-table for people, as objects for machines.

use comfy_table::{presets, Attribute, Cell, CellAlignment, ContentArrangement};
use serde_json::{Map, Value};
use std::io::Write;

#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Printed above the table in human output.
    pub title: Option<String>,
    /// Column names; also the JSON keys.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn new<S: Into<String>>(columns: impl IntoIterator<Item = S>) -> Table {
        Table {
            title: None,
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn titled(mut self, title: impl Into<String>) -> Table {
        self.title = Some(title.into());
        self
    }

    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    /// A two-column key/value table (for documents).
    pub fn key_values(title: &str, pairs: Vec<(&str, Value)>) -> Table {
        let mut t = Table::new(["field", "value"]).titled(title);
        for (k, v) in pairs {
            t.push(vec![Value::from(k), v]);
        }
        t
    }

    /// Rows as JSON objects keyed by column name.
    pub fn objects(&self) -> Vec<Value> {
        self.rows
            .iter()
            .map(|row| {
                let mut m = Map::new();
                for (c, v) in self.columns.iter().zip(row) {
                    m.insert(c.clone(), v.clone());
                }
                Value::Object(m)
            })
            .collect()
    }

    pub fn write_human(&self, w: &mut dyn Write, color: bool) -> std::io::Result<()> {
        if let Some(title) = &self.title {
            writeln!(w, "{title}")?;
        }
        if self.rows.is_empty() {
            return writeln!(w, "(none)");
        }
        let mut t = comfy_table::Table::new();
        t.load_style(presets::UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if color {
            t.enforce_styling();
        }
        t.set_header(self.columns.iter().map(|c| {
            let cell = Cell::new(c);
            if color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        for row in &self.rows {
            t.add_row(row.iter().map(|v| {
                let cell = Cell::new(human_cell(v));
                if v.is_number() {
                    cell.set_alignment(CellAlignment::Right)
                } else {
                    cell
                }
            }));
        }
        writeln!(w, "{t}")
    }
}

/// How a JSON cell reads in a table.
pub fn human_cell(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if !n.is_i64() && !n.is_u64() => format_float(f),
            _ => n.to_string(),
        },
        Value::Array(items) => items.iter().map(human_cell).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

fn format_float(f: f64) -> String {
    if f != 0.0 && f.abs() < 0.01 {
        format!("{f:.6}")
    } else {
        format!("{f:.2}")
    }
}
