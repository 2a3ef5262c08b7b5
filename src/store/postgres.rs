//! The PostgreSQL backend, for several gateways sharing one ops database.
//!
//! SQL is written once with `?` placeholders; this backend rewrites them to `$n`. Values are
//! bound by the server's declared parameter types, and NUMERIC results (PostgreSQL's `SUM` of
//! integers) are read as numbers, so the same queries give the same results on both backends.

use super::{Backend, BackendKind, Row, SqlValue};
use crate::error::user_err;
use anyhow::{Context, Result};
use postgres::types::{to_sql_checked, FromSql, IsNull, Kind, ToSql, Type};
use postgres::{Client, Config, NoTls};
use std::error::Error as StdError;
use std::sync::Arc;
use std::time::Duration;

/// Connection timeout unless the URL sets `connect_timeout`.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct PostgresBackend {
    client: Client,
}

impl PostgresBackend {
    pub fn open(url: &str) -> Result<PostgresBackend> {
        let mut config: Config = url
            .parse()
            .map_err(|e| user_err(format!("invalid PostgreSQL URL {}: {e}", redact_url(url))))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("clawctl");
        }
        let client = match config.get_ssl_mode() {
            postgres::config::SslMode::Disable => config.connect(NoTls),
            _ => config.connect(tls_connector()?),
        }
        .map_err(|e| connect_error(url, &e))?;
        Ok(PostgresBackend { client })
    }
}

/// TLS for `sslmode=prefer|require`. As with libpq, these modes encrypt the connection but do
/// not verify the server's certificate (Debian's default cluster uses a self-signed one); the
/// handshake signatures are still checked.
fn tls_connector() -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let verifier = Arc::new(EncryptOnly(provider.clone()));
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("configuring TLS")?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

#[derive(Debug)]
struct EncryptOnly(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// A clear, password-free error for a failed connection.
fn connect_error(url: &str, e: &postgres::Error) -> anyhow::Error {
    let mut cause = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    let code = e.code().map(|c| c.code().to_string());
    let hint = match code.as_deref() {
        Some("28P01") | Some("28000") => "check the user name and password (or ~/.pgpass)",
        Some("3D000") => "create the database first (createdb), then rerun",
        _ if cause.contains("refused") => "is PostgreSQL running and listening on that host and port?",
        _ if cause.contains("timed out") => "the server did not answer in time; check host, port and firewall",
        _ => "check the connection string: postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]",
    };
    user_err(format!(
        "cannot connect to PostgreSQL at {}: {cause}",
        redact_url(url)
    ))
    .hint(hint)
    .into()
}

/// The URL with any password replaced, for messages.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (Some(a), h),
        None => (None, rest),
    };
    match auth {
        Some(a) => match a.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => format!("{scheme}://{a}@{host}"),
        },
        None => url.to_string(),
    }
}

/// Rewrite `?` placeholders to `$1, $2, …`, leaving quoted text alone.
pub fn rewrite_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let (mut n, mut quote) = (0, None::<char>);
    for c in sql.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (None, '?') => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(c),
        }
    }
    out
}

/// Translate the few SQLite-isms clawctl's SQL uses.
fn translate(sql: &str) -> String {
    rewrite_placeholders(&sql.replace("BEGIN IMMEDIATE", "BEGIN"))
}

impl ToSql for SqlValue {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match self {
            SqlValue::Null => Ok(IsNull::Yes),
            SqlValue::Int(i) => match *ty {
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    i.to_string().to_sql(ty, out)
                }
                _ => i.to_sql(ty, out),
            },
            SqlValue::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::INT8 => (*f as i64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => f.to_string().to_sql(ty, out),
                _ => f.to_sql(ty, out),
            },
            SqlValue::Text(s) => match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                Type::FLOAT8 => s.parse::<f64>()?.to_sql(ty, out),
                _ => s.as_str().to_sql(ty, out),
            },
            SqlValue::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Any column, read into a [`SqlValue`].
struct AnyValue(SqlValue);

