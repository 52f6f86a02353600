//! `format()`, `%` and `str.format` against CPython 3.11: every case in
//! tests/fixtures/format/cases.jsonl (written by tools/gen_format_cases.py) must give the
//! oracle's text or its exact error.

use super::percent::percent_format;
use super::spec::format_value;
use super::str_format::str_format;
use crate::error::{PyErr, PyResult};
use crate::value::float_hex::parse_float;
use crate::value::Value;
use serde_json::Value as Json;

const CASES: &str = include_str!("../../tests/fixtures/format/cases.jsonl");

fn decode(j: &Json) -> Value {
    let (tag, v) = j
        .as_object()
        .and_then(|o| o.iter().next())
        .expect("tagged value");
    let items =
        |v: &Json| -> Vec<Value> { v.as_array().expect("list").iter().map(decode).collect() };
    match tag.as_str() {
        "none" => Value::None,
        "bool" => Value::Bool(v.as_bool().expect("bool")),
        "int" => {
            let t = v.as_str().expect("int text");
            match t.parse::<i128>() {
                Ok(i) => Value::Int(i),
                Err(_) => crate::value::bigint::normalize(t.parse().expect("big int")),
            }
        }
        "float" => Value::Float(parse_float(v.as_str().expect("float text"))),
        "complex" => {
            let p = v.as_array().expect("pair");
            Value::Complex(
                parse_float(p[0].as_str().expect("re")),
                parse_float(p[1].as_str().expect("im")),
            )
        }
        "str" => Value::str(v.as_str().expect("str")),
        "list" => Value::list(items(v)),
        "tuple" => Value::tuple(items(v)),
        "dict" => Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(
            v.as_array()
                .expect("pairs")
                .iter()
                .map(|p| (decode(&p[0]), decode(&p[1])))
                .collect::<Vec<_>>()
                .into(),
        ))),
        other => panic!("unknown tag {}", other),
    }
}

/// Attribute lookup for the cases: the numbers' `real` and `imag`.
fn attr(v: &Value, name: &str) -> PyResult<Value> {
    match (v, name) {
        (Value::Int(_) | Value::Float(_), "real") => Ok(v.clone()),
        (Value::Int(_), "imag") => Ok(Value::Int(0)),
        (Value::Complex(r, _), "real") => Ok(Value::Float(*r)),
        (Value::Complex(_, i), "imag") => Ok(Value::Float(*i)),
        _ => Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            v.type_of().short_name(),
            name
        ))),
    }
}

/// Item lookup for the cases: sequences by int, dicts by key, with Python's errors.
fn item(v: &Value, key: &Value) -> PyResult<Value> {
    let kind = v.type_of().short_name();
    if let Value::Dict(d) = v {
        return d
            .borrow()
            .iter()
            .find(|(k, _)| crate::value::pyops::py_eq(k, key))
            .map(|(_, x)| x.clone())
            .ok_or_else(|| PyErr::key(crate::format::repr(key)));
    }
    let items = crate::value::convert::iter_values(v)?;
    let Value::Int(i) = key else {
        return Err(PyErr::type_err(format!(
            "{} indices must be integers or slices, not {}",
            kind,
            key.type_of().short_name()
        )));
    };
    let n = items.len() as i128;
    let j = if *i < 0 { i + n } else { *i };
    if !(0..n).contains(&j) {
        return Err(PyErr::index(format!("{} index out of range", kind)));
    }
    Ok(items[j as usize].clone())
}

fn shown(r: PyResult<String>) -> Result<String, String> {
    r.map_err(|e| e.to_string())
}

#[test]
fn cpython_cases() {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in CASES.lines() {
        let case: Json = serde_json::from_str(line).expect("json line");
        total += 1;
        let got = match case["kind"].as_str() {
            Some("format") => shown(format_value(
                &decode(&case["value"]),
                case["spec"].as_str().expect("spec"),
            )),
            Some("percent") => shown(percent_format(
                case["fmt"].as_str().expect("fmt"),
                &decode(&case["value"]),
            )),
            Some(_) => {
                let args = match decode(&case["args"]) {
                    Value::Tuple(t) => t.as_ref().clone(),
                    _ => vec![],
                };
                let kwargs: Vec<(String, Value)> = match decode(&case["kwargs"]) {
                    Value::Dict(d) => d
                        .borrow()
                        .iter()
                        .map(|(k, v)| (crate::format::str_of(k), v.clone()))
                        .collect(),
                    _ => vec![],
                };
                shown(str_format(
                    case["fmt"].as_str().expect("fmt"),
                    &args,
                    &kwargs,
                    &mut attr,
                    &mut item,
                ))
            }
            None => panic!("case without kind"),
        };
        let want = match (case.get("out"), case.get("err")) {
            (Some(o), _) => Ok(o.as_str().expect("out").to_string()),
            (_, Some(e)) => Err(e.as_str().expect("err").to_string()),
            _ => panic!("case without outcome"),
        };
        if got != want {
            failures.push(format!("{}\n    want {:?}\n    got  {:?}", line, want, got));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        total,
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
