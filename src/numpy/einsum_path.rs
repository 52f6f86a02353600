//! `np.einsum_path` and the contraction order behind `np.einsum(..., optimize=...)`: NumPy's
//! own Python-side parsing, its `greedy` and `optimal` path searches, an explicit
//! `['einsum_path', ...]` path and the `(name, memory_limit)` form, ported from
//! `numpy/_core/einsumfunc.py`, so the path, the printed report and the order in which
//! `einsum` then contracts the operands are NumPy's.
//!
//! The searches only look at which labels each term holds, so the label sets here are
//! ordered sets; the one place where NumPy depends on Python's set order (the letters it
//! picks for an ellipsis) goes through arrsh's own set, which iterates as CPython's does.

use std::collections::BTreeSet;

use crate::array::layout::shape_str;
use crate::array::object::ArrayRef;
use crate::error::{PyErr, PyResult};
use crate::format::spec::format_value;
use crate::value::convert::{as_array, iter_values, to_int};
use crate::value::set::{difference, PySet};
use crate::value::Value;

const SYMBOLS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

type Labels = BTreeSet<char>;

/// An einsum call in NumPy's explicit form: one term of letters per operand and the output.
pub struct Parsed {
    pub inputs: Vec<String>,
    pub output: String,
    pub operands: Vec<ArrayRef>,
}

/// One contraction of the path: which operands it takes (popped in this order), the
/// two-or-more-term einsum it runs, and the terms left afterwards.
pub struct Step {
    pub positions: Vec<i64>,
    pub spec: String,
    pub remaining: Vec<String>,
}

/// What `optimize=` asks for.
enum PathKind {
    /// `False`/`None`: one einsum over every operand.
    Naive,
    Named(String),
    /// `['einsum_path', (0, 1), ...]`: the entries after the name, as given.
    Explicit(Vec<Value>),
}

/// The path `einsum_path` and `einsum` follow, with what its report prints.
pub struct Plan {
    pub parsed_inputs: String,
    pub output: String,
    pub operands: Vec<ArrayRef>,
    pub steps: Vec<Step>,
    /// The path as `einsum_path` returns it (after the leading `'einsum_path'`).
    path: Vec<Value>,
    report: String,
}

impl Plan {
    /// `(path, string_repr)` as `np.einsum_path` returns them.
    pub fn into_value(self) -> Value {
        let mut path = vec![Value::Str("einsum_path".into())];
        path.extend(self.path);
        Value::tuple(vec![Value::list(path), Value::Str(self.report.into())])
    }
}

/// NumPy's `_parse_einsum_input`: the subscripts string or the sublist form, ellipses
/// replaced by unused letters, the implicit output made explicit.
pub fn parse_input(pos: &[Value]) -> PyResult<Parsed> {
    if pos.is_empty() {
        return Err(PyErr::value("No input operands"));
    }
    let (mut subscripts, operands) = match &pos[0] {
        Value::Str(s) => {
            let subs: String = s.chars().filter(|&c| c != ' ').collect();
            let ops = pos[1..]
                .iter()
                .map(as_array)
                .collect::<PyResult<Vec<_>>>()?;
            for c in subs.chars() {
                if !".,->".contains(c) && !SYMBOLS.contains(c) {
                    return Err(PyErr::value(format!(
                        "Character {} is not a valid symbol.",
                        c
                    )));
                }
            }
            (subs, ops)
        }
        _ => {
            let mut ops = Vec::new();
            let mut terms = Vec::new();
            for pair in pos.chunks_exact(2) {
                ops.push(as_array(&pair[0])?);
                terms.push(sublist(&pair[1])?);
            }
            let mut s = terms.join(",");
            if pos.len() % 2 == 1 {
                s.push_str("->");
                s.push_str(&sublist(&pos[pos.len() - 1])?);
            }
            (s, ops)
        }
    };
    if (subscripts.contains('-') || subscripts.contains('>'))
        && (subscripts.matches('-').count() > 1
            || subscripts.matches('>').count() > 1
            || subscripts.matches("->").count() != 1)
    {
        return Err(PyErr::value("Subscripts can only contain one '->'."));
    }
    if subscripts.contains('.') {
        subscripts = expand_ellipses(&subscripts, &operands)?;
    }
    let (input, output) = match subscripts.split_once("->") {
        Some((i, o)) => (i.to_string(), o.to_string()),
        None => {
            let output = seen_once(&subscripts)?;
            (subscripts, output)
        }
    };
    for c in output.chars() {
        if output.matches(c).count() != 1 {
            return Err(PyErr::value(format!(
                "Output character {} appeared more than once in the output.",
                c
            )));
        }
        if !input.contains(c) {
            return Err(PyErr::value(format!(
                "Output character {} did not appear in the input",
                c
            )));
        }
    }
    let inputs: Vec<String> = input.split(',').map(str::to_string).collect();
    if inputs.len() != operands.len() {
        return Err(PyErr::value(
            "Number of einsum subscripts must be equal to the number of operands.",
        ));
    }
    Ok(Parsed {
        inputs,
        output,
        operands,
    })
}

