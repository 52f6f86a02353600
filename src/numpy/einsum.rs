//! `np.einsum(subscripts, *operands, dtype=None, optimize=...)` for explicit and implicit
//! subscripts of letters (`'ii'`, `'ij->ji'`, `'i,i'`, `'ij,jk->ik'`, `'bij,bjk->bik'`),
//! with NumPy's parsing errors.
//!
//! Each operand's repeated labels become diagonals, and the products are summed by a typed
//! loop in NumPy's own order (`einsum_loop.rs`), so float results are NumPy's to the last
//! bit; the work dtype is the operands' common dtype or `dtype=` (NumPy's einsum does not
//! widen small integers; bools combine with `and` and `or`). The `...` ellipsis broadcasts
//! (right-aligned, as NumPy's), the sublist form `einsum(a, [0, 1], b, [1, 2])` is
//! rewritten to a string. With `optimize=` the operands are contracted pair by pair in
//! the order `einsum_path.rs` finds, each pair as NumPy's `bmm_einsum` does it.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Element;
use crate::array::kernels;
use crate::array::layout::shape_str;
use crate::array::object::{ArrayRef, NdArray};
use crate::array::raw::Pod;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::einsum_loop::{contract, SumProd, Term};
use crate::numpy::einsum_path::{batch_matmul, plan, pop};
use crate::numpy::linalg::np;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dtype};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["einsum", "einsum_path"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "einsum" => Some(einsum(it, &args)),
        "einsum_path" => Some(einsum_path(&args)),
        _ => None,
    }
}

/// `np.einsum_path(subscripts, *operands, optimize='greedy')`.
fn einsum_path(args: &Args) -> PyResult<Value> {
    let mut optimize = Value::Str("greedy".into());
    for (k, v) in &args.kw {
        match k.as_str() {
            "optimize" => optimize = v.clone(),
            // NumPy's hidden flag for its own `einsum`; the answer is the same path.
            "einsum_call" => {}
            other => {
                return Err(PyErr::type_err(format!(
                    "einsum_path() got an unexpected keyword argument '{}'",
                    other
                )))
            }
        }
    }
    Ok(plan(&args.pos, &optimize)?.into_value())
}

fn einsum(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let mut dtype = None;
    let mut optimize = Value::Bool(false);
    let mut unknown = Vec::new();
    for (k, v) in &args.kw {
        match k.as_str() {
            "optimize" => optimize = v.clone(),
            "dtype" => dtype = given(&Some(v.clone())).map(to_dtype).transpose()?,
            "out" | "order" | "casting" => {
                return Err(PyErr::not_implemented(format!(
                    "arrsh: np.einsum({}=...) is not implemented yet",
                    k
                )))
            }
            other => unknown.push(other),
        }
    }
    let naive = matches!(optimize, Value::Bool(false));
    if let Some(other) = unknown.first().filter(|_| naive) {
        return Err(PyErr::type_err(format!(
            "einsum() got an unexpected keyword argument '{}'",
            other
        )));
    }
    if !unknown.is_empty() {
        let names: Vec<String> = unknown.iter().map(|k| format!("'{}'", k)).collect();
        return Err(PyErr::type_err(format!(
            "Did not understand the following kwargs: [{}]",
            names.join(", ")
        )));
    }
    if naive {
        return c_einsum(it, &args.pos, dtype);
    }
    optimized(it, &args.pos, &optimize, dtype)
}

/// NumPy's `einsum` with a path: each step of `einsum_path` in turn, a pair through
/// `bmm_einsum` (per-operand einsums, reshapes and one `matmul` or `multiply`), any other
/// step through the plain einsum; the intermediate goes to the end of the operand list.
fn optimized(
    it: &mut dyn Context,
    pos: &[Value],
    optimize: &Value,
    dtype: Option<DType>,
) -> PyResult<Value> {
    let plan = plan(pos, optimize)?;
    let mut operands: Vec<Value> = plan.operands.into_iter().map(Value::Array).collect();
    for step in plan.steps {
        let mut taken = Vec::new();
        for &x in &step.positions {
            taken.push(pop(&mut operands, x)?);
        }
        let r = match &taken[..] {
            [a, b] => bmm_einsum(it, &step.spec, a, b, dtype)?,
            _ => {
                let mut args = vec![Value::Str(step.spec.as_str().into())];
                args.extend(taken);
                c_einsum(it, &args, dtype)?
            }
        };
        operands.push(r);
    }
    operands
        .into_iter()
        .next()
        .ok_or_else(|| PyErr::value("No input operands"))
}

