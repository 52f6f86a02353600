//! The `.npy` header: NumPy's `numpy/lib/_format_impl.py` byte for byte — the magic string,
//! versions 1.0/2.0/3.0, and the Python dict literal `{'descr': …, 'fortran_order': …,
//! 'shape': …, }` padded to a 64-byte boundary — read with NumPy's checks and messages.
//!
//! The dict is parsed by a small literal parser (strings, numbers, booleans, None, tuples,
//! lists, dicts), never evaluated: the header is untrusted input.

use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};

pub const MAGIC_PREFIX: &[u8; 6] = b"\x93NUMPY";
/// NumPy refuses longer headers unless the file is trusted (`max_header_size`).
pub const MAX_HEADER_SIZE: usize = 10000;
/// Data starts at a multiple of this (so any dtype can be memory-mapped aligned).
const ARRAY_ALIGN: usize = 64;
/// Spare spaces NumPy leaves so the growth axis can be rewritten in place.
const GROWTH_AXIS_MAX_DIGITS: usize = 21;

/// A header as read, before its shape is checked against the data that follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub dtype: DType,
    pub swapped: bool,
    pub fortran: bool,
    pub dims: Vec<i128>,
}

impl Parsed {
    /// The checked shape, given how many data bytes follow the header: every refusal
    /// happens here, before anything is allocated for the data.
    pub fn header(&self, avail: u64) -> PyResult<Header> {
        let got = avail / self.dtype.itemsize() as u64;
        let count = signed_count(&self.dims);
        if self.dims.iter().any(|&d| d < 0) {
            return Err(short_data(&shape_repr(&self.dims), count, got));
        }
        let shape = checked_shape(&self.dims, self.dtype)?;
        if count as u128 > got as u128 {
            return Err(short_data(&shape_repr(&self.dims), count, got));
        }
        Ok(Header {
            dtype: self.dtype,
            swapped: self.swapped,
            fortran: self.fortran,
            shape,
        })
    }
}

/// What a header describes.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub dtype: DType,
    /// Stored in the non-native byte order.
    pub swapped: bool,
    pub fortran: bool,
    pub shape: Vec<usize>,
}

/// A Python literal as `ast.literal_eval` would return it (the subset headers use).
#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Str(String),
    Int(i128),
    Float(f64),
    Bool(bool),
    None,
    Tuple(Vec<Lit>),
    List(Vec<Lit>),
    Dict(Vec<(Lit, Lit)>),
}

