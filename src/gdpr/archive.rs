//! Where an export goes: a zip archive or one JSON document, written as a stream.
//!
//! Both sinks take the same calls in the same order, so the export logic is written once.
//! The zip sink stores media uncompressed (it is compressed already) and deflates text, with a
//! fixed timestamp and mode on every entry, and hashes every entry while writing it for the
//! manifest. The JSON sink writes one document; media contents are left out. Memory use does
//! not grow with the data: files are copied with a fixed buffer and messages are written as
//! they are read.

use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// One file of an archive, for the manifest.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub path: String,
    pub what: String,
    pub bytes: u64,
    /// Hex SHA-256 of the entry's (uncompressed) content.
    pub sha256: String,
}

/// What an export writes, in order.
pub trait Sink {
    /// A small JSON document (`profile.json`).
    fn doc(&mut self, name: &str, what: &str, value: &Value) -> Result<()>;
    /// Start a list written item by item (`messages.jsonl`).
    fn begin_list(&mut self, name: &str, what: &str) -> Result<()>;
    fn item(&mut self, value: &Value) -> Result<()>;
    fn end_list(&mut self) -> Result<()>;
    /// A file copied as it is (`transcripts/…`, `files/…`); returns its SHA-256 when the
    /// sink stores content.
    fn file(
        &mut self,
        name: &str,
        what: &str,
        src: &mut dyn Read,
        size: u64,
    ) -> Result<Option<String>>;
    /// Whether file contents go into the archive (media is left out of JSON).
    fn stores_files(&self) -> bool;
    /// Text written as is (`README.txt`).
    fn text(&mut self, name: &str, what: &str, text: &str) -> Result<()>;
    /// Entries written so far.
    fn entries(&self) -> &[Entry];
}

/// Counts bytes and hashes them on the way to `inner`.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

const COPY_BUF: usize = 1 << 20;

pub struct ZipSink {
    zip: Option<ZipWriter<BufWriter<File>>>,
    entries: Vec<Entry>,
    open: Option<(String, String, Sha256, u64)>,
    buf: Vec<u8>,
    progress: indicatif::ProgressBar,
}

impl ZipSink {
    pub fn new(file: File, progress: indicatif::ProgressBar) -> ZipSink {
        ZipSink {
            zip: Some(ZipWriter::new(BufWriter::with_capacity(COPY_BUF, file))),
            entries: Vec::new(),
            open: None,
            buf: vec![0u8; COPY_BUF],
            progress,
        }
    }

    fn options(compress: bool, large: bool) -> SimpleFileOptions {
        SimpleFileOptions::default()
            .compression_method(if compress {
                CompressionMethod::Deflated
            } else {
                CompressionMethod::Stored
            })
            .last_modified_time(DateTime::default())
            .unix_permissions(0o600)
            .large_file(large)
    }

    fn zip(&mut self) -> &mut ZipWriter<BufWriter<File>> {
        self.zip.as_mut().expect("open until finish")
    }

    fn write_all_hashed(&mut self, name: &str, what: &str, bytes: &[u8]) -> Result<()> {
        self.zip().start_file(name, Self::options(true, false))?;
        self.zip().write_all(bytes)?;
        self.entries.push(Entry {
            path: name.into(),
            what: what.into(),
            bytes: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(bytes)),
        });
        Ok(())
    }

    /// Write the central directory and return the file.
    pub fn finish(mut self) -> Result<File> {
        let zip = self.zip.take().expect("open until finish");
        let buf = zip.finish()?;
        buf.into_inner()
            .map_err(|e| anyhow::anyhow!("writing the archive: {}", e.error()))
    }
}

impl Sink for ZipSink {
    fn doc(&mut self, name: &str, what: &str, value: &Value) -> Result<()> {
        let mut bytes = serde_json::to_vec_pretty(value)?;
        bytes.push(b'\n');
        self.write_all_hashed(name, what, &bytes)
    }

    fn begin_list(&mut self, name: &str, what: &str) -> Result<()> {
        self.zip().start_file(name, Self::options(true, true))?;
        self.open = Some((name.into(), what.into(), Sha256::new(), 0));
        Ok(())
    }

    fn item(&mut self, value: &Value) -> Result<()> {
        let mut line = serde_json::to_vec(value)?;
        line.push(b'\n');
        self.zip().write_all(&line)?;
        if let Some((_, _, h, n)) = self.open.as_mut() {
            h.update(&line);
            *n += line.len() as u64;
        }
        Ok(())
    }

    fn end_list(&mut self) -> Result<()> {
        if let Some((path, what, h, bytes)) = self.open.take() {
            self.entries.push(Entry {
                path,
                what,
                bytes,
                sha256: hex::encode(h.finalize()),
            });
        }
        Ok(())
    }