/// One sublist (`[0, Ellipsis, 1]`) as letters.
fn sublist(v: &Value) -> PyResult<String> {
    let mut s = String::new();
    for item in iter_values(v)? {
        if let Value::Ellipsis = item {
            s.push_str("...");
            continue;
        }
        let n = to_int(&item).map_err(|_| {
            PyErr::type_err("For this input type lists must contain either int or Ellipsis")
        })?;
        // `einsum_symbols[s]`: a negative index counts from the end.
        let i = if n < 0 { n + 52 } else { n };
        match usize::try_from(i).ok().and_then(|i| SYMBOLS.chars().nth(i)) {
            Some(c) => s.push(c),
            None => return Err(PyErr::index("string index out of range")),
        }
    }
    Ok(s)
}

/// The labels that appear once, sorted: NumPy's implicit output.
fn seen_once(subscripts: &str) -> PyResult<String> {
    let all: String = subscripts.chars().filter(|&c| c != ',').collect();
    let mut out = String::new();
    for c in all.chars().collect::<BTreeSet<char>>() {
        if !SYMBOLS.contains(c) {
            return Err(PyErr::value(format!(
                "Character {} is not a valid symbol.",
                c
            )));
        }
        if all.matches(c).count() == 1 {
            out.push(c);
        }
    }
    Ok(out)
}

/// Each `...` replaced by as many unused letters as it covers, taken from the end of
/// `list(set(einsum_symbols) - set(used))` as NumPy takes them.
fn expand_ellipses(subscripts: &str, operands: &[ArrayRef]) -> PyResult<String> {
    let used: Vec<Value> = subscripts
        .chars()
        .filter(|c| !".,->".contains(*c))
        .map(|c| Value::Str(c.to_string().into()))
        .collect();
    let symbols = SYMBOLS.chars().map(|c| Value::Str(c.to_string().into()));
    let unused = difference(&PySet::from_values(symbols)?, &PySet::from_values(used)?);
    let ellipse: Vec<char> = unused
        .iter()
        .filter_map(|v| match v {
            Value::Str(s) => s.chars().next(),
            _ => None,
        })
        .collect();
    let tail = |n: usize| -> String { ellipse[ellipse.len().saturating_sub(n)..].iter().collect() };
    let (input, output) = match subscripts.split_once("->") {
        Some((i, o)) => (i, Some(o)),
        None => (subscripts, None),
    };
    let mut longest = 0usize;
    let mut terms = Vec::new();
    for (num, sub) in input.split(',').enumerate() {
        if !sub.contains('.') {
            terms.push(sub.to_string());
            continue;
        }
        if sub.matches('.').count() != 3 || sub.matches("...").count() != 1 {
            return Err(PyErr::value("Invalid Ellipses."));
        }
        let count = match operands.get(num) {
            Some(a) if a.ndim() > 0 => a.ndim() as i64 - (sub.chars().count() as i64 - 3),
            _ => 0,
        };
        if count < 0 {
            return Err(PyErr::value("Ellipses lengths do not match."));
        }
        longest = longest.max(count as usize);
        terms.push(sub.replace("...", &tail(count as usize)));
    }
    let mut s = terms.join(",");
    let out_ellipse = tail(longest);
    match output {
        Some(o) => {
            s.push_str("->");
            s.push_str(&o.replace("...", &out_ellipse));
        }
        None => {
            let once = seen_once(&s)?;
            let normal: String = once
                .chars()
                .filter(|c| !out_ellipse.contains(*c))
                .collect::<BTreeSet<char>>()
                .into_iter()
                .collect();
            s.push_str("->");
            s.push_str(&out_ellipse);
            s.push_str(&normal);
        }
    }
    Ok(s)
}

