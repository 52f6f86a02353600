//! The live hint at the prompt: what Enter will do to memory (`→ view of x`,
//! `→ copy (advanced index)`, `→ in place`, `→ copy (reshape must copy)`).
//!
//! Deciding never runs anything: the line is parsed, and only names already bound are looked
//! up; reshape and ravel are decided by the same stride arithmetic the array code uses. A
//! line whose outcome cannot be known that way gets no hint.

use super::magic::Names;
use crate::array::layout;
use crate::array::object::NdArray;
use crate::syntax::ast::{Arg, Expr, ExprKind, Stmt, UnaryOp};
use crate::value::Value;

fn array<'a>(it: &'a dyn Names, e: &'a Expr) -> Option<(&'a str, &'a NdArray)> {
    match &e.kind {
        ExprKind::Name(n) => match it.var(n) {
            Some(Value::Array(a)) => Some((n.as_str(), a)),
            _ => None,
        },
        _ => None,
    }
}

/// Is an index item basic (integers, slices, None, ...), advanced (lists, integer or
/// boolean arrays, comparisons), or unknown?
#[derive(PartialEq)]
enum Item {
    Basic,
    Advanced,
    Unknown,
}

fn index_item(it: &dyn Names, e: &Expr) -> Item {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Slice(..) | ExprKind::NoneLit | ExprKind::Ellipsis => {
            Item::Basic
        }
        ExprKind::Unary(UnaryOp::Neg, x) if matches!(x.kind, ExprKind::Int(_)) => Item::Basic,
        ExprKind::List(_) | ExprKind::Compare(..) => Item::Advanced,
        ExprKind::Name(n) => match it.var(n) {
            Some(Value::Int(_)) | Some(Value::None) | Some(Value::Slice(_)) => Item::Basic,
            Some(Value::Array(a)) if a.ndim() > 0 => Item::Advanced,
            _ => Item::Unknown,
        },
        _ => Item::Unknown,
    }
}

fn is_int(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) => true,
        ExprKind::Unary(UnaryOp::Neg, x) => is_int(x),
        _ => false,
    }
}

fn index_kind(it: &dyn Names, idx: &Expr) -> Item {
    let items: Vec<&Expr> = match &idx.kind {
        ExprKind::Tuple(v) => v.iter().collect(),
        _ => vec![idx],
    };
    let kinds: Vec<Item> = items.iter().map(|e| index_item(it, e)).collect();
    if kinds.contains(&Item::Unknown) {
        Item::Unknown
    } else if kinds.contains(&Item::Advanced) {
        Item::Advanced
    } else {
        Item::Basic
    }
}

/// Integer literals of a reshape call (`reshape(2, -1)`, `reshape((2, 3))`).
fn shape_args(args: &[Arg]) -> Option<Vec<i64>> {
    fn int(e: &Expr) -> Option<i64> {
        match &e.kind {
            ExprKind::Int(i) => i64::try_from(*i).ok(),
            ExprKind::Unary(UnaryOp::Neg, x) => int(x).map(|i| -i),
            _ => None,
        }
    }
    let pos: Vec<&Expr> = args
        .iter()
        .map(|a| match a {
            Arg::Pos(e) => Some(e),
            _ => None,
        })
        .collect::<Option<_>>()?;
    match pos.as_slice() {
        [one] => match &one.kind {
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().map(int).collect(),
            _ => int(one).map(|i| vec![i]),
        },
        many => many.iter().map(|e| int(e)).collect(),
    }
}

fn reshape_hint(a: &NdArray, req: &[i64]) -> Option<String> {
    let shape = layout::resolve_shape(req, a.size()).ok()?;
    let view = a.size() == 0
        || layout::nocopy_reshape(&a.shape, &a.strides, &shape, a.itemsize(), false).is_some();
    Some(if view {
        "view (reshape keeps strides)".into()
    } else {
        "copy (reshape must copy)".into()
    })
}