    fn file(
        &mut self,
        name: &str,
        what: &str,
        src: &mut dyn Read,
        size: u64,
    ) -> Result<Option<String>> {
        let compress = name.starts_with("transcripts/");
        let large = size >= u32::MAX as u64 / 2;
        let mut buf = std::mem::take(&mut self.buf);
        let progress = self.progress.clone();
        self.zip()
            .start_file(name, Self::options(compress, large))?;
        let mut w = Hashing {
            inner: self.zip(),
            hash: Sha256::new(),
            bytes: 0,
        };
        loop {
            let n = src
                .read(&mut buf)
                .with_context(|| format!("reading {name}"))?;
            if n == 0 {
                break;
            }
            w.write_all(&buf[..n])?;
            progress.inc(n as u64);
        }
        let (sha, bytes) = (hex::encode(w.hash.finalize()), w.bytes);
        self.buf = buf;
        self.entries.push(Entry {
            path: name.into(),
            what: what.into(),
            bytes,
            sha256: sha.clone(),
        });
        Ok(Some(sha))
    }

    fn stores_files(&self) -> bool {
        true
    }

    fn text(&mut self, name: &str, what: &str, text: &str) -> Result<()> {
        self.write_all_hashed(name, what, text.as_bytes())
    }

    fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// One JSON object: `{"<key>": …}` with documents, lists and transcripts as members.
pub struct JsonSink {
    out: BufWriter<File>,
    first_member: bool,
    first_item: bool,
    /// Transcripts are gathered into one `transcripts` array member.
    in_transcripts: bool,
    entries: Vec<Entry>,
    progress: indicatif::ProgressBar,
}

impl JsonSink {
    pub fn new(file: File, progress: indicatif::ProgressBar) -> Result<JsonSink> {
        let mut out = BufWriter::with_capacity(COPY_BUF, file);
        out.write_all(b"{")?;
        Ok(JsonSink {
            out,
            first_member: true,
            first_item: true,
            in_transcripts: false,
            entries: Vec::new(),
            progress,
        })
    }

    /// The member key for an archive name: `messages.jsonl` → `messages`.
    fn key(name: &str) -> String {
        name.rsplit('/')
            .next()
            .unwrap_or(name)
            .split('.')
            .next()
            .unwrap_or(name)
            .replace('-', "_")
    }

    fn member(&mut self, key: &str) -> Result<()> {
        self.close_transcripts()?;
        if !self.first_member {
            self.out.write_all(b",")?;
        }
        self.first_member = false;
        serde_json::to_writer(&mut self.out, key)?;
        self.out.write_all(b":")?;
        Ok(())
    }

    fn close_transcripts(&mut self) -> Result<()> {
        if self.in_transcripts {
            self.out.write_all(b"]")?;
            self.in_transcripts = false;
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<File> {
        self.close_transcripts()?;
        self.out.write_all(b"}\n")?;
        self.out
            .into_inner()
            .map_err(|e| anyhow::anyhow!("writing the export: {}", e.error()))
    }
}

impl Sink for JsonSink {
    fn doc(&mut self, name: &str, _what: &str, value: &Value) -> Result<()> {
        self.member(&Self::key(name))?;
        serde_json::to_writer(&mut self.out, value)?;
        Ok(())
    }

    fn begin_list(&mut self, name: &str, _what: &str) -> Result<()> {
        self.member(&Self::key(name))?;
        self.out.write_all(b"[")?;
        self.first_item = true;
        Ok(())
    }

    fn item(&mut self, value: &Value) -> Result<()> {
        if !self.first_item {
            self.out.write_all(b",")?;
        }
        self.first_item = false;
        serde_json::to_writer(&mut self.out, value)?;
        Ok(())
    }

    fn end_list(&mut self) -> Result<()> {
        self.out.write_all(b"]")?;
        Ok(())
    }

    /// Transcripts become `{"file": …, "lines": [...]}` items of `transcripts`; media is
    /// left out.
    fn file(
        &mut self,
        name: &str,
        _what: &str,
        src: &mut dyn Read,
        _size: u64,
    ) -> Result<Option<String>> {
        if !name.starts_with("transcripts/") {
            return Ok(None);
        }
        if !self.in_transcripts {
            self.member("transcripts")?;
            self.out.write_all(b"[")?;
            self.in_transcripts = true;
            self.first_item = true;
        }
        if !self.first_item {
            self.out.write_all(b",")?;
        }
        self.first_item = false;
        self.out.write_all(b"{\"file\":")?;
        serde_json::to_writer(&mut self.out, name)?;
        self.out.write_all(b",\"lines\":[")?;
        let mut reader = std::io::BufReader::new(src);
        let mut line = Vec::new();
        let mut first = true;
        loop {
            line.clear();
            let n = std::io::BufRead::read_until(&mut reader, b'\n', &mut line)?;
            if n == 0 {
                break;
            }
            self.progress.inc(n as u64);
            let Ok(v) = serde_json::from_slice::<Value>(&line) else {
                continue;
            };
            if !first {
                self.out.write_all(b",")?;
            }
            first = false;
            serde_json::to_writer(&mut self.out, &v)?;
        }
        self.out.write_all(b"]}")?;
        Ok(None)
    }

    fn stores_files(&self) -> bool {
        false
    }

    fn text(&mut self, _name: &str, _what: &str, _text: &str) -> Result<()> {
        Ok(())
    }

    fn entries(&self) -> &[Entry] {
        &self.entries
    }
}
