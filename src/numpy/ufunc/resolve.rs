//! Loop selection: which typed loop a ufunc runs for given operand dtypes, following the
//! order of NumPy's `ufunc.types` lists (e.g. `sqrt` on uint8 runs the float16 loop).

use super::{Op, Operand, UOp};
use crate::array::dtype::{DType, Kind};
use crate::error::{PyErr, PyResult};
use crate::value::ops::BinOp;
use crate::value::Value;

pub fn no_loop(name: &str) -> PyErr {
    PyErr::type_err(format!(
        "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
        name
    ))
}

/// NumPy's class of an operand's dtype (`numpy.dtypes.Int8DType`; Python scalars have
/// their own abstract classes).
fn dtype_class(o: &Operand) -> String {
    match &o.weak {
        Some(Value::Bool(_)) => "numpy.dtypes.BoolDType".into(),
        Some(Value::Float(_)) => "numpy.dtypes._PyFloatDType".into(),
        Some(Value::Complex(..)) => "numpy.dtypes._PyComplexDType".into(),
        Some(_) => "numpy.dtypes._PyLongDType".into(),
        None => {
            let n = o.array.dtype.name();
            let n = match n.strip_prefix("uint") {
                Some(bits) => format!("UInt{}", bits),
                None => {
                    let mut c = n.chars();
                    c.next()
                        .map(|h| h.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                }
            };
            format!("numpy.dtypes.{}DType", n)
        }
    }
}

/// The error of a ufunc whose loops exclude the operands' kinds outright (`gcd` of floats).
fn no_matching_loop(name: &str, ops: &[&Operand]) -> PyErr {
    let classes: Vec<String> = ops
        .iter()
        .map(|o| format!("<class '{}'>", dtype_class(o)))
        .collect();
    PyErr::ufunc_type(format!(
        "ufunc '{}' did not contain a loop with signature matching types ({}) -> None",
        name,
        classes.join(", ")
    ))
}

/// No loop has the `dtype=`/`signature=` a call asked for.
pub fn no_signature_loop(name: &str) -> PyErr {
    PyErr::type_err(format!(
        "No loop matching the specified signature and casting was found for ufunc {}",
        name
    ))
}

fn no_bool_loop(name: &str) -> PyErr {
    PyErr::ufunc_type(format!(
        "ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        name
    ))
}

/// The first floating loop (`e`, `f`, `d`, complex) a dtype casts to safely.
pub fn float_for(d: DType) -> DType {
    match d {
        DType::Bool | DType::I8 | DType::U8 => DType::F16,
        DType::I16 | DType::U16 => DType::F32,
        DType::I32 | DType::U32 | DType::I64 | DType::U64 => DType::F64,
        other => other,
    }
}

/// The dtype a weak Python scalar takes next to a strong dtype `d` (NEP 50).
pub fn weak_dtype(weak: &Value, d: DType) -> DType {
    match weak {
        Value::Bool(_) => d,
        Value::Int(_) | Value::BigInt(_) => {
            if d == DType::Bool {
                DType::I64
            } else {
                d
            }
        }
        Value::Float(_) => match d.kind() {
            Kind::Bool | Kind::Int | Kind::UInt => DType::F64,
            _ => d,
        },
        _ => match d.kind() {
            Kind::Complex => d,
            Kind::Float => d.complex_of(),
            _ => DType::C128,
        },
    }
}

/// NEP 50 result type of several operands.
pub fn result_type(ops: &[&Operand]) -> DType {
    let strong: Vec<DType> = ops
        .iter()
        .filter(|o| o.weak.is_none())
        .map(|o| o.array.dtype)
        .collect();
    match strong.split_first() {
        Some((first, rest)) => {
            let mut d = rest.iter().fold(*first, |acc, &x| DType::promote(acc, x));
            for o in ops.iter() {
                if let Some(w) = &o.weak {
                    d = DType::promote(d, weak_dtype(w, d));
                }
            }
            d
        }
        None => ops
            .iter()
            .map(|o| o.array.dtype)
            .fold(DType::Bool, DType::promote),
    }
}

/// The float loop an input asks for when each input picks its own. A Python int next to
/// an array or NumPy scalar fits any float loop (NumPy's loop search takes the first,
/// float16, for it); with only Python scalars it is an int64.
fn per_input_float(o: &Operand, ops: &[&Operand], p: DType) -> DType {
    match &o.weak {
        Some(Value::Int(_)) if int_takes_first_float(ops) => DType::F16,
        Some(w) => float_for(weak_dtype(w, p)),
        None => float_for(o.array.dtype),
    }
}

/// Whether a Python int among `ops` meets the first float loop (float16) in NumPy's loop
/// search: next to a strong operand that is no bool (next to bools it is an int64).
pub fn int_takes_first_float(ops: &[&Operand]) -> bool {
    ops.iter()
        .any(|x| x.weak.is_none() && x.array.dtype != DType::Bool)
}

/// Binary ufuncs with float loops only, where each input picks its own float loop.
pub fn float_per_input(op: Op) -> bool {
    matches!(
        op,
        Op::Arctan2
            | Op::Hypot
            | Op::CopySign
            | Op::Heaviside
            | Op::LogAddExp
            | Op::LogAddExp2
            | Op::NextAfter
            | Op::Ldexp
    )
}

/// Loop input and output dtypes of a binary ufunc, given the promoted dtype `p` of its
/// operands (or the `dtype=` argument).
pub fn binary_loop(op: Op, p: DType, ops: &[&Operand]) -> PyResult<(DType, DType)> {
    let name = op.ufunc_name();
    Ok(match op {
        Op::Cmp(_) => (p, DType::Bool),
        Op::LogicalAnd | Op::LogicalOr | Op::LogicalXor => (p, DType::Bool),
        Op::Min | Op::Max | Op::FMin | Op::FMax => (p, p),
        Op::DivMod => {
            if p.is_complex() {
                return Err(no_loop(name));
            }
            if p == DType::Bool {
                (DType::I8, DType::I8)
            } else {
                (p, p)
            }
        }
        Op::FMod => {
            if p.is_complex() {
                return Err(no_loop(name));
            }
            if p == DType::Bool {
                (DType::I8, DType::I8)
            } else {
                (p, p)
            }
        }
        Op::Gcd | Op::Lcm => {
            if !p.is_int() || p == DType::Bool {
                return Err(no_matching_loop(name, ops));
            }
            (p, p)
        }
        Op::FloatPower => {
            if p.is_complex() {
                (DType::C128, DType::C128)
            } else {
                (DType::F64, DType::F64)
            }
        }
        Op::Ldexp => {
            // Loops `ei fi di el fl dl`: a float (each input type picks its float loop)
            // and an integer exponent (uint64 casts safely to neither int32 nor int64).
            let f = ops
                .first()
                .map(|o| per_input_float(o, ops, p))
                .unwrap_or(DType::F64);
            let e = ops.get(1).map(|o| (o.weak.as_ref(), o.array.dtype));
            let int_exponent = match e {
                Some((Some(w), _)) => matches!(w, Value::Int(_) | Value::Bool(_)),
                Some((None, d)) => d == DType::Bool || (d.is_int() && d != DType::U64),
                None => false,
            };
            if f.is_complex() || !int_exponent {
                return Err(no_loop(name));
            }
            (f, f)
        }
        Op::Arctan2
        | Op::Hypot
        | Op::CopySign
        | Op::Heaviside
        | Op::LogAddExp
        | Op::LogAddExp2
        | Op::NextAfter => {
            // Each input picks its own float loop (uint8 with int8 runs float16).
            let f = ops
                .iter()
                .map(|o| per_input_float(o, ops, p))
                .fold(DType::F16, DType::promote);
            if f.is_complex() || p.is_complex() {
                return Err(no_loop(name));
            }
            (f, f)
        }
        Op::Bin(b) => match b {
            BinOp::Add | BinOp::Mul => (p, p),
            BinOp::Sub => {
                if p == DType::Bool {
                    return Err(PyErr::type_err(
                        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
                    ));
                }
                (p, p)
            }
            BinOp::Div => {
                if p.is_inexact() {
                    (p, p)
                } else {
                    (DType::F64, DType::F64)
                }
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                if p == DType::Bool {
                    (DType::I8, DType::I8)
                } else if p.is_complex() && b != BinOp::Pow {
                    return Err(no_loop(name));
                } else {
                    (p, p)
                }
            }
            BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift => {
                if p.is_inexact() {
                    return Err(no_loop(name));
                }
                if p == DType::Bool && matches!(b, BinOp::LShift | BinOp::RShift) {
                    (DType::I8, DType::I8)
                } else {
                    (p, p)
                }
            }
            BinOp::MatMul => (p, p),
        },
    })
}

/// Loop input and output dtypes of a unary ufunc for input dtype `d`.
pub fn unary_loop(op: UOp, d: DType) -> PyResult<(DType, DType)> {
    let name = op.ufunc_name();
    Ok(match op {
        UOp::Negative if d == DType::Bool => {
            return Err(PyErr::type_err(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
            ))
        }
        UOp::Positive | UOp::Sign if d == DType::Bool => return Err(no_bool_loop(name)),
        UOp::Invert if d.is_inexact() => return Err(no_loop(name)),
        UOp::BitwiseCount if d.is_inexact() => return Err(no_loop(name)),
        UOp::BitwiseCount if d == DType::Bool => (DType::I8, DType::U8),
        UOp::BitwiseCount => (d, DType::U8),
        UOp::Floor | UOp::Ceil if d.is_complex() => return Err(no_loop(name)),
        UOp::Absolute => (d, d.real_of()),
        UOp::Cbrt
        | UOp::Deg2Rad
        | UOp::Radians
        | UOp::Rad2Deg
        | UOp::Degrees
        | UOp::Fabs
        | UOp::Spacing
        | UOp::Signbit
        | UOp::Trunc
            if d.is_complex() =>
        {
            return Err(no_loop(name))
        }
        UOp::Signbit => (float_for(d), DType::Bool),
        UOp::Reciprocal | UOp::Conjugate if d == DType::Bool => (DType::I8, DType::I8),
        UOp::Sinh
        | UOp::Cosh
        | UOp::Tanh
        | UOp::Arcsin
        | UOp::Arccos
        | UOp::Arctan
        | UOp::Arcsinh
        | UOp::Arccosh
        | UOp::Arctanh
        | UOp::Exp2
        | UOp::Expm1
        | UOp::Log1p
        | UOp::Cbrt
        | UOp::Deg2Rad
        | UOp::Radians
        | UOp::Rad2Deg
        | UOp::Degrees
        | UOp::Fabs
        | UOp::Spacing => {
            let f = float_for(d);
            (f, f)
        }
        UOp::Sqrt
        | UOp::Exp
        | UOp::Log
        | UOp::Log2
        | UOp::Log10
        | UOp::Sin
        | UOp::Cos
        | UOp::Tan
        | UOp::Rint => {
            let f = float_for(d);
            (f, f)
        }
        UOp::Square if d == DType::Bool => (DType::I8, DType::I8),
        UOp::IsNan | UOp::IsInf | UOp::IsFinite | UOp::LogicalNot => (d, DType::Bool),
        _ => (d, d),
    })
}
