//! Universal functions: operators and `np.add`-style calls with NumPy 2's type promotion
//! (NEP 50 weak Python scalars), broadcasting, `out=` with same-kind casting, overlap
//! buffering and floating-point warnings.

mod loops;
pub mod ops;

use super::Family;
use crate::array::dtype::{Casting, DType, Kind};
use crate::array::element::{Bool8, Num};
use crate::array::iter::broadcast_shapes;
use crate::array::kernels;
use crate::array::layout::shape_str;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::eval::args::{given, Args};
use crate::eval::convert::{array_from_value, to_dtype};
use crate::eval::interp::Interp;
use crate::eval::value::Value;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use ops::{Arith, Bits, FpFlags};
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "add",
        "subtract",
        "multiply",
        "divide",
        "true_divide",
        "floor_divide",
        "mod",
        "remainder",
        "power",
        "bitwise_and",
        "bitwise_or",
        "bitwise_xor",
        "left_shift",
        "right_shift",
        "equal",
        "not_equal",
        "less",
        "less_equal",
        "greater",
        "greater_equal",
        "negative",
        "positive",
        "absolute",
        "abs",
        "invert",
        "bitwise_not",
        "all",
        "any",
        "array_equal",
    ],
    call,
};

/// What an operator or ufunc computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
}

impl Op {
    /// NumPy's ufunc name (used in warnings and errors).
    pub fn ufunc_name(self) -> &'static str {
        match self {
            Op::Bin(b) => match b {
                BinOp::Add => "add",
                BinOp::Sub => "subtract",
                BinOp::Mul => "multiply",
                BinOp::Div => "divide",
                BinOp::FloorDiv => "floor_divide",
                BinOp::Mod => "remainder",
                BinOp::Pow => "power",
                BinOp::MatMul => "matmul",
                BinOp::And => "bitwise_and",
                BinOp::Or => "bitwise_or",
                BinOp::Xor => "bitwise_xor",
                BinOp::LShift => "left_shift",
                BinOp::RShift => "right_shift",
            },
            Op::Cmp(c) => match c {
                CmpOp::Eq => "equal",
                CmpOp::Ne => "not_equal",
                CmpOp::Lt => "less",
                CmpOp::Le => "less_equal",
                CmpOp::Gt => "greater",
                _ => "greater_equal",
            },
        }
    }
}

/// An operand after classification: the array, and whether it came from a Python scalar
/// (NEP 50 "weak" operands adapt to the other operand's dtype).
#[derive(Clone)]
pub struct Operand {
    pub array: ArrayRef,
    pub weak: Option<Value>,
    /// Python scalar or NumPy scalar (not an array): results of all-scalar ops are scalars.
    pub scalar: bool,
}

pub fn operand(v: &Value) -> PyResult<Operand> {
    Ok(match v {
        Value::Array(a) => Operand {
            array: a.clone(),
            weak: None,
            scalar: false,
        },
        Value::Scalar(d, n) => {
            let a = NdArray::zeros(&[], *d)?;
            a.set(&[], *n);
            Operand {
                array: Rc::new(a),
                weak: None,
                scalar: true,
            }
        }
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(..) => {
            let a = array_from_value(v, None)?;
            Operand {
                array: Rc::new(a),
                weak: Some(v.clone()),
                scalar: true,
            }
        }
        other => Operand {
            array: Rc::new(array_from_value(other, None)?),
            weak: None,
            scalar: false,
        },
    })
}

