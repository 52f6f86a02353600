//! The warnings NumPy's casting loops raise, decided from the values being cast: the
//! `ComplexWarning` of complex to real, "invalid value encountered in cast" when a float
//! does not fit the integer conversion NumPy's loop uses (NaN, ±inf, or outside the C
//! type it converts through: int32 for the 8/16-bit types and int32, int64 for int64 and
//! uint32, [-2**63, 2**64) for uint64), and "overflow encountered in cast" when a finite
//! value becomes infinite in a narrower float. Reported through `np.seterr`'s modes.

use crate::array::dtype::{DType, Kind};
use crate::array::element::Num;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::contexts::ErrMode;

/// Warn (or raise, per `np.seterr`) as NumPy does when `src` is cast to `to`.
pub fn check(it: &mut dyn Context, src: &NdArray, to: DType) -> PyResult<()> {
    let from = src.dtype;
    if from.is_complex() && !to.is_complex() && to != DType::Bool && src.size() > 0 {
        it.warn(
            "ComplexWarning",
            "Casting complex values to real discards the imaginary part",
        );
    }
    let (invalid, overflow) = flags(src, to);
    report(it, invalid, overflow)
}

/// The (invalid, overflow) floating-point flags casting `src` to `to` raises. A safe cast
/// raises none and reads no element.
pub fn flags(src: &NdArray, to: DType) -> (bool, bool) {
    let from = src.dtype;
    if from.can_cast_safe(to) || src.size() == 0 {
        return (false, false);
    }
    if from.kind() < Kind::Float {
        return (false, int_to_half_overflows(src, to));
    }
    let real = |n: &Num| n.as_f64();
    let (mut invalid, mut overflow) = (false, false);
    match to.kind() {
        Kind::Int | Kind::UInt => {
            let (lo, hi) = match to {
                DType::I64 | DType::U32 => (-(2f64.powi(63)), 2f64.powi(63)),
                DType::U64 => (-(2f64.powi(63)), 2f64.powi(64)),
                _ => (-(2f64.powi(31)), 2f64.powi(31)),
            };
            invalid = any(src, |n| {
                let t = real(&n).trunc();
                t.is_nan() || t < lo || t >= hi
            });
        }
        Kind::Float | Kind::Complex => {
            let big = |x: f64| {
                x.is_finite()
                    && match to {
                        DType::F16 => x.abs() >= 65520.0,
                        DType::F32 | DType::C64 => (x as f32).is_infinite(),
                        _ => false,
                    }
            };
            overflow = any(src, |n| {
                let (re, im) = n.as_complex();
                big(re) || (to.is_complex() && big(im))
            });
        }
        _ => {}
    }
    (invalid, overflow)
}

/// The warnings of the array-to-array cast `dst[...] = src` (or `np.asarray(src, dtype=d)`)
/// made: NumPy's assignment and conversion run the same casting loops as `astype`. Values
/// that are not arrays (Python numbers and lists) are converted by Python's rules instead
/// and raise their own errors.
pub fn check_values(it: &mut dyn Context, src: &crate::value::Value, to: DType) -> PyResult<()> {
    match src {
        crate::value::Value::Array(a) if a.dtype != to => check(it, a, to),
        _ => Ok(()),
    }
}

/// Integers beyond float16's range overflow to inf when cast to float16.
fn int_to_half_overflows(src: &NdArray, to: DType) -> bool {
    to == DType::F16 && src.dtype != DType::Bool && any(src, |n| n.as_f64().abs() >= 65520.0)
}

/// Whether any element satisfies `f`, read in place (the source may be a huge broadcast).
fn any(src: &NdArray, mut f: impl FnMut(Num) -> bool) -> bool {
    let mut hit = false;
    NdArray::for_each_index(&src.shape, |idx| {
        if !hit && f(src.get(idx)) {
            hit = true;
        }
    });
    hit
}

fn report(it: &mut dyn Context, invalid: bool, overflow: bool) -> PyResult<()> {
    let modes = it.state().err;
    for (hit, mode, what) in [
        (overflow, modes.over, "overflow"),
        (invalid, modes.invalid, "invalid value"),
    ] {
        if !hit {
            continue;
        }
        let msg = format!("{} encountered in cast", what);
        match mode {
            ErrMode::Ignore => {}
            ErrMode::Raise => return Err(PyErr::new("FloatingPointError", msg)),
            _ => it.warn("RuntimeWarning", &msg),
        }
    }
    Ok(())
}
