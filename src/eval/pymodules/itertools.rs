//! Python's `itertools`. Its names are classes, as in CPython (`<class
//! 'itertools.product'>`); calling one makes a lazy iterator (`eval::lazy`), so the
//! endless ones (`count`, `cycle`, `repeat`) work with `islice`, `zip` and `break`.
//! `product`, `combinations` and `permutations` read their inputs at once, as CPython's
//! do, and compute their tuples then.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::eval::lazy;
use crate::value::args::Args;
use crate::value::convert::to_int;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Each class's short name and its qualified name (the iterator's Python class).
const CLASSES: &[(&str, &str)] = &[
    ("accumulate", "itertools.accumulate"),
    ("chain", "itertools.chain"),
    ("combinations", "itertools.combinations"),
    (
        "combinations_with_replacement",
        "itertools.combinations_with_replacement",
    ),
    ("compress", "itertools.compress"),
    ("count", "itertools.count"),
    ("cycle", "itertools.cycle"),
    ("dropwhile", "itertools.dropwhile"),
    ("filterfalse", "itertools.filterfalse"),
    ("groupby", "itertools.groupby"),
    ("islice", "itertools.islice"),
    ("pairwise", "itertools.pairwise"),
    ("permutations", "itertools.permutations"),
    ("product", "itertools.product"),
    ("repeat", "itertools.repeat"),
    ("starmap", "itertools.starmap"),
    ("takewhile", "itertools.takewhile"),
    ("zip_longest", "itertools.zip_longest"),
];

pub const NAMES: &[&str] = &[
    "accumulate",
    "chain",
    "combinations",
    "combinations_with_replacement",
    "compress",
    "count",
    "cycle",
    "dropwhile",
    "filterfalse",
    "groupby",
    "islice",
    "pairwise",
    "permutations",
    "product",
    "repeat",
    "starmap",
    "takewhile",
    "tee",
    "zip_longest",
];

/// `itertools.name`: the class (or, for `tee`, the function).
pub fn class(name: &str) -> Option<Value> {
    // `tee` is the one function (its iterators are `itertools._tee`).
    if name == "tee" {
        return Some(Value::func("itertools.tee"));
    }
    CLASSES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, q)| Value::Type(PyType::Iterator(q)))
}

fn kind(name: &str) -> &'static str {
    CLASSES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, q)| *q)
        .unwrap_or("itertools.chain")
}

fn r_arg(v: &Value) -> PyResult<usize> {
    let r = to_int(v)?;
    usize::try_from(r).map_err(|_| PyErr::value("r must be non-negative"))
}

