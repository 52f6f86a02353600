//! How CPython 3.11 words a wrong call of a builtin type's method, which depends on how the
//! method is declared in C: `METH_NOARGS` ("str.upper() takes no arguments (1 given)"),
//! `METH_O` ("list.append() takes exactly one argument (0 given)"), Argument Clinic's
//! positional-only checks ("insert expected 2 arguments, got 0", with the keyword error
//! naming the type: "str.replace() takes no keyword arguments"), Argument Clinic with
//! keywords ("split() takes at most 2 arguments (3 given)", "'zz' is an invalid keyword
//! argument for split()"), and the older `PyArg_ParseTuple` of bytes' searching methods
//! ("find() takes at least 1 argument (0 given)").

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;

fn plural(k: usize) -> &'static str {
    if k == 1 {
        ""
    } else {
        "s"
    }
}

/// How `_PyArg_BadArgument` names a wrong argument's type: `None` for None, else the
/// type's name (`... must be str, not None`, `not int`).
pub fn bad_type(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        other => other.type_of().short_name(),
    }
}

fn no_keywords(ty: &str, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_err(format!(
        "{}.{}() takes no keyword arguments",
        ty, name
    )))
}

/// A `METH_NOARGS` method.
pub fn no_args(ty: &str, name: &str, args: &Args) -> PyResult<()> {
    no_keywords(ty, name, args)?;
    if !args.pos.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}.{}() takes no arguments ({} given)",
            ty,
            name,
            args.pos.len()
        )));
    }
    Ok(())
}

/// Positional-only arguments, `min` to `max` of them: `METH_O` when both are 1, else
/// Argument Clinic's `_PyArg_CheckPositional`.
pub fn positional(
    ty: &str,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<Vec<Value>> {
    no_keywords(ty, name, args)?;
    let n = args.pos.len();
    if (min..=max).contains(&n) {
        return Ok(args.pos.clone());
    }
    Err(PyErr::type_err(if min == 1 && max == 1 {
        format!("{}.{}() takes exactly one argument ({} given)", ty, name, n)
    } else if min == max {
        format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        )
    }))
}

/// `PyArg_ParseTuple`'s count check, as bytes' `find`/`count`/`startswith`/... use it.
pub fn parse_tuple(ty: &str, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    no_keywords(ty, name, args)?;
    let n = args.pos.len();
    if n < min {
        return Err(PyErr::type_err(format!(
            "{}() takes at least {} argument{} ({} given)",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(PyErr::type_err(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// Argument Clinic with keywords: the count and the names are checked first in its
/// words, then `Args::bind` places them (`params` as `Args::bind` takes them).
pub fn keywords(
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let n = args.pos.len() + args.kw.len();
    if n > params.len() {
        // `_PyArg_UnpackKeywords` says "keyword argument" when all were keywords.
        return Err(PyErr::type_err(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            params.len(),
            if args.pos.is_empty() { "keyword " } else { "" },
            plural(params.len()),
            n
        )));
    }
    if let Some((k, _)) = args
        .kw
        .iter()
        .find(|(k, _)| !params.iter().any(|p| p.trim_start_matches('*') == k))
    {
        return Err(PyErr::type_err(format!(
            "'{}' is an invalid keyword argument for {}()",
            k, name
        )));
    }
    let positional = params.iter().take_while(|p| !p.starts_with('*')).count();
    if positional == 0 && !args.pos.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no positional arguments",
            name
        )));
    }
    if args.pos.len() > positional {
        return Err(PyErr::type_err(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            name,
            positional,
            plural(positional),
            args.pos.len()
        )));
    }
    for (k, _) in &args.kw {
        if let Some(i) = params[..args.pos.len().min(positional)]
            .iter()
            .position(|p| p == k)
        {
            return Err(PyErr::type_err(format!(
                "argument for {}() given by name ('{}') and position ({})",
                name,
                k,
                i + 1
            )));
        }
    }
    args.bind(name, params, required)
}
