//! Choosing and writing items by condition: `np.select`, `np.extract`, `np.flatnonzero`,
//! `np.copyto` (casting=, where=), `np.place` and `np.putmask`, after NumPy's
//! `lib/_function_base_impl.py` and its C `copyto`/`place`/`putmask`.

use super::Family;
use crate::array::dtype::{Casting, DType};
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1, set};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values};
use crate::value::index::{assign_into, value_array};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "select",
        "extract",
        "flatnonzero",
        "copyto",
        "place",
        "putmask",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "select" => select(it, &args),
        "extract" => extract(it, &args),
        "flatnonzero" => flatnonzero(it, &args),
        "copyto" => copyto(it, &args),
        "place" => place(it, &args, false),
        "putmask" => place(it, &args, true),
        _ => return None,
    })
}

fn is_py_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Complex(..))
}

/// `np.select(condlist, choicelist, default=0)`: the first choice whose condition holds.
fn select(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("select", &["condlist", "choicelist", "default"], 2)?;
    let conds = iter_values(&arg(&p[0]))?;
    let choices = iter_values(&arg(&p[1]))?;
    if conds.len() != choices.len() {
        return Err(PyErr::value(
            "list of cases must be same length as list of conditions",
        ));
    }
    if conds.is_empty() {
        return Err(PyErr::value(
            "select with an empty condition list is not possible",
        ));
    }
    let mut choicelist = Vec::new();
    let default = p[2].clone().unwrap_or(Value::Int(0));
    for c in choices.into_iter().chain(std::iter::once(default)) {
        choicelist.push(if is_py_number(&c) {
            c
        } else {
            np1(it, "asarray", vec![c])?
        });
    }
    let dtype = np1(it, "result_type", choicelist.clone())?;
    let condlist = iter_values(&np1(it, "broadcast_arrays", conds)?)?;
    let choicelist = iter_values(&np1(it, "broadcast_arrays", choicelist)?)?;
    for (i, c) in condlist.iter().enumerate() {
        if as_array(c)?.dtype != DType::Bool {
            return Err(PyErr::type_err(format!(
                "invalid entry {} in condlist: should be boolean ndarray",
                i
            )));
        }
    }
    let first = as_array(&choicelist[0])?;
    let shape = if first.ndim() == 0 {
        as_array(&condlist[0])?.shape.clone()
    } else {
        let b = np1(
            it,
            "broadcast_arrays",
            vec![condlist[0].clone(), choicelist[0].clone()],
        )?;
        as_array(&iter_values(&b)?[0])?.shape.clone()
    };
    let shape = Value::ints(shape.iter().map(|&d| d as i128));
    let last = choicelist[choicelist.len() - 1].clone();
    let result = np(it, "full", vec![shape, last], vec![("dtype", dtype)])?;
    let n = condlist.len();
    for k in (0..n).rev() {
        np(
            it,
            "copyto",
            vec![result.clone(), choicelist[k].clone()],
            vec![("where", condlist[k].clone())],
        )?;
    }
    Ok(result)
}

/// `np.extract(condition, arr)`: `take(ravel(arr), nonzero(ravel(condition))[0])`.
fn extract(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("extract", &["condition", "arr"], 2)?;
    let flat = np1(it, "ravel", vec![arg(&p[1])])?;
    let cond = np1(it, "ravel", vec![arg(&p[0])])?;
    let nz = iter_values(&np1(it, "nonzero", vec![cond])?)?;
    np1(it, "take", vec![flat, nz[0].clone()])
}

/// `np.flatnonzero(a)`: `nonzero(ravel(a))[0]`.
fn flatnonzero(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("flatnonzero", &["a"], 1)?;
    let flat = np1(it, "ravel", vec![arg(&p[0])])?;
    let nz = iter_values(&np1(it, "nonzero", vec![flat])?)?;
    Ok(nz[0].clone())
}

fn casting_arg(v: &Option<Value>) -> PyResult<Casting> {
    let Some(v) = given(v) else {
        return Ok(Casting::SameKind);
    };
    let s = crate::format::str_of(v);
    Ok(match s.as_str() {
        "no" => Casting::No,
        "equiv" => Casting::Equiv,
        "safe" => Casting::Safe,
        "same_kind" => Casting::SameKind,
        "unsafe" => Casting::Unsafe,
        _ => {
            return Err(PyErr::value(format!(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '{}')",
                s
            )))
        }
    })
}

/// The dtype a copied value casts from: a Python number is "weak" and takes the
/// destination's dtype when its kind fits (NEP 50).
fn source_dtype(v: &Value, dst: DType) -> PyResult<DType> {
    Ok(match v {
        Value::Bool(_) => DType::Bool,
        Value::Int(_) if dst != DType::Bool => dst,
        Value::Int(_) => DType::I64,
        Value::Float(_) if dst.is_inexact() => dst,
        Value::Float(_) => DType::F64,
        Value::Complex(..) if dst.is_complex() => dst,
        Value::Complex(..) => DType::C128,
        other => as_array(&value_array(other, dst).map(Value::Array)?)?.dtype,
    })
}

fn cast_error(from: DType, to: DType, scalar: bool, casting: Casting) -> PyErr {
    PyErr::type_err(format!(
        "Cannot cast {} from dtype('{}') to dtype('{}') according to the rule '{}'",
        if scalar { "scalar" } else { "array data" },
        from.name(),
        to.name(),
        casting.name()
    ))
}

