//! Selecting elements: `where` (both forms), `nonzero`, `argwhere`, `take`, and
//! `diagonal` (a read-only view, as NumPy returns it).

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{Bool8, Element};
use crate::array::index::IndexItem;
use crate::array::iter::{broadcast_shapes, broadcast_strides};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::numpy::ufunc::out_order;
use crate::numpy::ufunc::{operand, result_type, wrap, Operand};
use crate::value::args::{given, Args};
use crate::value::convert::to_i64;
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["where", "nonzero", "argwhere", "take", "put", "diagonal"],
    call,
};

/// `a` seen with `shape` (broadcast), read out in C order as `T`.
fn broadcast_vec<T: Element>(a: &ArrayRef, shape: &[usize]) -> PyResult<Vec<T>> {
    let strides = broadcast_strides(&a.shape, &a.strides, shape);
    let v = NdArray::view(a, a.offset as isize, shape.to_vec(), strides, a.dtype)?;
    kernels::to_vec::<T>(&v)
}

/// Coordinates of the true elements of `a`, one vector per axis, in C order.
fn true_coords(a: &NdArray) -> PyResult<Vec<Vec<i64>>> {
    let b = kernels::to_vec::<Bool8>(a)?;
    // Count first: each coordinate array is one fallible allocation, as NumPy's are.
    let count = b.iter().filter(|x| x.0 != 0).count();
    let mut coords: Vec<Vec<i64>> = (0..a.ndim())
        .map(|_| kernels::vec_for_array(count, &[count], DType::I64))
        .collect::<PyResult<_>>()?;
    let mut k = 0;
    NdArray::for_each_index(&a.shape, |idx| {
        if b.get(k).is_some_and(|x| x.0 != 0) {
            for (d, &i) in idx.iter().enumerate() {
                coords[d].push(i as i64);
            }
        }
        k += 1;
    });
    Ok(coords)
}

fn nonzero(a: &ArrayRef) -> PyResult<Value> {
    if a.ndim() == 0 {
        return Err(PyErr::value(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.",
        ));
    }
    let coords = true_coords(a)?;
    let arrays = coords
        .into_iter()
        .map(|c| {
            let n = c.len();
            Ok(Value::Array(Rc::new(NdArray::from_vec(c, &[n])?)))
        })
        .collect::<PyResult<_>>()?;
    Ok(Value::tuple(arrays))
}

fn argwhere(a: &ArrayRef) -> PyResult<Value> {
    if a.ndim() == 0 {
        // NumPy: one (empty) row when the 0-d value is true, none otherwise.
        let t = kernels::to_vec::<Bool8>(a)?
            .first()
            .is_some_and(|b| b.0 != 0);
        return Ok(Value::Array(Rc::new(NdArray::from_vec(
            Vec::<i64>::new(),
            &[t as usize, 0],
        )?)));
    }
    let coords = true_coords(a)?;
    let n = coords.first().map(|c| c.len()).unwrap_or(0);
    let nd = a.ndim();
    let mut flat = kernels::vec_for_array(n * nd, &[n, nd], DType::I64)?;
    for i in 0..n {
        for c in &coords {
            flat.push(c[i]);
        }
    }
    Ok(Value::Array(Rc::new(NdArray::from_vec(flat, &[n, nd])?)))
}

/// `np.where(cond, x, y)`: elements of `x` where `cond`, else of `y`, in their NEP 50
/// result dtype.
fn select(cond: &Value, x: &Value, y: &Value) -> PyResult<Value> {
    let mut c = operand(cond)?.array;
    let (mut ox, mut oy): (Operand, Operand) = (operand(x)?, operand(y)?);
    let dtype = result_type(&[&ox, &oy]);
    let shape = broadcast_shapes(&[&c.shape, &ox.array.shape, &oy.array.shape])?;
    // The result takes the operands' memory order, as NumPy's iterator gives it.
    let order = out_order::iterator_order(&shape, &[&c, &ox.array, &oy.array]);
    let shape = match &order {
        Some(o) => {
            let n = shape.len();
            c = Rc::new(out_order::permuted(&c, n, o));
            ox.array = Rc::new(out_order::permuted(&ox.array, n, o));
            oy.array = Rc::new(out_order::permuted(&oy.array, n, o));
            out_order::permute_shape(&shape, o)
        }
        None => shape,
    };
    let mask = broadcast_vec::<Bool8>(&c, &shape)?;
    let r = crate::array::dtype::with_dtype!(dtype, T, {
        let cx = Rc::new(kernels::to_contiguous(&ox.array, dtype)?);
        let cy = Rc::new(kernels::to_contiguous(&oy.array, dtype)?);
        let vx = broadcast_vec::<T>(&cx, &shape)?;
        let vy = broadcast_vec::<T>(&cy, &shape)?;
        let v: Vec<T> = mask
            .iter()
            .zip(vx.into_iter().zip(vy))
            .map(|(m, (a, b))| if m.0 != 0 { a } else { b })
            .collect();
        NdArray::from_vec(v, &shape)?
    });
    Ok(Value::Array(Rc::new(match &order {
        Some(o) => out_order::restored(&r, o),
        None => r,
    })))
}