/// NumPy's `bmm_einsum`: a two-term einsum as a batched matrix product.
fn bmm_einsum(
    it: &mut dyn Context,
    eq: &str,
    a: &Value,
    b: &Value,
    dtype: Option<DType>,
) -> PyResult<Value> {
    let plan = batch_matmul(eq, &as_array(a)?.shape, &as_array(b)?.shape)?;
    let tuple = |s: &[usize]| Value::tuple(s.iter().map(|&d| Value::Int(d as i128)).collect());
    let prepare = |it: &mut dyn Context,
                   x: &Value,
                   eq: &Option<String>,
                   shape: &Option<Vec<usize>>|
     -> PyResult<Value> {
        let mut x = x.clone();
        if let Some(e) = eq {
            x = c_einsum(it, &[Value::Str(e.as_str().into()), x], None)?;
        }
        if let Some(s) = shape {
            x = np(it, "reshape", vec![x, tuple(s)], vec![])?;
        }
        Ok(x)
    };
    let a = prepare(it, a, &plan.eq_a, &plan.shape_a)?;
    let b = prepare(it, b, &plan.eq_b, &plan.shape_b)?;
    let kw: Vec<(&str, Value)> = dtype
        .map(|d| ("dtype", Value::DType(d)))
        .into_iter()
        .collect();
    if plan.multiply {
        return np(it, "multiply", vec![a, b], kw);
    }
    let mut ab = np(it, "matmul", vec![a, b], kw)?;
    if let Some(s) = &plan.shape_ab {
        ab = np(it, "reshape", vec![ab, tuple(s)], vec![])?;
    }
    if let Some(p) = &plan.perm_ab {
        ab = np(it, "transpose", vec![ab, tuple(p)], vec![])?;
    }
    Ok(ab)
}

