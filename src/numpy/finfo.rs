//! `np.iinfo` and `np.finfo`: the machine limits of the integer and floating-point types,
//! with NumPy's reprs, `str` tables and attributes (`_core/getlimits.py`).
//!
//! The limits are properties of the IEEE binary16/32/64 formats and of two's-complement
//! integers, so they are computed here from the formats' parameters; the float values are
//! NumPy scalars of the type (of the real type for complex types).

use super::objects::HostObject;
use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::to_dtype;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["iinfo", "finfo"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "iinfo" => Some(iinfo(&args)),
        "finfo" => Some(finfo(it, &args)),
        _ => None,
    }
}

/// `numeric.dtype(x)`, falling back to `numeric.dtype(type(x))` as getlimits does; `Err`
/// carries the kind character of a type that is no NumPy number (`'O'`, `'U'`).
fn dtype_of(v: &Value) -> Result<DType, char> {
    if let Ok(d) = to_dtype(v) {
        return Ok(d);
    }
    match v {
        Value::Int(_) => Ok(DType::I64),
        Value::Float(_) => Ok(DType::F64),
        Value::Complex(..) => Ok(DType::C128),
        Value::Bool(_) => Ok(DType::Bool),
        Value::Scalar(d, _) => Ok(*d),
        Value::Str(_) => Err('U'),
        Value::Bytes(_) => Err('S'),
        _ => Err('O'),
    }
}

fn iinfo(args: &Args) -> PyResult<Value> {
    let p = args.bind("iinfo", &["int_type"], 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let d = match dtype_of(&v) {
        Ok(d) if d.is_int() => d,
        Ok(d) => return Err(invalid_int(d.kind_char())),
        Err(k) => return Err(invalid_int(k)),
    };
    Ok(Value::Object(Rc::new(RefCell::new(HostObject::IInfo(d)))))
}

fn invalid_int(kind: char) -> PyErr {
    PyErr::value(format!("Invalid integer data type '{}'.", kind))
}

fn finfo(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("finfo", &["dtype"], 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let d = if let Value::None = v {
        it.warn(
            "DeprecationWarning",
            "finfo() dtype cannot be None. This behavior will raise an error in the future. (Deprecated in NumPy 1.25)",
        );
        DType::F64
    } else {
        match dtype_of(&v) {
            Ok(d) if d.is_inexact() => d.real_of(),
            Ok(d) => {
                return Err(PyErr::value(format!(
                    "data type <class 'numpy.{}'> not inexact",
                    if d == DType::Bool { "bool" } else { d.name() }
                )))
            }
            Err(_) => {
                return Err(PyErr::value(
                    "data type <class 'numpy.object_'> not inexact",
                ))
            }
        }
    };
    Ok(Value::Object(Rc::new(RefCell::new(HostObject::FInfo(d)))))
}

/// The parameters of one IEEE binary format.
struct Format {
    /// Mantissa bits stored (`nmant`).
    nmant: i32,
    /// Exponent bits (`nexp`, `iexp`).
    nexp: i32,
    /// Decimal digits (`precision`).
    precision: i32,
    /// `%.Ne` digits NumPy's repr shows for min/max.
    repr_digits: usize,
}

fn format_of(d: DType) -> Format {
    match d {
        DType::F16 => Format {
            nmant: 10,
            nexp: 5,
            precision: 3,
            repr_digits: 5,
        },
        DType::F32 => Format {
            nmant: 23,
            nexp: 8,
            precision: 6,
            repr_digits: 7,
        },
        _ => Format {
            nmant: 52,
            nexp: 11,
            precision: 15,
            repr_digits: 16,
        },
    }
}

/// A float of `d`'s precision, as a NumPy scalar of `d`.
fn scalar(d: DType, x: f64) -> Value {
    let x = match d {
        DType::F16 => half::f16::from_f64(x).to_f64(),
        DType::F32 => x as f32 as f64,
        _ => x,
    };
    Value::Scalar(d, Num::Float(x))
}

fn finfo_attr(d: DType, name: &str) -> Option<Value> {
    let f = format_of(d);
    let maxexp = 1i32 << (f.nexp - 1);
    let minexp = 2 - maxexp;
    let eps = 2f64.powi(-f.nmant);
    let max = (2.0 - eps) * 2f64.powi(maxexp - 1);
    let int = |i: i32| Some(Value::Int(i as i128));
    match name {
        "bits" => int(d.itemsize() as i32 * 8),
        "dtype" => Some(Value::DType(d)),
        "eps" => Some(scalar(d, eps)),
        "epsneg" => Some(scalar(d, eps / 2.0)),
        "max" => Some(scalar(d, max)),
        "min" => Some(scalar(d, -max)),
        "tiny" | "smallest_normal" => Some(scalar(d, 2f64.powi(minexp))),
        "smallest_subnormal" => Some(scalar(d, 2f64.powi(minexp) * 2f64.powi(-f.nmant))),
        // `dtype.type(10) ** -precision`, rounded to the type.
        "resolution" => Some(scalar(d, 10f64.powi(-f.precision))),
        "precision" => int(f.precision),
        "iexp" | "nexp" => int(f.nexp),
        "maxexp" => int(maxexp),
        "minexp" => int(minexp),
        "negep" => int(-f.nmant - 1),
        "nmant" => int(f.nmant),
        "machep" => int(-f.nmant),
        _ => None,
    }
}

fn iinfo_attr(d: DType, name: &str) -> Option<Value> {
    let (lo, hi) = d.int_range()?;
    match name {
        "min" => Some(Value::Int(lo)),
        "max" => Some(Value::Int(hi)),
        "bits" => Some(Value::Int(d.itemsize() as i128 * 8)),
        "dtype" => Some(Value::DType(d)),
        "kind" => Some(Value::str(&d.kind_char().to_string())),
        _ => None,
    }
}

/// Attributes of an `iinfo` (`integer`) or `finfo` object.
pub fn attr(d: DType, integer: bool, name: &str) -> Option<Value> {
    if integer {
        iinfo_attr(d, name)
    } else {
        finfo_attr(d, name)
    }
}

/// C's `%.Ne`: an exponent with its sign and at least two digits.
fn c_exp(x: f64, digits: usize) -> String {
    let s = format!("{:.*e}", digits, x);
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, num) = match e.strip_prefix('-') {
                Some(n) => ('-', n),
                None => ('+', e),
            };
            format!("{}e{}{:0>2}", m, sign, num)
        }
        None => s,
    }
}

