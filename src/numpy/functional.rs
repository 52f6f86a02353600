//! NumPy functions that call back into Python: `np.vectorize` (its class is in
//! `vectorize.rs`), `np.fromfunction`,
//! `np.apply_along_axis`, `np.apply_over_axes` and `np.piecewise`. The callables are
//! arrsh functions, lambdas or builtins, called through the context; the array work is
//! done by the `np` functions themselves, so shapes, dtypes and errors are NumPy's.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_int};
use crate::value::index::{array_getitem, array_setitem, index_items};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "vectorize",
        "fromfunction",
        "apply_along_axis",
        "apply_over_axes",
        "piecewise",
        "indices",
        "frompyfunc",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "vectorize" => super::vectorize::construct(it, &args),
        // Its results are object arrays, which arrsh does not have.
        "frompyfunc" => Err(PyErr::not_implemented(
            "arrsh: np.frompyfunc is not supported (its results have dtype=object, which arrsh has not); use np.vectorize",
        )),
        "fromfunction" => fromfunction(it, args),
        "apply_along_axis" => apply_along_axis(it, args),
        "apply_over_axes" => apply_over_axes(it, &args),
        "piecewise" => piecewise(it, &args),
        "indices" => indices(it, &args),
        _ => return None,
    })
}

/// `arr[key]`
fn get(arr: &Value, key: &Value) -> PyResult<Value> {
    let a = as_array(arr)?;
    array_getitem(&a, &index_items(key)?)
}

/// `arr[key] = value`
fn set(arr: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let a = as_array(arr)?;
    a.check_writeable()?;
    array_setitem(&a, key, value)
}

fn np(it: &mut dyn Context, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    it.call(&Value::func(&format!("numpy.{}", name)), Args::new(pos))
}

/// `np.fromfunction(f, shape, dtype=float)`: `f` called once with the index arrays.
fn fromfunction(it: &mut dyn Context, args: Args) -> PyResult<Value> {
    let mut rest = Args::default();
    let mut func = None;
    let mut shape = None;
    let mut dtype = Value::DType(DType::F64);
    for (i, v) in args.pos.iter().enumerate() {
        match i {
            0 => func = Some(v.clone()),
            1 => shape = Some(v.clone()),
            _ => {
                return Err(PyErr::type_err(
                    "fromfunction() takes 2 positional arguments but more were given",
                ))
            }
        }
    }
    for (k, v) in args.kw {
        match k.as_str() {
            "function" => func = Some(v),
            "shape" => shape = Some(v),
            "dtype" => dtype = v,
            "like" => {}
            _ => rest.kw.push((k, v)),
        }
    }
    let (Some(func), Some(shape)) = (func, shape) else {
        return Err(PyErr::type_err(
            "fromfunction() missing required argument 'function' or 'shape'",
        ));
    };
    rest.pos = index_grids(it, &shape, dtype, false)?;
    it.call(&func, rest)
}

/// One array per dimension of `shape`, each holding its index along that dimension (of
/// length 1 along the others when `sparse`).
fn index_grids(
    it: &mut dyn Context,
    shape: &Value,
    dtype: Value,
    sparse: bool,
) -> PyResult<Vec<Value>> {
    let dims = crate::value::convert::to_dims(shape)?;
    let full = Value::tuple(dims.iter().map(|&d| Value::Int(d as i128)).collect());
    let mut out = Vec::with_capacity(dims.len());
    for (k, &n) in dims.iter().enumerate() {
        let r = it.call(
            &Value::func("numpy.arange"),
            Args {
                pos: vec![Value::Int(n as i128)],
                kw: vec![("dtype".into(), dtype.clone())],
            },
        )?;
        let mut along = vec![Value::Int(1); dims.len()];
        along[k] = Value::Int(n as i128);
        let r = np(it, "reshape", vec![r, Value::tuple(along)])?;
        if sparse {
            out.push(r);
            continue;
        }
        let b = np(it, "broadcast_to", vec![r, full.clone()])?;
        out.push(np(it, "array", vec![b])?);
    }
    Ok(out)
}

