//! `str % args`: printf-style formatting as CPython 3.11's `PyUnicode_Format` does it
//! (conversions `d i u o x X e E f F g G c s r a %`, flags `- + space # 0`, width and
//! precision with `*`, `%(name)s` from a dict, one value or a tuple of them), with its
//! error messages.

use super::spec::float_digits;
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use num_bigint::BigInt;

/// Python's `ascii(v)`: `repr` with every non-ASCII character escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = crate::format::try_repr(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{:02x}", n)),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{:04x}", n)),
            n => out.push_str(&format!("\\U{:08x}", n)),
        }
    }
    Ok(out)
}

/// The conversion flags.
#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// Where the next argument comes from (CPython's `argidx`/`arglen` bookkeeping: a
/// non-tuple argument is used once, as a whole).
struct Args<'a> {
    items: &'a [Value],
    whole: Option<Value>,
    idx: isize,
    len: isize,
}

impl Args<'_> {
    fn next(&mut self) -> PyResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.whole.clone().unwrap_or(Value::None));
            }
            return Ok(self.items[(self.idx - 1) as usize].clone());
        }
        Err(PyErr::type_err("not enough arguments for format string"))
    }
}

fn tp_name(v: &Value) -> String {
    v.type_of().tp_name()
}

/// The int a `%d`/`%x` conversion takes from `v`, or None when it is not a number of the
/// right kind (the caller words the error).
fn int_arg(v: &Value, integral_only: bool) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as u8)),
        Value::BigInt(b) => Some(b.as_ref().clone()),
        Value::Float(f) if !integral_only && f.is_finite() => {
            num_traits::FromPrimitive::from_f64(f.trunc())
        }
        // np.bool_ has no __index__ (Python's bool has).
        Value::Scalar(_, Num::Bool(_)) if integral_only => None,
        Value::Scalar(_, n) => num_int(*n, integral_only),
        Value::Array(a) if a.ndim() == 0 => num_int(a.get(&[]), integral_only),
        _ => None,
    }
}

fn num_int(n: Num, integral_only: bool) -> Option<BigInt> {
    match n {
        Num::Bool(b) => Some(BigInt::from(b as u8)),
        Num::Int(i) => Some(BigInt::from(i)),
        Num::Float(f) if !integral_only && f.is_finite() => {
            num_traits::FromPrimitive::from_f64(f.trunc())
        }
        _ => None,
    }
}

fn pad(body: String, width: usize, left: bool) -> String {
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = " ".repeat(width - len);
    if left {
        body + &fill
    } else {
        fill + &body
    }
}

/// Sign, prefix and digits padded to `width` (zeros go between prefix and digits).
fn pad_number(sign: &str, prefix: &str, digits: &str, width: usize, f: &Flags) -> String {
    let len = sign.len() + prefix.len() + digits.chars().count();
    if f.zero && !f.left && width > len {
        return format!("{}{}{}{}", sign, prefix, "0".repeat(width - len), digits);
    }
    pad(format!("{}{}{}", sign, prefix, digits), width, f.left)
}

fn sign_of(negative: bool, f: &Flags) -> &'static str {
    if negative {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    }
}

fn format_int(
    ch: char,
    v: &Value,
    width: usize,
    prec: Option<usize>,
    f: &Flags,
) -> PyResult<String> {
    let integral_only = matches!(ch, 'o' | 'x' | 'X');
    let Some(i) = int_arg(v, integral_only) else {
        if let Value::Float(x) = v {
            if !integral_only {
                return Err(if x.is_nan() {
                    PyErr::value("cannot convert float NaN to integer")
                } else {
                    PyErr::overflow("cannot convert float infinity to integer")
                });
            }
        }
        let what = if integral_only {
            "an integer"
        } else {
            "a real number"
        };
        return Err(PyErr::type_err(format!(
            "%{} format: {} is required, not {}",
            ch,
            what,
            tp_name(v)
        )));
    };
    let radix = match ch {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let negative = i.sign() == num_bigint::Sign::Minus;
    let mut digits = i.magnitude().to_str_radix(radix);
    if radix == 10 && digits.len() > crate::value::bigint::MAX_STR_DIGITS {
        crate::value::bigint::to_decimal(&i)?;
    }
    if ch == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(p) = prec {
        if p > digits.len() {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let prefix = match (f.alt, ch) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    Ok(pad_number(sign_of(negative, f), prefix, &digits, width, f))
}

fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::value::convert::to_f64(v),
        Value::Scalar(_, n) if !matches!(n, Num::Complex(..)) => Ok(n.as_f64()),
        Value::Array(a) if a.ndim() == 0 && !a.dtype.is_complex() => Ok(a.get(&[]).as_f64()),
        Value::Array(_) => Err(PyErr::type_err(
            "only 0-dimensional arrays can be converted to Python scalars",
        )),
        _ => Err(PyErr::type_err(format!(
            "must be real number, not {}",
            tp_name(v)
        ))),
    }
}

fn format_float(
    ch: char,
    v: &Value,
    width: usize,
    prec: Option<usize>,
    f: &Flags,
) -> PyResult<String> {
    let x = float_arg(v)?;
    let prec = prec.unwrap_or(6);
    if prec > 1 << 28 || width > 1 << 28 {
        return Err(PyErr::memory(""));
    }
    let digits = float_digits(x.abs(), ch, prec, f.alt, false);
    let negative = x.is_sign_negative() && !x.is_nan();
    Ok(pad_number(sign_of(negative, f), "", &digits, width, f))
}

fn format_char(v: &Value) -> PyResult<String> {
    let bad = || PyErr::type_err("%c requires int or char");
    match v {
        Value::Str(s) if s.chars().count() == 1 => Ok(s.to_string()),
        Value::Str(_) => Err(bad()),
        _ => {
            let i = int_arg(v, true).ok_or_else(bad)?;
            num_traits::ToPrimitive::to_u32(&i)
                .and_then(char::from_u32)
                .map(|c| c.to_string())
                .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))
        }
    }
}