impl<'a> FromSql<'a> for AnyValue {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(AnyValue(match *ty {
            Type::INT8 => SqlValue::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => SqlValue::Int(i32::from_sql(ty, raw)? as i64),
            Type::INT2 => SqlValue::Int(i16::from_sql(ty, raw)? as i64),
            Type::BOOL => SqlValue::Int(bool::from_sql(ty, raw)? as i64),
            Type::FLOAT8 => SqlValue::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => SqlValue::Real(f32::from_sql(ty, raw)? as f64),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => SqlValue::Blob(raw.to_vec()),
            _ if matches!(ty.kind(), Kind::Simple) => {
                SqlValue::Text(String::from_utf8_lossy(raw).into_owned())
            }
            _ => SqlValue::Text(String::from_utf8_lossy(raw).into_owned()),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(AnyValue(SqlValue::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// Decode PostgreSQL's binary NUMERIC: an integer when it has no fraction, else a float.
fn numeric(raw: &[u8]) -> Result<SqlValue, Box<dyn StdError + Sync + Send>> {
    let word = |i: usize| -> Result<i16, Box<dyn StdError + Sync + Send>> {
        raw.get(i * 2..i * 2 + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "short NUMERIC".into())
    };
    let (ndigits, weight, sign, dscale) = (word(0)? as usize, word(1)?, word(2)? as u16, word(3)?);
    if sign == 0xC000 {
        return Ok(SqlValue::Null);
    }
    let mut value = 0f64;
    for i in 0..ndigits {
        value += word(4 + i)? as f64 * 10000f64.powi(weight as i32 - i as i32);
    }
    if sign == 0x4000 {
        value = -value;
    }
    Ok(if dscale == 0 && value.abs() < 9.0e15 {
        SqlValue::Int(value as i64)
    } else {
        SqlValue::Real(value)
    })
}

impl Backend for PostgresBackend {
    fn kind(&self) -> BackendKind {
        BackendKind::Postgres
    }

    fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64> {
        let stmt = self
            .client
            .prepare(&translate(sql))
            .with_context(|| format!("preparing `{}`", super::sql_head(sql)))?;
        let refs: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        Ok(self.client.execute(&stmt, &refs)?)
    }

    fn query_each(
        &mut self,
        sql: &str,
        params: &[SqlValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let stmt = self
            .client
            .prepare(&translate(sql))
            .with_context(|| format!("preparing `{}`", super::sql_head(sql)))?;
        let columns: Arc<Vec<String>> = Arc::new(
            stmt.columns()
                .iter()
                .map(|c| c.name().to_string())
                .collect(),
        );
        let refs: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let mut rows = self.client.query_raw(&stmt, refs)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(r) = rows.next()? {
            let values = (0..columns.len())
                .map(|i| r.try_get::<_, AnyValue>(i).map(|v| v.0))
                .collect::<Result<Vec<_>, _>>()?;
            f(&Row {
                columns: columns.clone(),
                values,
            })?;
        }
        Ok(())
    }

    fn execute_batch(&mut self, sql: &str) -> Result<()> {
        Ok(self.client.batch_execute(sql)?)
    }

    fn begin(&mut self) -> Result<()> {
        Ok(self.client.batch_execute("BEGIN")?)
    }

    fn commit(&mut self) -> Result<()> {
        Ok(self.client.batch_execute("COMMIT")?)
    }

    fn rollback(&mut self) -> Result<()> {
        Ok(self.client.batch_execute("ROLLBACK")?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            rewrite_placeholders("SELECT ? , '?' , \"a?\" , ?"),
            "SELECT $1 , '?' , \"a?\" , $2"
        );
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
    }

    #[test]
    fn numeric_decodes() {
        // 12345.67 = digits [1, 2345, 6700], weight 1, dscale 2
        let raw: Vec<u8> = [3i16, 1, 0, 2, 1, 2345, 6700]
            .iter()
            .flat_map(|w| w.to_be_bytes())
            .collect();
        assert_eq!(numeric(&raw).unwrap(), SqlValue::Real(12345.67));
        let raw: Vec<u8> = [1i16, 0, 0, 0, 42]
            .iter()
            .flat_map(|w| w.to_be_bytes())
            .collect();
        assert_eq!(numeric(&raw).unwrap(), SqlValue::Int(42));
    }
}