/// NumPy's C einsum: one pass over every operand, in NumPy's summation order.
fn c_einsum(it: &mut dyn Context, pos: &[Value], dtype: Option<DType>) -> PyResult<Value> {
    let (spec, operands) = match pos.first() {
        Some(Value::Str(spec)) => (spec.to_string(), pos[1..].to_vec()),
        _ => sublists(pos)?,
    };
    let spec: String = spec.chars().filter(|c| !c.is_whitespace()).collect();
    let (lhs, rhs) = match spec.split_once("->") {
        Some((l, r)) => (l.to_string(), Some(r.to_string())),
        None => (spec.clone(), None),
    };
    let raw_terms: Vec<String> = lhs.split(',').map(|t| t.to_string()).collect();
    for c in lhs.replace("...", "").chars().chain(
        rhs.iter()
            .flat_map(|r| r.replace("...", "").chars().collect::<Vec<_>>()),
    ) {
        if c != ',' && !c.is_ascii_alphabetic() {
            return Err(PyErr::value(format!(
                "invalid subscript '{}' in einstein sum subscripts string, subscripts must be letters",
                c
            )));
        }
    }
    // NumPy's two messages read the other way round from the situation they report.
    if operands.len() > raw_terms.len() {
        return Err(PyErr::value(
            "fewer operands provided to einstein sum function than specified in the subscripts string",
        ));
    }
    if operands.len() < raw_terms.len() {
        return Err(PyErr::value(
            "more operands provided to einstein sum function than specified in the subscripts string",
        ));
    }
    let mut arrays: Vec<ArrayRef> = Vec::new();
    let mut terms: Vec<Vec<char>> = Vec::new();
    let mut ell_rank = 0usize;
    let mut ell_of = Vec::new();
    for (k, (op, term)) in operands.iter().zip(&raw_terms).enumerate() {
        let a = as_array(op)?;
        let has_ell = term.contains("...");
        let letters: Vec<char> = term.replace("...", "").chars().collect();
        if letters.len() > a.ndim() {
            return Err(PyErr::value(format!(
                "einstein sum subscripts string contains too many subscripts for operand {}",
                k
            )));
        }
        if letters.len() < a.ndim() && !has_ell {
            return Err(PyErr::value(
                "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
            ));
        }
        let e = a.ndim() - letters.len();
        ell_rank = ell_rank.max(e);
        ell_of.push(e);
        arrays.push(a);
    }
    // The ellipsis dimensions get private labels, right-aligned across operands.
    let ell_label = |i: usize| char::from_u32(0x3b1 + i as u32).unwrap_or('?');
    let ell: Vec<char> = (0..ell_rank).map(ell_label).collect();
    for (term, &e) in raw_terms.iter().zip(&ell_of) {
        let mine: String = ell[ell_rank - e..].iter().collect();
        terms.push(term.replace("...", &mine).chars().collect());
    }
    let rhs = match rhs {
        Some(r) if r.contains("...") => Some(r.replace("...", &ell.iter().collect::<String>())),
        Some(_) if ell_rank > 0 => {
            return Err(PyErr::value(
                "output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
            ))
        }
        other => other,
    };
    let all: Vec<char> = terms.iter().flatten().copied().collect();
    let output: Vec<char> = match &rhs {
        Some(r) => {
            let out: Vec<char> = r.chars().collect();
            for (i, c) in out.iter().enumerate() {
                if out[..i].contains(c) {
                    return Err(PyErr::value(format!(
                        "einstein sum subscripts string includes output subscript '{}' multiple times",
                        c
                    )));
                }
                if !all.contains(c) {
                    return Err(PyErr::value(format!(
                        "einstein sum subscripts string included output subscript '{}' which never appeared in an input",
                        c
                    )));
                }
            }
            out
        }
        None => {
            // The ellipsis dimensions first, then the labels seen once, sorted.
            let mut once: Vec<char> = all
                .iter()
                .copied()
                .filter(|c| c.is_ascii_alphabetic())
                .filter(|c| all.iter().filter(|d| *d == c).count() == 1)
                .collect();
            once.sort_unstable();
            ell.iter().copied().chain(once).collect()
        }
    };
    let mut labels = output.clone();
    for &c in &all {
        if !labels.contains(&c) {
            labels.push(c);
        }
    }
    let common = arrays
        .iter()
        .map(|a| a.dtype)
        .reduce(DType::promote)
        .unwrap_or(DType::F64);
    let work = match dtype {
        Some(d) => {
            for (k, a) in arrays.iter().enumerate() {
                if !a.dtype.can_cast_safe(d) {
                    return Err(PyErr::type_err(format!(
                        "Iterator operand {} dtype could not be cast from dtype('{}') to dtype('{}') according to the rule 'safe'",
                        k,
                        a.dtype.name(),
                        d.name()
                    )));
                }
            }
            d
        }
        None => common,
    };
    // One operand, nothing summed: NumPy answers with a (writeable) view, the diagonal and
    // transposition made by strides alone (`np.einsum('ii->i', a)[:] = 1` writes into a).
    if arrays.len() == 1 && labels.len() == output.len() && dtype.is_none() {
        let a = &arrays[0];
        let term = &terms[0];
        let mut shape = Vec::new();
        let mut strides = Vec::new();
        for l in &output {
            let axes: Vec<usize> = (0..term.len()).filter(|&i| term[i] == *l).collect();
            let n = a.shape[axes[0]];
            if axes.iter().any(|&i| a.shape[i] != n) {
                return Err(PyErr::value(format!(
                    "dimensions in operand 0 for collapsing index '{}' don't match ({} != {})",
                    l,
                    n,
                    a.shape[axes[axes.len() - 1]]
                )));
            }
            shape.push(n);
            strides.push(axes.iter().map(|&i| a.strides[i]).sum());
        }
        let v = crate::array::object::NdArray::view(a, a.offset as isize, shape, strides, a.dtype)?;
        return Ok(crate::numpy::ufunc::wrap(std::rc::Rc::new(v)));
    }
    // Each operand's axes after its diagonals, labelled; the lengths of all labels.
    let mut views = Vec::new();
    let mut sizes: Vec<Option<usize>> = vec![None; labels.len()];
    let mut remapped = Vec::new();
    for (a, term) in arrays.iter().zip(&terms) {
        let (x, own) = diagonals(it, a, term)?;
        let x = as_array(&x)?;
        let mut shown = Vec::new();
        for (li, l) in labels.iter().enumerate() {
            match own.iter().position(|c| c == l) {
                Some(p) => {
                    let n = x.shape[p];
                    shown.push(n.to_string());
                    if n != 1 {
                        match sizes[li] {
                            Some(m) if m != n => sizes[li] = Some(usize::MAX),
                            _ => sizes[li] = Some(n),
                        }
                    }
                }
                None => shown.push("newaxis".to_string()),
            }
        }
        let first = shown
            .iter()
            .position(|s| s != "newaxis")
            .unwrap_or(shown.len());
        remapped.push(format!(
            "{}->({})",
            shape_str(&a.shape).replace(' ', ""),
            shown[first..].join(",")
        ));
        views.push((x, own));
    }
    if sizes.contains(&Some(usize::MAX)) {
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} ",
            remapped.join(" ")
        )));
    }
    let full: Vec<usize> = sizes.iter().map(|s| s.unwrap_or(1)).collect();
    let out_shape = full[..output.len()].to_vec();
    let r = crate::array::dtype::with_dtype!(work, T, {
        let mut ts = Vec::new();
        for (x, own) in &views {
            ts.push(term_of::<T>(x, own, &labels, work)?);
        }
        let len = out_shape.iter().product();
        let mut out = kernels::filled_vec(len, <T as Pod>::zero(), &out_shape)?;
        contract(&ts, &full, output.len(), work.itemsize() as isize, &mut out);
        NdArray::from_vec(out, &out_shape)?
    });
    Ok(crate::numpy::ufunc::wrap(std::rc::Rc::new(r)))
}

