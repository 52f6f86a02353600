//! Python's `operator`: the interpreter's own operators as functions (so
//! `functools.reduce(operator.mul, xs)` and `operator.add(a, 1)` on NumPy arrays do what
//! `*` and `+` do), and the `itemgetter`, `attrgetter` and `methodcaller` objects, with
//! `_operator`'s argument messages and reprs.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::{to_int, truthy};
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::{UserFunction, Value};
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "abs",
    "add",
    "and_",
    "attrgetter",
    "call",
    "concat",
    "contains",
    "countOf",
    "delitem",
    "eq",
    "floordiv",
    "ge",
    "getitem",
    "gt",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imatmul",
    "imod",
    "imul",
    "index",
    "indexOf",
    "inv",
    "invert",
    "ior",
    "ipow",
    "irshift",
    "is_",
    "is_not",
    "isub",
    "itemgetter",
    "itruediv",
    "ixor",
    "le",
    "length_hint",
    "lshift",
    "lt",
    "matmul",
    "methodcaller",
    "mod",
    "mul",
    "ne",
    "neg",
    "not_",
    "or_",
    "pos",
    "pow",
    "rshift",
    "setitem",
    "sub",
    "truediv",
    "truth",
    "xor",
];

/// The arithmetic functions' operators.
fn binop(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" | "concat" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::Div,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "matmul" => BinOp::MatMul,
        "and_" | "and" => BinOp::And,
        "or_" | "or" => BinOp::Or,
        "xor" => BinOp::Xor,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        _ => return None,
    })
}

/// An arithmetic function's operator, and whether it is the in-place form (`iadd`,
/// `iand`).
fn arith(name: &str) -> Option<(BinOp, bool)> {
    if let Some(op) = binop(name) {
        return Some((op, false));
    }
    binop(name.strip_prefix('i')?).map(|op| (op, true))
}

fn cmpop(name: &str) -> Option<CmpOp> {
    Some(match name {
        "eq" => CmpOp::Eq,
        "ne" => CmpOp::Ne,
        "lt" => CmpOp::Lt,
        "le" => CmpOp::Le,
        "gt" => CmpOp::Gt,
        "ge" => CmpOp::Ge,
        "is_" => CmpOp::Is,
        "is_not" => CmpOp::IsNot,
        _ => return None,
    })
}

/// `_operator`'s functions taking one argument (`METH_O`).
const ONE: &[&str] = &[
    "abs", "index", "inv", "invert", "neg", "not_", "pos", "truth",
];

/// The positional arguments of a function checked as `_PyArg_CheckPositional` does
/// (`add expected 2 arguments, got 1`); `ONE` ones say `_operator.neg() takes exactly one
/// argument (0 given)`. None of them takes keywords.
fn positional(name: &str, args: &Args, fewest: usize, most: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "_operator.{}() takes no keyword arguments",
            name
        )));
    }
    let n = args.pos.len();
    if ONE.contains(&name) {
        if n != 1 {
            return Err(PyErr::type_err(format!(
                "_operator.{}() takes exactly one argument ({} given)",
                name, n
            )));
        }
        return Ok(());
    }
    if (fewest..=most).contains(&n) {
        return Ok(());
    }
    let expected = if fewest == most {
        format!("{} argument{}", fewest, if fewest == 1 { "" } else { "s" })
    } else if n < fewest {
        format!(
            "at least {} argument{}",
            fewest,
            if fewest == 1 { "" } else { "s" }
        )
    } else {
        format!("at most {} arguments", most)
    };
    Err(PyErr::type_err(format!(
        "{} expected {}, got {}",
        name, expected, n
    )))
}