/// Read `optimize=` as NumPy's `einsum_path` does; the second value is the memory limit.
fn path_kind(optimize: &Value) -> PyResult<(PathKind, Option<i128>)> {
    match optimize {
        Value::Bool(true) => return Ok((PathKind::Named("greedy".into()), None)),
        Value::Bool(false) | Value::None => return Ok((PathKind::Naive, None)),
        Value::Str(s) => return Ok((PathKind::Named(s.to_string()), None)),
        Value::List(_) | Value::Tuple(_) => {}
        other => {
            return Err(PyErr::type_err(format!(
                "object of type '{}' has no len()",
                other.type_of().short_name()
            )))
        }
    }
    let items = iter_values(optimize)?;
    if matches!(items.first(), Some(Value::Str(s)) if &**s == "einsum_path") {
        return Ok((PathKind::Explicit(items[1..].to_vec()), None));
    }
    if let [Value::Str(name), limit @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))] =
        &items[..]
    {
        let limit = match limit {
            Value::Float(f) if !f.is_finite() => {
                return Err(PyErr::overflow("cannot convert float infinity to integer"))
            }
            Value::Float(f) => *f as i128,
            other => to_int(other)?,
        };
        return Ok((PathKind::Named(name.to_string()), Some(limit)));
    }
    Err(PyErr::type_err(format!(
        "Did not understand the path: {}",
        crate::format::str_of(optimize)
    )))
}

/// NumPy's `einsum_path(*operands, optimize=...)`: the parsed call, its path and report.
pub fn plan(pos: &[Value], optimize: &Value) -> PyResult<Plan> {
    let (kind, memory_limit) = path_kind(optimize)?;
    let Parsed {
        inputs,
        output,
        operands,
    } = parse_input(pos)?;
    let joined = inputs.join(",");
    let input_sets: Vec<Labels> = inputs.iter().map(|t| t.chars().collect()).collect();
    let output_set: Labels = output.chars().collect();
    let indices: Labels = joined.chars().filter(|&c| c != ',').collect();
    let mut dims: std::collections::BTreeMap<char, usize> = Default::default();
    for (tnum, (term, a)) in inputs.iter().zip(&operands).enumerate() {
        if a.ndim() != term.chars().count() {
            return Err(PyErr::value(format!(
                "Einstein sum subscript {} does not contain the correct number of indices for operand {}.",
                joined.chars().nth(tnum).unwrap_or(','),
                tnum
            )));
        }
        for (c, &dim) in term.chars().zip(&a.shape) {
            match dims.get(&c).copied() {
                Some(1) | None => {
                    dims.insert(c, dim);
                }
                Some(prev) if dim != 1 && dim != prev => {
                    return Err(PyErr::value(format!(
                    "Size of label '{}' for operand {} ({}) does not match previous terms ({}).",
                    c, tnum, prev, dim
                )))
                }
                Some(_) => {}
            }
        }
    }
    let size = |labels: &mut dyn Iterator<Item = char>| -> i128 {
        labels.fold(1i128, |acc, c| {
            acc.saturating_mul(dims.get(&c).copied().unwrap_or(1) as i128)
        })
    };
    let max_size = inputs
        .iter()
        .chain(std::iter::once(&output))
        .map(|t| size(&mut t.chars()))
        .max()
        .unwrap_or(1);
    let memory = memory_limit.unwrap_or(max_size);
    let sizes = Sizes(&dims);
    let n = inputs.len();
    let trivial = n <= 2 || indices == output_set;
    let (path, given): (Vec<Vec<i64>>, Option<Vec<Value>>) = match kind {
        PathKind::Explicit(entries) => {
            let mut path = Vec::new();
            for e in &entries {
                let mut inds = Vec::new();
                for v in iter_values(e)? {
                    inds.push(crate::value::convert::to_i64(&v)?);
                }
                path.push(inds);
            }
            (path, Some(entries))
        }
        PathKind::Naive => (vec![(0..n as i64).collect()], None),
        _ if trivial => (vec![(0..n as i64).collect()], None),
        PathKind::Named(name) if name == "greedy" => (
            greedy(input_sets.clone(), &output_set, &sizes, memory),
            None,
        ),
        PathKind::Named(name) if name == "optimal" => (
            optimal(input_sets.clone(), &output_set, &sizes, memory),
            None,
        ),
        PathKind::Named(name) => {
            return Err(PyErr::new(
                "KeyError",
                format!("('Path name %s not found', '{}')", name),
            ))
        }
    };
    let mut sets = input_sets;
    let mut list = inputs.clone();
    let (mut costs, mut scales, mut intermediates, mut steps) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (cnum, inds) in path.iter().enumerate() {
        let mut inds = inds.clone();
        inds.sort_unstable_by(|a, b| b.cmp(a));
        let c = find_contraction(&inds, &sets, &output_set);
        costs.push(flop_count(
            &c.contract,
            !c.removed.is_empty(),
            inds.len(),
            &sizes,
        ));
        scales.push(c.contract.len());
        intermediates.push(sizes.of(&c.result));
        let mut taken = Vec::new();
        for &x in &inds {
            taken.push(pop(&mut list, x)?);
        }
        let result = if cnum + 1 == path.len() {
            output.clone()
        } else {
            let mut by_size: Vec<(usize, char)> =
                c.result.iter().map(|&l| (sizes.dim(l), l)).collect();
            by_size.sort_unstable();
            by_size.into_iter().map(|(_, l)| l).collect()
        };
        list.push(result.clone());
        sets = c.remaining;
        steps.push(Step {
            positions: inds,
            spec: format!("{}->{}", taken.join(","), result),
            remaining: list.clone(),
        });
    }
    if list.len() != 1 {
        return Err(PyErr::new(
            "RuntimeError",
            format!(
                "Invalid einsum_path is specified: {} more operands has to be contracted.",
                list.len().saturating_sub(1)
            ),
        ));
    }
    let inner = inputs
        .iter()
        .map(|t| t.chars().collect::<Labels>().len())
        .sum::<usize>()
        > indices.len();
    let naive = flop_count(&indices, inner, n, &sizes);
    let report = report(
        &format!("{}->{}", joined, output),
        &output,
        indices.len(),
        naive,
        &costs,
        &scales,
        &intermediates,
        &steps,
    )?;
    let path = match given {
        Some(entries) => entries,
        None => path
            .into_iter()
            .map(|p| Value::tuple(p.into_iter().map(|i| Value::Int(i as i128)).collect()))
            .collect(),
    };
    Ok(Plan {
        parsed_inputs: joined,
        output,
        operands,
        steps,
        path,
        report,
    })
}

