//! Rows printed as they are produced, for results too large to hold (`audit query` over
//! millions of events) or that never end (`audit tail -f`). JSON Lines and CSV stream row by
//! row; JSON streams one array; the table format collects a table, or prints one line per row
//! when following.

use super::table::human_cell;
use super::{csv, Format, Style, Table};
use anyhow::Result;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::io::{BufWriter, Write};

/// Receives the rows of a stream, one at a time, in column order.
pub type Sink<'a> = dyn FnMut(Vec<Value>) -> Result<()> + 'a;

type Producer = Box<dyn FnOnce(&mut Sink<'_>) -> Result<()>>;

/// How a stream reads in table format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Human {
    /// One table of all rows.
    Table,
    /// One line per row as it arrives, without these columns.
    Lines { skip: Vec<String> },
}

/// Rows from a producer that runs while the output is printed.
pub struct Stream {
    pub title: Option<String>,
    pub columns: Vec<String>,
    pub human: Human,
    /// Flush after every row and print JSON as JSON Lines (the stream may never end).
    pub follow: bool,
    producer: RefCell<Option<Producer>>,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("columns", &self.columns)
            .field("human", &self.human)
            .field("follow", &self.follow)
            .finish_non_exhaustive()
    }
}

impl Stream {
    pub fn new<S: Into<String>>(
        columns: impl IntoIterator<Item = S>,
        human: Human,
        follow: bool,
        producer: impl FnOnce(&mut Sink<'_>) -> Result<()> + 'static,
    ) -> Stream {
        Stream {
            title: None,
            columns: columns.into_iter().map(Into::into).collect(),
            human,
            follow,
            producer: RefCell::new(Some(Box::new(producer))),
        }
    }

    fn object(&self, row: Vec<Value>) -> Value {
        let mut m = Map::new();
        for (c, v) in self.columns.iter().zip(row) {
            m.insert(c.clone(), v);
        }
        Value::Object(m)
    }

    /// Run the producer, printing rows as they come. A second call prints nothing.
    pub fn render(&self, style: &Style, out: &mut dyn Write) -> Result<()> {
        let Some(producer) = self.producer.borrow_mut().take() else {
            return Ok(());
        };
        let mut w = BufWriter::new(out);
        let follow = self.follow;
        match (style.format, &self.human) {
            (Format::Table, Human::Table) => {
                let mut table = Table::new(self.columns.clone());
                table.title = self.title.clone();
                producer(&mut |row| {
                    table.push(row);
                    Ok(())
                })?;
                table.write_human(&mut w, style.color)?;
            }
            (Format::Table, Human::Lines { skip }) => {
                let keep: Vec<bool> = self.columns.iter().map(|c| !skip.contains(c)).collect();
                producer(&mut |row| {
                    let cells: Vec<String> = row
                        .iter()
                        .zip(&keep)
                        .filter(|(_, k)| **k)
                        .map(|(v, _)| human_cell(v))
                        .collect();
                    writeln!(w, "{}", cells.join("  "))?;
                    if follow {
                        w.flush()?;
                    }
                    Ok(())
                })?;
            }
            (Format::Json, _) if !follow => {
                let mut first = true;
                w.write_all(b"[")?;
                producer(&mut |row| {
                    let text = serde_json::to_string_pretty(&self.object(row))?;
                    w.write_all(if first { b"\n  " } else { b",\n  " })?;
                    w.write_all(text.replace('\n', "\n  ").as_bytes())?;
                    first = false;
                    Ok(())
                })?;
                w.write_all(if first { b"]\n" } else { b"\n]\n" })?;
            }
            (Format::Json | Format::Jsonl, _) => {
                producer(&mut |row| {
                    serde_json::to_writer(&mut w, &self.object(row))?;
                    w.write_all(b"\n")?;
                    if follow {
                        w.flush()?;
                    }
                    Ok(())
                })?;
            }
            (Format::Csv, _) => {
                csv::write_row(&mut w, self.columns.iter().map(|c| Value::from(c.as_str())))?;
                producer(&mut |row| {
                    csv::write_row(&mut w, row)?;
                    if follow {
                        w.flush()?;
                    }
                    Ok(())
                })?;
            }
            (Format::Prometheus | Format::Zip, _) => {
                return Err(super::format_unsupported(style.format))
            }
        }
        w.flush()?;
        Ok(())
    }
}