fn str_attr(d: DType, name: &str) -> String {
    finfo_attr(d, name)
        .map(|v| crate::format::str_of(&v))
        .unwrap_or_default()
}

pub fn repr(d: DType, integer: bool) -> String {
    if integer {
        let (lo, hi) = d.int_range().unwrap_or((0, 0));
        return format!("iinfo(min={}, max={}, dtype={})", lo, hi, d.name());
    }
    let f = format_of(d);
    let max = match finfo_attr(d, "max") {
        Some(Value::Scalar(_, n)) => n.as_f64(),
        _ => 0.0,
    };
    format!(
        "finfo(resolution={}, min={}, max={}, dtype={})",
        str_attr(d, "resolution"),
        c_exp(-max, f.repr_digits),
        c_exp(max, f.repr_digits),
        d.name()
    )
}

/// `str(np.iinfo(t))` / `str(np.finfo(t))`: NumPy's table of the limits.
pub fn table(d: DType, integer: bool) -> String {
    let rule = "---------------------------------------------------------------\n";
    if integer {
        let (lo, hi) = d.int_range().unwrap_or((0, 0));
        return format!(
            "Machine parameters for {}\n{}min = {}\nmax = {}\n{}",
            d.name(),
            rule,
            lo,
            hi,
            rule
        );
    }
    let s = |n: &str| str_attr(d, n);
    format!(
        "Machine parameters for {}\n{rule}precision = {}   resolution = {}\nmachep = {}   eps =        {}\nnegep =  {}   epsneg =     {}\nminexp = {}   tiny =       {}\nmaxexp = {}   max =        {}\nnexp =   {}   min =        -max\nsmallest_normal = {}   smallest_subnormal = {}\n{rule}",
        d.name(),
        s("precision"),
        s("resolution"),
        s("machep"),
        s("eps"),
        s("negep"),
        s("epsneg"),
        s("minexp"),
        s("tiny"),
        s("maxexp"),
        s("max"),
        s("nexp"),
        s("smallest_normal"),
        s("smallest_subnormal"),
        rule = rule
    )
}
