//! Media references in user text: `[media attached: <path> (<mime>) | <url>]` and the
//! multi-file form `[media attached i/N: <path> (<mime>)]`. There is no other index from media
//! files to sessions, so these lines are how clawctl knows whose a file is.

/// One attachment reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    pub path: String,
    pub mime: Option<String>,
    pub url: Option<String>,
}

/// Every media reference in a message text.
pub fn references(text: &str) -> Vec<MediaRef> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[media attached") {
        let after = &rest[start + "[media attached".len()..];
        let Some(end) = after.find(']') else { break };
        let inner = &after[..end];
        rest = &after[end + 1..];
        // `: <path>…` or ` i/N: <path>…`; skip the `: N files` summary line.
        let Some(colon) = inner.find(':') else {
            continue;
        };
        let prefix = inner[..colon].trim();
        if !prefix.is_empty() && !prefix.contains('/') {
            continue;
        }
        let body = inner[colon + 1..].trim();
        if body.ends_with(" files")
            && body
                .split_whitespace()
                .next()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        {
            continue;
        }
        let (main, url) = match body.split_once(" | ") {
            Some((m, u)) => (m.trim(), Some(u.trim().to_string())),
            None => (body, None),
        };
        let (path, mime) = match (main.rfind(" ("), main.ends_with(')')) {
            (Some(i), true) => (
                main[..i].trim(),
                Some(main[i + 2..main.len() - 1].to_string()),
            ),
            _ => (main, None),
        };
        if !path.is_empty() {
            out.push(MediaRef {
                path: path.to_string(),
                mime,
                url,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_single_and_multi_file_forms() {
        let text =
            "[media attached: /s/media/inbound/a---1.png (image/png) | https://x/a.png]\nlook";
        assert_eq!(
            references(text),
            [MediaRef {
                path: "/s/media/inbound/a---1.png".into(),
                mime: Some("image/png".into()),
                url: Some("https://x/a.png".into())
            }]
        );
        let text = "[media attached: 2 files]\n[media attached 1/2: /m/b.pdf (application/pdf)]\n[media attached 2/2: /m/c.ogg (audio/ogg)]";
        let refs = references(text);
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[1].path, "/m/c.ogg");
        assert!(references("no media here [media attached").is_empty());
    }
}