/// `list.pop(x)` with Python's negative indices and error.
pub fn pop<T>(list: &mut Vec<T>, x: i64) -> PyResult<T> {
    let n = list.len() as i64;
    let i = if x < 0 { x + n } else { x };
    if !(0..n).contains(&i) {
        return Err(PyErr::index("pop index out of range"));
    }
    Ok(list.remove(i as usize))
}

/// The printable report `einsum_path` returns second.
#[allow(clippy::too_many_arguments)]
fn report(
    overall: &str,
    output: &str,
    num_indices: usize,
    naive: i128,
    costs: &[i128],
    scales: &[usize],
    intermediates: &[i128],
    steps: &[Step],
) -> PyResult<String> {
    let opt = costs.iter().fold(0i128, |a, &c| a.saturating_add(c)) + 1;
    let e3 = |v: i128| format_value(&Value::Float(v as f64), ".3e");
    let mut s = format!("  Complete contraction:  {}\n", overall);
    s += &format!("         Naive scaling:  {}\n", num_indices);
    s += &format!(
        "     Optimized scaling:  {}\n",
        scales.iter().max().copied().unwrap_or(0)
    );
    s += &format!("      Naive FLOP count:  {}\n", e3(naive)?);
    s += &format!("  Optimized FLOP count:  {}\n", e3(opt)?);
    s += &format!(
        "   Theoretical speedup:  {}\n",
        format_value(&Value::Float(naive as f64 / opt as f64), "3.3f")?
    );
    s += &format!(
        "  Largest intermediate:  {} elements\n",
        e3(intermediates.iter().max().copied().unwrap_or(0))?
    );
    s += &"-".repeat(74);
    s += &format!("\n{:>6} {:>24} {:>40}\n", "scaling", "current", "remaining");
    s += &"-".repeat(74);
    for (step, scale) in steps.iter().zip(scales) {
        let remaining = format!("{}->{}", step.remaining.join(","), output);
        s += &format!("\n{:>4}    {:>24} {:>40}", scale, step.spec, remaining);
    }
    Ok(s)
}

/// The size of each label.
struct Sizes<'a>(&'a std::collections::BTreeMap<char, usize>);

