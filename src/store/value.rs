//! Backend-neutral SQL values and rows.

use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl SqlValue {
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            SqlValue::Int(i) => Some(*i),
            SqlValue::Real(f) => Some(*f as i64),
            SqlValue::Text(s) => s.parse().ok(),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            SqlValue::Int(i) => Some(*i as f64),
            SqlValue::Real(f) => Some(*f),
            SqlValue::Text(s) => s.parse().ok(),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            SqlValue::Text(s) => Some(s),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, SqlValue::Null)
    }
    /// As JSON, for output.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            SqlValue::Null => serde_json::Value::Null,
            SqlValue::Int(i) => (*i).into(),
            SqlValue::Real(f) => serde_json::Number::from_f64(*f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            SqlValue::Text(s) => s.clone().into(),
            SqlValue::Blob(b) => hex::encode(b).into(),
        }
    }
}

impl From<i64> for SqlValue {
    fn from(v: i64) -> Self {
        SqlValue::Int(v)
    }
}
impl From<f64> for SqlValue {
    fn from(v: f64) -> Self {
        SqlValue::Real(v)
    }
}
impl From<bool> for SqlValue {
    fn from(v: bool) -> Self {
        SqlValue::Int(v as i64)
    }
}
impl From<&str> for SqlValue {
    fn from(v: &str) -> Self {
        SqlValue::Text(v.to_string())
    }
}
impl From<String> for SqlValue {
    fn from(v: String) -> Self {
        SqlValue::Text(v)
    }
}
impl<T: Into<SqlValue>> From<Option<T>> for SqlValue {
    fn from(v: Option<T>) -> Self {
        v.map_or(SqlValue::Null, Into::into)
    }
}

/// A value borrowed from the database engine while a row is current (no copy).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SqlRef<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl<'a> SqlRef<'a> {
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            SqlRef::Int(i) => Some(*i),
            SqlRef::Real(f) => Some(*f as i64),
            SqlRef::Text(s) => s.parse().ok(),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&'a str> {
        match self {
            SqlRef::Text(s) => Some(s),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, SqlRef::Null)
    }
}

impl<'a> From<&'a SqlValue> for SqlRef<'a> {
    fn from(v: &'a SqlValue) -> SqlRef<'a> {
        match v {
            SqlValue::Null => SqlRef::Null,
            SqlValue::Int(i) => SqlRef::Int(*i),
            SqlValue::Real(f) => SqlRef::Real(*f),
            SqlValue::Text(s) => SqlRef::Text(s),
            SqlValue::Blob(b) => SqlRef::Blob(b),
        }
    }
}

impl<'a> From<Option<&'a str>> for SqlRef<'a> {
    fn from(v: Option<&'a str>) -> SqlRef<'a> {
        v.map_or(SqlRef::Null, SqlRef::Text)
    }
}

/// One result row; column names are shared between the rows of a query.
#[derive(Debug, Clone)]
pub struct Row {
    pub columns: Arc<Vec<String>>,
    pub values: Vec<SqlValue>,
}

static NULL: SqlValue = SqlValue::Null;

impl Row {
    pub fn get(&self, i: usize) -> &SqlValue {
        self.values.get(i).unwrap_or(&NULL)
    }
    pub fn by_name(&self, name: &str) -> &SqlValue {
        self.columns
            .iter()
            .position(|c| c == name)
            .map_or(&NULL, |i| self.get(i))
    }
    pub fn i64(&self, i: usize) -> i64 {
        self.get(i).as_i64().unwrap_or(0)
    }
    pub fn f64(&self, i: usize) -> f64 {
        self.get(i).as_f64().unwrap_or(0.0)
    }
    pub fn string(&self, i: usize) -> Option<String> {
        self.get(i).as_str().map(String::from)
    }
    /// The row as a JSON object keyed by column name.
    pub fn to_json(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for (c, v) in self.columns.iter().zip(&self.values) {
            m.insert(c.clone(), v.to_json());
        }
        serde_json::Value::Object(m)
    }
}
