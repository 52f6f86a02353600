//! What NumPy hides, shown: help texts, `%whos` tables and other IPython-style magics.

mod builtin_docs;
pub mod explain;
pub mod facts;
pub mod help;
pub mod hint;
pub mod magic;
pub mod mem;
pub mod trace;
pub mod views;

/// Does anyone watch statements' effects (explain mode or a trace)? Off, nothing is gathered.
pub fn watching() -> bool {
    explain::explaining() || trace::active()
}

/// A new session starts with explain mode off and nothing traced.
pub fn reset() {
    explain::set_explain(false);
    trace::reset();
}