/// Does `v` support indexing (what `concat` asks of its first argument)?
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(..)
            | Value::Array(_)
    )
}

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "itemgetter" | "attrgetter" => return getter(name, args),
        "methodcaller" => return methodcaller(args),
        "call" => {
            let Some((f, rest)) = args.pos.split_first() else {
                return Err(PyErr::type_err("call expected at least 1 argument, got 0"));
            };
            return it.call(
                f,
                Args {
                    pos: rest.to_vec(),
                    kw: args.kw.clone(),
                },
            );
        }
        _ => {}
    }
    if let Some(op) = cmpop(name) {
        positional(name, &args, 2, 2)?;
        return it.compare(op, &args.pos[0], &args.pos[1]);
    }
    if let Some((op, in_place)) = arith(name) {
        positional(name, &args, 2, 2)?;
        let (a, b) = (&args.pos[0], &args.pos[1]);
        if name.ends_with("concat") && !is_sequence(a) {
            return Err(PyErr::type_err(format!(
                "'{}' object can't be concatenated",
                a.type_of().short_name()
            )));
        }
        return if in_place {
            it.inplace(op, a, b)
        } else {
            it.binary(op, a, b)
        };
    }
    match name {
        "neg" | "pos" | "inv" | "invert" => {
            positional(name, &args, 1, 1)?;
            let op = match name {
                "neg" => UnaryOp::Neg,
                "pos" => UnaryOp::Pos,
                _ => UnaryOp::Invert,
            };
            it.unary(op, &args.pos[0])
        }
        "abs" => {
            positional(name, &args, 1, 1)?;
            it.call(&Value::func("builtins.abs"), args)
        }
        "not_" | "truth" => {
            positional(name, &args, 1, 1)?;
            let t = truthy(&args.pos[0])?;
            Ok(Value::Bool(t == (name == "truth")))
        }
        "index" => {
            positional(name, &args, 1, 1)?;
            match &args.pos[0] {
                big @ Value::BigInt(_) => Ok(big.clone()),
                other => Ok(Value::Int(to_int(other)?)),
            }
        }
        "contains" => {
            positional(name, &args, 2, 2)?;
            it.compare(CmpOp::In, &args.pos[1], &args.pos[0])
        }
        "getitem" => {
            positional(name, &args, 2, 2)?;
            it.getitem(&args.pos[0], &args.pos[1])
        }
        "setitem" => {
            positional(name, &args, 3, 3)?;
            crate::eval::subscript::setitem(&args.pos[0], &args.pos[1], &args.pos[2])?;
            Ok(Value::None)
        }
        "delitem" => {
            positional(name, &args, 2, 2)?;
            Interp::delitem(&args.pos[0], &args.pos[1])?;
            Ok(Value::None)
        }
        "countOf" | "indexOf" => {
            positional(name, &args, 2, 2)?;
            let items = crate::eval::lazy::values(it, &args.pos[0])?;
            let same = |x: &Value| crate::value::pyops::py_eq(x, &args.pos[1]);
            if name == "countOf" {
                return Ok(Value::Int(items.iter().filter(|x| same(x)).count() as i128));
            }
            items
                .iter()
                .position(same)
                .map(|i| Value::Int(i as i128))
                .ok_or_else(|| PyErr::value("sequence.index(x): x not in sequence"))
        }
        "length_hint" => {
            positional(name, &args, 1, 2)?;
            let default = match args.pos.get(1) {
                Some(d) => to_int(d)?,
                None => 0,
            };
            let obj = &args.pos[0];
            if let Value::Iter(i) = obj {
                let i = i.borrow();
                let held = i.items.len().saturating_sub(i.pos);
                let hint = match &i.lazy {
                    None => Some(held),
                    Some(src) => src.length_hint().map(|n| n + held),
                };
                return Ok(Value::Int(hint.map_or(default, |n| n as i128)));
            }
            match it.call(&Value::func("builtins.len"), Args::new(vec![obj.clone()])) {
                Ok(n) => Ok(n),
                Err(e) if e.class == "TypeError" => Ok(Value::Int(default)),
                Err(e) => Err(e),
            }
        }
        _ => Err(PyErr::attribute(format!(
            "module 'operator' has no attribute '{}'",
            name
        ))),
    }
}

/// `itemgetter(*items)` or `attrgetter(*attrs)`: one value, or a tuple of several.
#[derive(Debug)]
pub struct Getter {
    /// Attribute names (split at dots) rather than keys.
    attrs: bool,
    keys: Vec<Value>,
}

