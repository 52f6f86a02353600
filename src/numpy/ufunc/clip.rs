//! `np.clip(a, a_min, a_max)`: NumPy's three-input `clip` ufunc, computed as
//! `minimum(maximum(a, a_min), a_max)` in the promoted dtype of all three operands.

use super::{apply_binary, operand, out_arg, result_type, Op, Operand, Opts};
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::to_dtype;
use crate::value::Value;

/// NumPy's `_clip` drops a Python-int bound (not a bool, not a NumPy scalar) that lies at
/// or beyond an integer array's range (`min <= iinfo.min`, `max >= iinfo.max`): under
/// NEP 50 such a bound cannot be cast to the array's dtype, yet it clips nothing.
fn python_int_at_or_past(v: &Value, edge: i128, above: bool) -> bool {
    match v {
        Value::Int(i) => {
            if above {
                *i >= edge
            } else {
                *i <= edge
            }
        }
        Value::BigInt(b) => (b.sign() == num_bigint::Sign::Plus) == above,
        _ => false,
    }
}

pub fn clip(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "clip",
        &[
            "a", "a_min", "a_max", "out", "*min", "*max", "*dtype", "*casting",
        ],
        1,
    )?;
    let x = a[0].clone().unwrap_or(Value::None);
    let first = operand(&x)?;
    let range = first
        .array
        .dtype
        .int_range()
        .filter(|_| first.array.dtype != DType::Bool);
    let lo = given(&a[1])
        .or(given(&a[4]))
        .filter(|v| !range.is_some_and(|(min, _)| python_int_at_or_past(v, min, false)))
        .cloned();
    let hi = given(&a[2])
        .or(given(&a[5]))
        .filter(|v| !range.is_some_and(|(_, max)| python_int_at_or_past(v, max, true)))
        .cloned();
    let out = out_arg(a[3].clone())?;
    let mut ops: Vec<Operand> = vec![first];
    for v in [&lo, &hi].into_iter().flatten() {
        ops.push(operand(v)?);
    }
    let refs: Vec<&Operand> = ops.iter().collect();
    let dtype = match given(&a[6]) {
        Some(d) => to_dtype(d)?,
        None => result_type(&refs),
    };
    let casting = super::casting_arg(given(&a[7]))?;
    let mut cur = x;
    let steps: Vec<(Op, Value)> = [(Op::Max, lo), (Op::Min, hi)]
        .into_iter()
        .filter_map(|(op, v)| v.map(|v| (op, v)))
        .collect();
    if steps.is_empty() {
        let id = Value::Array(operand(&cur)?.array);
        return apply_binary(
            it,
            Op::Max,
            &id,
            &id,
            &Opts {
                out: out.as_ref(),
                dtype: Some(dtype),
                casting,
                operator: false,
            },
        );
    }
    let last = steps.len() - 1;
    for (i, (op, v)) in steps.into_iter().enumerate() {
        let opts = Opts {
            out: if i == last { out.as_ref() } else { None },
            dtype: Some(dtype),
            casting,
            operator: false,
        };
        cur = apply_binary(it, op, &cur, &v, &opts).map_err(|e| {
            if e.msg.contains("'maximum'") || e.msg.contains("'minimum'") {
                PyErr::new(
                    e.class,
                    e.msg
                        .replace("'maximum'", "'clip'")
                        .replace("'minimum'", "'clip'"),
                )
            } else {
                e
            }
        })?;
    }
    Ok(cur)
}