/// The dtype a weak Python scalar takes next to a strong dtype `d` (NEP 50).
fn weak_dtype(weak: &Value, d: DType) -> DType {
    match weak {
        Value::Bool(_) => d,
        Value::Int(_) => {
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
            for o in ops.iter().filter(|o| o.weak.is_some()) {
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

/// A weak Python int must fit the dtype it adapts to (NumPy 2's OverflowError).
fn check_weak_fits(o: &Operand, d: DType) -> PyResult<()> {
    if let Some(Value::Int(i)) = &o.weak {
        if let Some((lo, hi)) = d.int_range() {
            if d != DType::Bool && (*i < lo || *i > hi) {
                return Err(PyErr::overflow(format!(
                    "Python integer {} out of bounds for {}",
                    i,
                    d.name()
                )));
            }
        }
    }
    Ok(())
}

fn no_loop(name: &str) -> PyErr {
    PyErr::type_err(format!(
        "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
        name
    ))
}

/// Loop input dtype and output dtype for an operation given the promoted dtype.
fn loop_types(op: Op, p: DType) -> PyResult<(DType, DType)> {
    let name = op.ufunc_name();
    Ok(match op {
        Op::Cmp(_) => (p, DType::Bool),
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
            BinOp::And | BinOp::Or | BinOp::Xor => {
                if p.is_inexact() {
                    return Err(no_loop(name));
                }
                (p, p)
            }
            BinOp::LShift | BinOp::RShift => {
                if p.is_inexact() {
                    return Err(no_loop(name));
                }
                if p == DType::Bool {
                    (DType::I8, DType::I8)
                } else {
                    (p, p)
                }
            }
            BinOp::MatMul => return Err(PyErr::not_implemented("matmul is handled by np.matmul")),
        },
    })
}

/// Run the typed loop for `op` with inputs already in `lt` and output in `ot`.
fn run_loop(op: Op, lt: DType, a: &NdArray, b: &NdArray, out: &NdArray) -> FpFlags {
    let mut f = FpFlags::default();
    macro_rules! arith {
        ($T:ty) => {
            match op {
                Op::Bin(BinOp::And) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.and(y)),
                Op::Bin(BinOp::Or) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.or(y)),
                Op::Bin(BinOp::Xor) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.xor(y)),
                Op::Bin(BinOp::LShift) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.shl(y)),
                Op::Bin(BinOp::RShift) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.shr(y)),
                _ => float_arith!($T),
            }
        };
    }
    // Bitwise operations never reach inexact loops: `loop_types` rejects them first.
    macro_rules! float_arith {
        ($T:ty) => {
            match op {
                Op::Bin(BinOp::Add) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.add(y)),
                Op::Bin(BinOp::Sub) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.sub(y)),
                Op::Bin(BinOp::Mul) => loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.mul(y)),
                Op::Bin(BinOp::Div) => {
                    loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.div(y, &mut f))
                }
                Op::Bin(BinOp::FloorDiv) => {
                    loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.floordiv(y, &mut f))
                }
                Op::Bin(BinOp::Mod) => {
                    loops::binary::<$T, $T, $T>(a, b, out, |x, y| x.rem(y, &mut f))
                }
                Op::Bin(BinOp::Pow) => {
                    loops::binary::<$T, $T, $T>(a, b, out, |x, y| Arith::pow(x, y, &mut f))
                }
                Op::Cmp(CmpOp::Eq) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8((x == y) as u8))
                }
                Op::Cmp(CmpOp::Ne) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8((x != y) as u8))
                }
                Op::Cmp(CmpOp::Lt) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8(x.lt(y) as u8))
                }
                Op::Cmp(CmpOp::Le) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8(x.le(y) as u8))
                }
                Op::Cmp(CmpOp::Gt) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8(y.lt(x) as u8))
                }
                Op::Cmp(_) => {
                    loops::binary::<$T, $T, Bool8>(a, b, out, |x, y| Bool8(y.le(x) as u8))
                }
                _ => {}
            }
        };
    }
    match lt {
        DType::Bool => arith!(Bool8),
        DType::I8 => arith!(i8),
        DType::I16 => arith!(i16),
        DType::I32 => arith!(i32),
        DType::I64 => arith!(i64),
        DType::U8 => arith!(u8),
        DType::U16 => arith!(u16),
        DType::U32 => arith!(u32),
        DType::U64 => arith!(u64),
        DType::F16 => float_arith!(half::f16),
        DType::F32 => float_arith!(f32),
        DType::F64 => float_arith!(f64),
        DType::C64 => float_arith!(crate::array::element::C32),
        DType::C128 => float_arith!(crate::array::element::C64),
    }
    f
}

/// Convert an operand to the loop dtype (a weak scalar converts by value).
fn cast_operand(o: &Operand, lt: DType) -> PyResult<ArrayRef> {
    if o.array.dtype == lt {
        return Ok(o.array.clone());
    }
    Ok(Rc::new(kernels::to_contiguous(&o.array, lt)?))
}

fn emit_warnings(it: &mut Interp, f: FpFlags, name: &str, scalar: bool) {
    let prefix = if scalar { "scalar " } else { "" };
    if f.divide {
        it.warn(
            "RuntimeWarning",
            &format!("divide by zero encountered in {}{}", prefix, name),
        );
    }
    if f.overflow {
        it.warn(
            "RuntimeWarning",
            &format!("overflow encountered in {}{}", prefix, name),
        );
    }
    if f.invalid {
        it.warn(
            "RuntimeWarning",
            &format!("invalid value encountered in {}{}", prefix, name),
        );
    }
}

