//! How CPython 3.11 counts the arguments of its builtin functions, which decides the
//! words of the error: the one-argument builtins (`METH_O`) say "len() takes exactly one
//! argument (0 given)", the ones checked by `_PyArg_CheckPositional` say "divmod expected
//! 2 arguments, got 1" (no parentheses), the Argument-Clinic ones with keywords say
//! "round() takes at most 2 arguments (3 given)". The others report as Python functions do, through
//! `Args::bind`.

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;

/// Builtins taking exactly one positional argument and no keywords.
const ONE: &[&str] = &[
    "abs", "all", "any", "bin", "callable", "chr", "hash", "hex", "id", "len", "oct", "ord", "repr",
];

/// Builtins whose positional count is checked as `(fewest, most)`.
const POSITIONAL: &[(&str, usize, usize)] = &[
    ("delattr", 2, 2),
    ("divmod", 2, 2),
    ("eval", 1, 3),
    ("exec", 1, 3),
    ("filter", 2, 2),
    ("format", 1, 2),
    ("getattr", 2, 3),
    ("hasattr", 2, 2),
    ("isinstance", 2, 2),
    ("issubclass", 2, 2),
    ("iter", 1, 2),
    ("max", 1, usize::MAX),
    ("min", 1, usize::MAX),
    ("next", 1, 2),
    ("reversed", 1, 1),
    ("setattr", 3, 3),
    ("sorted", 1, 1),
];

/// Argument-Clinic builtins taking keywords: `(most arguments, leading positional-only
/// required ones)`; a missing named one reads as `Args::bind` says it.
const KEYWORDED: &[(&str, usize, usize)] = &[
    ("enumerate", 2, 0),
    ("pow", 3, 0),
    ("round", 2, 0),
    ("sum", 2, 1),
];

/// CPython's error when builtin `name` is called with the wrong number of arguments.
pub fn check(name: &str, args: &Args) -> PyResult<()> {
    let n = args.pos.len();
    if ONE.contains(&name) {
        if !args.kw.is_empty() {
            return Err(PyErr::type_err(format!(
                "{}() takes no keyword arguments",
                name
            )));
        }
        if n != 1 {
            return Err(PyErr::type_err(format!(
                "{}() takes exactly one argument ({} given)",
                name, n
            )));
        }
        return Ok(());
    }
    if let Some(&(_, most, posonly)) = KEYWORDED.iter().find(|(f, ..)| *f == name) {
        if n < posonly {
            return Err(PyErr::type_err(format!(
                "{}() takes at least {} positional argument{} ({} given)",
                name,
                posonly,
                if posonly == 1 { "" } else { "s" },
                n
            )));
        }
        let given = n + args.kw.len();
        if given > most {
            return Err(PyErr::type_err(format!(
                "{}() takes at most {} argument{} ({} given)",
                name,
                most,
                if most == 1 { "" } else { "s" },
                given
            )));
        }
        return Ok(());
    }
    match POSITIONAL.iter().find(|(f, ..)| *f == name) {
        Some(&(_, lo, hi)) => positional(name, n, lo, hi),
        None => Ok(()),
    }
}

/// `_PyArg_CheckPositional`: `n` positional arguments where `lo..=hi` are taken.
pub fn positional(name: &str, n: usize, lo: usize, hi: usize) -> PyResult<()> {
    let (bound, which) = if n < lo {
        (lo, "at least ")
    } else if n > hi {
        (hi, "at most ")
    } else {
        return Ok(());
    };
    Err(PyErr::type_err(format!(
        "{} expected {}{} argument{}, got {}",
        name,
        if lo == hi { "" } else { which },
        bound,
        if bound == 1 { "" } else { "s" },
        n
    )))
}
