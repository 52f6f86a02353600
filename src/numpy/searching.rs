//! Binary search in sorted data: `np.searchsorted` (and `ndarray.searchsorted`, which
//! forwards here) and `np.digitize`, which NumPy defines through it.
//!
//! As in NumPy's C code (`PyArray_SearchSorted`), both the sorted array and the needles are
//! cast to one common dtype first (the needles' dtype as `np.asarray` discovers it, so an
//! uint8 array searched for `-1` compares as int64), and the comparison is NumPy's sort
//! order: nan after everything, complex numbers by real then imaginary part.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::sorting::order as sort_order;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::Value;
use std::cmp::Ordering;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["searchsorted", "digitize"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "searchsorted" => Some(searchsorted(&args)),
        "digitize" => Some(digitize(it, &args)),
        _ => None,
    }
}

/// NumPy's sort order on elements of one dtype: nan last (and nans equal).
fn order(x: &Num, y: &Num) -> Ordering {
    fn float(a: f64, b: f64) -> Ordering {
        match (a.is_nan(), b.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
        }
    }
    match (x, y) {
        (Num::Complex(a, b), Num::Complex(c, d)) => float(*a, *c).then(float(*b, *d)),
        (Num::Float(a), Num::Float(b)) => float(*a, *b),
        (Num::Int(a), Num::Int(b)) => a.cmp(b),
        (Num::Bool(a), Num::Bool(b)) => a.cmp(b),
        _ => float(x.as_f64(), y.as_f64()),
    }
}

/// Which end of a run of equal elements to return.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// NumPy's `PyArray_SearchsideConverter`: any string starting with l/L or r/R is
/// recognised, but only the exact words are accepted.
fn side_arg(v: Option<&Value>) -> PyResult<Side> {
    let Some(v) = v else { return Ok(Side::Left) };
    let Value::Str(s) = v else {
        return Err(PyErr::type_err(format!(
            "search side must be str, not {}",
            v.type_of().short_name()
        )));
    };
    let side = match s.chars().next() {
        Some('l' | 'L') => Side::Left,
        Some('r' | 'R') => Side::Right,
        _ => {
            return Err(PyErr::value(format!(
                "search side must be 'left' or 'right' (got {})",
                crate::format::repr(v)
            )))
        }
    };
    if &**s != "left" && &**s != "right" {
        return Err(PyErr::value("search side must be one of 'left' or 'right'"));
    }
    Ok(side)
}

/// NumPy's depth checks for an argument that must be 1-d.
fn one_dim(a: &NdArray) -> PyResult<()> {
    match a.ndim() {
        0 => Err(PyErr::value("object of too small depth for desired array")),
        1 => Ok(()),
        _ => Err(PyErr::value("object too deep for desired array")),
    }
}

