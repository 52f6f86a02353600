//! NumPy's abstract scalar classes (`np.generic`, `np.number`, `np.integer`,
//! `np.signedinteger`, `np.unsignedinteger`, `np.inexact`, `np.floating`,
//! `np.complexfloating`, `np.flexible`, `np.character`) as classes that `issubclass`,
//! `isinstance` and `np.issubdtype` walk, and the type questions built on the hierarchy:
//! `np.issubdtype`, `np.min_scalar_type`, `np.common_type`.

use super::Family;
use crate::array::dtype::{DType, Kind};
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::{as_array, to_dtype};
use crate::value::{PyType, Value};

pub const FAMILY: Family = Family {
    names: &["issubdtype", "min_scalar_type", "common_type"],
    call,
};

/// Each abstract class (qualified name) and its base (None for `generic`).
const ABSTRACT: &[(&str, Option<&str>)] = &[
    ("numpy.generic", None),
    ("numpy.number", Some("numpy.generic")),
    ("numpy.integer", Some("numpy.number")),
    ("numpy.signedinteger", Some("numpy.integer")),
    ("numpy.unsignedinteger", Some("numpy.integer")),
    ("numpy.inexact", Some("numpy.number")),
    ("numpy.floating", Some("numpy.inexact")),
    ("numpy.complexfloating", Some("numpy.inexact")),
    ("numpy.flexible", Some("numpy.generic")),
    ("numpy.character", Some("numpy.flexible")),
];

/// `np.<name>` when it is one of the abstract classes.
pub fn abstract_class(name: &str) -> Option<Value> {
    ABSTRACT
        .iter()
        .find(|(q, _)| q.strip_prefix("numpy.") == Some(name))
        .map(|(q, _)| Value::Type(PyType::Named(q)))
}

fn base_of(q: &str) -> Option<&'static str> {
    ABSTRACT.iter().find(|(n, _)| *n == q).and_then(|(_, b)| *b)
}

/// The abstract class a concrete scalar type derives from directly.
fn direct_base(d: DType) -> &'static str {
    match d.kind() {
        Kind::Bool => "numpy.generic",
        Kind::Int => "numpy.signedinteger",
        Kind::UInt => "numpy.unsignedinteger",
        Kind::Float => "numpy.floating",
        Kind::Complex => "numpy.complexfloating",
    }
}

/// `np.<type>.__mro__`: the type, its abstract bases, the Python number type float64 and
/// complex128 also derive from, and `object`.
pub fn mro(d: DType) -> Value {
    let mut out = vec![Value::Type(PyType::Scalar(d))];
    let mut cur = Some(direct_base(d));
    while let Some(q) = cur {
        out.push(Value::Type(PyType::Named(q)));
        cur = base_of(q);
    }
    match d {
        DType::F64 => out.push(Value::Type(PyType::Float)),
        DType::C128 => out.push(Value::Type(PyType::Complex)),
        _ => {}
    }
    out.push(Value::Type(PyType::Named("object")));
    Value::tuple(out)
}

/// Whether class `t` derives from abstract class `c` (false when `c` is not abstract).
pub fn is_abstract_subtype(t: PyType, c: PyType) -> bool {
    let PyType::Named(target) = c else {
        return false;
    };
    if base_of(target).is_none() && target != "numpy.generic" {
        return false;
    }
    let mut cur = match t {
        PyType::Scalar(d) => Some(direct_base(d)),
        PyType::Named(n) if ABSTRACT.iter().any(|(q, _)| *q == n) => Some(n),
        _ => None,
    };
    while let Some(q) = cur {
        if q == target {
            return true;
        }
        cur = base_of(q);
    }
    false
}

/// The TypeError NumPy raises for `np.dtype(<abstract class>)`, if `t` is one.
pub fn dtype_error(t: PyType) -> Option<PyErr> {
    let PyType::Named(q) = t else { return None };
    let msg = match q {
        "numpy.generic" | "numpy.flexible" => "Converting `np.generic` to a dtype is not allowed.",
        "numpy.number" | "numpy.inexact" | "numpy.floating" => {
            "Converting `np.inexact` or `np.floating` to a dtype not allowed"
        }
        "numpy.integer" | "numpy.signedinteger" => {
            "Converting 'np.integer' or 'np.signedinteger' to a dtype is not allowed"
        }
        "numpy.unsignedinteger" => "Converting `np.unsignedinteger` to a dtype is not allowed",
        "numpy.complexfloating" => "Converting `np.complex` to a dtype is not allowed.",
        "numpy.character" => "Converting `np.character` to a dtype is not allowed",
        _ => return None,
    };
    Some(PyErr::type_err(msg))
}

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "issubdtype" => issubdtype(&args),
        "min_scalar_type" => min_scalar_type(&args),
        "common_type" => common_type(&args),
        _ => return None,
    })
}

