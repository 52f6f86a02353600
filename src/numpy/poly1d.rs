//! `np.poly1d`, NumPy's one-variable polynomial class (`numpy/lib/_polynomial_impl.py`):
//! its coefficients (highest power first, leading zeros trimmed), `repr`, the two-line
//! `str` with the powers raised above the terms, calling (Horner's `polyval`), arithmetic
//! with polynomials, scalars and coefficient sequences, `p[k]`, `len`, iteration,
//! `.roots .coeffs .order .variable`, `deriv()`/`integ()`, and the `np.poly*` functions
//! giving a `poly1d` back when one is given. Every computation goes through the `np.*`
//! functions NumPy's Python calls, so dtypes and errors are theirs.

use super::objects::{host, HostObject};
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A `poly1d`: its coefficient array, variable name and (computed when it is made, since
/// attribute lookup has no `np` to call) its roots.
#[derive(Clone)]
pub struct Poly1d {
    pub coeffs: Value,
    pub variable: String,
    roots: Option<Value>,
}

/// The `poly1d` behind a value, if it is one.
pub fn of(v: &Value) -> Option<Poly1d> {
    match v {
        Value::Object(o) => match host(&*o.borrow()) {
            Some(HostObject::Poly1d(p)) => Some(p.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_poly(v: &Value) -> bool {
    of(v).is_some()
}

fn value(p: Poly1d) -> Value {
    Value::Object(Rc::new(RefCell::new(HostObject::Poly1d(p))))
}

/// `np.poly1d(c_or_r, r=False, variable=None)`.
pub fn construct(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("poly1d", &["c_or_r", "r", "variable"], 1)?;
    let variable = given(&p[2]).map(crate::format::str_of);
    let r = match given(&p[1]) {
        Some(v) => truthy(v)?,
        None => false,
    };
    make(it, arg(&p[0]), r, variable)
}

fn make(it: &mut dyn Context, c_or_r: Value, r: bool, variable: Option<String>) -> PyResult<Value> {
    if let Some(mut q) = of(&c_or_r) {
        if let Some(v) = variable {
            q.variable = v;
        }
        return Ok(value(q));
    }
    let c = if r {
        np1(it, "poly", vec![c_or_r])?
    } else {
        c_or_r
    };
    let c = np1(it, "atleast_1d", vec![c])?;
    let ca = as_array(&c)?;
    if ca.ndim() > 1 {
        return Err(PyErr::value("Polynomial must be 1d only."));
    }
    let mut c = np(it, "trim_zeros", vec![c], vec![("trim", Value::str("f"))])?;
    if as_array(&c)?.size() == 0 {
        c = np(
            it,
            "array",
            vec![Value::list(vec![Value::Int(0)])],
            vec![("dtype", Value::DType(ca.dtype))],
        )?;
    }
    let roots = np1(it, "roots", vec![c.clone()]).ok();
    Ok(value(Poly1d {
        coeffs: c,
        variable: variable.unwrap_or_else(|| "x".into()),
        roots,
    }))
}

/// `poly1d(c)` of an operand (itself when it is one).
fn coerce(it: &mut dyn Context, v: &Value) -> PyResult<Poly1d> {
    match of(v) {
        Some(p) => Ok(p),
        None => {
            of(&make(it, v.clone(), false, None)?).ok_or_else(|| PyErr::type_err("not a poly1d"))
        }
    }
}

fn wrap(it: &mut dyn Context, c: Value) -> PyResult<Value> {
    make(it, c, false, None)
}

impl Poly1d {
    fn order(&self) -> PyResult<i128> {
        Ok(as_array(&self.coeffs)?.size() as i128 - 1)
    }

    /// `poly1d([1, 2, 3])`: the coefficients' repr without `array(` and `)`.
    pub fn repr(&self) -> String {
        let r = crate::format::repr(&self.coeffs);
        let inner = r
            .strip_prefix("array(")
            .and_then(|s| s.strip_suffix(')'))
            .unwrap_or(&r);
        format!("poly1d({})", inner)
    }

    /// NumPy's `poly1d.__str__`: the terms on one line, each power on the line above.
    pub fn str(&self) -> String {
        let coeffs = crate::value::convert::iter_values(&self.coeffs).unwrap_or_default();
        // Leading zeros are gone (`trim_zeros`) unless all are zero: then none is shown.
        let all_zero = coeffs.iter().all(|c| complex_parts(c) == (0.0, 0.0));
        let coeffs: &[Value] = if all_zero { &[] } else { &coeffs };
        let n = coeffs.len() as i128 - 1;
        let var = &self.variable;
        let mut s = String::from("0");
        for (k, c) in coeffs.iter().enumerate() {
            let (re, im) = complex_parts(c);
            let coefstr = if im == 0.0 {
                fmt_float(re)
            } else if re == 0.0 {
                format!("{}j", fmt_float(im))
            } else {
                format!("({} + {}j)", fmt_float(re), fmt_float(im))
            };
            let power = n - k as i128;
            let term = match power {
                0 if coefstr != "0" => coefstr.clone(),
                0 if k == 0 => "0".into(),
                _ if coefstr == "0" => String::new(),
                0 => String::new(),
                1 => format!("{} {}", coefstr, var),
                _ => format!("{} {}**{}", coefstr, var, power),
            };
            if k == 0 {
                s = term;
            } else if let Some(rest) = term.strip_prefix('-') {
                s = format!("{} - {}", s, rest);
            } else if !term.is_empty() {
                s = format!("{} + {}", s, term);
            }
        }
        raise_power(&s, 70)
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "coeffs" | "c" | "coef" | "coefficients" => Some(self.coeffs.clone()),
            "variable" => Some(Value::str(&self.variable)),
            "order" | "o" => self.order().ok().map(Value::Int),
            "roots" | "r" => self.roots.clone(),
            _ => None,
        }
    }

    pub fn items(&self) -> PyResult<Vec<Value>> {
        crate::value::convert::iter_values(&self.coeffs)
    }

    /// `len(p)`: NumPy's `__len__` is the order.
    pub fn py_len(&self) -> PyResult<i128> {
        self.order()
    }
}

/// `p.name = v`: the coefficients only to themselves (`p.coeffs *= 2` is legal), the
/// computed attributes never; the error names the property as Python 3.11 does (the last
/// alias the class assigned it to).
pub fn set_attr(p: &Poly1d, name: &str, v: &Value) -> PyResult<()> {
    let property = match name {
        "coeffs" | "c" | "coef" | "coefficients" => {
            return match (&p.coeffs, v) {
                (Value::Array(a), Value::Array(b)) if Rc::ptr_eq(a, b) => Ok(()),
                _ => Err(PyErr::attribute("Cannot set attribute")),
            }
        }
        "roots" | "r" => "r",
        "order" | "o" => "o",
        "variable" => "variable",
        _ => {
            return Err(PyErr::not_implemented(format!(
                "arrsh: a poly1d has no attributes of its own ('{}')",
                name
            )))
        }
    };
    Err(PyErr::attribute(format!(
        "property '{}' of 'poly1d' object has no setter",
        property
    )))
}

pub const METHODS: &[&str] = &["deriv", "integ", "__call__"];

/// The real and imaginary parts of a coefficient (0 for a value that is not a number).
fn complex_parts(v: &Value) -> (f64, f64) {
    match v {
        Value::Scalar(_, n) => n.as_complex(),
        Value::Int(i) => (*i as f64, 0.0),
        Value::Float(f) => (*f, 0.0),
        Value::Bool(b) => (*b as i32 as f64, 0.0),
        Value::Complex(r, i) => (*r, *i),
        _ => (0.0, 0.0),
    }
}

/// `f'{q:.4g}'` without a trailing `.0000`.
fn fmt_float(q: f64) -> String {
    let s = crate::format::spec::format_value(&Value::Float(q), ".4g")
        .unwrap_or_else(|_| q.to_string());
    s.strip_suffix(".0000").map(str::to_string).unwrap_or(s)
}

/// NumPy's `_raise_power`: each `**N` moves to the line above its term, wrapping both
/// lines at `wrap` columns.
fn raise_power(astr: &str, wrap: usize) -> String {
    let (mut line1, mut line2) = (String::new(), String::new());
    let mut output = String::from(" ");
    let mut n = 0;
    let bytes = astr.as_bytes();
    while let Some(at) = astr[n..].find("**").map(|i| i + n) {
        let mut end = at + 2;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let power = &astr[at + 2..end];
        let part = &astr[n..at];
        n = end;
        let pad2 = " ".repeat(power.len().saturating_sub(1));
        let toadd2 = format!("{}{}", part, pad2);
        let toadd1 = format!("{}{}", " ".repeat(part.len().saturating_sub(1)), power);
        if line2.len() + toadd2.len() > wrap || line1.len() + toadd1.len() > wrap {
            output += &format!("{}\n{}\n ", line1, line2);
            line1 = toadd1;
            line2 = toadd2;
        } else {
            line2 += &toadd2;
            line1 += &toadd1;
        }
    }
    output += &format!("{}\n{}", line1, line2);
    output + &astr[n..]
}

/// `p(val)`: `polyval(p.coeffs, val)`.
pub fn call(it: &mut dyn Context, p: &Poly1d, args: Args) -> PyResult<Value> {
    let a = args.bind("__call__", &["val"], 1)?;
    np1(it, "polyval", vec![p.coeffs.clone(), arg(&a[0])])
}

/// `p.deriv(m=1)` and `p.integ(m=1, k=0)`.
pub fn method(it: &mut dyn Context, p: &Poly1d, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "deriv" => {
            let a = args.bind("deriv", &["m"], 0)?;
            let m = given(&a[0]).cloned().unwrap_or(Value::Int(1));
            let c = np1(it, "polyder", vec![p.coeffs.clone(), m])?;
            wrap(it, c)
        }
        "integ" => {
            let a = args.bind("integ", &["m", "k"], 0)?;
            let m = given(&a[0]).cloned().unwrap_or(Value::Int(1));
            let k = given(&a[1]).cloned().unwrap_or(Value::Int(0));
            let c = np1(it, "polyint", vec![p.coeffs.clone(), m, k])?;
            wrap(it, c)
        }
        "__call__" => call(it, p, args),
        _ => Err(PyErr::attribute(format!(
            "'poly1d' object has no attribute '{}'",
            name
        ))),
    }
}

/// `p[k]`: the coefficient of `x**k` (a zero of the dtype past either end).
pub fn getitem(p: &Poly1d, key: &Value) -> PyResult<Value> {
    let k = crate::value::convert::to_int(key)?;
    let order = p.order()?;
    if k > order || k < 0 {
        let d = as_array(&p.coeffs)?.dtype;
        let zero = crate::array::object::NdArray::zeros(&[], d)?;
        return Ok(Value::Scalar(d, zero.get(&[])));
    }
    get(&p.coeffs, &Value::Int(order - k))
}

/// Python's `isscalar` as `poly1d` asks it: numbers and NumPy scalars, not arrays.
fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Complex(..)
            | Value::Scalar(..)
    )
}

/// `a op b` when either is a `poly1d` (None otherwise). An array or NumPy scalar on the
/// left computes with the polynomial's coefficients as an array, as NumPy's own operators
/// do (`np.float64(2) * p` is an array); otherwise the polynomial's operator answers.
pub fn binary(it: &mut dyn Context, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (pa, pb) = (of(a), of(b));
    if pa.is_none() && pb.is_none() {
        return None;
    }
    Some(match (pa, pb) {
        (None, Some(q)) if matches!(a, Value::Array(_) | Value::Scalar(..)) => {
            crate::numpy::ufunc::binary_op(it, op, a, &q.coeffs)
        }
        (Some(p), _) => forward(it, op, &p, b),
        (None, Some(q)) => reflected(it, op, a, &q),
        (None, None) => return None,
    })
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    PyErr::type_err(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.type_of().short_name(),
        b.type_of().short_name()
    ))
}

