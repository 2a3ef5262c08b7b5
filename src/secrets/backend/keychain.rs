//! The OS keychain through the keyring crate (Secret Service over D-Bus on Linux, Keychain on
//! macOS, Credential Manager on Windows). Entries are service `clawctl`, account `<name>`.
//!
//! A locked or wedged Secret Service can block a call forever, so every call runs on its own
//! thread and is abandoned after a timeout (`CLAWCTL_KEYCHAIN_TIMEOUT_MS`, default 4000): the
//! bot gives `secrets resolve` 5 s in all.

use super::{Backend, BackendKind};
use crate::error::user_err;
use crate::secrets::value::Secret;
use anyhow::Result;
use std::sync::mpsc;
use std::time::Duration;

const SERVICE: &str = "clawctl";
const PROBE_ACCOUNT: &str = "clawctl-probe";
const DEFAULT_TIMEOUT_MS: u64 = 4000;

pub struct Keychain {
    timeout: Duration,
}

impl Default for Keychain {
    fn default() -> Self {
        Keychain::new()
    }
}

impl Keychain {
    pub fn new() -> Keychain {
        let ms = std::env::var("CLAWCTL_KEYCHAIN_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_MS);
        Keychain {
            timeout: Duration::from_millis(ms),
        }
    }

    /// Is a keychain there and answering? (a read of an entry that does not exist)
    pub fn probe(&self) -> Result<()> {
        self.get(PROBE_ACCOUNT).map(|_| ())
    }

    /// Run one keyring call on a thread and wait at most the timeout for it.
    fn call<T: Send + 'static>(
        &self,
        what: &str,
        f: impl FnOnce() -> keyring::Result<T> + Send + 'static,
    ) -> Result<keyring::Result<T>> {
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("clawctl-keychain".into())
            .spawn(move || {
                let _ = tx.send(f());
            })?;
        rx.recv_timeout(self.timeout).map_err(|_| {
            user_err(format!(
                "keychain: no answer within {} ms while {what}",
                self.timeout.as_millis()
            ))
            .hint("the Secret Service may be locked or hung: unlock it (e.g. `gnome-keyring-daemon --unlock`), raise CLAWCTL_KEYCHAIN_TIMEOUT_MS, or use --backend systemd-creds")
            .into()
        })
    }
}

/// Describe a keyring error without ever including secret bytes (some variants carry them).
fn describe(e: &keyring::Error) -> String {
    use keyring::Error as E;
    match e {
        E::NoEntry => "no such entry".into(),
        E::NoStorageAccess(inner) => format!("the keychain refused access (locked?): {inner}"),
        E::PlatformFailure(inner) => format!("the keychain failed: {inner}"),
        E::NoDefaultStore => {
            "no Secret Service is reachable (is DBUS_SESSION_BUS_ADDRESS set and a keyring daemon running?)"
                .into()
        }
        E::BadEncoding(_) => "the stored value is not UTF-8 text".into(),
        E::BadDataFormat(_, _) => "the stored value is not in the expected format".into(),
        E::TooLong(attr, limit) => format!("{attr} is longer than the keychain allows ({limit})"),
        E::Invalid(what, why) => format!("invalid {what}: {why}"),
        E::Ambiguous(items) => format!("{} entries match", items.len()),
        _ => "the keychain failed".into(),
    }
}

fn failure(what: &str, e: &keyring::Error) -> anyhow::Error {
    user_err(format!("keychain: {what}: {}", describe(e))).into()
}

fn entry(name: &str) -> keyring::Result<keyring::Entry> {
    if let Err(e) = keyring::Entry::store_status() {
        return Err(match e {
            keyring::Error::NoDefaultStore => keyring::Error::NoDefaultStore,
            other => keyring::Error::PlatformFailure(other.to_string().into()),
        });
    }
    keyring::Entry::new(SERVICE, name)
}

impl Backend for Keychain {
    fn kind(&self) -> BackendKind {
        BackendKind::Keychain
    }

    fn get(&self, name: &str) -> Result<Option<Secret>> {
        let owned = name.to_string();
        match self.call("reading a secret", move || {
            entry(&owned)?.get_password().map(Secret::new)
        })? {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(failure(&format!("reading `{name}`"), &e)),
        }
    }

    fn set(&self, name: &str, value: &Secret) -> Result<()> {
        let owned = name.to_string();
        let value = value.clone();
        self.call("storing a secret", move || {
            entry(&owned)?.set_password(value.expose())
        })?
        .map_err(|e| failure(&format!("storing `{name}`"), &e))
    }

    fn delete(&self, name: &str) -> Result<bool> {
        let owned = name.to_string();
        match self.call("removing a secret", move || {
            entry(&owned)?.delete_credential()
        })? {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(failure(&format!("removing `{name}`"), &e)),
        }
    }

    fn names(&self) -> Result<Option<Vec<String>>> {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hung_call_times_out() {
        let k = Keychain {
            timeout: Duration::from_millis(50),
        };
        let err = k
            .call("testing", || {
                std::thread::sleep(Duration::from_secs(2));
                Ok(())
            })
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("no answer within 50 ms while testing"),
            "{err}"
        );
        let ok = k.call("testing", || Ok(7)).unwrap();
        assert_eq!(ok.unwrap(), 7);
    }
}
