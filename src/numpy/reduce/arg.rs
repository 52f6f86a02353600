//! `argmin` / `argmax`: the first index of the extreme value along one axis (or of the
//! flattened array), where NaN counts as the extreme, as in NumPy.

use super::{array_arg, flag};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::ufunc::ops::Arith;
use crate::numpy::ufunc::wrap;
use crate::value::args::{given, Args};
use crate::value::convert::to_i64;
use crate::value::Value;
use std::rc::Rc;

/// Elements per block of `best`: its first pass over a block has no branch that depends
/// on the data, so it vectorizes; only a block that beats the best so far is scanned again.
const BLOCK: usize = 1024;

/// Lanes of `extreme`: independent running extremes, so the loop is SIMD-wide.
const LANES: usize = 8;

/// The largest (`MAX`) or smallest element of `part` -- some one of the equal extremes --
/// and whether a nan is among them.
#[inline(always)]
fn extreme<T: Arith, const MAX: bool>(part: &[T]) -> (T, bool) {
    let better = |m: T, x: T| if MAX { m.lt(x) } else { x.lt(m) };
    let mut ms = [part[0]; LANES];
    let mut nans = [false; LANES];
    let mut lanes = part.chunks_exact(LANES);
    for c in &mut lanes {
        for j in 0..LANES {
            nans[j] |= c[j].is_nan();
            ms[j] = if better(ms[j], c[j]) { c[j] } else { ms[j] };
        }
    }
    let mut m = ms[0];
    let mut nan = nans.iter().any(|&b| b);
    for &x in ms[1..].iter().chain(lanes.remainder()) {
        nan |= x.is_nan();
        m = if better(m, x) { x } else { m };
    }
    (m, nan)
}

/// Index of the first extreme among `n` elements (`max` picks the largest; the first nan
/// wins), read a block at a time by `read(start, block)`.
fn best<T: Arith>(n: usize, max: bool, read: impl Fn(usize, &mut [T])) -> usize {
    let mut block = [T::zero(); BLOCK];
    let mut b: Option<(usize, T)> = None;
    let mut start = 0;
    while start < n {
        let len = BLOCK.min(n - start);
        let part = &mut block[..len];
        read(start, part);
        let (m, nan) = match max {
            true => extreme::<T, true>(part),
            false => extreme::<T, false>(part),
        };
        let wins = match b {
            None => true,
            Some((_, v)) => nan || (max && v.lt(m)) || (!max && m.lt(v)),
        };
        if wins {
            // The first element equal to the block's extreme is the one a strict
            // comparison keeps (a -0.0 before a 0.0 included); a nan ends the search.
            let at = match nan {
                true => part.iter().position(|x| x.is_nan()),
                false => part.iter().position(|&x| x == m),
            };
            let i = start + at.unwrap_or(0);
            if nan {
                return i;
            }
            b = Some((i, m));
        }
        start += len;
    }
    b.map_or(0, |(i, _)| i)
}

/// `a` with `axis` moved last, as C-ordered rows.
pub fn axis_last(a: &ArrayRef, axis: usize) -> PyResult<ArrayRef> {
    let mut perm: Vec<i64> = (0..a.ndim() as i64).filter(|&x| x != axis as i64).collect();
    perm.push(axis as i64);
    Ok(Rc::new(crate::numpy::shape::transpose(a, Some(&perm))?))
}

pub fn argminmax(args: &Args, name: &str) -> PyResult<Value> {
    let p = args.bind(name, &["a", "axis", "out", "*keepdims"], 1)?;
    let orig = array_arg(&p[0])?;
    let max = name == "argmax";
    let keepdims = flag(&p[3])?;
    // NumPy's PyArray_CheckAxis sees a 0-d array as 1-d when an axis is given.
    let a = match given(&p[1]) {
        Some(_) if orig.ndim() == 0 => crate::numpy::shape::reshape(&orig, &[1], false)?,
        _ => orig.clone(),
    };
    let axis = match given(&p[1]) {
        None => None,
        Some(Value::Tuple(_)) => {
            return Err(PyErr::type_err(
                "'tuple' object cannot be interpreted as an integer",
            ))
        }
        Some(v) => Some(crate::numpy::shape::normalize_axis(
            to_i64(v)?,
            a.ndim(),
            None,
        )?),
    };
    let (rows, n, shape) = match axis {
        None => {
            let shape = if keepdims { vec![1; a.ndim()] } else { vec![] };
            (a.clone(), a.size(), shape)
        }
        Some(ax) => {
            let mut shape = a.shape.clone();
            if keepdims {
                shape[ax] = 1;
            } else {
                shape.remove(ax);
            }
            if orig.ndim() == 0 {
                shape.clear();
            }
            (axis_last(&a, ax)?, a.shape[ax], shape)
        }
    };
    if let Some(Value::Array(o)) = given(&p[2]) {
        // NumPy's own checks of `out` (before it searches): exact shape, then an int64
        // work buffer that `out` must cast to safely (hence the message's direction).
        if o.shape != shape {
            return Err(PyErr::value(format!(
                "output array does not match result of np.{}.",
                name
            )));
        }
        if !o.dtype.can_cast_safe(crate::array::dtype::DType::I64) {
            return Err(PyErr::type_err(format!(
                "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                o.dtype.name()
            )));
        }
    }
    if n == 0 {
        return Err(PyErr::value(format!(
            "attempt to get {} of an empty sequence",
            name
        )));
    }
    let idx: Vec<i64> = crate::array::dtype::with_dtype!(a.dtype, T, {
        let item = std::mem::size_of::<T>() as isize;
        let run = (rows.dtype == a.dtype && !rows.swapped && rows.is_c_contiguous())
            .then(|| {
                rows.buffer
                    .run::<T>(rows.offset as isize, item, rows.size())
            })
            .flatten();
        match run {
            // Read in place, a block at a time.
            Some(r) => (0..rows.size() / n)
                .map(|k| best(n, max, |i, out: &mut [T]| r.copy_to(k * n + i, out)) as i64)
                .collect(),
            None => {
                let v = kernels::to_vec::<T>(&rows)?;
                v.chunks(n)
                    .map(|row| {
                        best(n, max, |i, out: &mut [T]| {
                            out.copy_from_slice(&row[i..i + out.len()])
                        }) as i64
                    })
                    .collect()
            }
        }
    });
    let r = NdArray::from_vec(idx, &shape)?;
    let out = given(&p[2]);
    // A 0-d result is a scalar, unless it went into `out`: then `out` itself comes back.
    super::deliver(Rc::new(r), out, name).map(|v| match v {
        Value::Array(x) if x.ndim() == 0 && out.is_none() => wrap(x),
        other => other,
    })
}
