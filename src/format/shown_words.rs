//! Element texts rendered ahead of printing, for NumPy's `formatter` print option.
//!
//! The formatter's functions are the user's Python callables, and this layer never calls
//! the interpreter. So before the interpreter shows a value (the prompt's echo, `print`,
//! `str`, `repr`, f-string fields) it calls the functions on the elements each array will
//! show ([`shown_elems`]) and installs the texts here for the duration ([`install`]); the
//! array printer then lays them out as it lays out its own. An array printed outside such
//! a place (inside an error message, say) prints with NumPy's default element texts.

use super::arrayprint::Elem;
use super::ArrayPrint;
use crate::array::object::{ArrayRef, NdArray};
use std::cell::RefCell;

thread_local! {
    /// The arrays being shown and their element texts (the arrays are held, so the
    /// addresses that identify them stay theirs until the texts are dropped).
    static WORDS: RefCell<Vec<(ArrayRef, Vec<String>)>> = const { RefCell::new(Vec::new()) };
}

/// The elements the printer will show of `a` under `opts`, in the order it turns them
/// into words.
pub fn shown_elems(a: &NdArray, opts: &super::PrintOptions) -> Vec<Elem> {
    super::arrayprint::shown_elems(&ArrayPrint::new(a), opts)
}

/// Installs the texts until the returned guard is dropped (nested installs add to the
/// outer ones and remove only their own).
pub fn install(words: Vec<(ArrayRef, Vec<String>)>) -> Installed {
    let count = words.len();
    WORDS.with(|w| w.borrow_mut().extend(words));
    Installed { count }
}

/// Removes the texts it installed when dropped.
pub struct Installed {
    count: usize,
}

impl Drop for Installed {
    fn drop(&mut self) {
        WORDS.with(|w| {
            let mut w = w.borrow_mut();
            let keep = w.len().saturating_sub(self.count);
            w.truncate(keep);
        });
    }
}

/// The installed texts for `a`, if it is being shown under a formatter.
pub(super) fn words_for(a: &NdArray) -> Option<Vec<String>> {
    WORDS.with(|w| {
        w.borrow()
            .iter()
            .rev()
            .find(|(x, _)| std::ptr::eq(&**x, a))
            .map(|(_, words)| words.clone())
    })
}