impl Sizes<'_> {
    fn dim(&self, l: char) -> usize {
        self.0.get(&l).copied().unwrap_or(1)
    }
    fn of(&self, labels: &Labels) -> i128 {
        labels
            .iter()
            .fold(1i128, |acc, &l| acc.saturating_mul(self.dim(l) as i128))
    }
}

/// NumPy's `_flop_count`.
fn flop_count(contract: &Labels, inner: bool, terms: usize, sizes: &Sizes) -> i128 {
    let factor = terms.saturating_sub(1).max(1) as i128 + inner as i128;
    sizes.of(contract).saturating_mul(factor)
}

/// What contracting the terms at `positions` leaves (NumPy's `_find_contraction`).
struct Contraction {
    result: Labels,
    remaining: Vec<Labels>,
    removed: Labels,
    contract: Labels,
}

fn find_contraction(positions: &[i64], sets: &[Labels], output: &Labels) -> Contraction {
    let mut contract = Labels::new();
    let mut keep = output.clone();
    let mut remaining = Vec::new();
    for (i, s) in sets.iter().enumerate() {
        if positions.contains(&(i as i64)) {
            contract.extend(s);
        } else {
            remaining.push(s.clone());
            keep.extend(s);
        }
    }
    let result: Labels = keep.intersection(&contract).copied().collect();
    let removed: Labels = contract.difference(&result).copied().collect();
    remaining.push(result.clone());
    Contraction {
        result,
        remaining,
        removed,
        contract,
    }
}

/// NumPy's `_optimal_path`: every order of pair contractions within the memory limit,
/// the cheapest kept (the first of equal ones).
fn optimal(sets: Vec<Labels>, output: &Labels, sizes: &Sizes, memory: i128) -> Vec<Vec<i64>> {
    let n = sets.len();
    let mut full: Vec<(i128, Vec<Vec<i64>>, Vec<Labels>)> = vec![(0, Vec::new(), sets)];
    for iteration in 0..n.saturating_sub(1) {
        let m = n - iteration;
        let mut next = Vec::new();
        for (cost, positions, remaining) in &full {
            for (a, b) in pairs(m) {
                let con = [a as i64, b as i64];
                let c = find_contraction(&con, remaining, output);
                if sizes.of(&c.result) > memory {
                    continue;
                }
                let total =
                    cost.saturating_add(flop_count(&c.contract, !c.removed.is_empty(), 2, sizes));
                let mut p = positions.clone();
                p.push(con.to_vec());
                next.push((total, p, c.remaining));
            }
        }
        if next.is_empty() {
            let mut path = cheapest(full);
            path.push((0..m as i64).collect());
            return path;
        }
        full = next;
    }
    cheapest(full)
}

fn cheapest(results: Vec<(i128, Vec<Vec<i64>>, Vec<Labels>)>) -> Vec<Vec<i64>> {
    let mut best: Option<(i128, Vec<Vec<i64>>)> = None;
    for (cost, path, _) in results {
        if best.as_ref().is_none_or(|(b, _)| cost < *b) {
            best = Some((cost, path));
        }
    }
    best.map(|(_, p)| p).unwrap_or_default()
}

/// `itertools.combinations(range(n), 2)`.
fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .collect()
}

/// A pair contraction the greedy search may take: its sort key `(-removed size, cost)`,
/// the pair, and the terms after it.
struct Candidate {
    key: (i128, i128),
    pair: (usize, usize),
    sets: Vec<Labels>,
}

/// NumPy's `_parse_possible_contraction`.
fn candidate(
    pair: (usize, usize),
    sets: &[Labels],
    output: &Labels,
    sizes: &Sizes,
    limits: (i128, i128, i128),
) -> Option<Candidate> {
    let (memory, path_cost, naive_cost) = limits;
    let c = find_contraction(&[pair.0 as i64, pair.1 as i64], sets, output);
    let new_size = sizes.of(&c.result);
    if new_size > memory {
        return None;
    }
    let old = sizes
        .of(&sets[pair.0])
        .saturating_add(sizes.of(&sets[pair.1]));
    let removed = old.saturating_sub(new_size);
    let cost = flop_count(&c.contract, !c.removed.is_empty(), 2, sizes);
    if path_cost.saturating_add(cost) > naive_cost {
        return None;
    }
    Some(Candidate {
        key: (removed.saturating_neg(), cost),
        pair,
        sets: c.remaining,
    })
}

