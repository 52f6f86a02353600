//! Methods of file objects (`io.StringIO`, `io.BytesIO`, `open()`'s files) with CPython's
//! argument rules; the reading and writing itself is `value::file::PyFile`'s.

use super::super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::file::{with_file, Chunk, PyFile};
use crate::value::Value;

/// Is `v` a file object?
pub fn is_file(v: &Value) -> bool {
    crate::value::file::of(v).is_some()
}

/// A size argument: an int, or None/negative for "all" (`read(-1)`).
fn size_arg(args: &Args, method: &str, at: usize) -> PyResult<Option<usize>> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no keyword arguments",
            method
        )));
    }
    if args.pos.len() > at + 1 {
        return Err(PyErr::type_err(format!(
            "{} expected at most {} argument{}, got {}",
            method,
            at + 1,
            if at == 0 { "" } else { "s" },
            args.pos.len()
        )));
    }
    match args.pos.get(at) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(*n).ok()),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(other) => Err(PyErr::type_err(format!(
            "argument should be integer or None, not '{}'",
            other.type_of().short_name()
        ))),
    }
}

fn int_arg(v: Option<&Value>, default: i128) -> PyResult<i128> {
    match v {
        None => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i128),
        Some(other) => Err(PyErr::type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_of().short_name()
        ))),
    }
}

/// Call method `name` of the file object `recv`.
pub fn call(it: &mut Interp, recv: &Value, name: &str, args: Args) -> PyResult<Value> {
    // `writelines` takes any iterable, whose items may run arrsh code.
    if name == "writelines" {
        let a = args.bind("writelines", &["lines"], 1)?;
        let lines = match &a[0] {
            Some(Value::Iter(i)) => crate::value::lazy::rest(i, it)?,
            Some(v) => iter_values(v)?,
            None => Vec::new(),
        };
        return file_op(recv, |f| {
            f.check_open()?;
            for l in &lines {
                f.write(l)?;
            }
            Ok(Value::None)
        });
    }
    file_op(recv, |f| method(f, recv, name, &args))
}

fn file_op(recv: &Value, op: impl FnOnce(&mut PyFile) -> PyResult<Value>) -> PyResult<Value> {
    with_file(recv, op).unwrap_or_else(|| Err(PyErr::type_err("not a file object")))
}

fn no_args(f: &PyFile, name: &str, args: &Args) -> PyResult<()> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_err(format!(
        "{}.{}() takes no arguments ({} given)",
        f.class.qualname().trim_start_matches("_io."),
        name,
        args.pos.len() + args.kw.len()
    )))
}

fn method(f: &mut PyFile, recv: &Value, name: &str, args: &Args) -> PyResult<Value> {
    Ok(match name {
        "read" => f.read(size_arg(args, "read", 0)?)?.into_value(),
        "readline" => f.readline(size_arg(args, "readline", 0)?)?.into_value(),
        "readlines" => Value::list(
            f.readlines(size_arg(args, "readlines", 0)?.filter(|&h| h > 0))?
                .into_iter()
                .map(Chunk::into_value)
                .collect(),
        ),
        "write" => {
            let a = args.bind("write", &["s"], 1)?;
            Value::Int(f.write(a[0].as_ref().unwrap_or(&Value::None))? as i128)
        }
        "seek" => {
            if args.pos.is_empty() || args.pos.len() > 2 {
                return Err(PyErr::type_err(format!(
                    "seek expected at least 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let offset = int_arg(args.pos.first(), 0)?;
            let whence = int_arg(args.pos.get(1), 0)?;
            Value::Int(f.seek(offset, whence)? as i128)
        }
        "tell" => {
            no_args(f, name, args)?;
            Value::Int(f.tell()? as i128)
        }
        "truncate" => Value::Int(f.truncate(size_arg(args, "truncate", 0)?)? as i128),
        "getvalue" if f.disk.is_none() => {
            no_args(f, name, args)?;
            f.getvalue()?
        }
        "close" => {
            no_args(f, name, args)?;
            f.close();
            Value::None
        }
        "flush" => {
            no_args(f, name, args)?;
            f.check_open()?;
            Value::None
        }
        "readable" | "writable" | "seekable" => {
            no_args(f, name, args)?;
            f.check_open()?;
            Value::Bool(match name {
                "readable" => f.readable,
                "writable" => f.writable,
                _ => true,
            })
        }
        "fileno" if f.disk.is_some() => {
            f.check_open()?;
            use std::os::unix::io::AsRawFd;
            Value::Int(f.disk.as_ref().map_or(-1, |d| d.file.as_raw_fd()) as i128)
        }
        "__enter__" | "__iter__" => {
            f.check_open()?;
            recv.clone()
        }
        "__exit__" => {
            f.close();
            Value::None
        }
        "__next__" => match f.next_line()? {
            Some(line) => line.into_value(),
            None => return Err(PyErr::new("StopIteration", "")),
        },
        _ => {
            return Err(PyErr::attribute(format!(
                "'{}' object has no attribute '{}'",
                f.class.qualname(),
                name
            )))
        }
    })
}
