//! `bytes` methods. The byte-string ones (`split join replace find count strip
//! startswith …`) run as `str`'s methods on the Latin-1 reading of the bytes (one char per
//! byte, so positions and results map back exactly); case changes touch ASCII letters only,
//! as CPython's do; `decode`, `hex` and `bytes.fromhex` convert.

use super::arity::{bad_type, keywords, no_args, positional};
use super::str as pystr;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::bytes_like::bytes_like;
use crate::value::Value;
use std::rc::Rc;

pub const METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "fromhex",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn bytes_of(s: &str) -> Value {
    Value::Bytes(Rc::new(s.chars().map(|c| c as u32 as u8).collect()))
}

/// A bytes-like argument as its Latin-1 string (what the `str` method gets).
fn arg(v: &Value) -> PyResult<Value> {
    if let Some(b) = bytes_like(v) {
        return Ok(Value::str(&latin1(&b)));
    }
    match v {
        Value::None => Ok(Value::None),
        Value::Tuple(t) => Ok(Value::tuple(t.iter().map(arg).collect::<PyResult<_>>()?)),
        Value::Int(_) | Value::Bool(_) => Ok(v.clone()),
        other => Err(PyErr::type_err(format!(
            "a bytes-like object is required, not '{}'",
            other.type_of().short_name()
        ))),
    }
}

/// Argument `i` of method `name` as [`arg`] reads it, except that the searching methods
/// take an int for one byte (`b.find(111)`).
fn subsection_arg(name: &str, i: usize, v: &Value) -> PyResult<Value> {
    match (name, i, v) {
        (
            "find" | "rfind" | "index" | "rindex" | "count",
            0,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            let c = crate::eval::bytes_ctor::byte(v)?;
            Ok(Value::str(&(c as char).to_string()))
        }
        _ => arg(v),
    }
}

/// The TypeError for an int where method `name` wants bytes (`b.strip(1)`): the `str`
/// method, which has checked the argument count first, names `str` instead.
fn int_for_bytes(name: &str, args: &Args) -> Option<PyErr> {
    let bytes_positions = match name {
        "strip" | "lstrip" | "rstrip" | "split" | "rsplit" | "partition" | "rpartition"
        | "removeprefix" | "removesuffix" => 1,
        "replace" => 2,
        _ => 0,
    };
    let named_sep = args.kw.iter().filter(|(k, _)| k == "sep").map(|(_, v)| v);
    args.pos
        .iter()
        .take(bytes_positions)
        .chain(named_sep)
        .find(|v| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)))
        .map(|v| {
            PyErr::type_err(format!(
                "a bytes-like object is required, not '{}'",
                v.type_of().short_name()
            ))
        })
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

/// `bytes.hex(sep=, bytes_per_sep=1)`: a separator every `bytes_per_sep` bytes, counted
/// from the right (from the left when negative).
fn hex(b: &[u8], args: &Args) -> PyResult<Value> {
    let a = keywords("hex", args, &["sep", "bytes_per_sep"], 0)?;
    let digits = |c: &u8| format!("{:02x}", c);
    let sep = match &a[0] {
        None => return Ok(Value::str(&b.iter().map(digits).collect::<String>())),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) if bytes_like(other).is_some() => {
            bytes_like(other).map_or_else(String::new, |s| latin1(&s))
        }
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "object of type '{}' has no len()",
                other.type_of().short_name()
            )))
        }
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::value("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(PyErr::value("sep must be ASCII."));
    }
    let per = match &a[1] {
        Some(v) => crate::value::convert::to_i64(v)?,
        None => 1,
    };
    if per == 0 || b.is_empty() {
        return Ok(Value::str(&b.iter().map(digits).collect::<String>()));
    }
    let width = per.unsigned_abs() as usize;
    // Group boundaries: from the right for a positive count, from the left otherwise.
    let first = if per > 0 {
        match b.len() % width {
            0 => width,
            r => r,
        }
    } else {
        width
    };
    let mut out = String::with_capacity(b.len() * 3);
    for (i, c) in b.iter().enumerate() {
        if i > 0 && (i + width - first).is_multiple_of(width) {
            out.push_str(&sep);
        }
        out.push_str(&digits(c));
    }
    Ok(Value::str(&out))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and Latin-1.
