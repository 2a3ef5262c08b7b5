//! One renderer for every command: commands return an [`Output`] (data), this module prints
//! it as a table, JSON, JSON Lines or CSV. Commands never print results themselves.

mod csv;
mod stream;
mod table;

pub use stream::{Human, Sink, Stream};
pub use table::Table;

use anyhow::Result;
use serde_json::Value;
use std::io::{IsTerminal, Write};

/// Output formats selectable with `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable table fitted to the terminal width.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line (streams well into log shippers).
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Prometheus text exposition (health and metrics only).
    Prometheus,
    /// A zip archive (user export only, its default).
    Zip,
}

/// `--color` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command produced.
#[derive(Debug)]
pub enum Output {
    /// Nothing to print (e.g. a command that only acted, with `--quiet`).
    None,
    /// Rows: JSON is an array of objects keyed by column name.
    Table(Table),
    /// A structured document; `human` is how it reads in table format, and the first table
    /// is what CSV prints.
    Doc { json: Value, human: Vec<Table> },
    /// Pre-rendered text printed as is in any format (Prometheus exposition, Nagios lines).
    Text(String),
    /// Rows printed while they are produced (large or endless results).
    Stream(Stream),
    /// An output followed by a non-zero exit code (a check that found problems).
    WithExit(Box<Output>, i32),
}

impl Output {
    /// The exit code this output asks for.
    pub fn exit_code(&self) -> i32 {
        match self {
            Output::WithExit(_, code) => *code,
            _ => crate::error::exit::OK,
        }
    }
}

/// How to print: resolved from the global options.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    pub quiet: bool,
}

impl Style {
    pub fn new(format: Format, choice: ColorChoice, quiet: bool) -> Style {
        Style {
            format,
            color: color_enabled(choice),
            quiet,
        }
    }
}

/// Colour on a terminal unless `NO_COLOR` is set; `--color always|never` overrides.
pub fn color_enabled(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Print an output to `w` in the chosen style.
pub fn render(out: &Output, style: &Style, w: &mut dyn Write) -> Result<()> {
    if style.quiet && style.format == Format::Table {
        return Ok(());
    }
    match out {
        Output::None => {}
        Output::WithExit(inner, _) => return render(inner, style, w),
        Output::Text(text) => w.write_all(text.as_bytes())?,
        Output::Stream(s) => s.render(style, w)?,
        Output::Table(t) => match style.format {
            Format::Table => t.write_human(w, style.color)?,
            Format::Json => {
                serde_json::to_writer_pretty(&mut *w, &Value::Array(t.objects()))?;
                writeln!(w)?;
            }
            Format::Jsonl => {
                for obj in t.objects() {
                    serde_json::to_writer(&mut *w, &obj)?;
                    writeln!(w)?;
                }
            }
            Format::Csv => csv::write(t, w)?,
            Format::Prometheus | Format::Zip => return Err(format_unsupported(style.format)),
        },
        Output::Doc { json, human } => match style.format {
            Format::Table => {
                for (i, t) in human.iter().enumerate() {
                    if i > 0 {
                        writeln!(w)?;
                    }
                    t.write_human(w, style.color)?;
                }
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut *w, json)?;
                writeln!(w)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut *w, json)?;
                writeln!(w)?;
            }
            Format::Csv => {
                if let Some(t) = human.first() {
                    csv::write(t, w)?;
                }
            }
            Format::Prometheus | Format::Zip => return Err(format_unsupported(style.format)),
        },
    }
    w.flush()?;
    Ok(())
}

fn format_unsupported(format: Format) -> anyhow::Error {
    let what = match format {
        Format::Zip => "--format zip is only available for `user export`",
        _ => "--format prometheus is only available for `health` and `metrics`",
    };
    crate::error::user_err(what)
        .hint("use --format table, json, jsonl or csv")
        .code(crate::error::exit::USAGE)
        .into()
}