/// Operand `x` (axes labelled `own`) for the contraction loop: its elements in C order as
/// `T`, with the copy's element steps and the original byte strides along every label.
fn term_of<T: Element + SumProd>(
    x: &ArrayRef,
    own: &[char],
    labels: &[char],
    work: DType,
) -> PyResult<Term<T>> {
    let c = crate::array::layout::c_strides(&x.shape, 1);
    let mut step = Vec::new();
    let mut bytes = Vec::new();
    for l in labels {
        match own.iter().position(|c| c == l) {
            Some(p) if x.shape[p] != 1 => {
                step.push(c[p] as usize);
                bytes.push(x.strides[p]);
            }
            _ => {
                step.push(0);
                bytes.push(0);
            }
        }
    }
    Ok(Term {
        data: kernels::to_vec::<T>(x)?,
        step,
        bytes,
        cast: x.dtype != work || x.swapped,
    })
}

/// NumPy's sublist form `einsum(op0, [0, 1], op1, [1, 2], [0, 2])` as a subscripts string:
/// label 0..25 is `A`..`Z`, 26..51 is `a`..`z`, `Ellipsis` is `...`.
fn sublists(pos: &[Value]) -> PyResult<(String, Vec<Value>)> {
    let label = |v: &Value| -> PyResult<String> {
        let mut s = String::new();
        for item in crate::value::convert::iter_values(v)? {
            if let Value::Ellipsis = item {
                s.push_str("...");
                continue;
            }
            let n = crate::value::convert::to_i64(&item)?;
            if !(0..52).contains(&n) {
                return Err(PyErr::value(
                    "subscript is not within the valid range [0, 52)",
                ));
            }
            let base = if n < 26 {
                b'A' + n as u8
            } else {
                b'a' + (n - 26) as u8
            };
            s.push(base as char);
        }
        Ok(s)
    };
    let mut ops = Vec::new();
    let mut terms = Vec::new();
    let mut i = 0;
    while i + 1 < pos.len() {
        ops.push(pos[i].clone());
        terms.push(label(&pos[i + 1])?);
        i += 2;
    }
    let mut spec = terms.join(",");
    if i < pos.len() {
        spec.push_str("->");
        spec.push_str(&label(&pos[i])?);
    }
    Ok((spec, ops))
}

/// Replace each repeated label of `term` by the diagonal over its axes; returns the array
/// and the labels of its axes.
fn diagonals(it: &mut dyn Context, a: &ArrayRef, term: &[char]) -> PyResult<(Value, Vec<char>)> {
    let mut x = Value::Array(a.clone());
    let mut own: Vec<char> = term.to_vec();
    loop {
        let dup = own.iter().enumerate().find_map(|(i, c)| {
            own[i + 1..]
                .iter()
                .position(|d| d == c)
                .map(|j| (i, i + 1 + j))
        });
        let Some((i, j)) = dup else { break };
        let xa = as_array(&x)?;
        if xa.shape[i] != xa.shape[j] {
            return Err(PyErr::value(format!(
                "dimensions in operand 0 for collapsing index '{}' don't match ({} != {})",
                own[i], xa.shape[i], xa.shape[j]
            )));
        }
        // np.diagonal puts the diagonal last.
        x = np(
            it,
            "diagonal",
            vec![x],
            vec![
                ("axis1", Value::Int(i as i128)),
                ("axis2", Value::Int(j as i128)),
            ],
        )?;
        let c = own[i];
        own.remove(j);
        own.remove(i);
        own.push(c);
    }
    Ok((x, own))
}
