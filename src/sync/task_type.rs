//! Task types: what a turn did, from the tools the agent called in it (`web_search`,
//! `web_fetch`, `browser` → `web_scraping`; `read`, `image`, `pdf` → `file_analysis`; `exec`,
//! `process`, `bash`, `shell` → `shell`; no mapped tool → `chat`) and from the session kind
//! (cron → `cron`, webhook → `webhook`). A turn's calls all get the turn's type, decided by the
//! category called most (ties: the first called). The mapping is overridable in clawctl's
//! config (`[cost.task_types]`).

use crate::cost::settings::TaskTypeSettings;
use std::collections::HashMap;

const DEFAULT_TOOLS: &[(&str, &str)] = &[
    ("web_search", "web_scraping"),
    ("web_fetch", "web_scraping"),
    ("browser", "web_scraping"),
    ("read", "file_analysis"),
    ("image", "file_analysis"),
    ("pdf", "file_analysis"),
    ("exec", "shell"),
    ("process", "shell"),
    ("bash", "shell"),
    ("shell", "shell"),
];

/// The tool → task type mapping in effect.
#[derive(Debug, Clone)]
pub struct TaskTypes {
    tools: HashMap<String, String>,
    pub cron: String,
    pub hook: String,
    pub chat: String,
}

impl TaskTypes {
    pub fn new(settings: &TaskTypeSettings) -> TaskTypes {
        let mut tools: HashMap<String, String> = DEFAULT_TOOLS
            .iter()
            .map(|(t, c)| (t.to_string(), c.to_string()))
            .collect();
        for (tool, ty) in &settings.tools {
            tools.insert(tool.to_lowercase(), ty.clone());
        }
        TaskTypes {
            tools,
            cron: settings.cron.clone().unwrap_or_else(|| "cron".into()),
            hook: settings.hook.clone().unwrap_or_else(|| "webhook".into()),
            chat: settings.chat.clone().unwrap_or_else(|| "chat".into()),
        }
    }

    /// The category of a tool, if it maps to one.
    pub fn category(&self, tool: &str) -> Option<&str> {
        self.tools
            .get(tool)
            .or_else(|| self.tools.get(&tool.to_lowercase()))
            .map(String::as_str)
            .filter(|c| !c.is_empty())
    }
}

impl Default for TaskTypes {
    fn default() -> Self {
        TaskTypes::new(&TaskTypeSettings::default())
    }
}

/// Most turns are short: a turn's calls are retyped by key (the unique `call_key` index) while
/// it has at most this many; a longer turn is retyped by its `turn_key` within the session.
const MAX_TRACKED_CALLS: usize = 1000;

/// The turn being read, carried in the cursor between runs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Turn {
    /// `<session_id>:<entry_id>` of the user message that started it (or of its first call).
    pub key: String,
    /// Tool categories in first-called order, with counts.
    pub categories: Vec<(String, u32)>,
    /// Calls of this turn already written, and the type they were written with.
    pub written: Vec<String>,
    pub written_type: Option<String>,
    /// More than [`MAX_TRACKED_CALLS`] calls were written: `written` is no longer kept.
    #[serde(default)]
    pub overflowed: bool,
}

/// Calls written earlier with a type the turn no longer has.
#[derive(Debug, Clone, PartialEq)]
pub enum Stale {
    /// These calls, by `call_key`.
    Calls(Vec<String>),
    /// Every call of the turn (`turn_key`) in this session.
    Turn {
        session_id: String,
        turn_key: String,
    },
}

impl Stale {
    /// The rows to retype, as a condition on `cost_attribution` and its parameters.
    pub fn filter(&self) -> Vec<(&'static str, Vec<&str>)> {
        match self {
            Stale::Calls(keys) => keys
                .iter()
                .map(|k| ("call_key = ?", vec![k.as_str()]))
                .collect(),
            Stale::Turn {
                session_id,
                turn_key,
            } => vec![(
                "session_id = ? AND turn_key = ?",
                vec![session_id.as_str(), turn_key.as_str()],
            )],
        }
    }
}