/// Index tuples of `combinations(range(n), r)` (or with replacement), in CPython's order.
fn combination_indices(n: usize, r: usize, replace: bool) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if (!replace && r > n) || (replace && n == 0 && r > 0) {
        return out;
    }
    let mut idx: Vec<usize> = if replace {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    loop {
        out.push(idx.clone());
        // The rightmost index that can still move.
        let Some(i) = (0..r).rev().find(|&i| {
            if replace {
                idx[i] != n - 1
            } else {
                idx[i] != i + n - r
            }
        }) else {
            return out;
        };
        if replace {
            let v = idx[i] + 1;
            idx[i..].iter_mut().for_each(|x| *x = v);
        } else {
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }
}

/// `permutations(range(n), r)` in CPython's (lexicographic) order.
fn permutation_indices(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if r > n {
        return out;
    }
    let mut used = vec![false; n];
    let mut cur = Vec::with_capacity(r);
    fn walk(
        n: usize,
        r: usize,
        used: &mut [bool],
        cur: &mut Vec<usize>,
        out: &mut Vec<Vec<usize>>,
    ) {
        if cur.len() == r {
            out.push(cur.clone());
            return;
        }
        for i in 0..n {
            if !used[i] {
                used[i] = true;
                cur.push(i);
                walk(n, r, used, cur, out);
                cur.pop();
                used[i] = false;
            }
        }
    }
    walk(n, r, &mut used, &mut cur, &mut out);
    out
}

fn pick(pool: &[Value], idx: &[usize]) -> Value {
    Value::tuple(idx.iter().map(|&i| pool[i].clone()).collect())
}

/// An `islice` bound: None or a non-negative int.
fn islice_index(v: &Value, what: &str) -> PyResult<Option<usize>> {
    let bad = || {
        PyErr::value(format!(
            "{} for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            what
        ))
    };
    match v {
        Value::None => Ok(None),
        v => {
            let i = to_int(v).map_err(|_| bad())?;
            usize::try_from(i).map(Some).map_err(|_| bad())
        }
    }
}

/// Is `v` a number (what `count` accepts)?
fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..) | Value::Bool(_)
    ) || matches!(v, Value::Scalar(..))
}

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    let make = |items: Vec<Value>| Ok(Value::iter(kind(name), items));
    match name {
        "chain" => {
            let outer = lazy::src_of(&Value::tuple(args.pos.clone()))?;
            Ok(Value::lazy_iter(
                "itertools.chain",
                Box::new(lazy::Chain { outer, cur: None }),
            ))
        }
        "chain.from_iterable" => {
            let a = args.bind("from_iterable", &["iterable"], 1)?;
            let outer = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                "itertools.chain",
                Box::new(lazy::Chain { outer, cur: None }),
            ))
        }
        "product" => {
            let a = args.bind("product", &["*repeat"], 0);
            let repeat = match args.kw.iter().find(|(k, _)| k == "repeat") {
                Some((_, v)) => to_int(v)?,
                None => 1,
            };
            if args.kw.iter().any(|(k, _)| k != "repeat") {
                a?;
            }
            let repeat = usize::try_from(repeat)
                .map_err(|_| PyErr::value("repeat argument cannot be negative"))?;
            let mut pools = Vec::new();
            for p in &args.pos {
                pools.push(lazy::values(it, p)?);
            }
            let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.clone()).collect();
            let mut out: Vec<Vec<Value>> = vec![vec![]];
            for pool in &pools {
                let mut next = Vec::with_capacity(out.len() * pool.len());
                for prefix in &out {
                    for x in pool {
                        let mut t = prefix.clone();
                        t.push(x.clone());
                        next.push(t);
                    }
                }
                out = next;
            }
            make(out.into_iter().map(Value::tuple).collect())
        }
        "combinations" | "combinations_with_replacement" => {
            let a = args.bind(name, &["iterable", "r"], 2)?;
            let pool = lazy::values(it, a[0].as_ref().unwrap_or(&Value::None))?;
            let r = r_arg(a[1].as_ref().unwrap_or(&Value::None))?;
            let idx = combination_indices(pool.len(), r, name != "combinations");
            make(idx.iter().map(|i| pick(&pool, i)).collect())
        }
        "permutations" => {
            let a = args.bind(name, &["iterable", "r"], 1)?;
            let pool = lazy::values(it, a[0].as_ref().unwrap_or(&Value::None))?;
            let r = match &a[1] {
                None | Some(Value::None) => pool.len(),
                Some(v) => r_arg(v)?,
            };
            let idx = permutation_indices(pool.len(), r);
            make(idx.iter().map(|i| pick(&pool, i)).collect())
        }
        "accumulate" => {
            let a = args.bind(name, &["iterable", "func", "*initial"], 1)?;
            let src = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            let func = a[1].clone().filter(|f| !matches!(f, Value::None));
            let initial = a[2].clone().filter(|v| !matches!(v, Value::None));
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Accumulate {
                    src,
                    func,
                    acc: None,
                    initial,
                }),
            ))
        }
        "islice" => {
            if args.pos.len() < 2 || args.pos.len() > 4 {
                return Err(PyErr::type_err(format!(
                    "islice expected at {} arguments, got {}",
                    if args.pos.len() < 2 {
                        "least 2"
                    } else {
                        "most 4"
                    },
                    args.pos.len()
                )));
            }
            let (start, stop, step) = if args.pos.len() == 2 {
                (0, islice_index(&args.pos[1], "Stop argument")?, 1)
            } else {
                let start = islice_index(&args.pos[1], "Indices")?.unwrap_or(0);
                let stop = islice_index(&args.pos[2], "Stop argument")?;
                let step = match args.pos.get(3) {
                    None | Some(Value::None) => 1,
                    Some(v) => to_int(v)
                        .ok()
                        .filter(|s| *s > 0)
                        .map(|s| s as usize)
                        .ok_or_else(|| {
                            PyErr::value("Step for islice() must be a positive integer or None.")
                        })?,
                };
                (start, stop, step)
            };
            let src = lazy::src_of(&args.pos[0])?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Islice {
                    src,
                    next: start,
                    stop,
                    step,
                    cnt: 0,
                }),
            ))
        }
        "zip_longest" => {
            let fill = args
                .kw
                .iter()
                .find(|(k, _)| k == "fillvalue")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            if let Some((k, _)) = args.kw.iter().find(|(k, _)| k != "fillvalue") {
                return Err(PyErr::type_err(format!(
                    "zip_longest() got an unexpected keyword argument '{}'",
                    k
                )));
            }
            let srcs = args
                .pos
                .iter()
                .map(|v| lazy::src_of(v).map(Some))
                .collect::<PyResult<_>>()?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::ZipLongest { srcs, fill }),
            ))
        }
        "groupby" => {
            let a = args.bind(name, &["iterable", "key"], 1)?;
            let src = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            let key = a[1].clone().filter(|k| !matches!(k, Value::None));
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::GroupBy {
                    src,
                    key,
                    pending: None,
                }),
            ))
        }
        "tee" => {
            let pos = crate::eval::pytypes::arity::positional("itertools", "tee", &args, 1, 2)?;
            let n = match pos.get(1) {
                Some(v) => to_int(v)?,
                None => 2,
            };
            if n < 0 {
                return Err(PyErr::value("n must be >= 0"));
            }
            let shared = Rc::new(RefCell::new(lazy::TeeShared {
                src: lazy::src_of(&pos[0])?,
                seen: Vec::new(),
            }));
            let copies = (0..n)
                .map(|_| {
                    Value::lazy_iter(
                        "itertools._tee",
                        Box::new(lazy::Tee {
                            shared: shared.clone(),
                            pos: 0,
                        }),
                    )
                })
                .collect();
            Ok(Value::tuple(copies))
        }
        "pairwise" => {
            let a = args.bind(name, &["iterable"], 1)?;
            let src = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Pairwise { src, last: None }),
            ))
        }
        "starmap" => {
            let a = args.bind(name, &["function", "iterable"], 2)?;
            let f = a[0].clone().unwrap_or(Value::None);
            let src = lazy::src_of(a[1].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::StarMap { f, src }),
            ))
        }
        "takewhile" | "dropwhile" => {
            let a = args.bind(name, &["predicate", "iterable"], 2)?;
            let f = a[0].clone().unwrap_or(Value::None);
            let src = lazy::src_of(a[1].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::While {
                    f,
                    src,
                    take: name == "takewhile",
                    flipped: false,
                }),
            ))
        }
        "filterfalse" => {
            let a = args.bind(name, &["function", "iterable"], 2)?;
            let f = a[0].clone().unwrap_or(Value::None);
            let src = lazy::src_of(a[1].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Filter {
                    f,
                    src,
                    negate: true,
                }),
            ))
        }
        "compress" => {
            let a = args.bind(name, &["data", "selectors"], 2)?;
            let data = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            let sel = lazy::src_of(a[1].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Compress { data, sel }),
            ))
        }
        "repeat" => {
            let a = args.bind(name, &["object", "times"], 1)?;
            let left = match &a[1] {
                Some(t) => Some(to_int(t)?.max(0)),
                None => None,
            };
            let obj = a[0].clone().unwrap_or(Value::None);
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Repeat { obj, left }),
            ))
        }
        "count" => {
            let a = args.bind(name, &["start", "step"], 0)?;
            let number = |v: Option<Value>| -> PyResult<Value> {
                match v {
                    None => Ok(Value::Int(1)),
                    Some(v) if is_number(&v) => Ok(v),
                    Some(_) => Err(PyErr::type_err("a number is required")),
                }
            };
            let step = number(a[1].clone())?;
            let cur = match a[0].clone() {
                None => Value::Int(0),
                v => number(v)?,
            };
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Count { cur, step }),
            ))
        }
        "cycle" => {
            let a = args.bind(name, &["iterable"], 1)?;
            let src = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                kind(name),
                Box::new(lazy::Cycle {
                    src: Some(src),
                    saved: Vec::new(),
                    pos: 0,
                }),
            ))
        }
        _ => Err(PyErr::attribute(format!(
            "module 'itertools' has no attribute '{}'",
            name
        ))),
    }
}
