//! Universal functions: operators and `np.add`-style calls with NumPy 2's type promotion
//! (NEP 50 weak Python scalars), broadcasting, `out=` with same-kind casting, overlap
//! buffering and floating-point warnings.

pub mod attributes;
mod binary;
mod clip;
pub mod fused;
mod libm_complex;
mod loops;
mod math;
pub mod matmul;
pub mod methods;
pub mod ops;
pub mod out_order;
mod reduceat;
mod resolve;
mod scalar_divide;
pub mod table;
mod two_out;
mod unary;
pub mod vmath;

use super::Family;
use crate::array::dtype::{Casting, DType};
use crate::array::iter::{broadcast_shapes, broadcast_strides};
use crate::array::kernels;
use crate::array::layout::shape_str;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{array_from_value, to_dtype, truthy};
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;
use ops::FpFlags;
pub use resolve::result_type;
use std::rc::Rc;

/// Two-input ufuncs by NumPy name.
const BINARY: &[(&str, Op)] = &[
    ("add", Op::Bin(BinOp::Add)),
    ("subtract", Op::Bin(BinOp::Sub)),
    ("multiply", Op::Bin(BinOp::Mul)),
    ("divide", Op::Bin(BinOp::Div)),
    ("true_divide", Op::Bin(BinOp::Div)),
    ("floor_divide", Op::Bin(BinOp::FloorDiv)),
    ("mod", Op::Bin(BinOp::Mod)),
    ("remainder", Op::Bin(BinOp::Mod)),
    ("power", Op::Bin(BinOp::Pow)),
    ("pow", Op::Bin(BinOp::Pow)),
    ("bitwise_and", Op::Bin(BinOp::And)),
    ("bitwise_or", Op::Bin(BinOp::Or)),
    ("bitwise_xor", Op::Bin(BinOp::Xor)),
    ("left_shift", Op::Bin(BinOp::LShift)),
    ("right_shift", Op::Bin(BinOp::RShift)),
    ("bitwise_left_shift", Op::Bin(BinOp::LShift)),
    ("bitwise_right_shift", Op::Bin(BinOp::RShift)),
    ("equal", Op::Cmp(CmpOp::Eq)),
    ("not_equal", Op::Cmp(CmpOp::Ne)),
    ("less", Op::Cmp(CmpOp::Lt)),
    ("less_equal", Op::Cmp(CmpOp::Le)),
    ("greater", Op::Cmp(CmpOp::Gt)),
    ("greater_equal", Op::Cmp(CmpOp::Ge)),
    ("minimum", Op::Min),
    ("maximum", Op::Max),
    ("fmin", Op::FMin),
    ("fmax", Op::FMax),
    ("arctan2", Op::Arctan2),
    ("atan2", Op::Arctan2),
    ("hypot", Op::Hypot),
    ("logical_and", Op::LogicalAnd),
    ("logical_or", Op::LogicalOr),
    ("logical_xor", Op::LogicalXor),
    ("copysign", Op::CopySign),
    ("heaviside", Op::Heaviside),
    ("logaddexp", Op::LogAddExp),
    ("logaddexp2", Op::LogAddExp2),
    ("nextafter", Op::NextAfter),
    ("fmod", Op::FMod),
    ("gcd", Op::Gcd),
    ("lcm", Op::Lcm),
    ("ldexp", Op::Ldexp),
    ("float_power", Op::FloatPower),
];

