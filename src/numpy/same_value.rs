//! `astype(..., casting='same_value')`, NumPy 2.4's cast that allows any numeric
//! conversion but raises `ValueError` when a value changes: an integer out of the target's
//! range, a float with a fraction (or NaN, or ±inf) cast to an integer, a float that rounds
//! or overflows in a narrower float, a complex number whose real part changes or whose
//! imaginary part is dropped. NaN and ±inf stay themselves in any float. A cast to bool is
//! not checked (NumPy's loops for it do not look at values).

use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};

/// The C type name NumPy's message uses for a dtype (`long` for int64 on this platform).
fn c_name(d: DType) -> &'static str {
    match d {
        DType::Bool => "bool",
        DType::I8 => "byte",
        DType::U8 => "ubyte",
        DType::I16 => "short",
        DType::U16 => "ushort",
        DType::I32 => "int",
        DType::U32 => "uint",
        DType::I64 => "long",
        DType::U64 => "ulong",
        DType::F16 => "half",
        DType::F32 => "float",
        DType::F64 => "double",
        DType::C64 => "cfloat",
        DType::C128 => "cdouble",
    }
}

/// A real element as an exact value: an integer or a float.
enum Exact {
    Int(i128),
    Float(f64),
}

fn exact(n: Num) -> Exact {
    match n {
        Num::Bool(b) => Exact::Int(b as i128),
        Num::Int(i) => Exact::Int(i),
        Num::Float(f) => Exact::Float(f),
        Num::Complex(re, _) => Exact::Float(re),
    }
}

/// Are two real values the same number (NaN is the same as NaN)?
fn same(a: Exact, b: Exact) -> bool {
    let int_float = |i: i128, f: f64| {
        f.is_finite() && f.fract() == 0.0 && f.abs() < 2f64.powi(120) && f as i128 == i
    };
    match (a, b) {
        (Exact::Int(x), Exact::Int(y)) => x == y,
        (Exact::Float(x), Exact::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Exact::Int(i), Exact::Float(f)) | (Exact::Float(f), Exact::Int(i)) => int_float(i, f),
    }
}

/// Raise NumPy's error if any element of `dst` (the cast of `src`, same shape) differs in
/// value from its source.
pub fn check(src: &NdArray, dst: &NdArray) -> PyResult<()> {
    let (from, to) = (src.dtype, dst.dtype);
    if to == DType::Bool || from == to {
        return Ok(());
    }
    let mut failure: Option<&'static str> = None;
    NdArray::for_each_index(&src.shape, |idx| {
        if failure.is_some() {
            return;
        }
        let (s, d) = (src.get(idx), dst.get(idx));
        let (s_im, d_im) = (s.as_complex().1, d.as_complex().1);
        if !same(exact(s), exact(d))
            || (to.is_complex() && !same(Exact::Float(s_im), Exact::Float(d_im)))
        {
            failure = Some("");
        } else if from.is_complex() && !to.is_complex() && s_im != 0.0 {
            failure = Some(": imag is not 0");
        }
    });
    match failure {
        None => Ok(()),
        Some(tail) => Err(PyErr::value(format!(
            "could not cast 'same_value' {} to {}{}",
            c_name(from),
            c_name(to),
            tail
        ))),
    }
}