/// Whether CPython takes `v` as a mapping for `%(name)s` (it has `__getitem__` and is
/// neither a tuple nor a str).
fn is_mapping(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Array(_) | Value::Bytes(_) | Value::Range(..)
    )
}

/// `%(key)`: the value for `key` in the mapping argument.
fn mapping_get(m: &Value, key: &str) -> PyResult<Value> {
    match m {
        Value::Dict(d) => d
            .borrow()
            .iter()
            .find(|(k, _)| matches!(k, Value::Str(s) if s.as_ref() == key))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::key(crate::format::str_repr(key))),
        other => Err(PyErr::type_err(format!(
            "{} indices must be integers or slices, not str",
            other.type_of().short_name()
        ))),
    }
}

/// A `*` width or precision argument.
fn star_arg(args: &mut Args) -> PyResult<i128> {
    match args.next()? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i128),
        _ => Err(PyErr::type_err("* wants int")),
    }
}

/// `fmt % v`.
pub fn percent_format(fmt: &str, v: &Value) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    let (items, whole, len): (&[Value], Option<Value>, isize) = match v {
        Value::Tuple(t) => (t.as_slice(), None, t.len() as isize),
        other => (&[], Some(other.clone()), -1),
    };
    let dict = is_mapping(v).then(|| v.clone());
    let mut args = Args {
        items,
        whole,
        idx: if len < 0 { -2 } else { 0 },
        len,
    };
    let incomplete = || PyErr::value("incomplete format");
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < c.len() {
        if c[pos] != '%' {
            out.push(c[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        let Some(&first) = c.get(pos) else {
            return Err(incomplete());
        };
        if first == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        if first == '(' {
            let mut depth = 1;
            let start = pos + 1;
            pos = start;
            while pos < c.len() && depth > 0 {
                match c[pos] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(PyErr::value("incomplete format key"));
            }
            let Some(m) = &dict else {
                return Err(PyErr::type_err("format requires a mapping"));
            };
            let key: String = c[start..pos - 1].iter().collect();
            let value = mapping_get(m, &key)?;
            args = Args {
                items: &[],
                whole: Some(value),
                idx: -2,
                len: -1,
            };
        }
        let mut f = Flags::default();
        while let Some(&ch) = c.get(pos) {
            match ch {
                '-' => f.left = true,
                '+' => f.plus = true,
                ' ' => f.space = true,
                '#' => f.alt = true,
                '0' => f.zero = true,
                _ => break,
            }
            pos += 1;
        }
        let mut width: usize = 0;
        if c.get(pos) == Some(&'*') {
            let w = star_arg(&mut args)?;
            if w < 0 {
                f.left = true;
            }
            width = usize::try_from(w.unsigned_abs()).map_err(|_| PyErr::value("width too big"))?;
            pos += 1;
        } else {
            while let Some(d) = c.get(pos).and_then(|ch| ch.to_digit(10)) {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= i32::MAX as usize)
                    .ok_or_else(|| PyErr::value("width too big"))?;
                pos += 1;
            }
        }
        let mut prec = None;
        if c.get(pos) == Some(&'.') {
            pos += 1;
            if c.get(pos) == Some(&'*') {
                let p = star_arg(&mut args)?;
                prec =
                    Some(usize::try_from(p.max(0)).map_err(|_| PyErr::value("precision too big"))?);
                pos += 1;
            } else {
                let mut p: usize = 0;
                while let Some(d) = c.get(pos).and_then(|ch| ch.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(d as usize))
                        .filter(|&w| w <= i32::MAX as usize)
                        .ok_or_else(|| PyErr::value("precision too big"))?;
                    pos += 1;
                }
                prec = Some(p);
            }
        }
        while matches!(c.get(pos), Some('h' | 'l' | 'L')) {
            pos += 1;
        }
        let Some(&ch) = c.get(pos) else {
            return Err(incomplete());
        };
        let at = pos;
        pos += 1;
        if width > 1 << 28 {
            return Err(PyErr::memory(""));
        }
        // A `%` after flags, width or key is no escape: it takes an argument and is refused.
        let v = args.next()?;
        let piece = match ch {
            's' | 'r' | 'a' => {
                let t = match ch {
                    's' => crate::format::try_str(&v)?,
                    'r' => crate::format::try_repr(&v)?,
                    _ => ascii_of(&v)?,
                };
                let t = match prec {
                    Some(p) => t.chars().take(p).collect(),
                    None => t,
                };
                pad(t, width, f.left)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_int(ch, &v, width, prec, &f)?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_float(ch, &v, width, prec, &f)?,
            'c' => pad(format_char(&v)?, width, f.left),
            other => {
                return Err(PyErr::value(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    if (31..=126).contains(&(other as u32)) {
                        other
                    } else {
                        '?'
                    },
                    other as u32,
                    at
                )))
            }
        };
        out.push_str(&piece);
    }
    if args.idx < args.len && dict.is_none() {
        return Err(PyErr::type_err(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}
