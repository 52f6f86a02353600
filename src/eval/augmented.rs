//! CPython's in-place operators (`x op= y`) on Python's own containers, and their error
//! text. A list, a bytearray, a set and a dict are changed in place (every other name bound to them
//! sees it: `y = x; x *= 2` doubles `y` too); everything else falls back to the binary
//! operator, whose "unsupported operand" message then names the augmented form (`+=`),
//! as CPython's `binary_iop` does.

use crate::error::{PyErr, PyResult};
use crate::value::ops::BinOp;
use crate::value::pyops;
use crate::value::Value;

/// `cur op= rhs` when `cur` is a mutable container with an in-place form of `op`
/// (other than list `+=`, which the interpreter runs so it can drive a generator);
/// `None` when the binary operator decides.
pub fn container(op: BinOp, cur: &Value, rhs: &Value) -> Option<PyResult<Value>> {
    match (op, cur) {
        (BinOp::Mul, Value::List(l)) => Some(pyops::binary(op, cur, rhs).map(|r| {
            if let Value::List(new) = &r {
                let items = std::mem::take(&mut *new.borrow_mut());
                *l.borrow_mut() = items;
            }
            cur.clone()
        })),
        // bytearray's `+=` and `*=` keep the object, as its `__iadd__`/`__imul__` do.
        (BinOp::Add | BinOp::Mul, Value::ByteArray(b)) => {
            Some(pyops::binary(op, cur, rhs).map(|r| {
                if let Value::ByteArray(new) = &r {
                    let bytes = std::mem::take(&mut *new.borrow_mut());
                    *b.borrow_mut() = bytes;
                }
                cur.clone()
            }))
        }
        // set.__ior__ and friends take only a set; anything else is the binary operator's.
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(s))
            if !s.borrow().frozen && matches!(rhs, Value::Set(_)) =>
        {
            Some(pyops::binary(op, cur, rhs).map(|r| {
                if let Value::Set(new) = &r {
                    let items = new.borrow().clone();
                    *s.borrow_mut() = items;
                }
                cur.clone()
            }))
        }
        // dict.__ior__ is dict.update: any mapping or iterable of pairs.
        (BinOp::Or, Value::Dict(d)) => {
            Some(super::pytypes::dict_update(d, rhs).map(|()| cur.clone()))
        }
        _ => None,
    }
}

/// The binary operator's "unsupported operand type(s) for +: ..." retitled for `+=`.
pub fn retitle(op: BinOp, mut e: PyErr) -> PyErr {
    if e.class != "TypeError" {
        return e;
    }
    let sym = op.symbol();
    let forms = [format!("{} or pow()", sym), sym.to_string()];
    for form in forms {
        let prefix = format!("unsupported operand type(s) for {}: ", form);
        if let Some(rest) = e.msg.strip_prefix(&prefix) {
            e.msg = format!("unsupported operand type(s) for {}=: {}", sym, rest);
            break;
        }
    }
    e
}