fn forward(it: &mut dyn Context, op: BinOp, p: &Poly1d, other: &Value) -> PyResult<Value> {
    let c = p.coeffs.clone();
    match op {
        BinOp::Add | BinOp::Sub => {
            let o = coerce(it, other)?;
            let f = if op == BinOp::Add {
                "polyadd"
            } else {
                "polysub"
            };
            let r = np1(it, f, vec![c, o.coeffs])?;
            wrap(it, r)
        }
        BinOp::Mul if is_scalar(other) => {
            let r = np1(it, "multiply", vec![c, other.clone()])?;
            wrap(it, r)
        }
        BinOp::Mul => {
            let o = coerce(it, other)?;
            let r = np1(it, "polymul", vec![c, o.coeffs])?;
            wrap(it, r)
        }
        BinOp::Div if is_scalar(other) => {
            let r = np1(it, "true_divide", vec![c, other.clone()])?;
            wrap(it, r)
        }
        BinOp::Div => {
            let o = coerce(it, other)?;
            divide(it, &p.coeffs, &o.coeffs)
        }
        BinOp::Pow => {
            let n = match other {
                Value::Int(n) if *n >= 0 => *n,
                Value::Bool(b) => *b as i128,
                Value::Scalar(d, x) if d.is_int() => x.as_f64() as i128,
                // NumPy checks `int(val) == val and val >= 0`, then `range(val)` refuses a
                // whole float.
                Value::Float(f) if *f >= 0.0 && f.fract() == 0.0 => {
                    return Err(PyErr::type_err(
                        "'float' object cannot be interpreted as an integer",
                    ))
                }
                Value::Scalar(d, x)
                    if d.is_float() && x.as_f64() >= 0.0 && x.as_f64().fract() == 0.0 =>
                {
                    return Err(PyErr::type_err(format!(
                        "'numpy.{}' object cannot be interpreted as an integer",
                        d.name()
                    )))
                }
                _ => -1,
            };
            if n < 0 {
                return Err(PyErr::value("Power to non-negative integers only."));
            }
            let mut res = Value::list(vec![Value::Int(1)]);
            for _ in 0..n {
                res = np1(it, "polymul", vec![c.clone(), res])?;
            }
            wrap(it, res)
        }
        _ => Err(unsupported(op, &value(p.clone()), other)),
    }
}