/// One-input ufuncs by NumPy name.
const UNARY: &[(&str, UOp)] = &[
    ("negative", UOp::Negative),
    ("positive", UOp::Positive),
    ("absolute", UOp::Absolute),
    ("abs", UOp::Absolute),
    ("invert", UOp::Invert),
    ("bitwise_not", UOp::Invert),
    ("bitwise_invert", UOp::Invert),
    ("sqrt", UOp::Sqrt),
    ("square", UOp::Square),
    ("exp", UOp::Exp),
    ("log", UOp::Log),
    ("log2", UOp::Log2),
    ("log10", UOp::Log10),
    ("sin", UOp::Sin),
    ("cos", UOp::Cos),
    ("tan", UOp::Tan),
    ("floor", UOp::Floor),
    ("ceil", UOp::Ceil),
    ("rint", UOp::Rint),
    ("isnan", UOp::IsNan),
    ("isinf", UOp::IsInf),
    ("isfinite", UOp::IsFinite),
    ("sign", UOp::Sign),
    ("logical_not", UOp::LogicalNot),
    ("sinh", UOp::Sinh),
    ("cosh", UOp::Cosh),
    ("tanh", UOp::Tanh),
    ("arcsin", UOp::Arcsin),
    ("arccos", UOp::Arccos),
    ("arctan", UOp::Arctan),
    ("arcsinh", UOp::Arcsinh),
    ("arccosh", UOp::Arccosh),
    ("arctanh", UOp::Arctanh),
    ("asin", UOp::Arcsin),
    ("acos", UOp::Arccos),
    ("atan", UOp::Arctan),
    ("asinh", UOp::Arcsinh),
    ("acosh", UOp::Arccosh),
    ("atanh", UOp::Arctanh),
    ("exp2", UOp::Exp2),
    ("expm1", UOp::Expm1),
    ("log1p", UOp::Log1p),
    ("cbrt", UOp::Cbrt),
    ("deg2rad", UOp::Deg2Rad),
    ("radians", UOp::Radians),
    ("rad2deg", UOp::Rad2Deg),
    ("degrees", UOp::Degrees),
    ("fabs", UOp::Fabs),
    ("spacing", UOp::Spacing),
    ("signbit", UOp::Signbit),
    ("trunc", UOp::Trunc),
    ("reciprocal", UOp::Reciprocal),
    ("conjugate", UOp::Conjugate),
    ("conj", UOp::Conjugate),
    ("bitwise_count", UOp::BitwiseCount),
];

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
        "pow",
        "bitwise_and",
        "bitwise_or",
        "bitwise_xor",
        "left_shift",
        "right_shift",
        "bitwise_left_shift",
        "bitwise_right_shift",
        "bitwise_count",
        "equal",
        "not_equal",
        "less",
        "less_equal",
        "greater",
        "greater_equal",
        "minimum",
        "maximum",
        "fmin",
        "fmax",
        "arctan2",
        "atan2",
        "hypot",
        "logical_and",
        "logical_or",
        "logical_xor",
        "negative",
        "positive",
        "absolute",
        "abs",
        "invert",
        "bitwise_not",
        "bitwise_invert",
        "sqrt",
        "square",
        "exp",
        "log",
        "log2",
        "log10",
        "sin",
        "cos",
        "tan",
        "floor",
        "ceil",
        "rint",
        "isnan",
        "isinf",
        "isfinite",
        "sign",
        "logical_not",
        "copysign",
        "heaviside",
        "logaddexp",
        "logaddexp2",
        "nextafter",
        "fmod",
        "gcd",
        "lcm",
        "ldexp",
        "float_power",
        "sinh",
        "cosh",
        "tanh",
        "arcsin",
        "arccos",
        "arctan",
        "arcsinh",
        "arccosh",
        "arctanh",
        "asin",
        "acos",
        "atan",
        "asinh",
        "acosh",
        "atanh",
        "exp2",
        "expm1",
        "log1p",
        "cbrt",
        "deg2rad",
        "radians",
        "rad2deg",
        "degrees",
        "fabs",
        "spacing",
        "signbit",
        "trunc",
        "reciprocal",
        "conjugate",
        "conj",
        "divmod",
        "modf",
        "frexp",
        "clip",
        "matmul",
        "dot",
        "array_equal",
    ],
    call,
};

/// A two-input ufunc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
    Min,
    Max,
    FMin,
    FMax,
    Arctan2,
    Hypot,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    CopySign,
    Heaviside,
    LogAddExp,
    LogAddExp2,
    NextAfter,
    FMod,
    Gcd,
    Lcm,
    Ldexp,
    FloatPower,
    /// `divmod`'s loop (two outputs: see `two_out`).
    DivMod,
}

impl Op {
    /// NumPy's ufunc name (used in warnings and errors).
    pub fn ufunc_name(self) -> &'static str {
        match self {
            Op::Bin(BinOp::Mod) => "remainder",
            Op::Bin(BinOp::Div) => "divide",
            Op::Bin(BinOp::MatMul) => "matmul",
            Op::DivMod => "divmod",
            op => BINARY
                .iter()
                .find(|(_, o)| *o == op)
                .map(|(n, _)| *n)
                .unwrap_or("?"),
        }
    }
}

/// A one-input ufunc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UOp {
    Negative,
    Positive,
    Absolute,
    Invert,
    Sqrt,
    Square,
    Exp,
    Log,
    Log2,
    Log10,
    Sin,
    Cos,
    Tan,
    Floor,
    Ceil,
    Rint,
    IsNan,
    IsInf,
    IsFinite,
    Sign,
    LogicalNot,
    Sinh,
    Cosh,
    Tanh,
    Arcsin,
    Arccos,
    Arctan,
    Arcsinh,
    Arccosh,
    Arctanh,
    Exp2,
    Expm1,
    Log1p,
    Cbrt,
    Deg2Rad,
    Radians,
    Rad2Deg,
    Degrees,
    Fabs,
    Spacing,
    Signbit,
    Trunc,
    Reciprocal,
    Conjugate,
    /// The 1-bits of the absolute value, as uint8.
    BitwiseCount,
}

impl UOp {
    pub fn ufunc_name(self) -> &'static str {
        UNARY
            .iter()
            .find(|(_, o)| *o == self)
            .map(|(n, _)| *n)
            .unwrap_or("?")
    }
}

/// How a ufunc was called: destination, forced loop dtype, casting rule, and whether it
/// came from an operator on NumPy scalars (whose warnings say "scalar").
#[derive(Clone, Copy)]
pub struct Opts<'a> {
    pub out: Option<&'a ArrayRef>,
    pub dtype: Option<DType>,
    pub casting: Casting,
    pub operator: bool,
}

