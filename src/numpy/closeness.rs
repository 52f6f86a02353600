//! Approximate equality: `np.isclose` and `np.allclose`.
//!
//! Written as NumPy writes them in Python (`numpy/_core/numeric.py`), one real ufunc call
//! per step, so broadcasting, dtypes and the weak treatment of Python scalars come out as
//! NumPy's: `|x - y| <= atol + rtol * |y|` where `y` is finite, or `x == y`, plus
//! `isnan(x) & isnan(y)` with `equal_nan`. `y` is first made inexact
//! (`result_type(y, 1.0)`), and the steps run under `errstate(invalid='ignore')`.

use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::error::PyResult;
use crate::format::arrayprint::PrintOptions;
use crate::numpy::context::Context;
use crate::numpy::ufunc::{any_true, apply_binary, apply_unary, wrap, Op, Opts, UOp};
use crate::numpy::State;
use crate::value::args::{given, Args};
use crate::value::convert::{array_from_value, truthy};
use crate::value::ops::{BinOp, CmpOp};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["isclose", "allclose"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| {
        let a = args.bind(name, &["a", "b", "rtol", "atol", "equal_nan"], 2)?;
        let x = a[0].clone().unwrap_or(Value::None);
        let y = a[1].clone().unwrap_or(Value::None);
        let rtol = given(&a[2]).cloned().unwrap_or(Value::Float(1e-5));
        let atol = given(&a[3]).cloned().unwrap_or(Value::Float(1e-8));
        let equal_nan = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
        let r = isclose(it, x, y, rtol, atol, equal_nan)?;
        if name == "allclose" {
            let not = apply_unary(it, UOp::LogicalNot, &r, &Opts::default())?;
            return Ok(Value::Bool(!any_true(&not)?));
        }
        Ok(match r {
            Value::Array(r) => wrap(r),
            other => other,
        })
    })())
}

fn is_python_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(..)
    )
}

/// `asanyarray(v)` for everything but Python numbers, which stay weak scalars.
fn as_operand(v: Value) -> PyResult<Value> {
    Ok(match v {
        Value::Array(_) => v,
        v if is_python_number(&v) => v,
        Value::Scalar(d, n) => Value::Array(Rc::new({
            let a = crate::array::object::NdArray::zeros(&[], d)?;
            a.set(&[], n);
            a
        })),
        other => Value::Array(Rc::new(array_from_value(&other, None)?)),
    })
}

fn isclose(
    it: &mut dyn Context,
    x: Value,
    y: Value,
    rtol: Value,
    atol: Value,
    equal_nan: bool,
) -> PyResult<Value> {
    let x = as_operand(x)?;
    let (atol, rtol) = (as_operand(atol)?, as_operand(rtol)?);
    let y = match as_operand(y)? {
        // `y = asanyarray(y, dtype=result_type(y, 1.))`: integers and bools become float64.
        Value::Array(ya) => {
            let d = if ya.dtype.is_inexact() {
                ya.dtype
            } else {
                DType::F64
            };
            Value::Array(Rc::new(kernels::to_contiguous(&ya, d)?))
        }
        Value::Int(i) => Value::Float(i as f64),
        Value::Bool(b) => Value::Float(b as u8 as f64),
        other => other,
    };
    let o = Opts::default();
    let finite = |it: &mut dyn Context, v: &Value| -> PyResult<bool> {
        let f = apply_unary(it, UOp::IsFinite, v, &o)?;
        let bad = apply_unary(it, UOp::LogicalNot, &f, &o)?;
        Ok(!any_true(&bad)?)
    };
    if !(finite(it, &atol)? && finite(it, &rtol)?) {
        let s = |v: &Value| crate::format::try_str(v);
        it.warn(
            "RuntimeWarning",
            &format!(
                "One of rtol or atol is not valid, atol: {}, rtol: {}",
                s(&atol)?,
                s(&rtol)?
            ),
        );
    }
    let mut q = Quiet { inner: it };
    let it: &mut dyn Context = &mut q;
    let bin = |it: &mut dyn Context, op: Op, a: &Value, b: &Value| apply_binary(it, op, a, b, &o);
    let diff = bin(it, Op::Bin(BinOp::Sub), &x, &y)?;
    let lhs = apply_unary(it, UOp::Absolute, &diff, &o)?;
    let ay = apply_unary(it, UOp::Absolute, &y, &o)?;
    let scaled = bin(it, Op::Bin(BinOp::Mul), &rtol, &ay)?;
    let rhs = bin(it, Op::Bin(BinOp::Add), &atol, &scaled)?;
    let le = bin(it, Op::Cmp(CmpOp::Le), &lhs, &rhs)?;
    let fy = apply_unary(it, UOp::IsFinite, &y, &o)?;
    let near = bin(it, Op::Bin(BinOp::And), &le, &fy)?;
    let eq = bin(it, Op::Cmp(CmpOp::Eq), &x, &y)?;
    let mut r = bin(it, Op::Bin(BinOp::Or), &near, &eq)?;
    if equal_nan {
        let nx = apply_unary(it, UOp::IsNan, &x, &o)?;
        let ny = apply_unary(it, UOp::IsNan, &y, &o)?;
        let both = bin(it, Op::Bin(BinOp::And), &nx, &ny)?;
        r = bin(it, Op::Bin(BinOp::Or), &r, &both)?;
    }
    Ok(r)
}

/// The session with `errstate(invalid='ignore')`: "invalid value" warnings are dropped.
struct Quiet<'a> {
    inner: &'a mut dyn Context,
}

impl crate::value::lazy::Caller for Quiet<'_> {
    fn call(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        self.inner.call(callee, args)
    }
}

impl Context for Quiet<'_> {
    fn print(&mut self, s: &str) {
        self.inner.print(s)
    }
    fn warn(&mut self, category: &str, msg: &str) {
        if !msg.starts_with("invalid value") {
            self.inner.warn(category, msg)
        }
    }
    fn state(&mut self) -> &mut State {
        self.inner.state()
    }
    fn print_options(&self) -> PrintOptions {
        self.inner.print_options()
    }
    fn set_print_options(&mut self, opts: PrintOptions) {
        self.inner.set_print_options(opts)
    }
    fn user_vars(&self) -> Vec<(String, Value)> {
        self.inner.user_vars()
    }
    fn note(&mut self, msg: &str) {
        self.inner.note(msg)
    }
    fn terminal(&self) -> bool {
        self.inner.terminal()
    }
}
