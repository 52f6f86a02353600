//! Python's `itertools`. Its names are classes, as in CPython (`<class
//! 'itertools.product'>`); calling one makes an iterator whose items are computed at once
//! (arrsh's iterators are eager), so the endless ones (`count`, `cycle`, `repeat` without
//! `times`) are refused rather than run forever.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::{iter_values, to_int, truthy};
use crate::value::ops::BinOp;
use crate::value::{PyType, Value};

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
    "islice",
    "pairwise",
    "permutations",
    "product",
    "repeat",
    "starmap",
    "takewhile",
    "zip_longest",
];

/// `itertools.name`: the class.
pub fn class(name: &str) -> Option<Value> {
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

fn endless(name: &str) -> PyErr {
    PyErr::not_implemented(format!(
        "arrsh: itertools.{}() never ends and arrsh's iterators are computed when made",
        name
    ))
}

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    let make = |items: Vec<Value>| Ok(Value::iter(kind(name), items));
    match name {
        "chain" => {
            let mut out = Vec::new();
            for a in &args.pos {
                out.extend(iter_values(a)?);
            }
            make(out)
        }
        "chain.from_iterable" => {
            let a = args.bind("from_iterable", &["iterable"], 1)?;
            let mut out = Vec::new();
            for x in iter_values(a[0].as_ref().unwrap_or(&Value::None))? {
                out.extend(iter_values(&x)?);
            }
            Ok(Value::iter("itertools.chain", out))
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
                pools.push(iter_values(p)?);
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
            let pool = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let r = r_arg(a[1].as_ref().unwrap_or(&Value::None))?;
            let idx = combination_indices(pool.len(), r, name != "combinations");
            make(idx.iter().map(|i| pick(&pool, i)).collect())
        }
        "permutations" => {
            let a = args.bind(name, &["iterable", "r"], 1)?;
            let pool = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let r = match &a[1] {
                None | Some(Value::None) => pool.len(),
                Some(v) => r_arg(v)?,
            };
            let idx = permutation_indices(pool.len(), r);
            make(idx.iter().map(|i| pick(&pool, i)).collect())
        }
        "accumulate" => {
            let a = args.bind(name, &["iterable", "func", "*initial"], 1)?;
            let items = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let func = a[1].clone().filter(|f| !matches!(f, Value::None));
            let mut out = Vec::with_capacity(items.len() + 1);
            let mut acc = a[2].clone().filter(|v| !matches!(v, Value::None));
            if let Some(v) = &acc {
                out.push(v.clone());
            }
            for x in items {
                let next = match (&acc, &func) {
                    (None, _) => x,
                    (Some(p), Some(f)) => it.call(f, Args::new(vec![p.clone(), x]))?,
                    (Some(p), None) => it.binary(BinOp::Add, p, &x)?,
                };
                out.push(next.clone());
                acc = Some(next);
            }
            make(out)
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
            // From an iterator, take only what islice would pull.
            let items = match &args.pos[0] {
                Value::Iter(src) => {
                    let mut src = src.borrow_mut();
                    let mut v = Vec::new();
                    let mut k = 0;
                    while stop.is_none_or(|s| k < s) {
                        match src.next_item() {
                            Some(x) => v.push(x),
                            None => break,
                        }
                        k += 1;
                    }
                    v
                }
                other => iter_values(other)?,
            };
            let end = stop.unwrap_or(items.len()).min(items.len());
            let out = (start..end)
                .step_by(step)
                .map(|i| items[i].clone())
                .collect();
            make(out)
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
            let cols: Vec<Vec<Value>> =
                args.pos.iter().map(iter_values).collect::<PyResult<_>>()?;
            let n = cols.iter().map(|c| c.len()).max().unwrap_or(0);
            let out = (0..n)
                .map(|i| {
                    Value::tuple(
                        cols.iter()
                            .map(|c| c.get(i).cloned().unwrap_or_else(|| fill.clone()))
                            .collect(),
                    )
                })
                .collect();
            make(out)
        }
        "pairwise" => {
            let a = args.bind(name, &["iterable"], 1)?;
            let items = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let out = items.windows(2).map(|w| Value::tuple(w.to_vec())).collect();
            make(out)
        }
        "starmap" => {
            let a = args.bind(name, &["function", "iterable"], 2)?;
            let f = a[0].clone().unwrap_or(Value::None);
            let mut out = Vec::new();
            for x in iter_values(a[1].as_ref().unwrap_or(&Value::None))? {
                out.push(it.call(&f, Args::new(iter_values(&x)?))?);
            }
            make(out)
        }
        "takewhile" | "dropwhile" => {
            let a = args.bind(name, &["predicate", "iterable"], 2)?;
            let f = a[0].clone().unwrap_or(Value::None);
            let items = iter_values(a[1].as_ref().unwrap_or(&Value::None))?;
            let mut cut = items.len();
            for (i, x) in items.iter().enumerate() {
                let r = it.call(&f, Args::new(vec![x.clone()]))?;
                if !truthy(&r)? {
                    cut = i;
                    break;
                }
            }
            make(if name == "takewhile" {
                items[..cut].to_vec()
            } else {
                items[cut..].to_vec()
            })
        }
        "compress" => {
            let a = args.bind(name, &["data", "selectors"], 2)?;
            let data = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let sel = iter_values(a[1].as_ref().unwrap_or(&Value::None))?;
            let mut out = Vec::new();
            for (d, s) in data.into_iter().zip(sel) {
                if truthy(&s)? {
                    out.push(d);
                }
            }
            make(out)
        }
        "repeat" => {
            let a = args.bind(name, &["object", "times"], 1)?;
            let Some(times) = &a[1] else {
                return Err(endless(name));
            };
            let n = to_int(times)?.max(0) as usize;
            let v = a[0].clone().unwrap_or(Value::None);
            make(vec![v; n])
        }
        "count" | "cycle" => Err(endless(name)),
        _ => Err(PyErr::attribute(format!(
            "module 'itertools' has no attribute '{}'",
            name
        ))),
    }
}
