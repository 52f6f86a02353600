//! Indexing along an axis and open meshes: `np.take_along_axis`, `np.put_along_axis`,
//! `np.ix_`, `np.choose` (modes raise/wrap/clip) and `np.lexsort` — NumPy's Python
//! definitions (`lib/_shape_base_impl.py`, `lib/_index_tricks_impl.py`) over arrsh's fancy
//! indexing, and `lexsort` as the stable sorts it amounts to, least significant key first.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "take_along_axis",
        "put_along_axis",
        "ix_",
        "choose",
        "lexsort",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "take_along_axis" => along(it, &args, false),
        "put_along_axis" => along(it, &args, true),
        "ix_" => ix(it, &args),
        "choose" => choose(it, &args),
        "lexsort" => lexsort(it, &args),
        _ => return None,
    })
}

fn shape_value(shape: &[i128]) -> Value {
    Value::ints(shape.iter().copied())
}

/// `_make_along_axis_idx`: `indices` on `axis`, broadcast aranges on the others.
fn along_index(
    it: &mut dyn Context,
    shape: &[usize],
    indices: &Value,
    axis: usize,
) -> PyResult<Value> {
    let ia = as_array(indices)?;
    if !ia.dtype.is_int() {
        return Err(PyErr::index("`indices` must be an integer array"));
    }
    if shape.len() != ia.ndim() {
        return Err(PyErr::value(
            "`indices` and `arr` must have the same number of dimensions",
        ));
    }
    let nd = ia.ndim();
    let mut fancy = Vec::new();
    for (dim, &n) in shape.iter().enumerate() {
        if dim == axis {
            fancy.push(indices.clone());
        } else {
            let mut s = vec![1i128; nd];
            s[dim] = -1;
            let r = np1(it, "arange", vec![Value::Int(n as i128)])?;
            fancy.push(np1(it, "reshape", vec![r, shape_value(&s)])?);
        }
    }
    Ok(Value::tuple(fancy))
}

/// `take_along_axis(arr, indices, axis=-1)` / `put_along_axis(arr, indices, values, axis)`.
fn along(it: &mut dyn Context, args: &Args, put: bool) -> PyResult<Value> {
    let (name, params): (&str, &[&str]) = if put {
        ("put_along_axis", &["arr", "indices", "values", "axis"])
    } else {
        ("take_along_axis", &["arr", "indices", "axis"])
    };
    let p = args.bind(name, params, if put { 4 } else { 2 })?;
    let mut arr = p[0].clone().unwrap_or(Value::None);
    let indices = p[1].clone().unwrap_or(Value::None);
    let ia = as_array(&indices)?;
    let axis_slot = if put { &p[3] } else { &p[2] };
    let axis = match (axis_slot, given(axis_slot)) {
        (None, _) if !put => Some(-1),
        (_, None) => None,
        (_, Some(v)) => Some(to_i64(v)?),
    };
    let a = as_array(&arr)?;
    let axis = match axis {
        None => {
            if ia.ndim() != 1 {
                return Err(PyErr::value(
                    "when axis=None, `indices` must have a single dimension.",
                ));
            }
            let flat = np1(it, "ravel", vec![arr.clone()])?;
            arr = np1(it, "array", vec![flat])?;
            0
        }
        Some(ax) => normalize_axis(ax, a.ndim(), None)?,
    };
    let shape = as_array(&arr)?.shape.clone();
    let key = along_index(it, &shape, &indices, axis)?;
    if put {
        set(&arr, &key, p[2].as_ref().unwrap_or(&Value::None))?;
        return Ok(Value::None);
    }
    get(&arr, &key)
}