/// What evaluating `e` will return, memory-wise, if that can be known without running it.
fn value_hint(it: &dyn Names, e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Subscript(obj, idx) => {
            let (name, a) = array(it, obj)?;
            let items = match &idx.kind {
                ExprKind::Tuple(v) => v.len(),
                _ => 1,
            };
            let ints = match &idx.kind {
                ExprKind::Tuple(v) => v.iter().all(is_int),
                _ => is_int(idx),
            };
            if ints && items == a.ndim() {
                return Some("a scalar (one element, copied out)".into());
            }
            match index_kind(it, idx) {
                Item::Basic => Some(format!("view of {}", name)),
                Item::Advanced => Some("copy (advanced index)".into()),
                Item::Unknown => None,
            }
        }
        ExprKind::Attr(obj, attr) if attr == "T" || attr == "mT" => {
            let (name, _) = array(it, obj)?;
            Some(format!("view of {} (transpose)", name))
        }
        ExprKind::Call(f, args) => match &f.kind {
            ExprKind::Attr(obj, m) => {
                if let Some((name, a)) = array(it, obj) {
                    return method_hint(name, a, m, args);
                }
                // np.f(x, ...)
                let module = matches!(&obj.kind, ExprKind::Name(n) if n == "np" || n == "numpy");
                if !module {
                    return None;
                }
                let Some(Arg::Pos(first)) = args.first() else {
                    return None;
                };
                let (name, a) = array(it, first)?;
                function_hint(name, a, m, &args[1..])
            }
            _ => None,
        },
        _ => None,
    }
}

fn method_hint(name: &str, a: &NdArray, m: &str, args: &[Arg]) -> Option<String> {
    match m {
        "reshape" => reshape_hint(a, &shape_args(args)?),
        "ravel" if args.is_empty() => Some(if a.is_c_contiguous() {
            format!("view of {} (already contiguous)", name)
        } else {
            "copy (ravel must copy)".into()
        }),
        "flatten" | "copy" => Some(format!("copy ({} always copies)", m)),
        "astype" => Some("copy (astype converts into new memory)".into()),
        "view" | "transpose" | "squeeze" | "swapaxes" | "diagonal" => {
            Some(format!("view of {}", name))
        }
        _ => None,
    }
}

fn function_hint(name: &str, a: &NdArray, f: &str, rest: &[Arg]) -> Option<String> {
    match f {
        "reshape" => reshape_hint(a, &shape_args(rest)?),
        "asarray" if rest.is_empty() => Some(format!("the same array as {}", name)),
        "ascontiguousarray" if rest.is_empty() => Some(if a.is_c_contiguous() {
            format!("the same array as {} (already C-contiguous)", name)
        } else {
            "copy (not C-contiguous)".into()
        }),
        "copy" | "array" if rest.is_empty() => Some(format!("copy (np.{} copies)", f)),
        "transpose" | "squeeze" | "expand_dims" | "diagonal" | "swapaxes" | "moveaxis" | "flip"
        | "split" => Some(format!("view of {}", name)),
        "broadcast_to" => Some(format!("read-only view of {} (zero strides)", name)),
        _ => None,
    }
}

/// The hint for a whole line, or None. Only complete one-statement lines get one, and never
/// a bare name or number (nor `y = x`).
pub fn hint(it: &dyn Names, line: &str) -> Option<String> {
    if line.trim().is_empty() || crate::Session::is_incomplete(line) {
        return None;
    }
    let stmts = crate::syntax::parser::parse_line(line, 0).ok()?;
    let [st] = stmts.as_slice() else {
        return None;
    };
    let text = match &st.stmt {
        Stmt::AugAssign(target, _, _) => {
            let base = match &target.kind {
                ExprKind::Subscript(obj, _) => obj.as_ref(),
                _ => target,
            };
            array(it, base)?;
            "in place".to_string()
        }
        // `y = x` gets no hint: it would show while `y = x[...]` is being typed, then vanish.
        Stmt::Assign(_, value) => value_hint(it, value)?,
        Stmt::Expr(e) => value_hint(it, e)?,
        _ => return None,
    };
    Some(format!("  → {}", text))
}
