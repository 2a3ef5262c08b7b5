//! A JSON5 parser that keeps byte spans.
//!
//! The bot's config is hand-written JSON5 (comments, unquoted keys, trailing commas). clawctl
//! needs two things no serde-only parser gives: errors with `file:line:col`, and the exact byte
//! range of every value, so `secrets migrate` can replace one value in the text and leave the
//! operator's comments and formatting untouched.

use serde_json::{Map, Number, Value};
use std::fmt;

/// A parsed value with the byte range it occupies in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Number(Value),
    String(String),
    Array(Vec<Node>),
    /// Members in source order: (key, key span start, value).
    Object(Vec<(String, usize, Node)>),
}

/// A syntax error at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Parse a whole JSON5 document.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        src: text.as_bytes(),
        text,
        pos: 0,
        depth: 0,
    };
    p.skip_ws()?;
    let node = p.value()?;
    p.skip_ws()?;
    if p.pos < p.src.len() {
        return Err(p.err("unexpected content after the end of the document"));
    }
    Ok(node)
}

impl Node {
    /// Plain JSON value (what the bot sees, before `${VAR}` substitution).
    pub fn to_value(&self) -> Value {
        match &self.kind {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => n.clone(),
            Kind::String(s) => Value::String(s.clone()),
            Kind::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Kind::Object(members) => {
                let mut m = Map::new();
                for (k, _, v) in members {
                    m.insert(k.clone(), v.to_value());
                }
                Value::Object(m)
            }
        }
    }

    /// The member `key` of an object node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Object(members) => members
                .iter()
                .rev()
                .find(|(k, _, _)| k == key)
                .map(|(_, _, v)| v),
            _ => None,
        }
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