/// NumPy's `_greedy_path`: contract the best pair (largest size removed, then cheapest),
/// inner and Hadamard products before outer ones, until one term is left.
fn greedy(mut sets: Vec<Labels>, output: &Labels, sizes: &Sizes, memory: i128) -> Vec<Vec<i64>> {
    let n = sets.len();
    let all: Vec<i64> = (0..n as i64).collect();
    let c = find_contraction(&all, &sets, output);
    let naive_cost = flop_count(&c.contract, !c.removed.is_empty(), n, sizes);
    let mut todo = pairs(n);
    let mut known: Vec<Candidate> = Vec::new();
    let mut path_cost = 0i128;
    let mut path = Vec::new();
    for _ in 0..n.saturating_sub(1) {
        let limits = (memory, path_cost, naive_cost);
        for &(a, b) in &todo {
            if sets[a].is_disjoint(&sets[b]) {
                continue;
            }
            known.extend(candidate((a, b), &sets, output, sizes, limits));
        }
        if known.is_empty() {
            for (a, b) in pairs(sets.len()) {
                known.extend(candidate((a, b), &sets, output, sizes, limits));
            }
            if known.is_empty() {
                path.push((0..sets.len() as i64).collect());
                break;
            }
        }
        let mut best_at = 0;
        for (i, k) in known.iter().enumerate() {
            if k.key < known[best_at].key {
                best_at = i;
            }
        }
        let best = known.swap_remove(best_at);
        known = update_others(known, &best);
        sets = best.sets;
        let newest = sets.len() - 1;
        todo = (0..newest).map(|i| (i, newest)).collect();
        path.push(vec![best.pair.0 as i64, best.pair.1 as i64]);
        path_cost = path_cost.saturating_add(best.key.1);
    }
    path
}

/// NumPy's `_update_other_results`: the candidates that do not touch the contracted pair,
/// renumbered and with the new term in their lists.
fn update_others(results: Vec<Candidate>, best: &Candidate) -> Vec<Candidate> {
    let (bx, by) = best.pair;
    let Some(newest) = best.sets.last() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for mut r in results {
        let (x, y) = r.pair;
        if [bx, by].contains(&x) || [bx, by].contains(&y) {
            continue;
        }
        for b in [by, bx] {
            let at = b - (b > x) as usize - (b > y) as usize;
            if at < r.sets.len() {
                r.sets.remove(at);
            }
        }
        let at = r.sets.len().saturating_sub(1);
        r.sets.insert(at, newest.clone());
        r.pair = (
            x - (x > bx) as usize - (x > by) as usize,
            y - (y > bx) as usize - (y > by) as usize,
        );
        out.push(r);
    }
    out
}

/// NumPy's `_parse_eq_to_batch_matmul` (and `_parse_eq_to_pure_multiplication`): how
/// `bmm_einsum` turns a two-term einsum into per-operand einsums, reshapes and one
/// batched `matmul` (or a broadcast `multiply` when nothing is summed).
pub struct BatchMatmul {
    pub eq_a: Option<String>,
    pub eq_b: Option<String>,
    pub shape_a: Option<Vec<usize>>,
    pub shape_b: Option<Vec<usize>>,
    pub shape_ab: Option<Vec<usize>>,
    pub perm_ab: Option<Vec<usize>>,
    pub multiply: bool,
}

