//! What an `np` function or method may do to the session, and nothing else: print, warn,
//! read and write NumPy's session state (the legacy random stream, the print options),
//! call a Python callable, and list the session's names. The interpreter implements it;
//! `np` code never sees the interpreter (the model is rhai's `NativeCallContext`).

use super::State;
use crate::format::arrayprint::PrintOptions;
use crate::value::Value;

pub trait Context: crate::value::lazy::Caller {
    /// Append text to the statement's standard output.
    fn print(&mut self, s: &str);
    /// A line for standard error that is not a warning (where `show` saved a picture).
    fn note(&mut self, msg: &str);
    /// Does the statement's output go to a terminal (so it may draw pictures)?
    fn terminal(&self) -> bool;
    /// Record a warning (`RuntimeWarning`, `DeprecationWarning`, …) once per statement.
    fn warn(&mut self, category: &str, msg: &str);
    /// NumPy's global session state (the legacy `np.random` stream).
    fn state(&mut self) -> &mut State;
    /// The session's print options (`np.get_printoptions()`).
    fn print_options(&self) -> PrintOptions;
    /// Replace the session's print options (`np.set_printoptions(...)`).
    fn set_print_options(&mut self, opts: PrintOptions);
    /// The variables the user bound (not the start-up names), sorted by name.
    fn user_vars(&self) -> Vec<(String, Value)>;
    /// Make every variable naming `old` name `new` instead: how arrsh, whose arrays keep
    /// their shape once made, changes one in place (`x.shape = ...`, `x.resize(...)`).
    fn replace_array(
        &mut self,
        old: &crate::array::object::ArrayRef,
        new: crate::array::object::ArrayRef,
    ) {
        let _ = (old, new);
    }
}