fn searchsorted(args: &Args) -> PyResult<Value> {
    let p = args.bind("searchsorted", &["a", "v", "side", "sorter"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let v = p[1].clone().unwrap_or(Value::None);
    let side = side_arg(given(&p[2]))?;
    search(&a, &v, side, given(&p[3]))
}

/// The insertion points of `v` in the sorted 1-d `a` (sorted through `sorter` if given).
fn search(a: &NdArray, v: &Value, side: Side, sorter: Option<&Value>) -> PyResult<Value> {
    one_dim(a)?;
    let needles = as_array(v)?;
    let common = DType::promote(a.dtype, needles.dtype);
    if !common.is_complex() && sorter.is_none() {
        // NumPy's binary search on typed elements (nan last), without a Num per element.
        let r = crate::array::dtype::with_dtype!(common, T, {
            let hay = kernels::to_vec::<T>(&kernels::to_contiguous(a, common)?)?;
            let keys = kernels::to_vec::<T>(&kernels::to_contiguous(&needles, common)?)?;
            let out = match side {
                Side::Left => binsearch(&hay, &keys, |a, b| sort_order(a, b) == Ordering::Less),
                Side::Right => binsearch(&hay, &keys, |a, b| sort_order(a, b) != Ordering::Greater),
            };
            NdArray::from_vec(out, &needles.shape)?
        });
        return Ok(crate::numpy::ufunc::wrap(Rc::new(r)));
    }
    let hay = kernels::to_contiguous(a, common)?.to_nums()?;
    let order_idx: Option<Vec<i64>> = match sorter {
        None => None,
        Some(s) => {
            let s = as_array(s)?;
            if !(s.dtype.is_int() || s.dtype == DType::Bool) {
                return Err(PyErr::type_err("sorter must only contain integers"));
            }
            one_dim(&s)?;
            if s.size() != a.size() {
                return Err(PyErr::value("sorter.size must equal a.size"));
            }
            Some(s.to_nums()?.iter().map(|n| n.as_f64() as i64).collect())
        }
    };
    let n = hay.len();
    let at = |i: usize| -> PyResult<&Num> {
        match &order_idx {
            None => Ok(&hay[i]),
            Some(o) => {
                let j = o[i];
                if j < 0 || j as usize >= n {
                    return Err(PyErr::value("Sorter index out of range."));
                }
                Ok(&hay[j as usize])
            }
        }
    };
    let keys = kernels::to_contiguous(&needles, common)?.to_nums()?;
    let mut out = Vec::with_capacity(keys.len());
    for key in &keys {
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let c = order(at(mid)?, key);
            let go_right = match side {
                Side::Left => c == Ordering::Less,
                Side::Right => c != Ordering::Greater,
            };
            if go_right {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        out.push(lo as i64);
    }
    let r = Rc::new(NdArray::from_vec(out, &needles.shape)?);
    Ok(crate::numpy::ufunc::wrap(r))
}

/// NumPy's `binsearch` (`npysort/binsearch.cpp`): `cmp` is `less` for the left side and
/// `less_equal` for the right, and each search starts from the bounds the previous key
/// left (only the upper one reset when the keys ascend), so that sorted keys search fast
/// -- and so that an unsorted `a` gives NumPy's answers, not just some answers.
fn binsearch<T: Copy>(hay: &[T], keys: &[T], cmp: impl Fn(&T, &T) -> bool) -> Vec<i64> {
    let n = hay.len();
    let (mut min, mut max) = (0usize, n);
    let mut out = Vec::with_capacity(keys.len());
    let Some(mut last) = keys.first().copied() else {
        return out;
    };
    for &key in keys {
        if cmp(&last, &key) {
            max = n;
        } else {
            min = 0;
            max = if max < n { max + 1 } else { n };
        }
        last = key;
        while min < max {
            let mid = min + ((max - min) >> 1);
            if cmp(&hay[mid], &key) {
                min = mid + 1;
            } else {
                max = mid;
            }
        }
        out.push(min as i64);
    }
    out
}

/// NumPy's `_monotonicity` (`check_array_monotonic`, on the bins as float64): 1 for
/// increasing, -1 for decreasing, 0 for neither; leading repeats are skipped.
fn monotonicity(b: &[f64]) -> i32 {
    let Some(&first) = b.first() else { return 1 };
    let mut i = 1;
    while i < b.len() && b[i] == first {
        i += 1;
    }
    if i == b.len() {
        return 1;
    }
    let mut next = b[i];
    let increasing = first < next;
    for &x in &b[i + 1..] {
        let last = next;
        next = x;
        if (increasing && last > next) || (!increasing && last < next) {
            return 0;
        }
    }
    if increasing {
        1
    } else {
        -1
    }
}

fn digitize(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("digitize", &["x", "bins", "right"], 2)?;
    let x = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let bins = as_array(p[1].as_ref().unwrap_or(&Value::None))?;
    let right = given(&p[2]).map(truthy).transpose()?.unwrap_or(false);
    if x.dtype.is_complex() {
        return Err(PyErr::type_err("x may not be complex"));
    }
    one_dim(&bins)?;
    let as_f64: Vec<f64> = bins.to_nums()?.iter().map(|n| n.as_f64()).collect();
    let mono = monotonicity(&as_f64);
    if mono == 0 {
        return Err(PyErr::value(
            "bins must be monotonically increasing or decreasing",
        ));
    }
    let side = if right { Side::Left } else { Side::Right };
    let xv = Value::Array(x);
    if mono == 1 {
        return search(&bins, &xv, side, None);
    }
    let reversed = NdArray::view(
        &bins,
        bins.offset as isize + (bins.size() as isize - 1) * bins.strides[0],
        bins.shape.clone(),
        vec![-bins.strides[0]],
        bins.dtype,
    )?;
    let idx = search(&reversed, &xv, side, None)?;
    crate::numpy::linalg::np(
        it,
        "subtract",
        vec![Value::Int(bins.size() as i128), idx],
        vec![],
    )
}