impl Default for Opts<'_> {
    fn default() -> Self {
        Opts {
            out: None,
            dtype: None,
            casting: Casting::SameKind,
            operator: false,
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
        // Non-native operands are read through a native copy: results are native.
        Value::Array(a) => Operand {
            array: crate::numpy::byteorder::native(a)?,
            weak: None,
            scalar: false,
        },
        // Scalars are held in uncounted cells: they are not array buffers.
        Value::Scalar(d, n) => Operand {
            array: Rc::new(NdArray::scalar_operand(*d, *n)?),
            weak: None,
            scalar: true,
        },
        Value::Int(i) if !fits_c_integer(*i) => {
            // Too big for any C integer: held as float64 until the operation decides
            // (float loops take it by value; integer loops refuse it in check_weak_fits;
            // integer comparisons compare exactly).
            let a =
                NdArray::scalar_operand(DType::F64, crate::array::element::Num::Float(*i as f64))?;
            Operand {
                array: Rc::new(a),
                weak: Some(v.clone()),
                scalar: true,
            }
        }
        Value::BigInt(b) => {
            // As an out-of-range i128 above; past the float range it is held as ±inf,
            // which still compares right, and float loops refuse it in check_weak_fits.
            let f =
                crate::value::bigint::to_f64(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                });
            let a = NdArray::scalar_operand(DType::F64, crate::array::element::Num::Float(f))?;
            Operand {
                array: Rc::new(a),
                weak: Some(v.clone()),
                scalar: true,
            }
        }
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(..) => {
            let a = match crate::value::convert::scalar_operand(v)? {
                Some(a) => a,
                None => array_from_value(v, None)?,
            };
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

/// Whether a Python int fits a C `long` or `unsigned long` (int64 or uint64).
fn fits_c_integer(i: i128) -> bool {
    (i64::MIN as i128..=u64::MAX as i128).contains(&i)
}

/// NumPy's error for a Python int that no C integer of the loop can hold.
fn too_large_for_c_long() -> PyErr {
    PyErr::overflow("Python int too large to convert to C long")
}

/// A weak Python int must fit the dtype it adapts to (NumPy 2's OverflowError). One
/// outside int64 is converted as a C long first (uint64 loops excepted for values that
/// fit them), which fails with CPython's message.
fn check_weak_fits(o: &Operand, d: DType) -> PyResult<()> {
    if let Some(Value::BigInt(b)) = &o.weak {
        if d.int_range().is_some() {
            return Err(too_large_for_c_long());
        }
        crate::value::bigint::to_f64(b)?;
    }
    if let Some(Value::Int(i)) = &o.weak {
        if let Some((lo, hi)) = d.int_range() {
            let c_long = (i64::MIN as i128..=i64::MAX as i128).contains(i);
            let c_ulong = d == DType::U64 && (0..=u64::MAX as i128).contains(i);
            if !(c_long || c_ulong) {
                return Err(too_large_for_c_long());
            }
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

/// Convert an operand to the loop dtype (a weak scalar converts by value).
/// An input cast to the loop's dtype (`dtype=`, `casting='unsafe'`) warns as `astype`
/// does ("invalid value encountered in cast").
fn warn_input_cast(it: &mut dyn Context, o: &Operand, lt: DType) -> PyResult<()> {
    if o.array.dtype == lt {
        return Ok(());
    }
    crate::numpy::cast_warnings::check(it, &o.array, lt)
}

/// The flags of casting a buffered result into an `out=` array of another dtype: NumPy
/// reports them with the loop's own, under the ufunc's name ("invalid value encountered
/// in add").
fn out_cast_flags(out: Option<&ArrayRef>, result: &ArrayRef) -> FpFlags {
    match out {
        Some(o) if o.dtype != result.dtype => {
            let (invalid, overflow) = crate::numpy::cast_warnings::flags(result, o.dtype);
            FpFlags {
                invalid,
                overflow,
                divide: false,
            }
        }
        _ => FpFlags::default(),
    }
}

fn cast_operand(o: &Operand, lt: DType) -> PyResult<ArrayRef> {
    if o.array.dtype == lt {
        return Ok(o.array.clone());
    }
    Ok(Rc::new(kernels::to_contiguous(&o.array, lt)?))
}

/// NumPy warns when an operator on two integer *scalars* wraps around (arrays wrap
/// silently): compare the stored result with the exact one.
fn scalar_int_overflow(op: Op, a: &NdArray, b: &NdArray, result: &NdArray) -> bool {
    use crate::array::element::Num;
    let (Num::Int(x), Num::Int(y), Num::Int(r)) = (a.get(&[]), b.get(&[]), result.get(&[])) else {
        return false;
    };
    let exact = match op {
        Op::Bin(BinOp::Add) => x.checked_add(y),
        Op::Bin(BinOp::Sub) => x.checked_sub(y),
        Op::Bin(BinOp::Mul) => x.checked_mul(y),
        Op::Bin(BinOp::FloorDiv) if y != 0 => {
            Some(x.div_euclid(y) - i128::from(y < 0 && x.rem_euclid(y) != 0))
        }
        _ => return false,
    };
    exact != Some(r)
}

/// Report floating-point errors as `np.seterr` says: a RuntimeWarning, nothing, or
/// NumPy's FloatingPointError.
fn emit_warnings(it: &mut dyn Context, f: FpFlags, name: &str, scalar: bool) -> PyResult<()> {
    use crate::numpy::contexts::ErrMode;
    let prefix = if scalar { "scalar " } else { "" };
    let modes = it.state().err;
    for (hit, mode, what) in [
        (f.divide, modes.divide, "divide by zero"),
        (f.overflow, modes.over, "overflow"),
        (f.invalid, modes.invalid, "invalid value"),
    ] {
        if !hit {
            continue;
        }
        let msg = format!("{} encountered in {}{}", what, prefix, name);
        match mode {
            ErrMode::Ignore => {}
            ErrMode::Raise => return Err(PyErr::new("FloatingPointError", msg)),
            _ => it.warn("RuntimeWarning", &msg),
        }
    }
    Ok(())
}

fn compact_shape(s: &[usize]) -> String {
    shape_str(s).replace(' ', "")
}

pub(super) fn cast_error(
    name: &str,
    what: &str,
    from: DType,
    to: DType,
    casting: Casting,
) -> PyErr {
    PyErr::ufunc_type(format!(
        "Cannot cast ufunc '{}' {} from dtype('{}') to dtype('{}') with casting rule '{}'",
        name,
        what,
        from.name(),
        to.name(),
        casting.name()
    ))
}

/// `out=` must be writeable (checked first, as NumPy does when it parses arguments).
fn check_writeable(out: Option<&ArrayRef>) -> PyResult<()> {
    match out {
        Some(o) if !o.writeable.get() => Err(PyErr::value("output array is read-only")),
        _ => Ok(()),
    }
}

/// With `dtype=`, inputs must cast to the loop under the casting rule (weak scalars may).
/// Every input must cast to the loop dtype `lt` under the casting rule. A weak Python
/// scalar counts as the dtype NEP 50 gives it next to `lt` (a Python float is float64
/// next to an integer loop, so `np.add(ints, 1.5, dtype='int64')` fails, as in NumPy).
fn check_inputs(name: &str, ops: &[&Operand], lt: DType, casting: Casting) -> PyResult<()> {
    for (i, o) in ops.iter().enumerate() {
        let from = match &o.weak {
            Some(w) => resolve::weak_dtype(w, lt),
            None => o.array.dtype,
        };
        if !from.can_cast(lt, casting) {
            // NumPy numbers the inputs only when there are several.
            let what = if ops.len() == 1 {
                "input".to_string()
            } else {
                format!("input {}", i)
            };
            return Err(cast_error(name, &what, from, lt, casting));
        }
    }
    Ok(())
}

/// Without `dtype=`, a casting rule stricter than `same_kind` still applies to the inputs
/// (checked before the output, as NumPy does).
fn check_inputs_strict(name: &str, ops: &[&Operand], lt: DType, opts: &Opts) -> PyResult<()> {
    match (opts.dtype, opts.casting) {
        (None, Casting::No | Casting::Equiv | Casting::Safe) => {
            check_inputs(name, ops, lt, opts.casting)
        }
        _ => Ok(()),
    }
}

/// The result dtype must cast to `out`'s under the casting rule.
fn check_out_cast(name: &str, ot: DType, opts: &Opts) -> PyResult<()> {
    match opts.out {
        Some(o) if !ot.can_cast(o.dtype, opts.casting) => {
            Err(cast_error(name, "output", ot, o.dtype, opts.casting))
        }
        _ => Ok(()),
    }
}

/// The iteration shape: inputs broadcast together and with `out`, which must not grow.
fn iteration_shape(inputs: &[&[usize]], out: Option<&ArrayRef>) -> PyResult<Vec<usize>> {
    let mut shapes: Vec<&[usize]> = inputs.to_vec();
    if let Some(o) = out {
        shapes.push(&o.shape);
    }
    let full = broadcast_shapes(&shapes)?;
    match out {
        Some(o) if full != o.shape => Err(PyErr::value(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            compact_shape(&o.shape),
            compact_shape(&full)
        ))),
        _ => Ok(full),
    }
}

/// Where the loop writes: `out` itself when its dtype is the loop's and no input overlaps
/// it in a different layout; otherwise a fresh array (NumPy's buffering), copied back.
fn destination(
    out: Option<&ArrayRef>,
    ot: DType,
    shape: &[usize],
    inputs: &[&ArrayRef],
) -> PyResult<ArrayRef> {
    let direct = out.filter(|o| {
        o.dtype == ot
            && inputs.iter().all(|i| {
                !kernels::may_overlap(o, i)
                    || kernels::same_geometry(
                        o,
                        i,
                        &broadcast_strides(&i.shape, &i.strides, &o.shape),
                    )
            })
    });
    match direct {
        Some(o) => Ok(o.clone()),
        // Every loop writes each element of its output.
        None => Ok(Rc::new(NdArray::for_overwrite(shape, ot)?)),
    }
}

/// Copy a buffered result into `out` and return what the ufunc returns.
fn finish(out: Option<&ArrayRef>, result: ArrayRef) -> PyResult<Value> {
    match out {
        Some(o) => {
            if !Rc::ptr_eq(o, &result) {
                kernels::copy_into(o, &result)?;
            }
            Ok(Value::Array(o.clone()))
        }
        None => Ok(wrap(result)),
    }
}

/// Integer `power` refuses negative exponents (NumPy checks every element).
fn check_int_power(b: &NdArray) -> PyResult<()> {
    if b.dtype.int_range().is_some_and(|(lo, _)| lo < 0) {
        let mut neg = false;
        crate::array::dtype::with_dtype!(b.dtype, T, {
            use crate::array::element::Element;
            loops::for_each::<T>(b, |x| neg |= x.to_num().as_f64() < 0.0);
        });
        if neg {
            return Err(PyErr::value(
                "Integers to negative integer powers are not allowed.",
            ));
        }
    }
    Ok(())
}

/// Apply a binary ufunc to two values.
pub fn apply_binary(
    it: &mut dyn Context,
    op: Op,
    x: &Value,
    y: &Value,
    opts: &Opts,
) -> PyResult<Value> {
    let name = op.ufunc_name();
    check_writeable(opts.out)?;
    let mut a = operand(x)?;
    let mut b = operand(y)?;
    let (lt, ot) = binary_types(it, op, &mut a, &mut b, opts)?;
    let shape = iteration_shape(&[&a.array.shape, &b.array.shape], opts.out)?;
    warn_input_cast(it, &a, lt)?;
    if op != Op::Ldexp {
        warn_input_cast(it, &b, lt)?;
    }
    // A new output takes the inputs' memory order; the loops walk all three in it.
    let exponent = if op == Op::Ldexp { DType::I64 } else { lt };
    let (shape, order) = adopt_order(
        opts.out.is_none(),
        shape,
        &mut [(&mut a, lt), (&mut b, exponent)],
    );
    let ca = cast_operand(&a, lt)?;
    let cb = if op == Op::Ldexp {
        ldexp_exponent(&a, &b)?
    } else {
        cast_operand(&b, lt)?
    };
    if op == Op::Bin(BinOp::Pow) {
        check_int_power(&cb)?;
    }
    let result = destination(opts.out, ot, &shape, &[&ca, &cb])?;
    let mut flags = binary::run(op, lt, &ca, &cb, &result);
    flags = flags.merge(out_cast_flags(opts.out, &result));
    let scalar = opts.operator && a.scalar && b.scalar;
    if scalar && lt.is_int() {
        flags.overflow |= scalar_int_overflow(op, &ca, &cb, &result);
    }
    emit_warnings(it, flags, name, scalar)?;
    finish(opts.out, unpermute(result, order.as_deref()))
}

/// The memory order a new output of `shape` takes from `inputs` (each with its loop
/// type), when it is not C order and no `out=` is given: the inputs re-described with
/// their axes in that order, and the permuted shape the loops then run over.
fn adopt_order(
    fresh: bool,
    shape: Vec<usize>,
    inputs: &mut [(&mut Operand, DType)],
) -> (Vec<usize>, Option<Vec<usize>>) {
    let order = fresh
        .then(|| {
            let arrays: Vec<(&NdArray, DType)> =
                inputs.iter().map(|(o, t)| (&*o.array, *t)).collect();
            out_order::fresh_order(&shape, &arrays)
        })
        .flatten();
    match order {
        Some(o) => {
            for (x, _) in inputs.iter_mut() {
                x.array = Rc::new(out_order::permuted(&x.array, shape.len(), &o));
            }
            (out_order::permute_shape(&shape, &o), Some(o))
        }
        None => (shape, None),
    }
}

/// A result computed in `order` with its axes put back.
fn unpermute(result: ArrayRef, order: Option<&[usize]>) -> ArrayRef {
    match order {
        Some(o) => Rc::new(out_order::restored(&result, o)),
        None => result,
    }
}

/// The loop (input and output dtypes) of binary `op` on two classified operands: NEP 50
/// promotion, the weak scalars' range checks and the casting rules, in NumPy's order.
/// Logical ufuncs replace a weak operand by its truth value. The fused evaluator
/// (`fused.rs`) resolves each of its operations here too, so both agree by construction.
fn binary_types(
    it: &mut dyn Context,
    op: Op,
    a: &mut Operand,
    b: &mut Operand,
    opts: &Opts,
) -> PyResult<(DType, DType)> {
    let name = op.ufunc_name();
    let logical = matches!(op, Op::LogicalAnd | Op::LogicalOr | Op::LogicalXor);
    if logical {
        // Logical ufuncs take a Python scalar by its truth value (logical_and(256, u8)
        // is True), after converting a Python int as a C long.
        for o in [&mut *a, &mut *b] {
            if let Some(w) = &o.weak {
                match w {
                    Value::Int(i) if !fits_c_integer(*i) => return Err(too_large_for_c_long()),
                    Value::BigInt(_) => return Err(too_large_for_c_long()),
                    _ => {}
                }
                let t = Value::Bool(crate::value::convert::truthy(w)?);
                *o = operand(&t)?;
            }
        }
    }
    let promoted = match opts.dtype {
        Some(d) => {
            check_inputs(name, &[&*a, &*b], d, opts.casting)?;
            d
        }
        None => result_type(&[&*a, &*b]),
    };
    let mut lt_in = promoted;
    // Comparisons of integer arrays with out-of-range Python ints are exact in NumPy 2
    // (bool arrays get no such help).
    let int_strong = [&*a, &*b]
        .iter()
        .any(|o| o.weak.is_none() && o.array.dtype.is_int());
    // Ufuncs whose inputs each pick their own float loop take a Python int by value
    // (`np.arctan2(int8_array, 300)` runs float16 with 300.0).
    let by_value = resolve::float_per_input(op);
    if by_value && resolve::int_takes_first_float(&[&*a, &*b]) {
        // NumPy converts such a Python int to float16 while it searches the loops: one
        // past float16's range overflows in that cast (`np.arctan2(2**40, int8_array)`).
        let past_f16 =
            |o: &Operand| matches!(&o.weak, Some(Value::Int(i)) if (*i as f64).abs() >= 65520.0);
        if past_f16(a) || past_f16(b) {
            let f = FpFlags {
                overflow: true,
                ..FpFlags::default()
            };
            emit_warnings(it, f, "cast", false)?;
        }
    }
    for o in [&*a, &*b] {
        if by_value {
            continue;
        }
        if let Err(e) = check_weak_fits(o, promoted) {
            if matches!(op, Op::Cmp(_)) && int_strong {
                lt_in = DType::F64;
            } else if !logical {
                return Err(e);
            }
        }
    }
    let (lt, ot) = resolve::binary_loop(op, lt_in, &[&*a, &*b])?;
    check_inputs_strict(name, &[&*a, &*b], lt, opts)?;
    check_out_cast(name, ot, opts)?;
    Ok((lt, ot))
}

/// The exponent of `ldexp` as int64. A Python int next to an array or NumPy scalar goes
/// through the `int32` loop (`ei fi di`) and must fit it; next to a Python float it is a
/// C long (`dl`).
fn ldexp_exponent(x: &Operand, e: &Operand) -> PyResult<ArrayRef> {
    if x.weak.is_none() {
        if let Some(Value::Int(i)) = &e.weak {
            if !(i32::MIN as i128..=i32::MAX as i128).contains(i) {
                return Err(PyErr::overflow(format!(
                    "Python integer {} out of bounds for int32",
                    i
                )));
            }
        }
    }
    if let Some(Value::Int(i)) = &e.weak {
        if !fits_c_integer(*i) {
            return Err(too_large_for_c_long());
        }
    }
    cast_operand(e, DType::I64)
}

/// Apply a unary ufunc.
pub fn apply_unary(it: &mut dyn Context, op: UOp, v: &Value, opts: &Opts) -> PyResult<Value> {
    let name = op.ufunc_name();
    check_writeable(opts.out)?;
    let mut a = operand(v)?;
    let (lt, ot) = match opts.dtype {
        Some(d) => {
            // `dtype=` names the output's dtype: a loop must produce it, then the input
            // must cast to that loop's input.
            let (lt, ot) = resolve::unary_loop(op, d)?;
            if ot != d {
                return Err(resolve::no_signature_loop(name));
            }
            check_inputs(name, &[&a], lt, opts.casting)?;
            (lt, ot)
        }
        None => resolve::unary_loop(op, a.array.dtype)?,
    };
    check_inputs_strict(name, &[&a], lt, opts)?;
    check_out_cast(name, ot, opts)?;
    let shape = iteration_shape(&[&a.array.shape], opts.out)?;
    warn_input_cast(it, &a, lt)?;
    let (shape, order) = adopt_order(opts.out.is_none(), shape, &mut [(&mut a, lt)]);
    let src = cast_operand(&a, lt)?;
    let result = destination(opts.out, ot, &shape, &[&src])?;
    let mut flags = unary::run(op, lt, &src, &result);
    flags = flags.merge(out_cast_flags(opts.out, &result));
    if opts.operator && a.scalar && op == UOp::Negative && lt.is_int() {
        // `-np.int8(-128)` and `-np.uint8(3)` wrap around: NumPy warns for scalars.
        if let (crate::array::element::Num::Int(x), crate::array::element::Num::Int(r)) =
            (src.get(&[]), result.get(&[]))
        {
            flags.overflow |= r != -x;
        }
    }
    emit_warnings(it, flags, name, opts.operator && a.scalar)?;
    finish(opts.out, unpermute(result, order.as_deref()))
}

/// 0-d results of ufuncs become NumPy scalars, as in NumPy.
pub fn wrap(a: ArrayRef) -> Value {
    if a.ndim() == 0 {
        Value::Scalar(a.dtype, a.get(&[]))
    } else {
        Value::Array(a)
    }
}

fn operator_opts<'a>() -> Opts<'a> {
    Opts {
        operator: true,
        ..Opts::default()
    }
}

/// NumPy's `fast_scalar_power`: `array ** k` with a Python int or float `k` runs a unary
/// ufunc instead of `power` for `k == 2` (`square`; for bool arrays too, which is why
/// `bool_array ** 2` is int8 while `np.power(bool_array, 2)` is int64), and for float and
/// complex arrays `k == 0.5` (`sqrt`: `-inf ** 0.5` is nan, not inf) and `k == -1`
/// (`reciprocal`, whose name its warnings carry: `x ** -1` at a zero warns "divide by
/// zero encountered in reciprocal"). Complex reciprocals are left to `power`.
fn fast_power(it: &mut dyn Context, a: &Value, b: &Value, opts: &Opts) -> Option<PyResult<Value>> {
    let Value::Array(x) = a else { return None };
    Some(match power_shortcut(x.dtype, b)? {
        PowerShortcut::Square => apply_unary(it, UOp::Square, a, opts),
        PowerShortcut::Sqrt => apply_unary(it, UOp::Sqrt, a, opts),
        PowerShortcut::Reciprocal => apply_unary(it, UOp::Reciprocal, a, opts),
    })
}

/// What [`fast_power`] runs instead of `power` for an array of dtype `d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowerShortcut {
    /// `square(x)`
    Square,
    /// `sqrt(x)`
    Sqrt,
    /// `reciprocal(x)`
    Reciprocal,
}

/// The shortcut `array ** exponent` takes for an array of dtype `d`, if any (shared by
/// the operator and the fused evaluator).
pub fn power_shortcut(d: DType, exponent: &Value) -> Option<PowerShortcut> {
    match exponent {
        Value::Int(2) => Some(PowerShortcut::Square),
        Value::Float(h) if *h == 0.5 && d.is_inexact() => Some(PowerShortcut::Sqrt),
        Value::Int(-1) if d.is_float() => Some(PowerShortcut::Reciprocal),
        _ => None,
    }
}

pub fn binary_op(it: &mut dyn Context, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op == BinOp::MatMul {
        return matmul::matmul(a, b, None);
    }
    if op == BinOp::Pow {
        if let Some(r) = fast_power(it, a, b, &operator_opts()) {
            return r;
        }
    }
    apply_binary(it, Op::Bin(op), a, b, &operator_opts())
}

pub fn compare_op(it: &mut dyn Context, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    // An array compared with a string: NumPy answers elementwise "not equal".
    if let (CmpOp::Eq | CmpOp::Ne, Some(other)) = (op, string_side(a, b)) {
        let arr = operand(other)?.array;
        let r = NdArray::zeros(&arr.shape, DType::Bool)?;
        kernels::fill(&r, crate::array::element::Num::Bool(op == CmpOp::Ne));
        return Ok(wrap(Rc::new(r)));
    }
    apply_binary(it, Op::Cmp(op), a, b, &operator_opts())
}

/// The non-string operand when exactly one side is a string.
fn string_side<'a>(a: &'a Value, b: &'a Value) -> Option<&'a Value> {
    match (a, b) {
        (Value::Str(_), Value::Str(_)) => None,
        (Value::Str(_), o) | (o, Value::Str(_)) => Some(o),
        _ => None,
    }
}

/// `x op= y` on an array: computed into `x` itself.
pub fn inplace_binary(it: &mut dyn Context, op: BinOp, a: &ArrayRef, rhs: &Value) -> PyResult<()> {
    if a.swapped {
        // Work on a native copy with every rule of the in-place operation, then store the
        // result back in the array's own byte order.
        check_writeable(Some(a))?;
        let tmp = crate::numpy::byteorder::native(a)?;
        inplace_binary(it, op, &tmp, rhs)?;
        return kernels::copy_into(a, &tmp);
    }
    if op == BinOp::MatMul {
        let r = matmul::matmul(&Value::Array(a.clone()), rhs, None)?;
        let r = operand(&r)?.array;
        check_writeable(Some(a))?;
        if r.shape != a.shape {
            return Err(PyErr::value(format!(
                "matmul: Output operand 0 has a mismatch in its core dimension 1, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {} is different from {})",
                r.shape.last().copied().unwrap_or(0),
                a.shape.last().copied().unwrap_or(0)
            )));
        }
        return kernels::copy_into(a, &r);
    }
    let opts = Opts {
        out: Some(a),
        operator: true,
        ..Opts::default()
    };
    let lhs = Value::Array(a.clone());
    if op == BinOp::Pow {
        if let Some(r) = fast_power(it, &lhs, rhs, &opts) {
            return r.map(|_| ());
        }
    }
    apply_binary(it, Op::Bin(op), &lhs, rhs, &opts).map(|_| ())
}

/// Unary operators on arrays and NumPy scalars.
pub fn unary_op(it: &mut dyn Context, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let u = match op {
        UnaryOp::Neg => UOp::Negative,
        UnaryOp::Pos => UOp::Positive,
        UnaryOp::Invert => UOp::Invert,
    };
    apply_unary(it, u, v, &operator_opts())
}

/// Truthiness reduction used by `in`.
pub fn any_true(v: &Value) -> PyResult<bool> {
    let a = operand(v)?.array;
    let mut any = false;
    crate::array::dtype::with_dtype!(a.dtype, T, {
        use crate::array::element::Element;
        loops::for_each::<T>(&a, |x| any |= x.to_num().is_true());
    });
    Ok(any)
}

fn out_arg(v: Option<Value>) -> PyResult<Option<ArrayRef>> {
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

/// Parse `casting=`.
pub fn casting_arg(v: Option<&Value>) -> PyResult<Casting> {
    let Some(v) = v else {
        return Ok(Casting::SameKind);
    };
    Ok(match crate::format::str_of(v).as_str() {
        "no" => Casting::No,
        "equiv" => Casting::Equiv,
        "safe" => Casting::Safe,
        "same_kind" => Casting::SameKind,
        "unsafe" => Casting::Unsafe,
        _ => {
            return Err(PyErr::value(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'",
            ))
        }
    })
}

/// NumPy's checks of a ufunc call's shape: `nin` inputs plus up to `nout` positional
/// outputs, and only the ufunc keywords.
pub(super) fn check_call(name: &str, args: &Args, nin: usize, nout: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < nin || n > nin + nout {
        return Err(PyErr::type_err(format!(
            "{}() takes from {} to {} positional arguments but {} {} given",
            name,
            nin,
            nin + nout,
            n,
            if n == 1 { "was" } else { "were" }
        )));
    }
    const KEYS: [&str; 7] = [
        "out",
        "where",
        "casting",
        "order",
        "dtype",
        "subok",
        "signature",
    ];
    for (k, _) in &args.kw {
        if !KEYS.contains(&k.as_str()) {
            return Err(PyErr::type_err(format!(
                "{}() got an unexpected keyword argument '{}'",
                name, k
            )));
        }
    }
    Ok(())
}

/// Bind a ufunc call: `nin` inputs, an optional positional `out`, and the ufunc keywords.
fn bind_ufunc(name: &str, args: &Args, nin: usize) -> PyResult<(Vec<Value>, Option<Value>, Args)> {
    check_call(name, args, nin, 1)?;
    let kw = |k: &str| args.kw.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
    let out = match (args.pos.get(nin), kw("out")) {
        (Some(_), Some(_)) => {
            return Err(PyErr::type_err(
                "cannot specify 'out' as both a positional and keyword argument",
            ))
        }
        (p, k) => p.cloned().or(k),
    };
    if given(&kw("where")).is_some_and(|w| !matches!(w, Value::Bool(true))) {
        return Err(PyErr::not_implemented(format!(
            "arrsh: {}(where=...) is not implemented yet",
            name
        )));
    }
    let rest = Args {
        pos: vec![],
        kw: args
            .kw
            .iter()
            .filter(|(k, _)| k == "dtype" || k == "casting")
            .cloned()
            .collect(),
    };
    Ok((args.pos[..nin].to_vec(), out, rest))
}

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        let bin = BINARY.iter().find(|(n, _)| *n == name).map(|(_, o)| *o);
        let un = UNARY.iter().find(|(n, _)| *n == name).map(|(_, o)| *o);
        if bin.is_some() || un.is_some() {
            let (inputs, out, kw) = bind_ufunc(name, &args, if bin.is_some() { 2 } else { 1 })?;
            let out = out_arg(out)?;
            let find = |k: &str| kw.kw.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
            let dtype = given(&find("dtype")).map(to_dtype).transpose()?;
            let casting = casting_arg(given(&find("casting")))?;
            let opts = Opts {
                out: out.as_ref(),
                dtype,
                casting,
                operator: false,
            };
            return match (bin, un) {
                (Some(op), _) => apply_binary(it, op, &inputs[0], &inputs[1], &opts),
                (_, Some(op)) => apply_unary(it, op, &inputs[0], &opts),
                _ => Err(PyErr::type_err("unreachable ufunc")),
            };
        }
        if let Some(r) = two_out::call(it, name, &args) {
            return r;
        }
        match name {
            "clip" => clip::clip(it, &args),
            "matmul" => {
                let a = args.bind(name, &["x1", "x2", "out", "dtype"], 2)?;
                let out = out_arg(a[2].clone())?;
                let dtype = given(&a[3]).map(to_dtype).transpose()?;
                let r = matmul::matmul(
                    a[0].as_ref().unwrap_or(&Value::None),
                    a[1].as_ref().unwrap_or(&Value::None),
                    dtype,
                )?;
                match out {
                    Some(o) => {
                        kernels::copy_into(&o, &operand(&r)?.array)?;
                        Ok(Value::Array(o))
                    }
                    None => Ok(r),
                }
            }
            "dot" => {
                let a = args.bind(name, &["a", "b", "out"], 2)?;
                matmul::dot(
                    it,
                    a[0].as_ref().unwrap_or(&Value::None),
                    a[1].as_ref().unwrap_or(&Value::None),
                    a[2].as_ref(),
                )
            }
            "array_equal" => {
                let a = args.bind(name, &["a1", "a2", "equal_nan"], 2)?;
                let x = operand(a[0].as_ref().unwrap_or(&Value::None))?;
                let y = operand(a[1].as_ref().unwrap_or(&Value::None))?;
                if x.array.shape != y.array.shape {
                    return Ok(Value::Bool(false));
                }
                let (xv, yv) = (Value::Array(x.array.clone()), Value::Array(y.array.clone()));
                let mut eq = apply_binary(it, Op::Cmp(CmpOp::Eq), &xv, &yv, &Opts::default())?;
                let can_hold_nan = |d: DType| d.is_float() || d.is_complex();
                let equal_nan = given(&a[2]).map(truthy).transpose()?.unwrap_or(false);
                if equal_nan && (can_hold_nan(x.array.dtype) || can_hold_nan(y.array.dtype)) {
                    // NumPy: the nans must sit at the same places, and everything else
                    // must compare equal (a complex value is nan if either part is).
                    let xn = apply_unary(it, UOp::IsNan, &xv, &Opts::default())?;
                    let yn = apply_unary(it, UOp::IsNan, &yv, &Opts::default())?;
                    let moved = apply_binary(it, Op::Cmp(CmpOp::Ne), &xn, &yn, &Opts::default())?;
                    if any_true(&moved)? {
                        return Ok(Value::Bool(false));
                    }
                    eq = apply_binary(it, Op::LogicalOr, &eq, &xn, &Opts::default())?;
                }
                let ne = apply_unary(it, UOp::LogicalNot, &eq, &Opts::default())?;
                Ok(Value::Bool(!any_true(&ne)?))
            }
            _ => Err(PyErr::attribute(format!(
                "module 'numpy' has no attribute '{}'",
                name
            ))),
        }
    })())
}

/// `a[i] = f(a[i])` for every element, in place (any layout).
pub fn map_in_place<T: crate::array::element::Element>(a: &NdArray, f: impl FnMut(T) -> T) {
    loops::unary::<T, T>(a, a, f);
}

/// `np.copyto(a, values, where=cond(a))`: `values` broadcast to `a`'s shape.
pub fn replace_where<T: crate::array::element::Element>(
    a: &NdArray,
    values: &NdArray,
    cond: impl Fn(T) -> bool,
) -> PyResult<()> {
    if broadcast_shapes(&[&a.shape, &values.shape]).ok().as_deref() != Some(&a.shape[..]) {
        return Err(PyErr::value(format!(
            "could not broadcast input array from shape {} into shape {}",
            compact_shape(&values.shape),
            compact_shape(&a.shape)
        )));
    }
    loops::binary::<T, T, T>(a, values, a, |x, v| if cond(x) { v } else { x });
    Ok(())
}