/// `np.indices(dimensions, dtype=int, sparse=False)`: the index grids stacked on a first
/// axis, or (`sparse`) a tuple of them with length 1 along the other axes.
fn indices(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("indices", &["dimensions", "dtype", "sparse"], 1)?;
    let sparse = given(&a[2])
        .map(crate::value::convert::truthy)
        .transpose()?
        .unwrap_or(false);
    // NumPy takes `tuple(dimensions)`, so any iterable of ints (a generator too) is a shape.
    let shape = match a[0].clone().unwrap_or(Value::None) {
        Value::Iter(i) => Value::tuple(crate::value::lazy::rest(&i, it)?),
        other => Value::tuple(crate::value::convert::iter_values(&other)?),
    };
    let dtype = given(&a[1]).cloned().unwrap_or(Value::DType(DType::I64));
    let grids = index_grids(it, &shape, dtype.clone(), sparse)?;
    if sparse {
        // A tuple of broadcastable grids, as NumPy's `sparse=True`.
        return Ok(Value::tuple(grids));
    }
    if grids.is_empty() {
        return it.call(
            &Value::func("numpy.zeros"),
            Args {
                pos: vec![Value::tuple(vec![Value::Int(0)])],
                kw: vec![("dtype".into(), dtype)],
            },
        );
    }
    np(it, "stack", vec![Value::list(grids)])
}

/// The index tuple that selects everything along `axis` at `outer` positions elsewhere.
fn slice_index(outer: &[usize], axis: usize) -> Value {
    let mut items: Vec<Value> = outer.iter().map(|&i| Value::Int(i as i128)).collect();
    items.insert(
        axis,
        Value::Slice(Rc::new([Value::None, Value::None, Value::None])),
    );
    Value::tuple(items)
}

/// `np.apply_along_axis(f, axis, arr, *args, **kwargs)`
fn apply_along_axis(it: &mut dyn Context, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(func), Some(axis), Some(arr)) = (pos.next(), pos.next(), pos.next()) else {
        return Err(PyErr::type_err(
            "apply_along_axis() missing required positional arguments",
        ));
    };
    let extra: Vec<Value> = pos.collect();
    let arr = np(it, "asarray", vec![arr])?;
    let a = as_array(&arr)?;
    if a.ndim() == 0 {
        return Err(PyErr::axis(
            "axis 0 is out of bounds for array of dimension 0",
        ));
    }
    let axis = super::shape::normalize_axis(crate::value::convert::to_i64(&axis)?, a.ndim(), None)?;
    let mut outer_shape = a.shape.clone();
    outer_shape.remove(axis);
    if outer_shape.iter().product::<usize>() == 0 {
        return Err(PyErr::value(
            "Cannot apply_along_axis when any iteration dimensions are 0",
        ));
    }
    let mut results = Vec::new();
    for idx in super::iteration::c_order(&outer_shape)? {
        let sub = get(&arr, &slice_index(&idx, axis))?;
        let mut call_args = vec![sub];
        call_args.extend(extra.iter().cloned());
        let r = it.call(
            &func,
            Args {
                pos: call_args,
                kw: args.kw.clone(),
            },
        )?;
        results.push(np(it, "asarray", vec![r])?);
    }
    // Stack the results over the outer shape, then move the result's axes to `axis`.
    let stacked = np(it, "stack", vec![Value::list(results)])?;
    let st = as_array(&stacked)?;
    let res_ndim = st.ndim() - 1;
    let mut shape: Vec<Value> = outer_shape.iter().map(|&d| Value::Int(d as i128)).collect();
    shape.extend(st.shape[1..].iter().map(|&d| Value::Int(d as i128)));
    let full = np(it, "reshape", vec![stacked.clone(), Value::tuple(shape)])?;
    if res_ndim == 0 {
        return Ok(full);
    }
    // Result axes sit after the outer axes; NumPy puts them where `axis` was.
    let nouter = outer_shape.len();
    let src: Vec<Value> = (nouter..nouter + res_ndim)
        .map(|d| Value::Int(d as i128))
        .collect();
    let dst: Vec<Value> = (axis..axis + res_ndim)
        .map(|d| Value::Int(d as i128))
        .collect();
    np(
        it,
        "moveaxis",
        vec![full, Value::tuple(src), Value::tuple(dst)],
    )
}