/// An operand broadcast against `ndim` dimensions loses the leading length-1 axes it
/// has beyond them (NumPy's copyto accepts `(1, 1, 4)` into `(4,)`).
fn drop_leading_ones(
    a: crate::array::object::ArrayRef,
    ndim: usize,
) -> PyResult<crate::array::object::ArrayRef> {
    let mut k = 0;
    while a.ndim() - k > ndim && a.shape[k] == 1 {
        k += 1;
    }
    if k == 0 {
        return Ok(a);
    }
    let shape: Vec<i64> = a.shape[k..].iter().map(|&d| d as i64).collect();
    crate::numpy::shape::reshape(&a, &shape, false)
}

/// `np.copyto(dst, src, casting='same_kind', where=True)`.
fn copyto(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("copyto", &["dst", "src", "casting", "where"], 2)?;
    let dst = match &p[0] {
        Some(Value::Array(a)) => a.clone(),
        other => {
            return Err(PyErr::type_err(format!(
                "copyto() argument 1 must be a numpy.ndarray, not {}",
                arg(other).type_of().short_name()
            )))
        }
    };
    let casting = casting_arg(&p[2])?;
    let src_v = arg(&p[1]);
    let from = source_dtype(&src_v, dst.dtype)?;
    let src = drop_leading_ones(value_array(&src_v, dst.dtype)?, dst.ndim())?;
    if !from.can_cast(dst.dtype, casting) {
        let scalar = !matches!(src_v, Value::Array(ref a) if a.ndim() > 0)
            && !matches!(src_v, Value::List(_) | Value::Tuple(_));
        return Err(cast_error(from, dst.dtype, scalar, casting));
    }
    dst.check_writeable()?;
    super::cast_warnings::check_values(it, &src_v, dst.dtype)?;
    match p.get(3).and_then(|w| w.clone()) {
        None | Some(Value::Bool(true)) => assign_into(&dst, &src)?,
        Some(w) => {
            let w = np1(it, "asarray", vec![w])?;
            let w = Value::Array(drop_leading_ones(as_array(&w)?, dst.ndim())?);
            let wd = as_array(&w)?.dtype;
            if wd != DType::Bool {
                return Err(cast_error(wd, DType::Bool, false, Casting::Safe));
            }
            let shape = Value::ints(dst.shape.iter().map(|&d| d as i128));
            let full = np(
                it,
                "empty",
                vec![shape.clone()],
                vec![("dtype", Value::DType(dst.dtype))],
            )?;
            let full_a = as_array(&full)?;
            assign_into(&full_a, &src)?;
            let mask = np1(it, "broadcast_to", vec![w, shape])?;
            let picked = get(&full, &mask)?;
            set(&Value::Array(dst), &mask, &picked)?;
        }
    }
    Ok(Value::None)
}

/// `np.place(arr, mask, vals)` (the k-th masked item gets `vals[k % len]`) and
/// `np.putmask(a, mask, values)` (the item at flat position i gets `values[i % len]`).
fn place(it: &mut dyn Context, args: &Args, by_position: bool) -> PyResult<Value> {
    let (fname, names) = if by_position {
        ("putmask", ["a", "mask", "values"])
    } else {
        ("place", ["arr", "mask", "vals"])
    };
    let p = args.bind(fname, &names, 3)?;
    let a = match &p[0] {
        Some(Value::Array(a)) => a.clone(),
        other => {
            return Err(PyErr::type_err(if by_position {
                "putmask: first argument must be an array".to_string()
            } else {
                format!(
                    "place() argument 1 must be numpy.ndarray, not {}",
                    arg(other).type_of().short_name()
                )
            }))
        }
    };
    a.check_writeable()?;
    let shape = Value::ints(a.shape.iter().map(|&d| d as i128));
    let mask = np(
        it,
        "asarray",
        vec![arg(&p[1])],
        vec![("dtype", Value::DType(DType::Bool))],
    )?;
    let m = as_array(&mask)?;
    if m.size() != a.size() {
        return Err(PyErr::value(if by_position {
            "putmask: mask and data must be the same size".to_string()
        } else {
            "place: mask and data must be the same size".to_string()
        }));
    }
    // Python ints among the values must fit the array's dtype.
    let vals = Value::Array(value_array(&arg(&p[2]), a.dtype)?);
    let vals = np(it, "ravel", vec![vals], vec![])?;
    let vals = np(
        it,
        "asarray",
        vec![vals],
        vec![("dtype", Value::DType(a.dtype))],
    )?;
    let nv = as_array(&vals)?.size() as i128;
    let flat_mask = np1(it, "ravel", vec![mask])?;
    let where_ = iter_values(&np1(it, "nonzero", vec![flat_mask])?)?[0].clone();
    let count = as_array(&where_)?.size() as i128;
    if count == 0 {
        return Ok(Value::None);
    }
    if nv == 0 {
        // putmask with no values writes nothing; place refuses.
        if by_position {
            return Ok(Value::None);
        }
        return Err(PyErr::value("Cannot insert from an empty array!"));
    }
    let picks = if by_position {
        np1(it, "remainder", vec![where_.clone(), Value::Int(nv)])?
    } else {
        let k = np1(it, "arange", vec![Value::Int(count)])?;
        np1(it, "remainder", vec![k, Value::Int(nv)])?
    };
    let items = get(&vals, &picks)?;
    let flat_idx = np1(it, "unravel_index", vec![where_, shape])?;
    set(&Value::Array(a), &flat_idx, &items)?;
    Ok(Value::None)
}
