//! The Prometheus text exposition format (version 0.0.4): metric families with HELP and TYPE
//! lines, escaped label values, histograms as cumulative `_bucket` / `_sum` / `_count`, and no
//! client-side timestamps. Also a row view of the same samples for `--format json|csv|table`.

use crate::output::Table;
use serde_json::{json, Map, Value};
use std::fmt::Write;

/// The content type Prometheus expects for this format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Counter,
    Gauge,
    Histogram,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
            Kind::Histogram => "histogram",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sample {
    /// `""`, `_bucket`, `_sum` or `_count`.
    pub suffix: &'static str,
    pub labels: Vec<(String, String)>,
    pub value: f64,
}

#[derive(Debug, Clone)]
pub struct Family {
    pub name: String,
    pub help: String,
    pub kind: Kind,
    pub samples: Vec<Sample>,
}

impl Family {
    /// Add a sample with these labels.
    pub fn sample(&mut self, labels: &[(&str, &str)], value: f64) {
        self.samples.push(Sample {
            suffix: "",
            labels: own(labels),
            value,
        });
    }

    /// Add one histogram series: `buckets` are (upper bound, count in that bucket alone);
    /// they are written cumulatively with a final `+Inf`.
    pub fn histogram(
        &mut self,
        labels: &[(&str, &str)],
        buckets: &[(f64, u64)],
        sum: f64,
        count: u64,
    ) {
        let mut cumulative = 0;
        for (le, n) in buckets {
            cumulative += n;
            let mut l = own(labels);
            l.push(("le".into(), format_value(*le)));
            self.samples.push(Sample {
                suffix: "_bucket",
                labels: l,
                value: cumulative as f64,
            });
        }
        let mut l = own(labels);
        l.push(("le".into(), "+Inf".into()));
        self.samples.push(Sample {
            suffix: "_bucket",
            labels: l,
            value: count as f64,
        });
        self.samples.push(Sample {
            suffix: "_sum",
            labels: own(labels),
            value: sum,
        });
        self.samples.push(Sample {
            suffix: "_count",
            labels: own(labels),
            value: count as f64,
        });
    }
}

fn own(labels: &[(&str, &str)]) -> Vec<(String, String)> {
    labels
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A set of metric families in output order.
#[derive(Debug, Clone, Default)]
pub struct Exposition {
    pub families: Vec<Family>,
}

impl Exposition {
    /// Start a family (names must be unique in one exposition).
    pub fn family(&mut self, name: &str, help: &str, kind: Kind) -> &mut Family {
        self.families.push(Family {
            name: name.to_string(),
            help: help.to_string(),
            kind,
            samples: Vec::new(),
        });
        self.families.last_mut().expect("just pushed")
    }

    /// Append another exposition's families.
    pub fn extend(&mut self, other: Exposition) {
        self.families.extend(other.families);
    }

    /// The text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for f in &self.families {
            let _ = writeln!(out, "# HELP {} {}", f.name, escape_help(&f.help));
            let _ = writeln!(out, "# TYPE {} {}", f.name, f.kind.as_str());
            for s in &f.samples {
                out.push_str(&f.name);
                out.push_str(s.suffix);
                if !s.labels.is_empty() {
                    out.push('{');
                    for (i, (k, v)) in s.labels.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        let _ = write!(out, "{k}=\"{}\"", escape_label(v));
                    }
                    out.push('}');
                }
                let _ = writeln!(out, " {}", format_value(s.value));
            }
        }
        out
    }

    /// One row per sample: metric, labels (an object), value.
    pub fn table(&self) -> Table {
        let mut t = Table::new(["metric", "labels", "value"]);
        for f in &self.families {
            for s in &f.samples {
                let labels: Map<String, Value> = s
                    .labels
                    .iter()
                    .map(|(k, v)| (k.clone(), json!(v)))
                    .collect();
                let value = if s.value.fract() == 0.0 && s.value.abs() < 9e15 {
                    json!(s.value as i64)
                } else if s.value.is_finite() {
                    json!(s.value)
                } else {
                    json!(format_value(s.value))
                };
                t.push(vec![
                    json!(format!("{}{}", f.name, s.suffix)),
                    Value::Object(labels),
                    value,
                ]);
            }
        }
        t
    }
}

/// Integers without a decimal point, `+Inf`/`-Inf`/`NaN` as Prometheus spells them.
pub fn format_value(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn escape_help(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_escaped_labels_and_cumulative_buckets() {
        let mut e = Exposition::default();
        e.family("x_total", "A \"counter\"\nwith two lines", Kind::Counter)
            .sample(&[("model", "a\"b\\c\nd")], 3.0);
        e.family("d_seconds", "Durations.", Kind::Histogram)
            .histogram(&[("model", "m")], &[(0.1, 2), (0.5, 1)], 0.9, 4);
        let text = e.render();
        assert!(text.contains("# HELP x_total A \"counter\"\\nwith two lines\n"));
        assert!(text.contains("x_total{model=\"a\\\"b\\\\c\\nd\"} 3\n"));
        assert!(text.contains("d_seconds_bucket{model=\"m\",le=\"0.1\"} 2\n"));
        assert!(text.contains("d_seconds_bucket{model=\"m\",le=\"0.5\"} 3\n"));
        assert!(text.contains("d_seconds_bucket{model=\"m\",le=\"+Inf\"} 4\n"));
        assert!(text.contains("d_seconds_sum{model=\"m\"} 0.9\n"));
        assert_eq!(format_value(f64::INFINITY), "+Inf");
        assert_eq!(format_value(2.5), "2.5");
    }
}
