//! The bot's `.env` file: `KEY=value` lines (optionally `export`, quoted, with comments), and
//! the marker comment `secrets migrate` leaves where a plaintext line was.

use regex::Regex;
use std::sync::LazyLock;

/// One assignment line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// 1-based line number.
    pub line: usize,
    pub var: String,
    pub value: String,
    /// Byte range of the whole line (without its newline) in the file text.
    pub start: usize,
    pub end: usize,
}

/// A marker left by `secrets migrate`: `var` is now the stored secret `name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub line: usize,
    pub var: String,
    pub name: String,
    pub start: usize,
    pub end: usize,
}

static ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$").expect("valid regex")
});
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^# clawctl: ([A-Za-z_][A-Za-z0-9_.-]*) is the stored secret ([a-z0-9-]+)\b")
        .expect("valid regex")
});

/// Lines of a text with their byte ranges (without the line break).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize, usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').enumerate().map(move |(i, raw)| {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        (i + 1, start, start + line.len(), line)
    })
}

/// Every `KEY=value` line.
pub fn assignments(text: &str) -> Vec<Assignment> {
    lines(text)
        .filter_map(|(n, start, end, line)| {
            let caps = ASSIGN.captures(line)?;
            Some(Assignment {
                line: n,
                var: caps[1].to_string(),
                value: unquote(caps[2].trim()),
                start,
                end,
            })
        })
        .collect()
}

/// Every marker comment.
pub fn markers(text: &str) -> Vec<Marker> {
    lines(text)
        .filter_map(|(n, start, end, line)| {
            let caps = MARKER.captures(line)?;
            Some(Marker {
                line: n,
                var: caps[1].to_string(),
                name: caps[2].to_string(),
                start,
                end,
            })
        })
        .collect()
}

/// The marker line that replaces `var=…`.
pub fn marker_line(var: &str, name: &str) -> String {
    format!("# clawctl: {var} is the stored secret {name} (set by `clawctl secrets run`; `clawctl secrets rollback` restores this line)")
}

/// The assignment line that restores `var`.
pub fn assignment_line(var: &str, value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/+=@,".contains(c));
    if plain {
        format!("{var}={value}")
    } else {
        let escaped = value
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n");
        format!("{var}=\"{escaped}\"")
    }
}

fn unquote(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => break,
                },
                c => out.push(c),
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'') {
        return inner.split('\'').next().unwrap_or("").to_string();
    }
    match raw.find(" #") {
        Some(i) => raw[..i].trim_end().to_string(),
        None => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_assignments_and_markers() {
        let text = "# c\nA=1\nexport B=\"x y\\\"z\"\nC='q' \nD=v # note\n\n";
        let a = assignments(text);
        let pairs: Vec<(&str, &str)> = a
            .iter()
            .map(|x| (x.var.as_str(), x.value.as_str()))
            .collect();
        assert_eq!(pairs, [("A", "1"), ("B", "x y\"z"), ("C", "q"), ("D", "v")]);
        assert_eq!(&text[a[0].start..a[0].end], "A=1");
        let marked = text.replace("A=1", &marker_line("A", "env-a"));
        let m = markers(&marked);
        assert_eq!(
            (m[0].var.as_str(), m[0].name.as_str(), m[0].line),
            ("A", "env-a", 2)
        );
        assert!(assignments(&marked).iter().all(|x| x.var != "A"));
    }

    #[test]
    fn restored_lines_parse_back() {
        for v in ["plain-token_1", "with space", "quote\"and\\slash", ""] {
            let line = assignment_line("K", v);
            assert_eq!(assignments(&line)[0].value, v, "{line}");
        }
    }
}
