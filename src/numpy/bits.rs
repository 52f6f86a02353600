//! Bits of integers: `np.packbits`/`np.unpackbits` (NumPy's `_core/src/multiarray/compiled_base.c`:
//! the packed axis is moved last, each run of 8 truth values becomes one uint8, big or little
//! bit order) and the string forms `np.binary_repr`/`np.base_repr` (ported from
//! `_core/numeric.py`). `np.bitwise_count` is a ufunc (`ufunc::UOp::BitwiseCount`).

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, np1};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, to_i64, to_int};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["packbits", "unpackbits", "binary_repr", "base_repr"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "packbits" => packbits(it, &args),
        "unpackbits" => unpackbits(it, &args),
        "binary_repr" => binary_repr(&args),
        "base_repr" => base_repr(&args),
        _ => return None,
    })
}

/// The `bitorder` argument: true for little.
fn bitorder(v: &Option<Value>, strict: bool) -> PyResult<bool> {
    let s = match v {
        None => return Ok(false),
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "{}() argument {} must be str, not {}",
                if strict { "pack" } else { "unpack" },
                if strict { 3 } else { 4 },
                match other {
                    Value::None => "None".to_string(),
                    v => v.type_of().short_name().to_string(),
                }
            )))
        }
    };
    // packbits accepts exactly the two words; unpackbits looks at the first letter.
    let little = match (strict, &*s) {
        (true, "little") => Some(true),
        (true, "big") => Some(false),
        (true, _) => None,
        (false, s) if s.starts_with('l') => Some(true),
        (false, s) if s.starts_with('b') => Some(false),
        (false, _) => None,
    };
    little.ok_or_else(|| {
        PyErr::value(if strict {
            "'order' must be either 'little' or 'big'"
        } else {
            "'order' must begin with 'l' or 'b'"
        })
    })
}

/// The input flattened (axis None) or with `axis` moved last, as C-order rows: the moved
/// array, the axis it came from and the row length.
fn rows_along(
    it: &mut dyn Context,
    a: Value,
    axis: &Option<Value>,
) -> PyResult<(Rc<NdArray>, usize)> {
    let a = as_array(&a)?;
    let (moved, axis) = match given(axis) {
        None => (np1(it, "ravel", vec![Value::Array(a)])?, 0),
        Some(ax) => {
            let a = if a.ndim() == 0 {
                np1(it, "ravel", vec![Value::Array(a)])?
            } else {
                Value::Array(a)
            };
            let nd = as_array(&a)?.ndim();
            let ax = normalize_axis(to_i64(ax)?, nd, None)?;
            let m = np1(
                it,
                "moveaxis",
                vec![a, Value::Int(ax as i128), Value::Int(-1)],
            )?;
            (m, ax)
        }
    };
    Ok((as_array(&moved)?, axis))
}

/// The result rows (C order, last axis new length `len`) put back at `axis`.
fn restore(
    it: &mut dyn Context,
    moved: &NdArray,
    data: Vec<u8>,
    len: usize,
    axis: usize,
) -> PyResult<Value> {
    let mut shape = moved.shape.clone();
    if let Some(last) = shape.last_mut() {
        *last = len;
    }
    let out = Value::Array(Rc::new(NdArray::from_vec(data, &shape)?));
    let back = np1(
        it,
        "moveaxis",
        vec![out, Value::Int(-1), Value::Int(axis as i128)],
    )?;
    np1(it, "ascontiguousarray", vec![back])
}

/// `np.packbits(a, /, axis=None, bitorder='big')`.
fn packbits(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("packbits", &["a", "axis", "bitorder"], 1)?;
    let little = bitorder(&p[2], true)?;
    let a = np1(it, "asarray", vec![arg(&p[0])])?;
    let d = as_array(&a)?.dtype;
    if !(d.is_int() || d == DType::Bool) {
        return Err(PyErr::type_err(
            "Expected an input array of integer or boolean data type",
        ));
    }
    let (moved, axis) = rows_along(it, a, &p[1])?;
    let n = moved.shape.last().copied().unwrap_or(1);
    let packed = n.div_ceil(8);
    let nums = moved.to_nums()?;
    let rows = nums.len().checked_div(n).unwrap_or(0);
    let mut out = Vec::with_capacity(rows.max(1) * packed);
    for r in 0..rows {
        let row = &nums[r * n..(r + 1) * n];
        for chunk in row.chunks(8) {
            let mut byte = 0u8;
            for (i, v) in chunk.iter().enumerate() {
                if nonzero(*v) {
                    byte |= if little { 1 << i } else { 0x80 >> i };
                }
            }
            out.push(byte);
        }
    }
    if n == 0 {
        let others: usize = moved.shape[..moved.ndim() - 1].iter().product();
        out = vec![0; others * packed];
    }
    restore(it, &moved, out, packed, axis)
}

fn nonzero(v: Num) -> bool {
    match v {
        Num::Bool(b) => b,
        Num::Int(i) => i != 0,
        Num::Float(f) => f != 0.0,
        Num::Complex(r, i) => r != 0.0 || i != 0.0,
    }
}

