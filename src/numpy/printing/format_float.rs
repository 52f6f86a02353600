//! `np.format_float_positional` and `np.format_float_scientific`: NumPy's Dragon4 entry
//! points, with the argument checks of `arrayprint.py` and `dragon4.c` in their order.

use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::format::arrayprint::{dragon4_positional, dragon4_scientific, Dragon4Args, FloatWidth};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{to_f64, to_i64, truthy};
use crate::value::Value;

/// `_none_or_positive_arg`: `-1` when not given, an error when negative.
fn none_or_positive(v: &Option<Value>, name: &str) -> PyResult<i32> {
    let Some(v) = given(v) else { return Ok(-1) };
    let i = to_i64(v)?;
    if i < 0 {
        return Err(PyErr::value(format!("{name} must be >= 0")));
    }
    i32::try_from(i).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))
}

fn flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    given(v).map_or(Ok(default), truthy)
}

fn trim(v: &Option<Value>) -> PyResult<char> {
    match given(v) {
        None => Ok('k'),
        Some(Value::Str(s)) if matches!(&**s, "k" | "." | "0" | "-") => {
            Ok(s.chars().next().unwrap_or('k'))
        }
        Some(other) => Err(PyErr::type_err(format!(
            "if supplied, trim must be 'k', '.', '0' or '-' found `{}`",
            crate::format::str_of(other)
        ))),
    }
}

/// The value to print and its width: NumPy's own floats keep theirs, anything else
/// goes through Python's `float()` (NumPy complex scalars lose their imaginary part
/// with a `ComplexWarning`, as NumPy's C conversion does).
fn float_arg(it: &mut dyn Context, v: &Value) -> PyResult<(f64, FloatWidth)> {
    let not_real = |name: String| PyErr::type_err(format!("must be real number, not {name}"));
    match v {
        Value::Scalar(DType::F16, n) => Ok((n.as_f64(), FloatWidth::F16)),
        Value::Scalar(DType::F32, n) => Ok((n.as_f64(), FloatWidth::F32)),
        Value::Scalar(d, n) if d.is_complex() => {
            it.warn(
                "ComplexWarning",
                "Casting complex values to real discards the imaginary part",
            );
            Ok((n.as_complex().0, FloatWidth::F64))
        }
        Value::Int(i) => {
            let f = *i as f64;
            if f.is_finite() {
                Ok((f, FloatWidth::F64))
            } else {
                Err(PyErr::overflow("int too large to convert to float"))
            }
        }
        Value::Complex(..) | Value::Str(_) | Value::Array(_) => {
            if let Value::Array(a) = v {
                if a.size() == 1 && !a.dtype.is_complex() {
                    return Ok((to_f64(v)?, FloatWidth::F64));
                }
            }
            Err(not_real(v.type_of().short_name().to_string()))
        }
        other => Ok((to_f64(other)?, FloatWidth::F64)),
    }
}

/// `np.format_float_positional(x, precision=None, unique=True, fractional=True,
/// trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)`.
pub fn positional(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "format_float_positional",
        &[
            "x",
            "precision",
            "unique",
            "fractional",
            "trim",
            "sign",
            "pad_left",
            "pad_right",
            "min_digits",
        ],
        1,
    )?;
    let precision = none_or_positive(&a[1], "precision")?;
    let pad_left = none_or_positive(&a[6], "pad_left")?;
    let pad_right = none_or_positive(&a[7], "pad_right")?;
    let min_digits = none_or_positive(&a[8], "min_digits")?;
    let fractional = flag(&a[3], true)?;
    if !fractional && precision == 0 {
        return Err(PyErr::value(
            "precision must be greater than 0 if fractional=False",
        ));
    }
    check_min_digits(min_digits, precision)?;
    let d = Dragon4Args {
        unique: flag(&a[2], true)?,
        fractional,
        precision,
        min_digits,
        sign: flag(&a[5], false)?,
        trim: trim(&a[4])?,
        pad_left,
        pad_right,
        exp_digits: -1,
    };
    check_unique(&d)?;
    let (x, width) = float_arg(it, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::str(&dragon4_positional(x, width, &d)))
}

/// `np.format_float_scientific(x, precision=None, unique=True, trim='k', sign=False,
/// pad_left=None, exp_digits=None, min_digits=None)`.
pub fn scientific(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "format_float_scientific",
        &[
            "x",
            "precision",
            "unique",
            "trim",
            "sign",
            "pad_left",
            "exp_digits",
            "min_digits",
        ],
        1,
    )?;
    let precision = none_or_positive(&a[1], "precision")?;
    let pad_left = none_or_positive(&a[5], "pad_left")?;
    let exp_digits = none_or_positive(&a[6], "exp_digits")?;
    let min_digits = none_or_positive(&a[7], "min_digits")?;
    check_min_digits(min_digits, precision)?;
    let d = Dragon4Args {
        unique: flag(&a[2], true)?,
        fractional: true,
        precision,
        min_digits,
        sign: flag(&a[4], false)?,
        trim: trim(&a[3])?,
        pad_left,
        pad_right: -1,
        exp_digits,
    };
    check_unique(&d)?;
    let (x, width) = float_arg(it, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::str(&dragon4_scientific(x, width, &d)))
}

fn check_min_digits(min_digits: i32, precision: i32) -> PyResult<()> {
    if min_digits > 0 && precision > 0 && min_digits > precision {
        return Err(PyErr::value(
            "min_digits must be less than or equal to precision",
        ));
    }
    Ok(())
}

fn check_unique(d: &Dragon4Args) -> PyResult<()> {
    if !d.unique && d.precision < 0 {
        return Err(PyErr::type_err(
            "in non-unique mode `precision` must be supplied",
        ));
    }
    Ok(())
}