/// `np.apply_over_axes(f, a, axes)`: `f(a, axis)` for each axis, keeping the dimensions.
fn apply_over_axes(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("apply_over_axes", &["func", "a", "axes"], 3)?;
    let func = a[0].clone().unwrap_or(Value::None);
    let mut val = np(it, "asarray", vec![a[1].clone().unwrap_or(Value::None)])?;
    let ndim = as_array(&val)?.ndim();
    let axes = match a[2].clone().unwrap_or(Value::None) {
        v @ (Value::Int(_) | Value::Scalar(..)) => vec![v],
        other => iter_values(&other)?,
    };
    for ax in axes {
        let axis = to_int(&ax)?;
        let axis = if axis < 0 { axis + ndim as i128 } else { axis };
        let res = it.call(&func, Args::new(vec![val.clone(), Value::Int(axis)]))?;
        let res = np(it, "asarray", vec![res])?;
        let rn = as_array(&res)?.ndim();
        val = if rn == ndim {
            res
        } else if rn + 1 == ndim {
            np(it, "expand_dims", vec![res, Value::Int(axis)])?
        } else {
            return Err(PyErr::value(
                "function is not returning an array of the correct shape",
            ));
        };
    }
    Ok(val)
}

/// `np.piecewise(x, condlist, funclist)`: each function (or constant) where its condition
/// holds; one extra function is the default where none does.
fn piecewise(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    // `piecewise(x, condlist, funclist, *args, **kw)`: the rest go to each function.
    let (head, extra) = args.pos.split_at(args.pos.len().min(3));
    let (named, extra_kw): (Vec<_>, Vec<_>) = args
        .kw
        .iter()
        .cloned()
        .partition(|(k, _)| matches!(k.as_str(), "x" | "condlist" | "funclist"));
    let a = Args {
        pos: head.to_vec(),
        kw: named,
    }
    .bind("piecewise", &["x", "condlist", "funclist"], 3)?;
    let x = np(it, "asarray", vec![a[0].clone().unwrap_or(Value::None)])?;
    let conds_v = a[1].clone().unwrap_or(Value::None);
    let mut conds: Vec<Value> = match &conds_v {
        Value::List(_) | Value::Tuple(_) => iter_values(&conds_v)?,
        other => vec![other.clone()],
    };
    // NumPy: a list whose first item is neither a list nor an array is one condition,
    // unless x is 0-d (then each item is a 0-d condition).
    let first_is_seq = matches!(conds.first(), Some(Value::List(_) | Value::Array(_)));
    if matches!(conds_v, Value::List(_) | Value::Tuple(_))
        && !first_is_seq
        && as_array(&x)?.ndim() != 0
    {
        conds = vec![conds_v.clone()];
    }
    let funcs = iter_values(&a[2].clone().unwrap_or(Value::None))?;
    let n = conds.len();
    if funcs.len() != n && funcs.len() != n + 1 {
        return Err(PyErr::value(format!(
            "with {} condition(s), either {} or {} functions are expected",
            n,
            n,
            n + 1
        )));
    }
    let mut masks = Vec::new();
    for c in conds {
        masks.push(np(it, "asarray", vec![c])?);
    }
    if funcs.len() == n + 1 {
        let any = if masks.is_empty() {
            np(it, "zeros_like", vec![x.clone()])?
        } else {
            let stacked = np(it, "array", vec![Value::list(masks.clone())])?;
            it.call(
                &Value::func("numpy.any"),
                Args {
                    pos: vec![stacked],
                    kw: vec![("axis".into(), Value::Int(0))],
                },
            )?
        };
        let default = np(it, "logical_not", vec![any])?;
        masks.push(default);
    }
    let out = np(it, "zeros_like", vec![x.clone()])?;
    for (mask, f) in masks.iter().zip(funcs) {
        let m = it.call(
            &Value::method(mask.clone(), "astype"),
            Args::new(vec![Value::DType(DType::Bool)]),
        )?;
        let value = match &f {
            Value::Function(_) | Value::Func(_) | Value::Method(_) | Value::Object(_) => {
                let part = get(&x, &m)?;
                let mut pos = vec![part];
                pos.extend(extra.iter().cloned());
                it.call(
                    &f,
                    Args {
                        pos,
                        kw: extra_kw.clone(),
                    },
                )?
            }
            other => other.clone(),
        };
        set(&out, &m, &value)?;
    }
    Ok(out)
}