/// `np.unpackbits(a, /, axis=None, count=None, bitorder='big')`.
fn unpackbits(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("unpackbits", &["a", "axis", "count", "bitorder"], 1)?;
    let a = np1(it, "asarray", vec![arg(&p[0])])?;
    if as_array(&a)?.dtype != DType::U8 {
        return Err(PyErr::type_err(
            "Expected an input array of unsigned byte data type",
        ));
    }
    let count = given(&p[2]).map(to_int).transpose()?;
    let little = bitorder(&p[3], false)?;
    let (moved, axis) = rows_along(it, a, &p[1])?;
    let n = moved.shape.last().copied().unwrap_or(1);
    let bits = n as i128 * 8;
    let len = match count {
        None => bits,
        Some(c) if c < 0 => {
            if bits + c < 0 {
                return Err(PyErr::value("-count larger than number of elements"));
            }
            bits + c
        }
        Some(c) => c,
    };
    let len = usize::try_from(len).map_err(|_| PyErr::value("count too large"))?;
    let others: usize = moved.shape[..moved.ndim() - 1].iter().product();
    let total = others
        .checked_mul(len)
        .ok_or_else(|| PyErr::memory("array is too big to unpack"))?;
    let nums = moved.to_nums()?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| PyErr::memory("array is too big to unpack"))?;
    for r in 0..others {
        let row = &nums[r * n..(r + 1) * n];
        for k in 0..len {
            let bit = row.get(k / 8).map_or(0, |v| {
                let byte = match v {
                    Num::Int(i) => *i as u8,
                    _ => 0,
                };
                let shift = if little { k % 8 } else { 7 - k % 8 };
                (byte >> shift) & 1
            });
            out.push(bit);
        }
    }
    restore(it, &moved, out, len, axis)
}

/// `np.binary_repr(num, width=None)`: two's complement when a width is given for a
/// negative number.
fn binary_repr(args: &Args) -> PyResult<Value> {
    let p = args.bind("binary_repr", &["num", "width"], 1)?;
    let num = to_int(&arg(&p[0]))?;
    let width = given(&p[1]).map(to_int).transpose()?;
    check_length(width.unwrap_or(0))?;
    let insufficient = |binwidth: usize| -> PyResult<()> {
        match width {
            Some(w) if w < binwidth as i128 => Err(PyErr::value(format!(
                "Insufficient bit width={} provided for binwidth={}",
                w, binwidth
            ))),
            _ => Ok(()),
        }
    };
    let out_width = |binwidth: usize| width.map_or(binwidth, |w| (w.max(0) as usize).max(binwidth));
    let s = if num == 0 {
        let w = match width {
            None | Some(0) => 1,
            Some(w) => w.max(0) as usize,
        };
        "0".repeat(w)
    } else if num > 0 {
        let b = format!("{:b}", num);
        let w = out_width(b.len());
        insufficient(b.len())?;
        format!("{:0>w$}", b, w = w)
    } else {
        let mag = num.unsigned_abs();
        let b = format!("{:b}", mag);
        match width {
            None => format!("-{}", b),
            Some(_) => {
                let mut poswidth = b.len() as u32;
                if 1u128.checked_shl(poswidth - 1) == Some(mag) {
                    poswidth -= 1;
                }
                // 2**(poswidth+1) + num, computed on the magnitude.
                let twocomp = (1u128 << (poswidth + 1)) - mag;
                let bin = format!("{:b}", twocomp);
                let w = out_width(bin.len());
                insufficient(bin.len())?;
                format!("{}{}", "1".repeat(w - bin.len()), bin)
            }
        }
    };
    Ok(Value::str(&s))
}

/// `np.base_repr(number, base=2, padding=0)`.
fn base_repr(args: &Args) -> PyResult<Value> {
    let p = args.bind("base_repr", &["number", "base", "padding"], 1)?;
    let base = given(&p[1]).map(to_int).transpose()?.unwrap_or(2);
    let padding = given(&p[2]).map(to_int).transpose()?.unwrap_or(0);
    if base > 36 {
        return Err(PyErr::value(
            "Bases greater than 36 not handled in base_repr.",
        ));
    }
    if base < 2 {
        return Err(PyErr::value("Bases less than 2 not handled in base_repr."));
    }
    check_length(padding)?;
    let number = arg(&p[0]);
    let (num, negative) = match &number {
        Value::Float(_) | Value::Scalar(_, Num::Float(_)) => {
            let f = to_f64(&number)?;
            if f.is_nan() {
                return Err(PyErr::value("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            (f.trunc().abs() as u128, f < 0.0)
        }
        _ => {
            let i = to_int(&number)?;
            (i.unsigned_abs(), i < 0)
        }
    };
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let base = base as u128;
    let mut res = Vec::new();
    let mut n = num;
    while n > 0 {
        res.push(DIGITS[(n % base) as usize]);
        n /= base;
    }
    res.extend(std::iter::repeat_n(b'0', padding.max(0) as usize));
    if negative {
        res.push(b'-');
    }
    if res.is_empty() {
        res.push(b'0');
    }
    res.reverse();
    Ok(Value::str(&String::from_utf8_lossy(&res)))
}

/// A string this long cannot be built (Python raises MemoryError too, after trying).
fn check_length(n: i128) -> PyResult<()> {
    if n > 1 << 32 {
        return Err(PyErr::memory(""));
    }
    Ok(())
}