fn take(args: &Args) -> PyResult<Value> {
    let p = args.bind("take", &["a", "indices", "axis", "out", "mode"], 2)?;
    let a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    let mut ind = operand(p[1].as_ref().unwrap_or(&Value::None))?.array;
    // An empty list arrives as float64; NumPy's intp conversion of it succeeds.
    if ind.size() == 0 && !ind.dtype.is_int() {
        ind = Rc::new(kernels::to_contiguous(
            &ind,
            crate::array::dtype::DType::I64,
        )?);
    }
    if !ind.dtype.is_int() {
        return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            ind.dtype.name()
        )));
    }
    let mode = match given(&p[4]) {
        None => "raise".to_string(),
        Some(v) => crate::format::str_of(v),
    };
    let (src, axis) = match given(&p[2]) {
        None => {
            let mut flat = kernels::to_contiguous(&a, a.dtype)?;
            let n = flat.size();
            flat.strides = crate::array::layout::c_strides(&[n], flat.itemsize());
            flat.shape = vec![n];
            (Rc::new(flat), 0)
        }
        Some(ax) => (a.clone(), normalize_axis(to_i64(ax)?, a.ndim(), None)?),
    };
    // Any valid mode: an empty axis has nothing to take from, not an out-of-bounds index.
    let valid = matches!(mode.as_str(), "raise" | "clip" | "wrap");
    if valid && src.shape[axis] == 0 && ind.size() > 0 {
        return Err(PyErr::index(
            "cannot do a non-empty take from an empty axes.",
        ));
    }
    let ind = match mode.as_str() {
        "raise" => ind,
        // mode='clip' / 'wrap' bring every index into range first (NumPy's take modes).
        "clip" | "wrap" => {
            let n = src.shape[axis] as i64;
            let v = kernels::to_vec::<i64>(&kernels::to_contiguous(
                &ind,
                crate::array::dtype::DType::I64,
            )?)?;
            let v: Vec<i64> = v
                .into_iter()
                .map(|i| {
                    if mode == "clip" {
                        i.clamp(0, n - 1)
                    } else {
                        i.rem_euclid(n)
                    }
                })
                .collect();
            Rc::new(NdArray::from_vec(v, &ind.shape)?)
        }
        other => {
            return Err(PyErr::value(format!(
                "clipmode must be one of 'clip', 'raise', or 'wrap' (got '{}')",
                other
            )))
        }
    };
    let out = given(&p[3])
        .map(|o| take_out(o, &src, axis, &ind))
        .transpose()?;
    let mut items = vec![IndexItem::Slice(None, None, None); axis];
    items.push(IndexItem::Array(ind));
    let items = crate::array::index::expand(src.ndim(), &items)?;
    let r = crate::array::fancy::gather(&src, &items)?;
    match out {
        Some(o) => {
            kernels::copy_into(&o, &r)?;
            Ok(Value::Array(o))
        }
        None => Ok(wrap(Rc::new(r))),
    }
}

/// The checks `PyArray_TakeFrom` makes of `out=` before taking anything: an array of the
/// result's shape whose dtype casts safely to the input's (NumPy takes into a copy of it
/// in the input's dtype and writes that back, casting as needed).
fn take_out(out: &Value, src: &NdArray, axis: usize, ind: &NdArray) -> PyResult<ArrayRef> {
    let Value::Array(o) = out else {
        return Err(PyErr::type_err("output must be an array"));
    };
    let mut shape = src.shape[..axis].to_vec();
    shape.extend_from_slice(&ind.shape);
    shape.extend_from_slice(&src.shape[axis + 1..]);
    if o.shape != shape {
        return Err(PyErr::value(
            "output array does not match result of ndarray.take",
        ));
    }
    if !o.dtype.can_cast_safe(src.dtype) {
        return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule 'safe'",
            o.dtype.name(),
            src.dtype.name()
        )));
    }
    if !o.writeable.get() {
        return Err(PyErr::value("WRITEBACKIFCOPY base is read-only"));
    }
    Ok(o.clone())
}

