//! The ufuncs with two outputs: `divmod` (floor quotient and remainder, one loop's
//! warnings), `modf` (fractional and integral parts) and `frexp` (mantissa and int32
//! exponent). They take the outputs positionally or as `out=(o1, o2)` (either may be
//! None); each result is computed into fresh memory and then copied, so an output that
//! aliases an input never feeds the second result.

use super::{
    adopt_order, binary, cast_error, cast_operand, check_inputs, check_weak_fits, check_writeable,
    emit_warnings, finish, iteration_shape, loops, operand, resolve, unpermute, Op,
};
use crate::array::dtype::DType;
use crate::array::element::{Bool8, Num};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::to_dtype;
use crate::value::ops::BinOp;
use crate::value::Value;
use half::f16;
use std::rc::Rc;

/// One `out` entry: an array or None.
fn out_entry(v: &Value) -> PyResult<Option<ArrayRef>> {
    match v {
        Value::None => Ok(None),
        Value::Array(a) => Ok(Some(a.clone())),
        _ => Err(PyErr::type_err("return arrays must be of ArrayType")),
    }
}

/// Bound call of a two-output ufunc: inputs, both outputs, `dtype=` and `casting=`.
struct Bound {
    inputs: Vec<Value>,
    outs: [Option<ArrayRef>; 2],
    dtype: Option<DType>,
    casting: crate::array::dtype::Casting,
}

fn bind(name: &str, args: &Args, nin: usize) -> PyResult<Bound> {
    super::check_call(name, args, nin, 2)?;
    let kw = |k: &str| args.kw.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
    if given(&kw("where")).is_some_and(|w| !matches!(w, Value::Bool(true))) {
        return Err(PyErr::not_implemented(format!(
            "arrsh: {}(where=...) is not implemented yet",
            name
        )));
    }
    let mut outs = [None, None];
    let positional = &args.pos[nin..];
    match given(&kw("out")) {
        Some(_) if !positional.is_empty() => {
            return Err(PyErr::type_err(
                "cannot specify 'out' as both a positional and keyword argument",
            ))
        }
        Some(Value::Tuple(t)) if t.len() == 2 => {
            for (slot, v) in outs.iter_mut().zip(t.iter()) {
                *slot = out_entry(v)?;
            }
        }
        Some(Value::Tuple(_)) => {
            return Err(PyErr::value(
                "The 'out' tuple must have exactly one entry per ufunc output",
            ))
        }
        Some(_) => return Err(PyErr::type_err("'out' must be a tuple of arrays")),
        None => {
            for (slot, v) in outs.iter_mut().zip(positional.iter()) {
                *slot = out_entry(v)?;
            }
        }
    }
    Ok(Bound {
        inputs: args.pos[..nin].to_vec(),
        outs,
        dtype: given(&kw("dtype")).map(to_dtype).transpose()?,
        casting: super::casting_arg(given(&kw("casting")))?,
    })
}

/// The pair NumPy returns: each output (or the fresh result) as a ufunc returns it.
fn pair(outs: &[Option<ArrayRef>; 2], results: [ArrayRef; 2]) -> PyResult<Value> {
    let [r0, r1] = results;
    Ok(Value::Tuple(Rc::new(vec![
        finish(outs[0].as_ref(), r0)?,
        finish(outs[1].as_ref(), r1)?,
    ])))
}

/// Check both outputs and the broadcast shape they and the inputs give.
fn prepare(name: &str, b: &Bound, shapes: &[&[usize]], types: [DType; 2]) -> PyResult<Vec<usize>> {
    let mut shape = Vec::new();
    for (i, (o, ot)) in b.outs.iter().zip(types).enumerate() {
        if let Some(o) = o {
            // NumPy numbers the outputs after the inputs ("output 3" is divmod's second).
            if !ot.can_cast(o.dtype, b.casting) {
                let what = format!("output {}", shapes.len() + i);
                return Err(cast_error(name, &what, ot, o.dtype, b.casting));
            }
        }
        shape = iteration_shape(shapes, o.as_ref())?;
    }
    Ok(shape)
}