/// A class NumPy's `issubclass_(x, generic)` accepts as it is, else `np.dtype(x).type`.
fn scalar_class(v: &Value) -> PyResult<PyType> {
    if let Value::Type(t) = v {
        if matches!(t, PyType::Scalar(_)) || is_abstract_subtype(*t, PyType::Named("numpy.generic"))
        {
            return Ok(*t);
        }
    }
    Ok(PyType::Scalar(to_dtype(v)?))
}

/// `np.issubdtype(arg1, arg2)`: `issubclass` of the two scalar types.
fn issubdtype(args: &Args) -> PyResult<Value> {
    let p = args.bind("issubdtype", &["arg1", "arg2"], 2)?;
    let a = scalar_class(p[0].as_ref().unwrap_or(&Value::None))?;
    let b = scalar_class(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::Bool(a == b || is_abstract_subtype(a, b)))
}

/// `np.min_scalar_type(a)`: the smallest type of the kind of a scalar (or 0-d array) that
/// holds its value, NumPy's `min_scalar_type_num`; an array of 1 or more dimensions keeps
/// its dtype.
fn min_scalar_type(args: &Args) -> PyResult<Value> {
    let p = args.bind("min_scalar_type", &["a"], 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let (d, n) = match &v {
        Value::Bool(b) => (DType::Bool, Num::Bool(*b)),
        Value::Int(i) => (DType::I64, Num::Int(*i)),
        Value::BigInt(_) => return Err(object_dtype()),
        Value::Float(f) => (DType::F64, Num::Float(*f)),
        Value::Complex(re, im) => (DType::C128, Num::Complex(*re, *im)),
        Value::Scalar(d, n) => (*d, *n),
        other => {
            let a = as_array(other)?;
            if a.ndim() > 0 {
                return Ok(Value::DType(a.dtype));
            }
            (a.dtype, a.get(&[]))
        }
    };
    Ok(Value::DType(smallest(d, n)?))
}

fn object_dtype() -> PyErr {
    PyErr::not_implemented(
        "arrsh has no object dtype (np.min_scalar_type of an int beyond 64 bits is dtype('O'))",
    )
}

fn smallest(d: DType, n: Num) -> PyResult<DType> {
    Ok(match n {
        Num::Bool(_) => DType::Bool,
        Num::Int(i) if i >= 0 => match i {
            0..=0xff => DType::U8,
            0x100..=0xffff => DType::U16,
            0x1_0000..=0xffff_ffff => DType::U32,
            _ if i <= u64::MAX as i128 => DType::U64,
            _ => return Err(object_dtype()),
        },
        Num::Int(i) => {
            if i >= i8::MIN as i128 {
                DType::I8
            } else if i >= i16::MIN as i128 {
                DType::I16
            } else if i >= i32::MIN as i128 {
                DType::I32
            } else if i >= i64::MIN as i128 {
                DType::I64
            } else {
                return Err(object_dtype());
            }
        }
        Num::Float(f) => {
            if d == DType::F16 || !f.is_finite() || (f > -65000.0 && f < 65000.0) {
                DType::F16
            } else if d == DType::F32 || (f > -3.4e38 && f < 3.4e38) {
                DType::F32
            } else {
                DType::F64
            }
        }
        Num::Complex(re, im) => {
            let fits = |x: f64| x > -3.4e38 && x < 3.4e38;
            if d == DType::C64 || (fits(re) && fits(im)) {
                DType::C64
            } else {
                DType::C128
            }
        }
    })
}

/// `np.common_type(*arrays)`: the inexact scalar type of NumPy's table (integers count as
/// float64), complex when any array is.
fn common_type(args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_err(format!(
            "common_type() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let mut complex = false;
    let mut precision = 0u8;
    for v in &args.pos {
        let d = match v {
            Value::Array(a) => a.dtype,
            Value::Scalar(d, _) => *d,
            other => {
                return Err(PyErr::attribute(format!(
                    "'{}' object has no attribute 'dtype'",
                    other.type_of().short_name()
                )))
            }
        };
        let p = match d {
            DType::F16 => 0,
            DType::F32 | DType::C64 => 1,
            DType::F64 | DType::C128 => 2,
            _ if d.kind() == Kind::Bool => {
                return Err(PyErr::type_err(
                    "can't get common type for non-numeric array",
                ))
            }
            _ => 2,
        };
        complex |= d.kind() == Kind::Complex;
        precision = precision.max(p);
    }
    let d = match (complex, precision) {
        (false, 0) => DType::F16,
        (false, 1) => DType::F32,
        (false, _) => DType::F64,
        (true, 0 | 1) => DType::C64,
        (true, _) => DType::C128,
    };
    Ok(Value::Type(PyType::Scalar(d)))
}
