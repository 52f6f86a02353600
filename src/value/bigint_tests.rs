//! Python int arithmetic against CPython 3.11: every case in
//! tests/fixtures/bigint/cases.jsonl (written by tools/gen_bigint_cases.py) must give the
//! oracle's value, bit for bit for floats, or its exact error.

use crate::value::float_hex::parse_float;
use crate::value::ops::{BinOp, CmpOp};
use crate::value::pyops::{binary, compare};
use crate::value::Value;
use serde_json::Value as Json;

const CASES: &str = include_str!("../../tests/fixtures/bigint/cases.jsonl");

fn decode(j: &Json) -> Value {
    if let Some(t) = j.get("int").and_then(|t| t.as_str()) {
        return match t.parse::<i128>() {
            Ok(i) => Value::Int(i),
            Err(_) => crate::value::bigint::normalize(t.parse().expect("big int")),
        };
    }
    if let Some(t) = j.get("float").and_then(|t| t.as_str()) {
        return Value::Float(parse_float(t));
    }
    Value::Bool(j["bool"].as_bool().expect("bool"))
}

/// Same value and same kind, floats by their bits (nan equal to nan).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        _ => false,
    }
}

#[test]
fn cpython_int_cases() {
    let mut failures = Vec::new();
    let total = CASES.lines().count();
    for line in CASES.lines() {
        let c: Json = serde_json::from_str(line).expect("json line");
        let (a, b) = (decode(&c["a"]), decode(&c["b"]));
        let bin = |op| binary(op, &a, &b);
        let cmp = |op| compare(op, &a, &b).map(Value::Bool);
        let got = match c["op"].as_str().expect("op") {
            "+" => bin(BinOp::Add),
            "-" => bin(BinOp::Sub),
            "*" => bin(BinOp::Mul),
            "//" => bin(BinOp::FloorDiv),
            "%" => bin(BinOp::Mod),
            "/" => bin(BinOp::Div),
            "&" => bin(BinOp::And),
            "|" => bin(BinOp::Or),
            "^" => bin(BinOp::Xor),
            "<<" => bin(BinOp::LShift),
            ">>" => bin(BinOp::RShift),
            "**" => bin(BinOp::Pow),
            "==" => cmp(CmpOp::Eq),
            "<" => cmp(CmpOp::Lt),
            _ => cmp(CmpOp::Ge),
        };
        let ok = match (&got, c.get("out"), c.get("err")) {
            (Ok(v), Some(o), _) => same(v, &decode(o)),
            (Err(e), _, Some(want)) => e.to_string() == want.as_str().unwrap_or(""),
            _ => false,
        };
        if !ok {
            failures.push(format!("{}\n    got {:?}", line, got));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        total,
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