/// `np.divmod(x1, x2)`: `floor_divide` and `remainder` in one pass of NumPy's loop.
fn divmod(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let name = "divmod";
    let b = bind(name, args, 2)?;
    for o in b.outs.iter() {
        check_writeable(o.as_ref())?;
    }
    let mut x = operand(&b.inputs[0])?;
    let mut y = operand(&b.inputs[1])?;
    let promoted = match b.dtype {
        Some(d) => {
            check_inputs(name, &[&x, &y], d, b.casting)?;
            d
        }
        None => super::result_type(&[&x, &y]),
    };
    for o in [&x, &y] {
        check_weak_fits(o, promoted)?;
    }
    let (lt, ot) = resolve::binary_loop(Op::DivMod, promoted, &[&x, &y])?;
    let shape = prepare(name, &b, &[&x.array.shape, &y.array.shape], [ot, ot])?;
    let fresh = b.outs.iter().all(Option::is_none);
    let (shape, order) = adopt_order(fresh, shape, &mut [(&mut x, lt), (&mut y, lt)]);
    let cx = cast_operand(&x, lt)?;
    let cy = cast_operand(&y, lt)?;
    let q = Rc::new(NdArray::zeros(&shape, ot)?);
    let r = Rc::new(NdArray::zeros(&shape, ot)?);
    let mut flags = binary::run(Op::Bin(BinOp::FloorDiv), lt, &cx, &cy, &q);
    let fr = binary::run(Op::Bin(BinOp::Mod), lt, &cx, &cy, &r);
    flags.invalid |= fr.invalid;
    flags.divide |= fr.divide;
    if let Some((lo, _)) = lt.int_range().filter(|(lo, _)| *lo < 0) {
        // MIN // -1 wraps around: NumPy's integer divmod reports overflow.
        let probe = NdArray::zeros(&shape, DType::Bool)?;
        crate::array::dtype::with_dtype!(lt, T, {
            use crate::array::element::Element;
            loops::binary::<T, T, Bool8>(&cx, &cy, &probe, |a, b| {
                flags.overflow |= a.to_num() == Num::Int(lo) && b.to_num() == Num::Int(-1);
                Bool8(0)
            });
        });
    }
    emit_warnings(it, flags, name, false)?;
    let o = order.as_deref();
    pair(&b.outs, [unpermute(q, o), unpermute(r, o)])
}

/// `modf` and `frexp`: one float input, two results.
fn unary_two(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let b = bind(name, args, 1)?;
    for o in b.outs.iter() {
        check_writeable(o.as_ref())?;
    }
    let mut x = operand(&b.inputs[0])?;
    let lt = match b.dtype {
        // `dtype=` is every output's dtype: frexp's (float, int32) never matches one.
        Some(d) if name == "frexp" || !d.is_float() => {
            return Err(resolve::no_signature_loop(name))
        }
        Some(d) => {
            check_inputs(name, &[&x], d, b.casting)?;
            d
        }
        None => resolve::float_for(x.array.dtype),
    };
    if !lt.is_float() {
        return Err(resolve::no_loop(name));
    }
    let second = if name == "frexp" { DType::I32 } else { lt };
    let shape = prepare(name, &b, &[&x.array.shape], [lt, second])?;
    let fresh = b.outs.iter().all(Option::is_none);
    let (shape, order) = adopt_order(fresh, shape, &mut [(&mut x, lt)]);
    let src = cast_operand(&x, lt)?;
    let r0 = Rc::new(NdArray::zeros(&shape, lt)?);
    let r1 = Rc::new(NdArray::zeros(&shape, second)?);
    macro_rules! kernels {
        ($T:ty, $to:expr, $from:expr) => {
            if name == "frexp" {
                loops::unary::<$T, $T>(&src, &r0, |v| $from(super::math::frexp($to(v)).0));
                loops::unary::<$T, i32>(&src, &r1, |v| super::math::frexp($to(v)).1);
            } else {
                loops::unary::<$T, $T>(&src, &r0, |v| $from(super::math::modf($to(v)).0));
                loops::unary::<$T, $T>(&src, &r1, |v| $from(super::math::modf($to(v)).1));
            }
        };
    }
    match lt {
        DType::F16 => kernels!(f16, |v: f16| v.to_f32(), f16::from_f32),
        DType::F32 => kernels!(f32, |v: f32| v, |v: f32| v),
        _ => kernels!(f64, |v: f64| v, |v: f64| v),
    }
    emit_warnings(it, super::ops::FpFlags::default(), name, false)?;
    let o = order.as_deref();
    pair(&b.outs, [unpermute(r0, o), unpermute(r1, o)])
}

/// Dispatch the two-output ufuncs by name.
pub fn call(it: &mut dyn Context, name: &str, args: &Args) -> Option<PyResult<Value>> {
    match name {
        "divmod" => Some(divmod(it, args)),
        "modf" | "frexp" => Some(unary_two(it, name, args)),
        _ => None,
    }
}
