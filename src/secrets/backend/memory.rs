//! An in-memory backend for unit tests: a map, with switches to fail after some writes or
//! to corrupt what it stores.

use super::{Backend, BackendKind};
use crate::secrets::value::Secret;
use anyhow::{bail, Result};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Memory {
    pub values: RefCell<BTreeMap<String, Secret>>,
    fail_after: Cell<Option<usize>>,
    corrupt: bool,
    writes: Cell<usize>,
}

impl Memory {
    /// Fail every write after the first `n`.
    pub fn failing_after(self, n: usize) -> Memory {
        self.fail_after.set(Some(n));
        self
    }

    /// Store something other than what was asked.
    pub fn corrupting(mut self) -> Memory {
        self.corrupt = true;
        self
    }

    /// Heal a backend that was failing.
    pub fn heal(&self) {
        self.fail_after.set(None);
    }
}

impl Backend for Memory {
    fn kind(&self) -> BackendKind {
        BackendKind::Keychain
    }
    fn get(&self, name: &str) -> Result<Option<Secret>> {
        Ok(self.values.borrow().get(name).cloned())
    }
    fn set(&self, name: &str, value: &Secret) -> Result<()> {
        if self
            .fail_after
            .get()
            .is_some_and(|n| self.writes.get() >= n)
        {
            bail!("memory backend: injected failure");
        }
        self.writes.set(self.writes.get() + 1);
        let stored = if self.corrupt {
            Secret::new(format!("{}x", value.expose()))
        } else {
            value.clone()
        };
        self.values.borrow_mut().insert(name.to_string(), stored);
        Ok(())
    }
    fn delete(&self, name: &str) -> Result<bool> {
        Ok(self.values.borrow_mut().remove(name).is_some())
    }
    fn names(&self) -> Result<Option<Vec<String>>> {
        Ok(Some(self.values.borrow().keys().cloned().collect()))
    }
}