/// `np.ix_(*args)`: each 1-d sequence reshaped onto its own axis (bools by their nonzeros).
fn ix(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_err(format!(
            "ix_() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let nd = args.pos.len();
    let mut out = Vec::new();
    for (k, x) in args.pos.iter().enumerate() {
        let mut new = x.clone();
        if !matches!(x, Value::Array(_)) {
            new = np1(it, "asarray", vec![x.clone()])?;
            if as_array(&new)?.size() == 0 {
                new = np(
                    it,
                    "asarray",
                    vec![new],
                    vec![("dtype", Value::DType(DType::I64))],
                )?;
            }
        }
        if as_array(&new)?.ndim() != 1 {
            return Err(PyErr::value("Cross index must be 1 dimensional"));
        }
        if as_array(&new)?.dtype == DType::Bool {
            new = iter_values(&np1(it, "nonzero", vec![new])?)?[0].clone();
        }
        let mut s = vec![1i128; nd];
        s[k] = as_array(&new)?.size() as i128;
        out.push(np1(it, "reshape", vec![new, shape_value(&s)])?);
    }
    Ok(Value::tuple(out))
}

/// `np.choose(a, choices, out=None, mode='raise')`: `choices[a[i]][i]` over the
/// broadcast of `a` and every choice.
fn choose(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("choose", &["a", "choices", "out", "mode"], 2)?;
    let a = np1(it, "asarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    let choices = iter_values(p[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match given(&p[3]) {
        None => "raise".to_string(),
        Some(Value::Str(s)) => match &s[..] {
            m if m.starts_with('r') || m.starts_with('R') => "raise".into(),
            m if m.starts_with('w') || m.starts_with('W') => "wrap".into(),
            m if m.starts_with('c') || m.starts_with('C') => "clip".into(),
            _ => {
                return Err(PyErr::value(format!(
                    "clipmode must be one of 'clip', 'raise', or 'wrap' (got {})",
                    crate::format::repr(&Value::Str(s.clone()))
                )))
            }
        },
        Some(_) => return Err(PyErr::type_err("clipmode not understood")),
    };
    if choices.is_empty() {
        return Err(PyErr::value("0-length sequence."));
    }
    let ad = as_array(&a)?.dtype;
    if !(ad.is_int() || ad == DType::Bool) {
        return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            ad.name()
        )));
    }
    let n = choices.len() as i128;
    let mut all = vec![a.clone()];
    all.extend(choices.iter().cloned());
    let parts = iter_values(&np1(it, "broadcast_arrays", all)?)?;
    let idx = np(
        it,
        "asarray",
        vec![parts[0].clone()],
        vec![("dtype", Value::DType(DType::I64))],
    )?;
    let idx = match mode.as_str() {
        "wrap" => np1(it, "remainder", vec![idx, Value::Int(n)])?,
        "clip" => np1(it, "clip", vec![idx, Value::Int(0), Value::Int(n - 1)])?,
        _ => {
            let lo = np1(it, "less", vec![idx.clone(), Value::Int(0)])?;
            let hi = np1(it, "greater_equal", vec![idx.clone(), Value::Int(n)])?;
            let bad = np1(it, "logical_or", vec![lo, hi])?;
            if crate::value::convert::truthy(&np1(it, "any", vec![bad])?)? {
                return Err(PyErr::value("invalid entry in choice array"));
            }
            idx
        }
    };
    let stacked = np1(it, "stack", vec![Value::tuple(parts[1..].to_vec())])?;
    let key = np1(it, "expand_dims", vec![idx, Value::Int(0)])?;
    let nd = as_array(&stacked)?.ndim();
    let shape = as_array(&stacked)?.shape.clone();
    let fancy = along_index(it, &shape, &key, 0)?;
    let r = get(&stacked, &fancy)?;
    let r = get(&r, &Value::Int(0))?;
    let r = if nd == 1 {
        np1(it, "asarray", vec![r])?
    } else {
        r
    };
    match given(&p[2]) {
        Some(out) => {
            set(out, &Value::Ellipsis, &r)?;
            Ok(out.clone())
        }
        None => Ok(r),
    }
}

/// `np.lexsort(keys, axis=-1)`: the indices that sort by the last key, then the one
/// before it, ... — stable sorts from the first key to the last.
fn lexsort(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("lexsort", &["keys", "axis"], 1)?;
    let keys_v = p[0].clone().unwrap_or(Value::None);
    let keys: Vec<Value> = match &keys_v {
        Value::Array(a) if a.ndim() == 0 => {
            return Err(PyErr::type_err(
                "need sequence of keys with len > 0 in lexsort",
            ))
        }
        Value::Int(_)
        | Value::Float(_)
        | Value::Bool(_)
        | Value::Complex(..)
        | Value::Scalar(..) => {
            return Err(PyErr::type_err(
                "need sequence of keys with len > 0 in lexsort",
            ))
        }
        _ => iter_values(&keys_v)?
            .into_iter()
            .map(|k| np1(it, "asarray", vec![k]))
            .collect::<PyResult<_>>()?,
    };
    if keys.is_empty() {
        return Err(PyErr::type_err(
            "need sequence of keys with len > 0 in lexsort",
        ));
    }
    let shape = as_array(&keys[0])?.shape.clone();
    if keys
        .iter()
        .any(|k| as_array(k).map(|a| a.shape != shape).unwrap_or(true))
    {
        return Err(PyErr::value("all keys need to be the same shape"));
    }
    let axis = match given(&p[1]) {
        None => -1,
        Some(v) => to_i64(v)?,
    };
    if shape.is_empty() {
        return np(
            it,
            "zeros",
            vec![Value::tuple(vec![])],
            vec![("dtype", Value::DType(DType::I64))],
        );
    }
    let axis = normalize_axis(axis, shape.len(), None)?;
    let ax = Value::Int(axis as i128);
    let stable = |it: &mut dyn Context, k: Value| {
        np(
            it,
            "argsort",
            vec![k],
            vec![("axis", ax.clone()), ("kind", Value::str("stable"))],
        )
    };
    let mut idx = stable(it, keys[0].clone())?;
    for k in &keys[1..] {
        let key = along_index(it, &shape, &idx, axis)?;
        let vals = get(k, &key)?;
        let order = stable(it, vals)?;
        let key = along_index(it, &shape, &order, axis)?;
        idx = get(&idx, &key)?;
    }
    Ok(idx)
}