/// `np.put(a, ind, v, mode='raise')` (and `a.put`): `a.flat[ind] = v` with the values
/// repeated to the indices' length, indices cast to intp as NumPy forces them, and
/// NumPy's `raise`/`wrap`/`clip` index modes.
fn put(args: &Args) -> PyResult<Value> {
    let p = args.bind("put", &["a", "ind", "v", "mode"], 3)?;
    let a = match p[0].as_ref().unwrap_or(&Value::None) {
        Value::Array(a) => a.clone(),
        other => {
            return Err(PyErr::type_err(format!(
                "argument 1 must be numpy.ndarray, not {}",
                crate::format::repr(&Value::Type(other.type_of()))
            )))
        }
    };
    let mode = match given(&p[3]) {
        None => "raise".to_string(),
        Some(v) => crate::format::str_of(v),
    };
    if !matches!(mode.as_str(), "raise" | "wrap" | "clip") {
        return Err(PyErr::value(format!(
            "clipmode must be one of 'clip', 'raise', or 'wrap' (got '{}')",
            mode
        )));
    }
    if !a.writeable.get() {
        return Err(PyErr::value("put: output array is read-only"));
    }
    let ind = operand(p[1].as_ref().unwrap_or(&Value::None))?.array;
    let ind = kernels::to_vec::<i64>(&kernels::to_contiguous(&ind, DType::I64)?)?;
    let v = operand(p[2].as_ref().unwrap_or(&Value::None))?.array;
    let v = Rc::new(kernels::to_contiguous(&v, a.dtype)?);
    if v.size() == 0 || ind.is_empty() {
        return Ok(Value::None);
    }
    let n = a.size() as i64;
    let mut at = Vec::with_capacity(ind.len());
    for &i in &ind {
        at.push(match mode.as_str() {
            "wrap" if n > 0 => i.rem_euclid(n),
            "clip" if n > 0 => i.clamp(0, n - 1),
            _ if (-n..n).contains(&i) => i.rem_euclid(n),
            _ => {
                return Err(PyErr::index(format!(
                    "index {} is out of bounds for axis 0 with size {}",
                    i, n
                )))
            }
        });
    }
    let values = crate::array::dtype::with_dtype!(a.dtype, T, {
        let vals = kernels::to_vec::<T>(&v)?;
        let rep: Vec<T> = (0..at.len()).map(|k| vals[k % vals.len()]).collect();
        NdArray::from_vec(rep, &[at.len()])?
    });
    let len = at.len();
    let key = Value::Array(Rc::new(NdArray::from_vec(at, &[len])?));
    crate::numpy::flatiter::setitem(&a, &key, &Value::Array(Rc::new(values)))?;
    Ok(Value::None)
}

fn diagonal(args: &Args) -> PyResult<Value> {
    let p = args.bind("diagonal", &["a", "offset", "axis1", "axis2"], 1)?;
    let a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    if a.ndim() < 2 {
        return Err(PyErr::value(
            "diag requires an array of at least two dimensions",
        ));
    }
    let k = given(&p[1]).map(to_i64).transpose()?.unwrap_or(0);
    let ax1 = normalize_axis(
        given(&p[2]).map(to_i64).transpose()?.unwrap_or(0),
        a.ndim(),
        None,
    )?;
    let ax2 = normalize_axis(
        given(&p[3]).map(to_i64).transpose()?.unwrap_or(1),
        a.ndim(),
        None,
    )?;
    if ax1 == ax2 {
        return Err(PyErr::value("axis1 and axis2 cannot be the same"));
    }
    let (n1, n2) = (a.shape[ax1] as i64, a.shape[ax2] as i64);
    let (start1, start2) = if k >= 0 { (0, k) } else { (-k, 0) };
    let len = (n1 - start1).min(n2 - start2).max(0) as usize;
    let mut offset = a.offset as isize;
    if len > 0 {
        offset += start1 as isize * a.strides[ax1] + start2 as isize * a.strides[ax2];
    }
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    for d in 0..a.ndim() {
        if d != ax1 && d != ax2 {
            shape.push(a.shape[d]);
            strides.push(a.strides[d]);
        }
    }
    shape.push(len);
    strides.push(a.strides[ax1] + a.strides[ax2]);
    let v = NdArray::view(&a, offset, shape, strides, a.dtype)?;
    v.writeable.set(false);
    Ok(Value::Array(Rc::new(v)))
}

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        match name {
            "where" => {
                let p = args.bind(name, &["condition", "x", "y"], 1)?;
                let cond = p[0].clone().unwrap_or(Value::None);
                match (&p[1], &p[2]) {
                    (None, None) => {
                        let a = operand(&cond)?.array;
                        let a = if a.ndim() == 0 {
                            Rc::new(NdArray::view(
                                &a,
                                a.offset as isize,
                                vec![1],
                                vec![0],
                                a.dtype,
                            )?)
                        } else {
                            a
                        };
                        nonzero(&a)
                    }
                    (Some(x), Some(y)) => select(&cond, x, y),
                    _ => Err(PyErr::value(
                        "either both or neither of x and y should be given",
                    )),
                }
            }
            "nonzero" => {
                let p = args.bind(name, &["a"], 1)?;
                nonzero(&operand(p[0].as_ref().unwrap_or(&Value::None))?.array)
            }
            "argwhere" => {
                let p = args.bind(name, &["a"], 1)?;
                argwhere(&operand(p[0].as_ref().unwrap_or(&Value::None))?.array)
            }
            "take" => take(&args),
            "put" => put(&args),
            _ => diagonal(&args),
        }
    })())
}
