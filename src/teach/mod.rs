//! What NumPy hides, shown: explain mode and the facts it reads (`facts`, `explain`),
//! memory pictures and `%mem` (`mem`), copy tracing (`trace`), the live hint (`hint`), the
//! views-or-copies table (`views`), IPython-style magics (`%timeit`, `%time`, `%whos`) and
//! the input history (`%history`, `%save`); after Ctrl-C, `partial_writes` names the arrays
//! an interrupted in-place statement may have left partly written.
//! Help texts (`help(x)`, `x?`, `np.info`) are text for values and live in
//! `crate::format::help`.

pub mod error_shapes;
pub mod explain;
pub mod facts;
pub mod hint;
pub mod history;
pub mod magic;
pub mod mem;
pub mod partial_writes;
pub mod trace;
#[cfg(test)]
mod views_tests;

/// Does anyone watch statements' effects (explain mode or a trace)? Off, nothing is gathered.
pub fn watching() -> bool {
    explain::explaining() || trace::active()
}

/// A new session starts with explain mode off and nothing traced.
pub fn reset() {
    explain::set_explain(false);
    trace::reset();
    history::reset();
}