fn reflected(it: &mut dyn Context, op: BinOp, other: &Value, p: &Poly1d) -> PyResult<Value> {
    let c = p.coeffs.clone();
    match op {
        BinOp::Add | BinOp::Mul if !is_scalar(other) || op == BinOp::Add => {
            forward(it, op, p, other)
        }
        BinOp::Mul => {
            let r = np1(it, "multiply", vec![other.clone(), c])?;
            wrap(it, r)
        }
        BinOp::Sub => {
            let o = coerce(it, other)?;
            let r = np1(it, "polysub", vec![o.coeffs, c])?;
            wrap(it, r)
        }
        BinOp::Div if is_scalar(other) => {
            let r = np1(it, "true_divide", vec![other.clone(), c])?;
            wrap(it, r)
        }
        BinOp::Div => {
            let o = coerce(it, other)?;
            divide(it, &o.coeffs, &c)
        }
        _ => Err(unsupported(op, other, &value(p.clone()))),
    }
}

/// `polydiv` of two polynomials: `(quotient, remainder)` as polynomials.
fn divide(it: &mut dyn Context, u: &Value, v: &Value) -> PyResult<Value> {
    let qr = np1(it, "polydiv", vec![u.clone(), v.clone()])?;
    let parts = crate::value::convert::iter_values(&qr)?;
    let out = parts
        .into_iter()
        .map(|x| wrap(it, x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

/// `-p` and `+p` (None when `v` is not a polynomial).
pub fn unary(it: &mut dyn Context, op: UnaryOp, v: &Value) -> Option<PyResult<Value>> {
    let p = of(v)?;
    Some(match op {
        UnaryOp::Neg => np1(it, "negative", vec![p.coeffs.clone()]).and_then(|c| wrap(it, c)),
        UnaryOp::Pos => Ok(v.clone()),
        _ => Err(PyErr::type_err(
            "bad operand type for unary ~: 'poly1d'".to_string(),
        )),
    })
}

/// `p == q` and `p != q` (None unless both are polynomials: then Python's identity
/// rule answers, as for NumPy's `NotImplemented`).
pub fn compare(it: &mut dyn Context, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (p, q) = (of(a)?, of(b)?);
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    Some((|| {
        let (pa, qa) = (as_array(&p.coeffs)?, as_array(&q.coeffs)?);
        let eq = if pa.shape != qa.shape {
            Value::Bool(false)
        } else {
            let e = np1(it, "equal", vec![p.coeffs.clone(), q.coeffs.clone()])?;
            np1(it, "all", vec![e])?
        };
        Ok(match op {
            CmpOp::Eq => eq,
            _ => Value::Bool(!truthy(&eq)?),
        })
    })())
}

/// The result of an `np.poly*` function: a `poly1d` when one of its inputs was.
pub fn like_inputs(it: &mut dyn Context, inputs: &[Value], r: Value) -> PyResult<Value> {
    if !inputs.iter().any(is_poly) {
        return Ok(r);
    }
    match r {
        Value::Tuple(t) => {
            let out = t
                .iter()
                .map(|x| wrap(it, x.clone()))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(Value::tuple(out))
        }
        other => wrap(it, other),
    }
}