impl Lit {
    /// Python's repr, for NumPy's error messages.
    fn repr(&self) -> String {
        match self {
            Lit::Str(s) => py_str_repr(s),
            Lit::Int(i) => i.to_string(),
            Lit::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 => {
                format!("{:.1}", f)
            }
            Lit::Float(f) => format!("{}", f),
            Lit::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Lit::None => "None".into(),
            Lit::Tuple(v) if v.len() == 1 => format!("({},)", v[0].repr()),
            Lit::Tuple(v) => format!("({})", join(v)),
            Lit::List(v) => format!("[{}]", join(v)),
            Lit::Dict(kv) => {
                let items: Vec<String> = kv
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
        }
    }
}

fn join(v: &[Lit]) -> String {
    v.iter().map(Lit::repr).collect::<Vec<_>>().join(", ")
}

/// Python's `repr(str)` (single quotes unless the text holds one and no double quote).
pub fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A recursive-descent parser over the header text. Nesting is bounded, so a hostile
/// header cannot exhaust the stack.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

const MAX_DEPTH: usize = 32;

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Lit> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let v = match self.peek()? {
            b'{' => {
                self.i += 1;
                let mut kv = Vec::new();
                while !self.eat(b'}') {
                    let k = self.value()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    kv.push((k, self.value()?));
                    if !self.eat(b',') {
                        if !self.eat(b'}') {
                            return None;
                        }
                        break;
                    }
                }
                Lit::Dict(kv)
            }
            open @ (b'(' | b'[') => {
                self.i += 1;
                let close = if open == b'(' { b')' } else { b']' };
                let mut items = Vec::new();
                let mut trailing_comma = false;
                while !self.eat(close) {
                    items.push(self.value()?);
                    trailing_comma = self.eat(b',');
                    if !trailing_comma {
                        if !self.eat(close) {
                            return None;
                        }
                        break;
                    }
                }
                match (open, items.len(), trailing_comma) {
                    // `(x)` is just x in Python.
                    (b'(', 1, false) => items.pop()?,
                    (b'(', ..) => Lit::Tuple(items),
                    _ => Lit::List(items),
                }
            }
            q @ (b'\'' | b'"') => {
                self.i += 1;
                let mut text = Vec::new();
                loop {
                    let c = *self.s.get(self.i)?;
                    self.i += 1;
                    if c == q {
                        break;
                    }
                    if c == b'\\' {
                        let e = *self.s.get(self.i)?;
                        self.i += 1;
                        text.push(match e {
                            b'n' => b'\n',
                            b't' => b'\t',
                            other => other,
                        });
                    } else {
                        text.push(c);
                    }
                }
                Lit::Str(String::from_utf8(text).ok()?)
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len()
                    && (self.s[self.i].is_ascii_alphanumeric()
                        || matches!(self.s[self.i], b'_' | b'.' | b'-' | b'+'))
                {
                    self.i += 1;
                }
                let word = std::str::from_utf8(&self.s[start..self.i]).ok()?;
                match word {
                    "True" => Lit::Bool(true),
                    "False" => Lit::Bool(false),
                    "None" => Lit::None,
                    w => {
                        let digits = w.strip_prefix(['-', '+']).unwrap_or(w);
                        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                            // Beyond i128 a dimension is absurd anyway: saturate.
                            Lit::Int(w.parse::<i128>().unwrap_or(if w.starts_with('-') {
                                i128::MIN
                            } else {
                                i128::MAX
                            }))
                        } else {
                            Lit::Float(w.parse::<f64>().ok()?)
                        }
                    }
                }
            }
        };
        self.depth -= 1;
        Some(v)
    }
}

fn parse_literal(text: &str) -> Option<Lit> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.ws();
    (p.i == p.s.len()).then_some(v)
}

/// `numpy.dtype(descr)` for a header's descr string, with its byte order.
pub fn parse_descr(s: &str) -> Option<(DType, bool)> {
    crate::numpy::byteorder::parse_spec(s).ok()
}

pub use crate::array::byteorder::descr;

