//! NumPy's iteration helpers for Python loops: `np.ndindex` (index tuples) and
//! `np.ndenumerate` (index and element), iterator objects whose items are made when the
//! iterator is; `np.nditer` is its own object (`nditer.rs`).

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::{as_array, to_dims};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["ndindex", "ndenumerate", "nditer"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "ndindex" => ndindex(&args),
        "ndenumerate" => ndenumerate(it, &args),
        "nditer" => super::nditer::new(it, &args),
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
