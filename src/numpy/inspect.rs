//! Looking at arrays and dtypes: `np.info`, `np.dtype`, memory sharing and promotion queries.

use super::Family;
use crate::array::dtype::{Casting, DType};
use crate::array::element::{coerce, Num};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dtype};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "info",
        "dtype",
        "shares_memory",
        "may_share_memory",
        "set_printoptions",
        "get_printoptions",
        "result_type",
        "promote_types",
        "can_cast",
        "real",
        "imag",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "info" => info(it, &args),
        "dtype" => args
            .bind("dtype", &["dtype", "align", "copy"], 1)
            .and_then(|a| match given(&a[0]) {
                // `np.dtype(None)` is the default dtype.
                None => Ok(Value::DType(DType::F64)),
                Some(d) => to_dtype(d).map(Value::DType),
            }),
        "shares_memory" | "may_share_memory" => shares(&args, name),
        "result_type" | "promote_types" => result_type(&args, name),
        "can_cast" => can_cast(&args),
        "real" | "imag" => real_imag(&args, name),
        _ => return None,
    })
}

/// `np.real(val)` / `np.imag(val)`: NumPy returns `val.real` when the object has it (a
/// view for complex arrays, the scalar part for scalars), else `asanyarray(val).real`.
fn real_imag(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["val"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    if let Some(part) = scalar_real_imag(&v, name == "imag") {
        return Ok(part);
    }
    match &v {
        Value::Array(x) => array_real_imag(x, name == "imag"),
        // Python numbers have `.real`/`.imag` too.
        Value::Float(_) if name == "imag" => Ok(Value::Float(0.0)),
        Value::Int(_) if name == "imag" => Ok(Value::Int(0)),
        Value::Float(_) | Value::Int(_) => Ok(v.clone()),
        other => array_real_imag(&as_array(other)?, name == "imag"),
    }
}

/// `x.real` / `x.imag`. For complex arrays NumPy returns views of the component
/// (same shape and strides, half the item size, the imaginary part one component further
/// on) that write through to `x`; for other arrays `x.real` is `x` itself and `x.imag` a
/// fresh read-only array of zeros.
pub fn array_real_imag(a: &ArrayRef, imag: bool) -> PyResult<Value> {
    if a.dtype.is_complex() {
        let part = a.dtype.real_of();
        let offset = a.offset as isize + if imag { part.itemsize() as isize } else { 0 };
        let mut v = NdArray::view(a, offset, a.shape.clone(), a.strides.clone(), part)?;
        // A big-endian complex is two big-endian floats.
        v.swapped = a.swapped;
        return Ok(Value::Array(Rc::new(v)));
    }
    if !imag {
        return Ok(Value::Array(a.clone()));
    }
    // NumPy allocates it like the source (`PyArray_NewLikeArray`, order K).
    let mut z = NdArray::zeros(&a.shape, a.dtype)?;
    z.strides = crate::array::layout::fresh_strides(
        &a.shape,
        crate::array::layout::strides_for_order(
            crate::array::layout::Order::K,
            &a.shape,
            &a.strides,
            a.itemsize(),
        ),
    );
    z.writeable.set(false);
    // Zeros are zeros in either byte order: the result keeps the source's descriptor.
    z.swapped = a.swapped;
    Ok(Value::Array(Rc::new(z)))
}

/// `.real` / `.imag` of a NumPy scalar (the component as a scalar of the real dtype; a
/// non-complex scalar is its own real part and has a zero imaginary part) or of a Python
/// complex; `None` for other values.
pub fn scalar_real_imag(v: &Value, imag: bool) -> Option<Value> {
    match v {
        Value::Scalar(d, n) if d.is_complex() => {
            let (re, im) = n.as_complex();
            Some(Value::Scalar(
                d.real_of(),
                Num::Float(if imag { im } else { re }),
            ))
        }
        Value::Scalar(d, _) if imag => Some(Value::Scalar(*d, coerce(*d, Num::Int(0)))),
        Value::Scalar(..) => Some(v.clone()),
        Value::Complex(r, i) => Some(Value::Float(if imag { *i } else { *r })),
        _ => None,
    }
}

fn info(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("info", &["object", "maxwidth", "output", "toplevel"], 0)?;
    let text = match given(&a[0]) {
        Some(Value::Array(x)) => crate::format::info::array_info(x),
        Some(other) => crate::format::help::help_text(other),
        None => crate::format::help::help_text(&Value::Module(Rc::from("numpy"))),
    };
    it.print(&text);
    Ok(Value::None)
}

/// Exact overlap test (`np.shares_memory`): do the two arrays have an element byte in
/// common? The larger array's element byte ranges are sorted with a running maximum of
/// their ends, so each element of the smaller one is checked with one binary search.
/// Beyond a few million elements the answer falls back to the extent test.
pub fn shares_memory_exact(a: &NdArray, b: &NdArray) -> bool {
    if !crate::array::kernels::may_overlap(a, b) {
        return false;
    }
    let (small, big) = if a.size() <= b.size() { (a, b) } else { (b, a) };
    if big.size() > 4_000_000 {
        return true;
    }
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(big.size());
    NdArray::for_each_index(&big.shape, |i| {
        let o = big.offset_of(i);
        ranges.push((o, o + big.itemsize()));
    });
    ranges.sort_unstable();
    let mut max_end = Vec::with_capacity(ranges.len());
    let mut m = 0;
    for &(_, e) in &ranges {
        m = m.max(e);
        max_end.push(m);
    }
    let mut hit = false;
    NdArray::for_each_index(&small.shape, |i| {
        if hit {
            return;
        }
        let o = small.offset_of(i);
        let e = o + small.itemsize();
        let k = ranges.partition_point(|&(s, _)| s < e);
        hit = k > 0 && max_end[k - 1] > o;
    });
    hit
}

fn shares(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["a", "b", "max_work"], 2)?;
    let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let y = as_array(a[1].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::Bool(if name == "shares_memory" {
        shares_memory_exact(&x, &y)
    } else {
        crate::array::kernels::may_overlap(&x, &y)
    }))
}