pub fn batch_matmul(eq: &str, shape_a: &[usize], shape_b: &[usize]) -> PyResult<BatchMatmul> {
    let (lhs, out) = eq.split_once("->").unwrap_or((eq, ""));
    let (a_term, b_term) = lhs.split_once(',').unwrap_or((lhs, ""));
    let (a, b): (Vec<char>, Vec<char>) = (a_term.chars().collect(), b_term.chars().collect());
    let out: Vec<char> = out.chars().collect();
    for (term, shape) in [(a_term, shape_a), (b_term, shape_b)] {
        if term.chars().count() != shape.len() {
            return Err(PyErr::value(format!(
                "Term '{}' does not match shape {}.",
                term,
                shape_str(shape)
            )));
        }
    }
    let mut sizes: Vec<(char, usize)> = Vec::new();
    let mut size_of = |ix: char, d: usize| -> PyResult<()> {
        match sizes.iter().find(|(c, _)| *c == ix) {
            Some(&(_, s)) if s != d => Err(PyErr::value(format!(
                "Index {} has mismatched sizes {} and {}.",
                ix, s, d
            ))),
            Some(_) => Ok(()),
            None => {
                sizes.push((ix, d));
                Ok(())
            }
        }
    };
    let mut singletons: Vec<char> = Vec::new();
    let mut left: Vec<char> = Vec::new();
    for (&ix, &d) in a.iter().zip(shape_a) {
        if d == 1 {
            if !singletons.contains(&ix) {
                singletons.push(ix);
            }
            continue;
        }
        size_of(ix, d)?;
        if !left.contains(&ix) {
            left.push(ix);
        }
    }
    let mut right: Vec<char> = Vec::new();
    for (&ix, &d) in b.iter().zip(shape_b) {
        if d == 1 {
            if !left.contains(&ix) && !singletons.contains(&ix) {
                singletons.push(ix);
            }
            continue;
        }
        singletons.retain(|&c| c != ix);
        size_of(ix, d)?;
        if !right.contains(&ix) {
            right.push(ix);
        }
    }
    let (mut bat, mut con, mut a_keep, mut b_keep) = (vec![], vec![], vec![], vec![]);
    for &ix in &left {
        if let Some(p) = right.iter().position(|&c| c == ix) {
            right.remove(p);
            if out.contains(&ix) {
                bat.push(ix);
            } else {
                con.push(ix);
            }
        } else if out.contains(&ix) {
            a_keep.push(ix);
        }
    }
    for &ix in &right {
        if out.contains(&ix) {
            b_keep.push(ix);
        }
    }
    let eq_for =
        |term: &str, desired: String| (term != desired).then(|| format!("{}->{}", term, desired));
    if con.is_empty() {
        let (mut da, mut db) = (String::new(), String::new());
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        for &ix in &out {
            for (term, shape, desired, new) in [
                (&a, shape_a, &mut da, &mut sa),
                (&b, shape_b, &mut db, &mut sb),
            ] {
                match term.iter().position(|&c| c == ix) {
                    Some(p) => {
                        desired.push(ix);
                        new.push(shape[p]);
                    }
                    None => new.push(1),
                }
            }
        }
        return Ok(BatchMatmul {
            eq_a: eq_for(a_term, da),
            eq_b: eq_for(b_term, db),
            shape_a: Some(sa),
            shape_b: Some(sb),
            shape_ab: None,
            perm_ab: None,
            multiply: true,
        });
    }
    let singletons: Vec<char> = out
        .iter()
        .copied()
        .filter(|c| singletons.contains(c))
        .collect();
    let cat = |groups: &[&Vec<char>]| -> String { groups.iter().flat_map(|g| g.iter()).collect() };
    let eq_a = eq_for(a_term, cat(&[&bat, &a_keep, &con]));
    let eq_b = eq_for(b_term, cat(&[&bat, &con, &b_keep]));
    type Groups<'a> = Vec<&'a Vec<char>>;
    let (lg, rg, og): (Groups, Groups, Groups) = if bat.is_empty() {
        (
            vec![&a_keep, &con],
            vec![&con, &b_keep],
            vec![&a_keep, &b_keep],
        )
    } else {
        (
            vec![&bat, &a_keep, &con],
            vec![&bat, &con, &b_keep],
            vec![&bat, &a_keep, &b_keep],
        )
    };
    let dim = |ix: &char| sizes.iter().find(|(c, _)| c == ix).map_or(1, |&(_, d)| d);
    let fused = |groups: &[&Vec<char>]| -> Option<Vec<usize>> {
        groups
            .iter()
            .any(|g| g.len() != 1)
            .then(|| groups.iter().map(|g| g.iter().map(dim).product()).collect())
    };
    let shape_ab = (og.iter().any(|g| g.len() != 1) || !singletons.is_empty()).then(|| {
        std::iter::repeat_n(1, singletons.len())
            .chain(og.iter().flat_map(|g| g.iter().map(dim)))
            .collect()
    });
    let produced: Vec<char> = singletons
        .iter()
        .chain(&bat)
        .chain(&a_keep)
        .chain(&b_keep)
        .copied()
        .collect();
    let perm_ab = (produced != out).then(|| {
        out.iter()
            .map(|ix| produced.iter().position(|c| c == ix).unwrap_or(0))
            .collect()
    });
    Ok(BatchMatmul {
        eq_a,
        eq_b,
        shape_a: fused(&lg),
        shape_b: fused(&rg),
        shape_ab,
        perm_ab,
        multiply: false,
    })
}