fn decode(b: &[u8], args: &Args) -> PyResult<Value> {
    let a = keywords("decode", args, &["encoding", "errors"], 0)?;
    let enc = match &a[0] {
        Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "decode() argument 'encoding' must be str, not {}",
                bad_type(other)
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
    let a = keywords("encode", args, &["encoding", "errors"], 0)?;
    let enc = match &a[0] {
        Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "encode() argument 'encoding' must be str, not {}",
                bad_type(other)
            )))
        }
        None => "utf-8".into(),
    };
    if let Some(e) = a[1].as_ref().filter(|e| !matches!(e, Value::Str(_))) {
        return Err(PyErr::type_err(format!(
            "encode() argument 'errors' must be str, not {}",
            bad_type(e)
        )));
    }
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

/// `upper`, `lower`, `title`, `capitalize` and `swapcase` of bytes: ASCII letters change,
/// every other byte stays (CPython's `_Py_bytes_title` and friends). A title-cased
/// letter is one that follows no letter.
fn change_case(b: &[u8], how: &str) -> Vec<u8> {
    let mut after_letter = false;
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            let upper = match how {
                "upper" => true,
                "lower" => false,
                "capitalize" => i == 0,
                "swapcase" => c.is_ascii_lowercase(),
                _ => !after_letter,
            };
            after_letter = c.is_ascii_alphabetic();
            if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `bytes.istitle()`: some cased byte, an uppercase letter only after a non-letter and
/// a lowercase one only after a letter (ASCII rules, as `_Py_bytes_istitle`).
fn is_title(b: &[u8]) -> bool {
    let mut cased = false;
    let mut after_letter = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if after_letter {
                return false;
            }
            cased = true;
        } else if c.is_ascii_lowercase() && !after_letter {
            return false;
        }
        after_letter = c.is_ascii_alphabetic();
    }
    cased
}

/// `bytes.fromhex(s)`: pairs of hex digits, spaces between pairs allowed.
pub fn fromhex(ty: &str, args: &Args) -> PyResult<Value> {
    let a = positional(ty, "fromhex", args, 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(PyErr::type_err(format!(
            "fromhex() argument must be str, not {}",
            a[0].type_of().short_name()
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

/// Method `name` of the bytes `b`; `ty` is the receiver's type (`bytes`, or `bytearray`,
/// whose methods are these, their bytes results made bytearrays by the caller).
pub fn call(ty: &str, b: &[u8], name: &str, args: Args) -> PyResult<Value> {
    Ok(match name {
        "decode" => return decode(b, &args),
        "hex" => return hex(b, &args),
        "upper" | "lower" | "title" | "capitalize" | "swapcase" => {
            no_args(ty, name, &args)?;
            Value::Bytes(Rc::new(change_case(b, name)))
        }
        "istitle" => {
            no_args(ty, name, &args)?;
            Value::Bool(is_title(b))
        }
        "isalnum" | "isalpha" | "isdigit" | "islower" | "isupper" | "isspace" => {
            no_args(ty, name, &args)?;
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
            let a = positional(ty, "join", &args, 1, 1)?;
            let items = crate::value::convert::iter_values(&a[0])?;
            let mut out = Vec::new();
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b);
                }
                match bytes_like(x) {
                    Some(p) => out.extend_from_slice(&p),
                    None => {
                        return Err(PyErr::type_err(format!(
                            "sequence item {}: expected a bytes-like object, {} found",
                            i,
                            x.type_of().short_name()
                        )))
                    }
                }
            }
            Value::Bytes(Rc::new(out))
        }
        _ if METHODS.contains(&name) => {
            if let ("center" | "ljust" | "rjust", Some(fill)) = (name, args.pos.get(1)) {
                if bytes_like(fill).is_none_or(|f| f.len() != 1) {
                    return Err(PyErr::type_err(format!(
                        "{}() argument 2 must be a byte string of length 1, not {}",
                        name,
                        fill.type_of().short_name()
                    )));
                }
            }
            let pos = args
                .pos
                .iter()
                .enumerate()
                .map(|(i, v)| subsection_arg(name, i, v))
                .collect::<PyResult<Vec<_>>>()?;
            let kw = args
                .kw
                .iter()
                .map(|(k, v)| Ok((k.clone(), arg(v)?)))
                .collect::<PyResult<Vec<_>>>()?;
            let sargs = Args { pos, kw };
            let r = pystr::call(&latin1(b), name, sargs).map_err(|mut e| {
                let arity = e.msg.contains(" takes ") || e.msg.contains(" expected ");
                if e.class == "TypeError" && !arity {
                    if let Some(refused) = int_for_bytes(name, &args) {
                        return refused;
                    }
                }
                e.msg = e
                    .msg
                    .replace("str.", &format!("{ty}."))
                    .replace("substring", "subsection");
                e
            })?;
            back(r)
        }
        _ => {
            return Err(PyErr::attribute(format!(
                "'{}' object has no attribute '{}'",
                ty, name
            )))
        }
    })
}
