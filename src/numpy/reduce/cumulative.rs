//! `cumsum` / `cumprod`: running sums and products along an axis (or the flattened array),
//! accumulated in order in the same dtype as `sum` would use.

use super::arg::axis_last;
use super::{array_arg, sum_dtype};
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::ufunc::ops::Arith;
use crate::value::args::{given, Args};
use crate::value::convert::{to_dtype, to_i64};
use crate::value::Value;
use std::rc::Rc;

fn running<T: Arith>(v: &mut [T], n: usize, product: bool) {
    for row in v.chunks_mut(n.max(1)) {
        for i in 1..row.len() {
            row[i] = if product {
                row[i - 1].mul(row[i])
            } else {
                row[i - 1].add(row[i])
            };
        }
    }
}

pub fn cumulate(args: &Args, name: &str) -> PyResult<Value> {
    let p = args.bind(name, &["a", "axis", "dtype", "out"], 1)?;
    let a = array_arg(&p[0])?;
    let acc = match given(&p[2]) {
        Some(d) => to_dtype(d)?,
        None => super::loop_dtype_for_out(a.dtype, given(&p[3]), sum_dtype(a.dtype)),
    };
    let product = name == "cumprod";
    let result = match given(&p[1]) {
        None => crate::array::dtype::with_dtype!(acc, T, {
            let mut v = kernels::to_vec::<T>(&a)?;
            let n = v.len();
            running(&mut v, n, product);
            NdArray::from_vec(v, &[n])?
        }),
        Some(ax) => {
            // NumPy's PyArray_CheckAxis sees a 0-d array as 1-d when an axis is given.
            let a = if a.ndim() == 0 {
                crate::numpy::shape::reshape(&a, &[1], false)?
            } else {
                a.clone()
            };
            if let Value::Tuple(_) = ax {
                return Err(PyErr::type_err(
                    "'tuple' object cannot be interpreted as an integer",
                ));
            }
            let ax = crate::numpy::shape::normalize_axis(to_i64(ax)?, a.ndim(), None)?;
            let rows = axis_last(&a, ax)?;
            let r = crate::array::dtype::with_dtype!(acc, T, {
                let mut v = kernels::to_vec::<T>(&rows)?;
                running(&mut v, a.shape[ax], product);
                NdArray::from_vec(v, &rows.shape)?
            });
            // Move the axis back where it was, in the input's memory order (NumPy's
            // accumulate allocates its output with order='K').
            let nd = a.ndim() as i64;
            let mut perm: Vec<i64> = (0..nd - 1).collect();
            perm.insert(ax, nd - 1);
            let back = crate::numpy::shape::transpose(&Rc::new(r), Some(&perm))?;
            crate::numpy::shape::copy_laid_out_as(&back, &a, acc, crate::array::layout::Order::K)?
        }
    };
    if let (None, Some(Value::Array(o))) = (given(&p[1]), given(&p[3])) {
        if o.shape != result.shape {
            return Err(PyErr::value(
                "provided out is the wrong size for the accumulation.",
            ));
        }
    }
    super::deliver(Rc::new(result), given(&p[3]), name)
}
