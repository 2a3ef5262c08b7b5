//! A secret value held in memory: zeroed on drop, and never printable. `Debug` shows the
//! fingerprint, so a stray `{:?}` in an error or a log cannot leak the value.

use zeroize::Zeroizing;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(Zeroizing::new(value.into()))
    }

    /// The value itself: only for handing to a backend, a file edit or the bot.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `sk-ant-…AAAA #1a2b3c4d`: see [`super::detect::fingerprint`].
    pub fn fingerprint(&self) -> String {
        super::detect::fingerprint(&self.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret({})", self.fingerprint())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new("sk-ant-api03-supersecretvalue-1234567890");
        let shown = format!("{s:?}");
        assert!(!shown.contains("supersecret"), "{shown}");
        assert!(shown.contains("sk-ant-"));
    }
}