impl Turn {
    pub fn new(key: String) -> Turn {
        Turn {
            key,
            ..Turn::default()
        }
    }

    pub fn add_tool(&mut self, category: &str) {
        match self.categories.iter_mut().find(|(c, _)| c == category) {
            Some((_, n)) => *n += 1,
            None => self.categories.push((category.to_string(), 1)),
        }
    }

    /// The turn's type from its tools (`None`: no mapped tool, i.e. chat).
    pub fn dominant(&self) -> Option<&str> {
        let mut best: Option<&(String, u32)> = None;
        for c in &self.categories {
            if best.is_none_or(|b| c.1 > b.1) {
                best = Some(c);
            }
        }
        best.map(|(c, _)| c.as_str())
    }

    /// Record calls of this turn (in `session_id`) written with type `ty`; returns the calls
    /// written earlier with another type, which must be retyped to `ty`.
    pub fn mark_written(&mut self, session_id: &str, keys: Vec<String>, ty: &str) -> Option<Stale> {
        let earlier = self.overflowed || !self.written.is_empty();
        let stale = (earlier && self.written_type.as_deref() != Some(ty)).then(|| {
            if self.overflowed {
                Stale::Turn {
                    session_id: session_id.to_string(),
                    turn_key: self.key.clone(),
                }
            } else {
                Stale::Calls(self.written.clone())
            }
        });
        if !self.overflowed {
            self.written.extend(keys);
            if self.written.len() > MAX_TRACKED_CALLS {
                self.overflowed = true;
                self.written = Vec::new();
            }
        }
        self.written_type = Some(ty.to_string());
        stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_called_category_wins_and_ties_go_to_the_first() {
        let types = TaskTypes::default();
        let mut t = Turn::new("s:1".into());
        assert_eq!(t.dominant(), None);
        t.add_tool(types.category("read").unwrap());
        t.add_tool(types.category("web_search").unwrap());
        assert_eq!(t.dominant(), Some("file_analysis"));
        t.add_tool(types.category("web_fetch").unwrap());
        assert_eq!(t.dominant(), Some("web_scraping"));
        assert_eq!(types.category("memory_search"), None);
    }

    #[test]
    fn settings_override_the_defaults() {
        let mut s = TaskTypeSettings::default();
        s.tools.insert("Crawl".into(), "web_scraping".into());
        s.tools.insert("read".into(), "".into());
        s.chat = Some("conversation".into());
        let types = TaskTypes::new(&s);
        assert_eq!(types.category("crawl"), Some("web_scraping"));
        assert_eq!(types.category("read"), None);
        assert_eq!(types.chat, "conversation");
    }

    #[test]
    fn written_calls_are_retyped_when_the_turn_changes_type() {
        let mut t = Turn::new("s:1".into());
        assert_eq!(t.mark_written("s", vec!["s:a".into()], "chat"), None);
        assert_eq!(t.mark_written("s", vec!["s:b".into()], "chat"), None);
        assert_eq!(
            t.mark_written("s", vec!["s:c".into()], "shell"),
            Some(Stale::Calls(vec!["s:a".to_string(), "s:b".to_string()]))
        );
    }

    #[test]
    fn a_turn_too_long_to_track_is_retyped_whole() {
        let mut t = Turn::new("s:1".into());
        let keys = (0..=MAX_TRACKED_CALLS).map(|n| format!("s:{n}")).collect();
        assert_eq!(t.mark_written("s", keys, "chat"), None);
        assert!(t.overflowed && t.written.is_empty());
        assert_eq!(t.mark_written("s", vec!["s:x".into()], "chat"), None);
        let whole = Stale::Turn {
            session_id: "s".into(),
            turn_key: "s:1".into(),
        };
        assert_eq!(t.mark_written("s", vec![], "shell"), Some(whole.clone()));
        assert_eq!(
            whole.filter(),
            vec![("session_id = ? AND turn_key = ?", vec!["s", "s:1"])]
        );
    }
}
