//! Rounding to a number of decimals: `np.round`, `np.around` and `ndarray.round`.
//!
//! NumPy's algorithm (`PyArray_Round`) is followed step by step, because its answers are
//! not those of exact decimal rounding: scale by a power of ten (multiply for
//! `decimals >= 0`, divide for negative decimals), round half to even with `rint`, then
//! undo the scaling. Each step is a real ufunc call into the result array, so dtype rules,
//! casting errors (`round` of a bool array with decimals) and warnings (`decimals=400`
//! overflows the factor) are NumPy's. Complex arrays round their two parts separately.

use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::layout::{strides_for_order, Order};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::inspect::array_real_imag;
use crate::numpy::shape::copy_in_order;
use crate::numpy::ufunc::{apply_binary, apply_unary, operand, wrap, Op, Opts, UOp};
use crate::value::args::Args;
use crate::value::convert::to_i64;
use crate::value::ops::BinOp;
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["round", "around"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| {
        let a = args.bind(name, &["a", "decimals", "out"], 1)?;
        let decimals = match &a[1] {
            None => 0,
            Some(v) => to_i64(v)?,
        };
        let x = operand(a[0].as_ref().unwrap_or(&Value::None))?.array;
        let out = match &a[2] {
            None | Some(Value::None) => None,
            Some(Value::Array(o)) if o.size() != x.size() => {
                return Err(PyErr::value("invalid output shape"))
            }
            Some(Value::Array(o)) => Some(o.clone()),
            Some(_) => return Err(PyErr::type_err("output must be an array")),
        };
        let given_out = out.is_some();
        let r = round(it, &x, decimals, out)?;
        // Without `out`, a 0-d result is a NumPy scalar (`np.round(2.5)` is `np.float64(2.0)`).
        Ok(match r {
            Value::Array(r) if !given_out => wrap(r),
            other => other,
        })
    })())
}

/// NumPy's `power_of_ten`: exact table entries up to 10**8, then repeated multiplication
/// (which reaches `inf` for large `n`, as NumPy's does).
fn power_of_ten(n: u64) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return P10[n as usize];
    }
    let mut r: f64 = 1e9;
    let mut k = n;
    while k > 9 {
        r *= 10.0;
        k -= 1;
        if r.is_infinite() {
            break;
        }
    }
    r
}

/// Round `a` to `decimals` into `out` (or a new array).
fn round(
    it: &mut dyn Context,
    a: &ArrayRef,
    decimals: i64,
    out: Option<ArrayRef>,
) -> PyResult<Value> {
    let arr = Value::Array(a.clone());
    if decimals >= 0 && a.dtype.is_int() {
        // Integers have no digits after the point: a copy.
        return match out {
            Some(o) => {
                o.check_writeable()?;
                kernels::copy_into(&o, a)?;
                Ok(Value::Array(o))
            }
            None => Ok(Value::Array(Rc::new(copy_in_order(a, a.dtype, Order::A)?))),
        };
    }
    if decimals == 0 {
        let opts = Opts {
            out: out.as_ref(),
            ..Opts::default()
        };
        return apply_unary(it, UOp::Rint, &arr, &opts);
    }
    // Integers are rounded in float64 and cast back at the end; other dtypes in place.
    let (ret, back_to) = match out {
        Some(o) => (o, None),
        None if a.dtype.is_int() => (Rc::new(zeros_order_a(a, DType::F64)?), Some(a.dtype)),
        None => (Rc::new(zeros_order_a(a, a.dtype)?), None),
    };
    let (scale, unscale) = if decimals >= 0 {
        (BinOp::Mul, BinOp::Div)
    } else {
        (BinOp::Div, BinOp::Mul)
    };
    let f = Value::Float(power_of_ten(decimals.unsigned_abs()));
    if a.dtype.is_complex() && ret.dtype.is_complex() {
        for imag in [false, true] {
            let (src, dst) = (array_real_imag(a, imag)?, array_real_imag(&ret, imag)?);
            if let Value::Array(dst) = dst {
                steps(it, &src, &f, &dst, scale, unscale)?;
            }
        }
    } else {
        steps(it, &arr, &f, &ret, scale, unscale)?;
    }
    Ok(match back_to {
        Some(d) => Value::Array(Rc::new(copy_in_order(&ret, d, Order::A)?)),
        None => Value::Array(ret),
    })
}

/// Zeros shaped like `a` in NumPy's order 'A' (Fortran if `a` is Fortran-contiguous), as
/// `PyArray_Round` allocates its result.
fn zeros_order_a(a: &NdArray, dtype: DType) -> PyResult<NdArray> {
    let mut z = NdArray::zeros(&a.shape, dtype)?;
    if z.size() > 0 {
        z.strides = strides_for_order(Order::A, &a.shape, &a.strides, dtype.itemsize());
    }
    Ok(z)
}

/// `ret = unscale(rint(scale(src, f)), f)`, every step written into `ret`.
fn steps(
    it: &mut dyn Context,
    src: &Value,
    f: &Value,
    ret: &ArrayRef,
    scale: BinOp,
    unscale: BinOp,
) -> PyResult<()> {
    let opts = Opts {
        out: Some(ret),
        ..Opts::default()
    };
    let r = Value::Array(ret.clone());
    apply_binary(it, Op::Bin(scale), src, f, &opts)?;
    apply_unary(it, UOp::Rint, &r, &opts)?;
    apply_binary(it, Op::Bin(unscale), &r, f, &opts)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::power_of_ten;

    #[test]
    fn power_of_ten_is_numpys_table_then_products() {
        assert_eq!(power_of_ten(0), 1.0);
        assert_eq!(power_of_ten(8), 1e8);
        assert_eq!(power_of_ten(9), 1e9);
        assert_eq!(power_of_ten(22), 1e22);
        assert!(power_of_ten(400).is_infinite());
    }
}