/// Python's repr of a shape tuple.
pub fn shape_repr<T: ToString>(shape: &[T]) -> String {
    match shape {
        [] => "()".into(),
        [n] => format!("({},)", n.to_string()),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The full header (magic through the final newline) NumPy's `write_array` writes for an
/// array: the oldest version that can hold it.
pub fn write_header(h: &Header) -> Vec<u8> {
    let mut text = format!(
        "{{'descr': '{}', 'fortran_order': {}, 'shape': {}, }}",
        descr(h.dtype, h.swapped),
        if h.fortran { "True" } else { "False" },
        shape_repr(&h.shape)
    );
    if !h.shape.is_empty() {
        let growth = if h.fortran {
            h.shape[h.shape.len() - 1]
        } else {
            h.shape[0]
        };
        text.push_str(&" ".repeat(GROWTH_AXIS_MAX_DIGITS.saturating_sub(growth.to_string().len())));
    }
    let wrap = |len_bytes: usize| {
        let hlen = text.len() + 1;
        let pad = ARRAY_ALIGN - ((MAGIC_PREFIX.len() + 2 + len_bytes + hlen) % ARRAY_ALIGN);
        (hlen + pad, pad)
    };
    let (total, pad) = wrap(2);
    let mut out = MAGIC_PREFIX.to_vec();
    if total <= u16::MAX as usize {
        out.extend_from_slice(&[1, 0]);
        out.extend_from_slice(&(total as u16).to_le_bytes());
    } else {
        let (total, _) = wrap(4);
        out.extend_from_slice(&[2, 0]);
        out.extend_from_slice(&(total as u32).to_le_bytes());
    }
    let pad = if out[6] == 1 { pad } else { wrap(4).1 };
    out.extend_from_slice(text.as_bytes());
    out.extend(std::iter::repeat_n(b' ', pad));
    out.push(b'\n');
    out
}

/// NumPy's `_read_bytes` error.
pub fn eof(what: &str, want: usize, got: usize) -> PyErr {
    PyErr::value(format!(
        "EOF: reading {}, expected {} bytes got {}",
        what, want, got
    ))
}

/// Read exactly `n` bytes (fewer only at the end of the data), never allocating more than
/// the data really holds.
pub fn read_up_to(r: &mut impl std::io::Read, n: usize) -> PyResult<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    r.take(n as u64)
        .read_to_end(&mut out)
        .map_err(|e| PyErr::os(e.to_string()))?;
    Ok(out)
}

/// Read and check the magic string, version and header dict (`read_magic`,
/// `_check_version`, `_read_array_header`). Returns the header and its length in bytes.
pub fn read_header(r: &mut impl std::io::Read) -> PyResult<(Parsed, usize)> {
    let magic = read_up_to(r, 8)?;
    if magic.len() != 8 {
        return Err(eof("magic string", 8, magic.len()));
    }
    if &magic[..6] != MAGIC_PREFIX {
        return Err(PyErr::value(format!(
            "the magic string is not correct; expected b'\\x93NUMPY', got {}",
            crate::format::repr(&crate::value::Value::Bytes(std::rc::Rc::new(
                magic[..6].to_vec()
            )))
        )));
    }
    let (major, minor) = (magic[6], magic[7]);
    let len_bytes = match (major, minor) {
        (1, 0) => 2,
        (2, 0) | (3, 0) => 4,
        _ => {
            return Err(PyErr::value(format!(
                "we only support format version (1,0), (2,0), and (3,0), not ({}, {})",
                major, minor
            )))
        }
    };
    let raw_len = read_up_to(r, len_bytes)?;
    if raw_len.len() != len_bytes {
        return Err(eof("array header length", len_bytes, raw_len.len()));
    }
    let hlen = raw_len
        .iter()
        .rev()
        .fold(0usize, |acc, &b| (acc << 8) | b as usize);
    let raw = read_up_to(r, hlen)?;
    if raw.len() != hlen {
        return Err(eof("array header", hlen, raw.len()));
    }
    // Versions 1.0 and 2.0 are latin-1, 3.0 utf-8.
    let text: String = if major == 3 {
        String::from_utf8(raw)
            .map_err(|_| PyErr::new("UnicodeDecodeError", "'utf-8' codec can't decode header"))?
    } else {
        raw.iter().map(|&b| b as char).collect()
    };
    if text.chars().count() > MAX_HEADER_SIZE {
        return Err(PyErr::value(format!(
            "Header info length ({}) is large and may not be safe to load securely.\n\
             To allow loading, adjust `max_header_size` or fully trust the `.npy` file using \
             `allow_pickle=True`.\n\
             For safety against large resource use or crashes, sandboxing may be necessary.",
            text.chars().count()
        )));
    }
    let header = interpret(&text)?;
    Ok((header, 8 + len_bytes + hlen))
}

/// The checks of `_read_array_header` on the parsed dict, in NumPy's order.
fn interpret(text: &str) -> PyResult<Parsed> {
    let d = parse_literal(text)
        .ok_or_else(|| PyErr::value(format!("Cannot parse header: {}", py_str_repr(text))))?;
    let Lit::Dict(kv) = d else {
        return Err(PyErr::value(format!(
            "Header is not a dictionary: {}",
            d.repr()
        )));
    };
    let get = |k: &str| {
        kv.iter()
            .rev()
            .find(|(key, _)| *key == Lit::Str(k.into()))
            .map(|(_, v)| v)
    };
    let mut keys: Vec<String> = kv.iter().map(|(k, _)| k.repr()).collect();
    keys.sort();
    keys.dedup();
    let (Some(shape), Some(fortran), Some(descr)) =
        (get("shape"), get("fortran_order"), get("descr"))
    else {
        return Err(bad_keys(&keys));
    };
    if keys.len() != 3 {
        return Err(bad_keys(&keys));
    }
    let dims = match shape {
        Lit::Tuple(v) if v.iter().all(|x| matches!(x, Lit::Int(_))) => v
            .iter()
            .filter_map(|x| match x {
                Lit::Int(i) => Some(*i),
                _ => None,
            })
            .collect::<Vec<i128>>(),
        other => {
            return Err(PyErr::value(format!(
                "shape is not valid: {}",
                other.repr()
            )))
        }
    };
    let Lit::Bool(fortran) = *fortran else {
        return Err(PyErr::value(format!(
            "fortran_order is not a valid bool: {}",
            fortran.repr()
        )));
    };
    let (dtype, swapped) = match descr {
        Lit::Str(s) if s == "|O" || s == "O" || s.ends_with('O') && s.len() == 2 => {
            return Err(PyErr::value(
                "Object arrays cannot be loaded when allow_pickle=False",
            ))
        }
        Lit::Str(s) => parse_descr(s).ok_or_else(|| {
            PyErr::value(format!(
                "descr is not a valid dtype descriptor: {}",
                descr.repr()
            ))
        })?,
        Lit::List(_) | Lit::Tuple(_) => {
            return Err(PyErr::not_implemented(format!(
                "arrsh does not support structured dtypes: {}",
                descr.repr()
            )))
        }
        other => {
            return Err(PyErr::value(format!(
                "descr is not a valid dtype descriptor: {}",
                other.repr()
            )))
        }
    };
    Ok(Parsed {
        dtype,
        swapped,
        fortran,
        dims,
    })
}

fn bad_keys(keys: &[String]) -> PyErr {
    PyErr::value(format!(
        "Header does not contain the correct keys: [{}]",
        keys.join(", ")
    ))
}

/// The element count NumPy would expect: the product of the dims, which NumPy computes
/// in int64 (so a negative dim gives a negative count).
pub fn signed_count(dims: &[i128]) -> i128 {
    dims.iter().fold(1i128, |acc, &d| acc.saturating_mul(d))
}

/// Non-negative dims as sizes, with NumPy's "array is too big" error for a product no
/// memory could hold (NumPy's own int64 product would wrap around there).
fn checked_shape(dims: &[i128], dtype: DType) -> PyResult<Vec<usize>> {
    let mut bytes = dtype.itemsize() as u128;
    let mut shape = Vec::with_capacity(dims.len().min(64));
    for &d in dims {
        bytes = bytes.saturating_mul(d as u128);
        shape.push(usize::try_from(d).unwrap_or(usize::MAX));
    }
    if shape.len() > 64 {
        return Err(PyErr::value(format!(
            "maximum supported dimension for an ndarray is currently 64, found {}",
            shape.len()
        )));
    }
    if bytes > isize::MAX as u128 {
        return Err(PyErr::value(
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
        ));
    }
    Ok(shape)
}

/// NumPy's message when the data holds fewer elements than the header promises.
fn short_data(shape: &str, count: i128, got: u64) -> PyErr {
    PyErr::value(format!(
        "Failed to read all data for array. Expected {} = {} elements, could only read {} \
         elements. (file seems not fully written?)",
        shape, count, got
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips_and_pads_to_64() {
        let h = Header {
            dtype: DType::F64,
            swapped: true,
            fortran: true,
            shape: vec![2, 3],
        };
        let bytes = write_header(&h);
        assert_eq!(bytes.len() % 64, 0);
        let (back, len) = read_header(&mut &bytes[..])
            .map_err(|e| e.msg.clone())
            .unwrap_or_else(|m| {
                panic!("{m}");
            });
        assert_eq!(len, bytes.len());
        assert_eq!(back.header(48).map_err(|e| e.msg.clone()), Ok(h));
        assert!(back.header(40).is_err());
    }

    #[test]
    fn literal_parser_follows_python() {
        assert_eq!(parse_literal("(3)"), Some(Lit::Int(3)));
        assert_eq!(parse_literal("(3,)"), Some(Lit::Tuple(vec![Lit::Int(3)])));
        assert_eq!(
            parse_literal("{'a': 1,}").map(|l| l.repr()),
            Some("{'a': 1}".into())
        );
        assert_eq!(parse_literal("{'a': 1"), None);
        assert_eq!(parse_literal(&"[".repeat(1000)), None);
    }
}