fn result_type(args: &Args, name: &str) -> PyResult<Value> {
    if name == "promote_types" {
        let a = args.bind(name, &["type1", "type2"], 2)?;
        let x = to_dtype(a[0].as_ref().unwrap_or(&Value::None))?;
        let y = to_dtype(a[1].as_ref().unwrap_or(&Value::None))?;
        return Ok(Value::DType(DType::promote(x, y)));
    }
    if args.pos.is_empty() {
        return Err(PyErr::value("at least one array or dtype is required"));
    }
    let mut ops = Vec::new();
    for v in &args.pos {
        ops.push(match v {
            Value::DType(_) | Value::Type(_) | Value::Str(_) => {
                let d = to_dtype(v)?;
                super::ufunc::Operand {
                    array: Rc::new(NdArray::zeros(&[], d)?),
                    weak: None,
                    scalar: true,
                }
            }
            other => super::ufunc::operand(other)?,
        });
    }
    let refs: Vec<&super::ufunc::Operand> = ops.iter().collect();
    Ok(Value::DType(super::ufunc::result_type(&refs)))
}

fn can_cast(args: &Args) -> PyResult<Value> {
    let a = args.bind("can_cast", &["from_", "to", "casting"], 2)?;
    let from = match a[0].as_ref() {
        Some(Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(..)) => {
            return Err(PyErr::type_err(
                "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.",
            ))
        }
        Some(v) => to_dtype(v)?,
        None => DType::F64,
    };
    let to = to_dtype(a[1].as_ref().unwrap_or(&Value::None))?;
    let casting = match given(&a[2]).map(crate::format::str_of).as_deref() {
        None | Some("safe") => Casting::Safe,
        Some("no") => Casting::No,
        Some("equiv") => Casting::Equiv,
        Some("same_kind") => Casting::SameKind,
        Some("unsafe") => Casting::Unsafe,
        Some(_) => {
            return Err(PyErr::value(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'",
            ))
        }
    };
    Ok(Value::Bool(from.can_cast(to, casting)))
}
