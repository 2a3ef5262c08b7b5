//! Errors that carry an exit code and a hint, and the documented exit codes.
//!
//! Commands return `anyhow::Result`; when the failure is the user's (bad input, a refused
//! action, a check that found problems) they wrap a [`UserError`] so `main` can pick the exit
//! code and print a hint. Anything else is exit 1.

use std::fmt;

/// Documented exit codes (also listed in `--help` and the README).
pub mod exit {
    /// Everything worked.
    pub const OK: i32 = 0;
    /// A command failed (I/O, database, bad data).
    pub const FAILURE: i32 = 1;
    /// The command line could not be parsed.
    pub const USAGE: i32 = 2;
    /// A check found problems (`secrets scan --check`, `budget check`, `audit verify`, `health`).
    pub const CHECK_FAILED: i32 = 3;
    /// `budget estimate`: the estimated turn would exceed a budget.
    pub const OVER_BUDGET: i32 = 4;
    /// Another clawctl run holds the lock for this job (`retention enforce`).
    pub const LOCKED: i32 = 5;
    /// A journaled operation was interrupted and is incomplete; rerun to finish it.
    pub const INCOMPLETE: i32 = 6;
    /// Not supported here: by this state layout (the gateway owns the data) or this backend.
    pub const UNSUPPORTED: i32 = 7;
}

/// Text for `--help`: the exit-code table.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  failure (I/O, database, malformed data)
  2  usage error (bad flags or arguments)
  3  a check found problems (secrets scan --check, budget check, audit verify, health)
  4  budget estimate: the turn would exceed a budget
  5  another clawctl run holds this job's lock (retention enforce)
  6  an interrupted operation is incomplete; rerun to finish it
  7  not supported on this state layout or database backend";

/// An error caused by the user's input or the state of their installation.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
    pub code: i32,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

impl UserError {
    pub fn new(message: impl Into<String>) -> Self {
        UserError {
            message: message.into(),
            hint: None,
            code: exit::FAILURE,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn code(mut self, code: i32) -> Self {
        self.code = code;
        self
    }
}

/// Shorthand: `return Err(user_err("…").hint("…").into())`.
pub fn user_err(message: impl Into<String>) -> UserError {
    UserError::new(message)
}

/// An error that only sets the exit code and has already been reported (e.g. a check that
/// printed its findings).
pub fn exit_with(code: i32, message: impl Into<String>) -> anyhow::Error {
    UserError::new(message).code(code).into()
}

/// Exit code and hint for an error chain: the first [`UserError`] in the chain decides.
pub fn classify(err: &anyhow::Error) -> (i32, Option<String>) {
    for cause in err.chain() {
        if let Some(u) = cause.downcast_ref::<UserError>() {
            return (u.code, u.hint.clone());
        }
    }
    (exit::FAILURE, None)
}

/// True when the error is a closed pipe on stdout: we exit quietly then.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