fn compact_shape(s: &[usize]) -> String {
    shape_str(s).replace(' ', "")
}

/// Apply a binary ufunc to two values, optionally into `out`, with an optional forced
/// loop dtype (`dtype=`). Returns the result value (the `out` array when given).
pub fn apply_binary(
    it: &mut Interp,
    op: Op,
    x: &Value,
    y: &Value,
    out: Option<&ArrayRef>,
    dtype: Option<DType>,
) -> PyResult<Value> {
    let a = operand(x)?;
    let b = operand(y)?;
    let promoted = match dtype {
        Some(d) => d,
        None => result_type(&[&a, &b]),
    };
    let mut lt_in = promoted;
    let is_cmp = matches!(op, Op::Cmp(_));
    for o in [&a, &b] {
        if let Err(e) = check_weak_fits(o, promoted) {
            if is_cmp {
                // Comparisons with out-of-range Python ints are exact in NumPy 2.
                lt_in = DType::F64;
            } else {
                return Err(e);
            }
        }
    }
    let (lt, ot) = loop_types(op, lt_in)?;
    let name = op.ufunc_name();
    // Shapes: inputs broadcast together, and to the output when one is given.
    let mut shapes: Vec<&[usize]> = vec![&a.array.shape, &b.array.shape];
    if let Some(o) = out {
        shapes.push(&o.shape);
    }
    let full = broadcast_shapes(&shapes)?;
    let shape = broadcast_shapes(&[&a.array.shape, &b.array.shape])?;
    if let Some(o) = out {
        if full != o.shape || shape.len() > o.shape.len() {
            return Err(PyErr::value(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                compact_shape(&o.shape),
                compact_shape(&full)
            )));
        }
        if !o.writeable.get() {
            return Err(PyErr::value("output array is read-only"));
        }
        if !ot.can_cast(o.dtype, Casting::SameKind) {
            return Err(PyErr::ufunc_type(format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                name,
                ot.name(),
                o.dtype.name()
            )));
        }
    }
    let ca = cast_operand(&a, lt)?;
    let cb = cast_operand(&b, lt)?;
    let target_shape = out.map(|o| o.shape.clone()).unwrap_or(shape);
    // Write straight into `out` when its dtype matches and no input overlaps it in a
    // different layout; otherwise compute into a fresh array first (NumPy's buffering).
    let direct = out.filter(|o| {
        o.dtype == ot
            && [&ca, &cb].iter().all(|i| {
                !kernels::may_overlap(o, i)
                    || kernels::same_geometry(
                        o,
                        i,
                        &crate::array::iter::broadcast_strides(&i.shape, &i.strides, &o.shape),
                    )
            })
    });
    let result: ArrayRef = match direct {
        Some(o) => o.clone(),
        None => Rc::new(NdArray::zeros(&target_shape, ot)?),
    };
    let flags = run_loop(op, lt, &ca, &cb, &result);
    emit_warnings(it, flags, name, a.scalar && b.scalar);
    if let Some(o) = out {
        if !Rc::ptr_eq(o, &result) {
            kernels::copy_into(o, &result)?;
        }
        return Ok(Value::Array(o.clone()));
    }
    Ok(wrap(result))
}

/// 0-d results of ufuncs become NumPy scalars, as in NumPy.
pub fn wrap(a: ArrayRef) -> Value {
    if a.ndim() == 0 {
        Value::Scalar(a.dtype, a.get(&[]))
    } else {
        Value::Array(a)
    }
}

pub fn binary_op(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op == BinOp::MatMul {
        return Err(PyErr::not_implemented(
            "arrsh: the @ operator is not implemented yet",
        ));
    }
    apply_binary(it, Op::Bin(op), a, b, None, None)
}

pub fn compare_op(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    apply_binary(it, Op::Cmp(op), a, b, None, None)
}

/// `x op= y` on an array: computed into `x` itself.
pub fn inplace_binary(it: &mut Interp, op: BinOp, a: &ArrayRef, rhs: &Value) -> PyResult<()> {
    apply_binary(
        it,
        Op::Bin(op),
        &Value::Array(a.clone()),
        rhs,
        Some(a),
        None,
    )
    .map(|_| ())
}

/// Unary operators on arrays and NumPy scalars.
pub fn unary_op(it: &mut Interp, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let name = match op {
        UnaryOp::Neg => "negative",
        UnaryOp::Pos => "positive",
        UnaryOp::Invert => "invert",
    };
    apply_unary(it, name, v, None)
}

