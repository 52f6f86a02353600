//! Looking at arrays and dtypes: `np.info`, `np.dtype`, memory sharing and promotion queries.

use super::Family;
use crate::array::dtype::{Casting, DType};
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
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

fn call(it: &mut Interp, name: &str, args: Args) -> Option<PyResult<Value>> {
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
        "real" | "imag" => real_imag(it, &args, name),
        _ => return None,
    })
}

/// `np.real(val)` / `np.imag(val)`: NumPy returns `val.real` when the object has it (a
/// view for complex arrays, the scalar part for scalars), else `asanyarray(val).real`.
fn real_imag(it: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["val"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    match &v {
        Value::Array(x) => crate::eval::attrs::real_imag(x, name == "imag"),
        Value::Scalar(..) | Value::Complex(..) => crate::eval::attrs::get_attr(it, &v, name),
        // Python numbers have `.real`/`.imag` too.
        Value::Float(_) if name == "imag" => Ok(Value::Float(0.0)),
        Value::Int(_) if name == "imag" => Ok(Value::Int(0)),
        Value::Float(_) | Value::Int(_) => Ok(v.clone()),
        other => crate::eval::attrs::real_imag(&as_array(other)?, name == "imag"),
    }
}

fn info(it: &mut Interp, args: &Args) -> PyResult<Value> {
    let a = args.bind("info", &["object", "maxwidth", "output", "toplevel"], 0)?;
    let text = match given(&a[0]) {
        Some(Value::Array(x)) => crate::format::info::array_info(x),
        Some(other) => crate::teach::help::help_text(other),
        None => crate::teach::help::help_text(&Value::Module(Rc::from("numpy"))),
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