const MAX_DEPTH: usize = 256;

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, message: impl Into<String>) -> SyntaxError {
        let (line, col) = line_col(self.text, self.pos);
        SyntaxError {
            line,
            col,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) -> Result<(), SyntaxError> {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => self.pos += 1,
                b'/' if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                b'/' if self.src.get(self.pos + 1) == Some(&b'*') => {
                    let start = self.pos;
                    self.pos += 2;
                    loop {
                        match self.peek() {
                            None => {
                                self.pos = start;
                                return Err(self.err("unterminated /* comment"));
                            }
                            Some(b'*') if self.src.get(self.pos + 1) == Some(&b'/') => {
                                self.pos += 2;
                                break;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                }
                0xc2 if self.src.get(self.pos + 1) == Some(&0xa0) => self.pos += 2,
                0xef if self.src[self.pos..].starts_with("\u{feff}".as_bytes()) => self.pos += 3,
                _ => break,
            }
        }
        Ok(())
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        let kind = match self.peek() {
            None => return Err(self.err("unexpected end of file, expected a value")),
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"' | b'\'') => Kind::String(self.string()?),
            Some(c) if c == b'-' || c == b'+' || c == b'.' || c.is_ascii_digit() => {
                self.number()?
            }
            Some(_) => {
                let word = self.identifier();
                match word.as_str() {
                    "null" => Kind::Null,
                    "true" => Kind::Bool(true),
                    "false" => Kind::Bool(false),
                    "Infinity" | "NaN" => Kind::Number(Value::Null),
                    "" => {
                        return Err(
                            self.err(format!("unexpected character {}", self.describe_here()))
                        )
                    }
                    w => {
                        self.pos = start;
                        return Err(self.err(format!("unexpected word `{w}`, expected a value")));
                    }
                }
            }
        };
        Ok(Node {
            kind,
            start,
            end: self.pos,
        })
    }

    fn describe_here(&self) -> String {
        match self.text[self.pos..].chars().next() {
            Some(c) if c.is_control() => format!("U+{:04X}", c as u32),
            Some(c) => format!("`{c}`"),
            None => "end of file".into(),
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("nesting too deep"));
        }
        self.pos += 1;
        Ok(())
    }

    fn object(&mut self) -> Result<Kind, SyntaxError> {
        self.enter()?;
        let mut members = Vec::new();
        loop {
            self.skip_ws()?;
            match self.peek() {
                Some(b'}') => break,
                None => return Err(self.err("unterminated object, expected `}`")),
                _ => {}
            }
            let key_start = self.pos;
            let key = match self.peek() {
                Some(b'"' | b'\'') => self.string()?,
                _ => {
                    let id = self.identifier();
                    if id.is_empty() {
                        return Err(
                            self.err(format!("expected a key, found {}", self.describe_here()))
                        );
                    }
                    id
                }
            };
            self.skip_ws()?;
            if self.peek() != Some(b':') {
                return Err(self.err(format!("expected `:` after key `{key}`")));
            }
            self.pos += 1;
            self.skip_ws()?;
            let value = self.value()?;
            members.push((key, key_start, value));
            self.skip_ws()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => break,
                _ => {
                    return Err(self.err(format!(
                        "expected `,` or `}}`, found {}",
                        self.describe_here()
                    )))
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Kind::Object(members))
    }

    fn array(&mut self) -> Result<Kind, SyntaxError> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            self.skip_ws()?;
            match self.peek() {
                Some(b']') => break,
                None => return Err(self.err("unterminated array, expected `]`")),
                _ => {}
            }
            items.push(self.value()?);
            self.skip_ws()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => break,
                _ => {
                    return Err(self.err(format!(
                        "expected `,` or `]`, found {}",
                        self.describe_here()
                    )))
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Kind::Array(items))
    }

    fn identifier(&mut self) -> String {
        let rest = &self.text[self.pos..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .map_or(rest.len(), |(i, _)| i);
        self.pos += len;
        rest[..len].to_string()
    }

    fn number(&mut self) -> Result<Kind, SyntaxError> {
        let start = self.pos;
        let rest = &self.text[self.pos..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-')))
            .map_or(rest.len(), |(i, _)| i);
        let raw = &rest[..len];
        self.pos += len;
        let (neg, body) = match raw.as_bytes().first() {
            Some(b'-') => (true, &raw[1..]),
            Some(b'+') => (false, &raw[1..]),
            _ => (false, raw),
        };
        let value = if body == "Infinity" || body == "NaN" {
            Some(Value::Null)
        } else if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            i64::from_str_radix(hex, 16)
                .ok()
                .map(|n| Value::from(if neg { -n } else { n }))
        } else if !body.contains(['.', 'e', 'E']) {
            body.parse::<i64>()
                .ok()
                .map(|n| Value::from(if neg { -n } else { n }))
        } else {
            body.parse::<f64>()
                .ok()
                .and_then(|f| Number::from_f64(if neg { -f } else { f }))
                .map(Value::Number)
        };
        match value {
            Some(v) => Ok(Kind::Number(v)),
            None => {
                self.pos = start;
                Err(self.err(format!("invalid number `{raw}`")))
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let quote = self.src[self.pos];
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.text[self.pos..].chars().next() else {
                self.pos = start;
                return Err(self.err("unterminated string"));
            };
            self.pos += c.len_utf8();
            match c {
                _ if c as u32 == quote as u32 => return Ok(out),
                '\n' | '\r' => {
                    self.pos -= 1;
                    return Err(self.err("line break inside a string"));
                }
                '\\' => self.escape(&mut out)?,
                c => out.push(c),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(c) = self.text[self.pos..].chars().next() else {
            return Err(self.err("unterminated escape"));
        };
        self.pos += c.len_utf8();
        match c {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '0' => out.push('\0'),
            '\n' | '\u{2028}' | '\u{2029}' => {}
            '\r' => {
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            'x' => {
                let code = self.hex_digits(2)?;
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            'u' => {
                let hi = self.hex_digits(4)?;
                let ch =
                    if (0xd800..0xdc00).contains(&hi) && self.text[self.pos..].starts_with("\\u") {
                        self.pos += 2;
                        let lo = self.hex_digits(4)?;
                        char::from_u32(
                            0x10000 + ((hi - 0xd800) << 10) + (lo.wrapping_sub(0xdc00) & 0x3ff),
                        )
                    } else {
                        char::from_u32(hi)
                    };
                out.push(ch.unwrap_or('\u{fffd}'));
            }
            other => out.push(other),
        }
        Ok(())
    }

    fn hex_digits(&mut self, n: usize) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.pos..self.pos + n).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(v) if digits.len() == n => {
                self.pos += n;
                Ok(v)
            }
            _ => Err(self.err("invalid escape sequence")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_json5_features() {
        let text = "// c\n{ a: 1, 'b': \"x\\u0041\", c: [true, null, +2.5, 0x10,], /* d */ }\n";
        let v = parse(text).unwrap().to_value();
        assert_eq!(
            v,
            serde_json::json!({"a":1,"b":"xA","c":[true,null,2.5,16]})
        );
    }

    #[test]
    fn spans_point_at_values() {
        let text = "{ key: \"secret\" }";
        let node = parse(text).unwrap();
        let v = node.get("key").unwrap();
        assert_eq!(&text[v.start..v.end], "\"secret\"");
    }

    #[test]
    fn errors_carry_line_and_column() {
        let err = parse("{\n  a: 1,\n  b: ]\n}").unwrap_err();
        assert_eq!((err.line, err.col), (3, 6));
        let err = parse("{ a: 'x").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(parse("{} x").is_err());
        assert!(parse("").is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(10_000);
        assert!(parse(&text).unwrap_err().message.contains("too deep"));
    }
}
