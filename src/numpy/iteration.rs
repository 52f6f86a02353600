//! NumPy's iteration helpers for Python loops: `np.ndindex` (index tuples),
//! `np.ndenumerate` (index and element) and `np.nditer` over one array (0-d views in
//! memory order, writable with `op_flags=['readwrite']`). They are iterator objects whose
//! items are made when the iterator is.

use super::Family;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_dims};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["ndindex", "ndenumerate", "nditer"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "ndindex" => ndindex(&args),
        "ndenumerate" => ndenumerate(it, &args),
        "nditer" => nditer(it, &args),
        _ => return None,
    })
}

fn iterator(kind: &'static str, items: Vec<Value>) -> Value {
    Value::iter(kind, items)
}

/// arrsh's iterators hold their items (NumPy's are lazy): more than this is a MemoryError,
/// as for generators (src/eval/function.rs), never an aborted allocation.
const MAX_INDEXES: usize = 10_000_000;

/// Every index of `shape` in C order (also for `np.apply_along_axis`).
pub(super) fn c_order(shape: &[usize]) -> PyResult<Vec<Vec<usize>>> {
    let total = shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&t| t <= MAX_INDEXES)
        .ok_or_else(|| {
            PyErr::memory(format!(
                "arrsh makes an iterator's items when it is made, and this one would have more than {} indexes",
                MAX_INDEXES
            ))
        })?;
    let mut out = Vec::with_capacity(total);
    let mut cur = vec![0usize; shape.len()];
    for _ in 0..total {
        out.push(cur.clone());
        for d in (0..shape.len()).rev() {
            cur[d] += 1;
            if cur[d] < shape[d] {
                break;
            }
            cur[d] = 0;
        }
    }
    Ok(out)
}

fn index_tuple(idx: &[usize]) -> Value {
    Value::ints(idx.iter().map(|&i| i as i128))
}

/// `np.ndindex(2, 3)` or `np.ndindex((2, 3))`
fn ndindex(args: &Args) -> PyResult<Value> {
    let shape = match args.pos.as_slice() {
        [one @ (Value::Tuple(_) | Value::List(_))] => to_dims(one)?,
        many => to_dims(&Value::tuple(many.to_vec()))?,
    };
    let items = c_order(&shape)?.iter().map(|i| index_tuple(i)).collect();
    Ok(iterator("numpy.ndindex", items))
}

/// `np.ndenumerate(a)`: `(index, element)` pairs in C order.
fn ndenumerate(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("ndenumerate", &["arr"], 1)?;
    let arr = it.call(
        &Value::func("numpy.asarray"),
        Args::new(vec![a[0].clone().unwrap_or(Value::None)]),
    )?;
    let arr = as_array(&arr)?;
    let items = c_order(&arr.shape)?
        .iter()
        .map(|i| Value::tuple(vec![index_tuple(i), Value::Scalar(arr.dtype, arr.get(i))]))
        .collect();
    Ok(iterator("numpy.ndenumerate", items))
}

/// `np.nditer(a, op_flags=…, order='K')` over one array.
fn nditer(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "nditer",
        &[
            "op",
            "flags",
            "op_flags",
            "op_dtypes",
            "order",
            "casting",
            "op_axes",
            "itershape",
            "buffersize",
        ],
        1,
    )?;
    let op = a[0].clone().unwrap_or(Value::None);
    if matches!(op, Value::List(_) | Value::Tuple(_))
        && iter_values(&op)?
            .iter()
            .any(|v| matches!(v, Value::Array(_)))
    {
        return Err(PyErr::not_implemented(
            "arrsh: np.nditer over several operands is not supported",
        ));
    }
    let arr = as_array(&it.call(&Value::func("numpy.asarray"), Args::new(vec![op]))?)?;
    let writable = match given(&a[2]) {
        Some(flags) => iter_values(flags)?
            .iter()
            .any(|f| matches!(crate::format::str_of(f).as_str(), "readwrite" | "writeonly")),
        None => false,
    };
    if writable {
        arr.check_writeable()?;
    }
    let order = given(&a[4])
        .map(crate::format::str_of)
        .unwrap_or_else(|| "K".into());
    // The axes from slowest to fastest varying in the chosen order.
    let nd = arr.ndim();
    let mut axes: Vec<usize> = (0..nd).collect();
    match order.as_str() {
        "C" | "A" => {}
        "F" => axes.reverse(),
        _ => axes.sort_by_key(|&d| std::cmp::Reverse(arr.strides[d].unsigned_abs())),
    }
    let walk_shape: Vec<usize> = axes.iter().map(|&d| arr.shape[d]).collect();
    let mut items = Vec::with_capacity(arr.size());
    for w in c_order(&walk_shape)? {
        let mut offset = arr.offset as isize;
        for (k, &d) in axes.iter().enumerate() {
            // Memory order (K) walks a reversed axis backwards, as NumPy does.
            let i = if order == "K" && arr.strides[d] < 0 {
                arr.shape[d] - 1 - w[k]
            } else {
                w[k]
            };
            offset += i as isize * arr.strides[d];
        }
        let v = NdArray::view(&arr, offset, Vec::new(), Vec::new(), arr.dtype)?;
        if !writable {
            v.writeable.set(false);
        }
        items.push(Value::Array(Rc::new(v)));
    }
    Ok(iterator("numpy.nditer", items))
}
