//! `bytes` methods. The byte-string ones (`split join replace find count strip
//! startswith …`) run as `str`'s methods on the Latin-1 reading of the bytes (one char per
//! byte, so positions and results map back exactly); case changes touch ASCII letters only,
//! as CPython's do; `decode`, `hex` and `bytes.fromhex` convert.

use super::str as pystr;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;
use std::rc::Rc;

pub const METHODS: &[&str] = &[
    "count",
    "decode",
    "endswith",
    "find",
    "fromhex",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isdigit",
    "islower",
    "isspace",
    "isupper",
    "join",
    "lower",
    "lstrip",
    "partition",
    "replace",
    "rfind",
    "rindex",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "upper",
];

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn bytes_of(s: &str) -> Value {
    Value::Bytes(Rc::new(s.chars().map(|c| c as u32 as u8).collect()))
}

/// A bytes-like argument as its Latin-1 string (what the `str` method gets).
fn arg(v: &Value) -> PyResult<Value> {
    match v {
        Value::Bytes(b) => Ok(Value::str(&latin1(b))),
        Value::None => Ok(Value::None),
        Value::Tuple(t) => Ok(Value::tuple(t.iter().map(arg).collect::<PyResult<_>>()?)),
        Value::Int(_) | Value::Bool(_) => Ok(v.clone()),
        other => Err(PyErr::type_err(format!(
            "a bytes-like object is required, not '{}'",
            other.type_of().short_name()
        ))),
    }
}

/// A `str` method's result read back as bytes (strings become bytes, inside lists and
/// tuples too).
fn back(v: Value) -> Value {
    match v {
        Value::Str(s) => bytes_of(&s),
        Value::List(l) => {
            let items = l.borrow().iter().cloned().map(back).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(back).collect()),
        other => other,
    }
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if args.pos.is_empty() && args.kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_err(format!(
            "bytes.{}() takes no arguments ({} given)",
            name,
            args.pos.len() + args.kw.len()
        )))
    }
}

/// `bytes.decode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and Latin-1.
fn decode(b: &[u8], args: &Args) -> PyResult<Value> {
    let a = args.bind("decode", &["encoding", "errors"], 0)?;
    let enc = match &a[0] {
        Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "decode() argument 'encoding' must be str, not {}",
                other.type_of().short_name()
            )))
        }
        None => "utf-8".into(),
    };
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                let at = e.valid_up_to();
                let byte = b.get(at).copied().unwrap_or(0);
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => {
                        "invalid start byte"
                    }
                    Some(_) => "invalid continuation byte",
                };
                Err(PyErr::new(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                        byte, at, why
                    ),
                ))
            }
        },
        "ascii" | "us-ascii" => match b.iter().position(|&c| c >= 128) {
            None => Ok(Value::str(&latin1(b))),
            Some(i) => Err(PyErr::new(
                "UnicodeDecodeError",
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    b[i], i
                ),
            )),
        },
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => Ok(Value::str(&latin1(b))),
        _ => Err(PyErr::new(
            "LookupError",
            format!("unknown encoding: {}", enc),
        )),
    }
}

/// `str.encode(encoding='utf-8')` for UTF-8, ASCII and Latin-1.
pub fn encode(s: &str, args: &Args) -> PyResult<Value> {
    let a = args.bind("encode", &["encoding", "errors"], 0)?;
    let enc = match &a[0] {
        Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
        _ => "utf-8".into(),
    };
    let limit = match enc.as_str() {
        "utf-8" | "utf8" => return Ok(Value::Bytes(Rc::new(s.as_bytes().to_vec()))),
        "ascii" | "us-ascii" => (128, "ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => (256, "latin-1"),
        _ => {
            return Err(PyErr::new(
                "LookupError",
                format!("unknown encoding: {}", enc),
            ))
        }
    };
    match s.chars().position(|c| (c as u32) >= limit.0) {
        None => Ok(bytes_of(s)),
        Some(i) => {
            let c = s.chars().nth(i).map_or(0, |c| c as u32);
            let esc = match c {
                0..=0xff => format!("\\x{:02x}", c),
                0x100..=0xffff => format!("\\u{:04x}", c),
                _ => format!("\\U{:08x}", c),
            };
            Err(PyErr::new(
                "UnicodeEncodeError",
                format!(
                    "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                    limit.1, esc, i, limit.0
                ),
            ))
        }
    }
}

/// `bytes.fromhex(s)`: pairs of hex digits, spaces between pairs allowed.
pub fn fromhex(args: &Args) -> PyResult<Value> {
    let a = args.bind("fromhex", &["string"], 1)?;
    let Some(Value::Str(s)) = &a[0] else {
        return Err(PyErr::type_err(format!(
            "fromhex() argument must be str, not {}",
            a[0].as_ref()
                .map_or("NoneType".into(), |v| v.type_of().short_name())
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 < chars.len() => {
                return Err(PyErr::value(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(PyErr::value(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    if hi.is_none() { i } else { i + 1 }
                )))
            }
        }
        i += 2;
    }
    Ok(Value::Bytes(Rc::new(out)))
}

pub fn call(b: &[u8], name: &str, args: Args) -> PyResult<Value> {
    Ok(match name {
        "decode" => return decode(b, &args),
        "hex" => {
            no_args(name, &args)?;
            Value::str(&b.iter().map(|c| format!("{:02x}", c)).collect::<String>())
        }
        "upper" | "lower" => {
            no_args(name, &args)?;
            Value::Bytes(Rc::new(if name == "upper" {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }))
        }
        "isalnum" | "isalpha" | "isdigit" | "islower" | "isupper" | "isspace" => {
            no_args(name, &args)?;
            let test = |c: &u8| match name {
                "isalnum" => c.is_ascii_alphanumeric(),
                "isalpha" => c.is_ascii_alphabetic(),
                "isdigit" => c.is_ascii_digit(),
                "isspace" => c.is_ascii_whitespace() || *c == 0x0b,
                _ => true,
            };
            let cased = b.iter().any(|c| c.is_ascii_alphabetic());
            Value::Bool(match name {
                "islower" => cased && !b.iter().any(|c| c.is_ascii_uppercase()),
                "isupper" => cased && !b.iter().any(|c| c.is_ascii_lowercase()),
                _ => !b.is_empty() && b.iter().all(test),
            })
        }
        "join" => {
            let a = args.bind("join", &["iterable_of_bytes"], 1)?;
            let items = crate::value::convert::iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let mut out = Vec::new();
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b);
                }
                match x {
                    Value::Bytes(p) => out.extend_from_slice(p),
                    other => {
                        return Err(PyErr::type_err(format!(
                            "sequence item {}: expected a bytes-like object, {} found",
                            i,
                            other.type_of().short_name()
                        )))
                    }
                }
            }
            Value::Bytes(Rc::new(out))
        }
        _ if METHODS.contains(&name) => {
            let pos = args.pos.iter().map(arg).collect::<PyResult<Vec<_>>>()?;
            let kw = args
                .kw
                .iter()
                .map(|(k, v)| Ok((k.clone(), arg(v)?)))
                .collect::<PyResult<Vec<_>>>()?;
            let sargs = Args { pos, kw };
            let r = pystr::call(&latin1(b), name, sargs).map_err(|mut e| {
                e.msg = e
                    .msg
                    .replace("str.", "bytes.")
                    .replace("substring", "subsection");
                e
            })?;
            back(r)
        }
        _ => {
            return Err(PyErr::attribute(format!(
                "'bytes' object has no attribute '{}'",
                name
            )))
        }
    })
}