fn apply_unary(_it: &mut Interp, name: &str, v: &Value, out: Option<&ArrayRef>) -> PyResult<Value> {
    let a = operand(v)?;
    let d = a.array.dtype;
    let (lt, ot) = match name {
        "negative" if d == DType::Bool => {
            return Err(PyErr::type_err(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
            ))
        }
        "positive" if d == DType::Bool => {
            return Err(PyErr::ufunc_type(
                "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
            ))
        }
        "invert" if d.is_inexact() => return Err(no_loop("invert")),
        "absolute" if d.is_complex() => (d, d.real_of()),
        _ => (d, d),
    };
    if let Some(o) = out {
        if !o.writeable.get() {
            return Err(PyErr::value("output array is read-only"));
        }
        if !ot.can_cast(o.dtype, Casting::SameKind) {
            return Err(PyErr::ufunc_type(format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                name,
                ot.name(),
                o.dtype.name()
            )));
        }
        broadcast_shapes(&[&a.array.shape, &o.shape])?;
    }
    let shape = out
        .map(|o| o.shape.clone())
        .unwrap_or_else(|| a.array.shape.clone());
    let src = a.array.clone();
    let direct = out.filter(|o| {
        o.dtype == ot
            && (!kernels::may_overlap(o, &src) || kernels::same_geometry(o, &src, &src.strides))
    });
    let result: ArrayRef = match direct {
        Some(o) => o.clone(),
        None => Rc::new(NdArray::zeros(&shape, ot)?),
    };
    macro_rules! un {
        ($T:ty, $O:ty, $f:expr) => {
            loops::unary::<$T, $O>(&src, &result, $f)
        };
    }
    macro_rules! signed {
        ($T:ty) => {
            match name {
                "negative" => un!($T, $T, |x: $T| x.neg()),
                "absolute" => un!($T, $T, |x: $T| Arith::abs(x)),
                _ => un!($T, $T, |x: $T| x),
            }
        };
    }
    macro_rules! int {
        ($T:ty) => {
            match name {
                "invert" => un!($T, $T, |x: $T| x.not()),
                _ => signed!($T),
            }
        };
    }
    match (lt, ot) {
        (DType::Bool, _) => match name {
            "invert" => un!(Bool8, Bool8, |x: Bool8| x.not()),
            _ => un!(Bool8, Bool8, |x: Bool8| x),
        },
        (DType::I8, _) => int!(i8),
        (DType::I16, _) => int!(i16),
        (DType::I32, _) => int!(i32),
        (DType::I64, _) => int!(i64),
        (DType::U8, _) => int!(u8),
        (DType::U16, _) => int!(u16),
        (DType::U32, _) => int!(u32),
        (DType::U64, _) => int!(u64),
        (DType::F16, _) => signed!(half::f16),
        (DType::F32, _) => signed!(f32),
        (DType::F64, _) => signed!(f64),
        (DType::C64, DType::F32) => un!(
            crate::array::element::C32,
            f32,
            |x: crate::array::element::C32| x.norm()
        ),
        (DType::C128, DType::F64) => un!(
            crate::array::element::C64,
            f64,
            |x: crate::array::element::C64| x.norm()
        ),
        (DType::C64, _) => signed!(crate::array::element::C32),
        (DType::C128, _) => signed!(crate::array::element::C64),
    }
    if let Some(o) = out {
        if !Rc::ptr_eq(o, &result) {
            kernels::copy_into(o, &result)?;
        }
        return Ok(Value::Array(o.clone()));
    }
    Ok(wrap(result))
}

/// Truthiness reduction used by `in` and `np.any`.
pub fn any_true(v: &Value) -> PyResult<bool> {
    let a = operand(v)?.array;
    let mut any = false;
    crate::with_dtype!(a.dtype, T, {
        use crate::array::element::Element;
        loops::for_each::<T>(&a, |x| any |= x.to_num().is_true());
    });
    Ok(any)
}

fn all_true(v: &Value) -> PyResult<bool> {
    let a = operand(v)?.array;
    let mut all = true;
    crate::with_dtype!(a.dtype, T, {
        use crate::array::element::Element;
        loops::for_each::<T>(&a, |x| all &= x.to_num().is_true());
    });
    Ok(all)
}