impl UserFunction for Getter {
    fn name(&self) -> &str {
        if self.attrs {
            "attrgetter"
        } else {
            "itemgetter"
        }
    }
    fn qualname(&self) -> &str {
        self.name()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn class(&self) -> Option<&'static str> {
        Some(if self.attrs {
            "operator.attrgetter"
        } else {
            "operator.itemgetter"
        })
    }
    fn repr(&self) -> Option<String> {
        let keys: Vec<String> = self.keys.iter().map(crate::format::repr).collect();
        Some(format!("operator.{}({})", self.name(), keys.join(", ")))
    }
}

/// `operator.itemgetter(key)`.
pub fn item_getter(key: Value) -> Value {
    Value::Function(Rc::new(Getter {
        attrs: false,
        keys: vec![key],
    }))
}

fn getter(name: &str, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if args.pos.is_empty() {
        return Err(PyErr::type_err(format!(
            "{} expected 1 argument, got 0",
            name
        )));
    }
    let attrs = name == "attrgetter";
    if attrs && args.pos.iter().any(|k| !matches!(k, Value::Str(_))) {
        return Err(PyErr::type_err("attribute name must be a string"));
    }
    Ok(Value::Function(Rc::new(Getter {
        attrs,
        keys: args.pos,
    })))
}

/// `methodcaller(name, /, *args, **kwargs)`.
#[derive(Debug)]
pub struct MethodCaller {
    method: Rc<str>,
    args: Args,
}

impl UserFunction for MethodCaller {
    fn name(&self) -> &str {
        "methodcaller"
    }
    fn qualname(&self) -> &str {
        "methodcaller"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn class(&self) -> Option<&'static str> {
        Some("operator.methodcaller")
    }
    fn repr(&self) -> Option<String> {
        let mut parts = vec![crate::format::repr(&Value::Str(self.method.clone()))];
        parts.extend(self.args.pos.iter().map(crate::format::repr));
        parts.extend(
            self.args
                .kw
                .iter()
                .map(|(k, v)| format!("{}={}", k, crate::format::repr(v))),
        );
        Some(format!("operator.methodcaller({})", parts.join(", ")))
    }
}

fn methodcaller(args: Args) -> PyResult<Value> {
    let Some((method, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_err(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Value::Str(method) = method else {
        return Err(PyErr::type_err("method name must be a string"));
    };
    Ok(Value::Function(Rc::new(MethodCaller {
        method: method.clone(),
        args: Args {
            pos: rest.to_vec(),
            kw: args.kw.clone(),
        },
    })))
}

/// The one argument a getter or method caller is called with.
fn one_arg(name: &str, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    match args.pos.as_slice() {
        [x] => Ok(x.clone()),
        other => Err(PyErr::type_err(format!(
            "{} expected 1 argument, got {}",
            name,
            other.len()
        ))),
    }
}

/// Is `f` an `itemgetter`, `attrgetter` or `methodcaller`?
pub fn owns(f: &dyn UserFunction) -> bool {
    f.as_any().is::<Getter>() || f.as_any().is::<MethodCaller>()
}

/// Call an `itemgetter`, `attrgetter` or `methodcaller`; None for other function objects.
pub fn call_object(it: &mut Interp, f: &dyn UserFunction, args: Args) -> Option<PyResult<Value>> {
    if let Some(m) = f.as_any().downcast_ref::<MethodCaller>() {
        return Some(one_arg("methodcaller", &args).and_then(|obj| {
            let method = crate::eval::attrs::get_attr(it, &obj, &m.method)?;
            it.call(&method, m.args.clone())
        }));
    }
    let g = f.as_any().downcast_ref::<Getter>()?;
    Some(one_arg(g.name(), &args).and_then(|obj| {
        let mut out = Vec::with_capacity(g.keys.len());
        for k in &g.keys {
            out.push(match (g.attrs, k) {
                (true, Value::Str(path)) => {
                    let mut v = obj.clone();
                    for part in path.split('.') {
                        v = crate::eval::attrs::get_attr(it, &v, part)?;
                    }
                    v
                }
                _ => it.getitem(&obj, k)?,
            });
        }
        Ok(match <[Value; 1]>::try_from(out) {
            Ok([one]) => one,
            Err(many) => Value::tuple(many),
        })
    }))
}