fn out_arg(args: &Args, positional_slot: Option<Value>) -> PyResult<Option<ArrayRef>> {
    let v = args
        .kw
        .iter()
        .find(|(k, _)| k == "out")
        .map(|(_, v)| v.clone())
        .or(positional_slot);
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a)),
        Some(Value::Tuple(t)) if t.len() == 1 => match &t[0] {
            Value::Array(a) => Ok(Some(a.clone())),
            _ => Err(PyErr::type_err("return arrays must be of ArrayType")),
        },
        Some(_) => Err(PyErr::type_err("return arrays must be of ArrayType")),
    }
}

fn call(it: &mut Interp, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    let bin = match name {
        "add" => Some(Op::Bin(BinOp::Add)),
        "subtract" => Some(Op::Bin(BinOp::Sub)),
        "multiply" => Some(Op::Bin(BinOp::Mul)),
        "divide" | "true_divide" => Some(Op::Bin(BinOp::Div)),
        "floor_divide" => Some(Op::Bin(BinOp::FloorDiv)),
        "mod" | "remainder" => Some(Op::Bin(BinOp::Mod)),
        "power" => Some(Op::Bin(BinOp::Pow)),
        "bitwise_and" => Some(Op::Bin(BinOp::And)),
        "bitwise_or" => Some(Op::Bin(BinOp::Or)),
        "bitwise_xor" => Some(Op::Bin(BinOp::Xor)),
        "left_shift" => Some(Op::Bin(BinOp::LShift)),
        "right_shift" => Some(Op::Bin(BinOp::RShift)),
        "equal" => Some(Op::Cmp(CmpOp::Eq)),
        "not_equal" => Some(Op::Cmp(CmpOp::Ne)),
        "less" => Some(Op::Cmp(CmpOp::Lt)),
        "less_equal" => Some(Op::Cmp(CmpOp::Le)),
        "greater" => Some(Op::Cmp(CmpOp::Gt)),
        "greater_equal" => Some(Op::Cmp(CmpOp::Ge)),
        _ => None,
    };
    Some((|| -> PyResult<Value> {
        if let Some(op) = bin {
            let a = args.bind(
                name,
                &[
                    "x1", "x2", "out", "*where", "*casting", "*order", "*dtype", "*subok",
                ],
                2,
            )?;
            let out = out_arg(&Args::default(), a[2].clone())?;
            let dtype = given(&a[6]).map(to_dtype).transpose()?;
            return apply_binary(
                it,
                op,
                a[0].as_ref().unwrap_or(&Value::None),
                a[1].as_ref().unwrap_or(&Value::None),
                out.as_ref(),
                dtype,
            );
        }
        match name {
            "negative" | "positive" | "absolute" | "abs" | "invert" | "bitwise_not" => {
                let a = args.bind(
                    name,
                    &[
                        "x", "out", "*where", "*casting", "*order", "*dtype", "*subok",
                    ],
                    1,
                )?;
                let out = out_arg(&Args::default(), a[1].clone())?;
                let canonical = match name {
                    "abs" => "absolute",
                    "bitwise_not" => "invert",
                    n => n,
                };
                apply_unary(
                    it,
                    canonical,
                    a[0].as_ref().unwrap_or(&Value::None),
                    out.as_ref(),
                )
            }
            "all" | "any" => {
                let a = args.bind(name, &["a", "axis", "out", "keepdims", "*where"], 1)?;
                if given(&a[1]).is_some() {
                    return Err(PyErr::not_implemented(format!(
                        "arrsh: {}(axis=...) is not implemented yet",
                        name
                    )));
                }
                let v = a[0].clone().unwrap_or(Value::None);
                let r = if name == "all" {
                    all_true(&v)?
                } else {
                    any_true(&v)?
                };
                Ok(Value::Scalar(DType::Bool, Num::Bool(r)))
            }
            "array_equal" => {
                let a = args.bind(name, &["a1", "a2", "equal_nan"], 2)?;
                let x = operand(a[0].as_ref().unwrap_or(&Value::None))?;
                let y = operand(a[1].as_ref().unwrap_or(&Value::None))?;
                if x.array.shape != y.array.shape {
                    return Ok(Value::Bool(false));
                }
                let eq = apply_binary(
                    it,
                    Op::Cmp(CmpOp::Eq),
                    &Value::Array(x.array),
                    &Value::Array(y.array),
                    None,
                    None,
                )?;
                Ok(Value::Bool(all_true(&eq)?))
            }
            _ => Err(PyErr::attribute(format!(
                "module 'numpy' has no attribute '{}'",
                name
            ))),
        }
    })())
}
