//! `np.histogram` and `np.histogram_bin_edges` with an integer count of bins or explicit
//! edges: NumPy's `lib/_histograms_impl.py` over arrsh's ufuncs — the uniform-bins fast
//! path computes each bin index in the edges' dtype and corrects it against the edges
//! exactly as NumPy does, in NumPy's 65536-element blocks, so counts and weighted sums
//! agree to the bit. The bin-width estimators are in `histogram_estimators`.

use super::histogram_estimators as estimators;
use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["histogram", "histogram_bin_edges"],
    call,
};

const BLOCK: usize = 65536;

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "histogram" => histogram(it, &args),
        "histogram_bin_edges" => (|| {
            let p = args.bind("histogram_bin_edges", &["a", "bins", "range", "weights"], 1)?;
            let (a, w) = ravel_and_check(it, &p[0], &p[3])?;
            Ok(bin_edges(it, &a, &p[1], &p[2], w.is_some())?.0)
        })(),
        _ => return None,
    })
}

fn truth(it: &mut dyn Context, name: &str, v: Value) -> PyResult<bool> {
    let r = np1(it, name, vec![v])?;
    truthy(&r)
}

/// `_ravel_and_check_weights`: both flattened, bools counted as uint8 (with NumPy's warning).
fn ravel_and_check(
    it: &mut dyn Context,
    a: &Option<Value>,
    w: &Option<Value>,
) -> PyResult<(Value, Option<Value>)> {
    let mut a = np1(it, "asarray", vec![a.clone().unwrap_or(Value::None)])?;
    if as_array(&a)?.dtype == DType::Bool {
        it.warn(
            "RuntimeWarning",
            "Converting input from bool to <class 'numpy.uint8'> for compatibility.",
        );
        a = np(
            it,
            "asarray",
            vec![a],
            vec![("dtype", Value::DType(DType::U8))],
        )?;
    }
    let w = match given(w) {
        None => None,
        Some(w) => {
            let w = np1(it, "asarray", vec![w.clone()])?;
            if as_array(&w)?.shape != as_array(&a)?.shape {
                return Err(PyErr::value("weights should have the same shape as a."));
            }
            Some(np1(it, "ravel", vec![w])?)
        }
    };
    Ok((np1(it, "ravel", vec![a])?, w))
}

/// `_get_outer_edges`: the range given, or the data's min and max, widened by 0.5 each
/// way when they coincide.
pub(crate) fn outer_edges(
    it: &mut dyn Context,
    a: &Value,
    range: &Option<Value>,
) -> PyResult<(Value, Value)> {
    let (first, last) = if let Some(r) = given(range) {
        let items = iter_values(r)?;
        let [first, last] = items.as_slice() else {
            return Err(PyErr::value(format!(
                "too many values to unpack (expected 2, got {})",
                items.len()
            )));
        };
        let g = np1(it, "greater", vec![first.clone(), last.clone()])?;
        if truthy(&g)? {
            return Err(PyErr::value(
                "max must be larger than min in range parameter.",
            ));
        }
        let finite = |it: &mut dyn Context, v: &Value| truth(it, "isfinite", v.clone());
        if !(finite(it, first)? && finite(it, last)?) {
            return Err(PyErr::value(format!(
                "supplied range of [{}, {}] is not finite",
                crate::format::str_of(first),
                crate::format::str_of(last)
            )));
        }
        (first.clone(), last.clone())
    } else if as_array(a)?.size() == 0 {
        (Value::Int(0), Value::Int(1))
    } else {
        let first = np1(it, "min", vec![a.clone()])?;
        let last = np1(it, "max", vec![a.clone()])?;
        let f1 = truth(it, "isfinite", first.clone())?;
        let f2 = truth(it, "isfinite", last.clone())?;
        if !(f1 && f2) {
            return Err(PyErr::value(format!(
                "autodetected range of [{}, {}] is not finite",
                crate::format::str_of(&first),
                crate::format::str_of(&last)
            )));
        }
        (first, last)
    };
    let eq = np1(it, "equal", vec![first.clone(), last.clone()])?;
    if truthy(&eq)? {
        // Python arithmetic: a Python number stays a (weak) Python float.
        let widen = |it: &mut dyn Context, v: Value, by: f64| match v {
            Value::Int(i) => Ok(Value::Float(i as f64 + by)),
            Value::Float(f) => Ok(Value::Float(f + by)),
            v => np1(it, "add", vec![v, Value::Float(by)]),
        };
        let f = widen(it, first, -0.5)?;
        let l = widen(it, last, 0.5)?;
        return Ok((f, l));
    }
    Ok((first, last))
}

/// The uniform bins' (first edge, last edge, count), when the edges are equal-width.
type Uniform = Option<(Value, Value, usize)>;

/// `_get_bin_edges` for an integer count or an array of edges.
fn bin_edges(
    it: &mut dyn Context,
    a: &Value,
    bins: &Option<Value>,
    range: &Option<Value>,
    weighted: bool,
) -> PyResult<(Value, Uniform)> {
    let bins = bins.clone().unwrap_or(Value::Int(10));
    if let Value::Str(s) = &bins {
        if !estimators::NAMES.contains(&&**s) {
            return Err(PyErr::value(format!(
                "{} is not a valid estimator for `bins`",
                crate::format::repr(&bins)
            )));
        }
        if weighted {
            return Err(PyErr::type_err(
                "Automated estimation of the number of bins is not supported for weighted data",
            ));
        }
        let (first, last) = outer_edges(it, a, range)?;
        let mut a = a.clone();
        if given(range).is_some() {
            let k1 = np1(it, "greater_equal", vec![a.clone(), first.clone()])?;
            let k2 = np1(it, "less_equal", vec![a.clone(), last.clone()])?;
            let keep = np1(it, "logical_and", vec![k1, k2])?;
            if !truth(it, "all", keep.clone())? {
                a = get(&a, &keep)?;
            }
        }
        let n = estimators::bin_count(it, s, &a, &first, &last)?;
        return equal_bins(it, &a, first, last, n);
    }
    let b = np1(it, "asarray", vec![bins.clone()])?;
    let ba = as_array(&b)?;
    match ba.ndim() {
        0 => {
            let n = match (&bins, ba.dtype) {
                (Value::Int(i), _) => *i,
                (Value::Bool(t), _) => *t as i128,
                (Value::Scalar(_, crate::array::element::Num::Int(i)), d) if d.is_int() => *i,
                (Value::Scalar(_, crate::array::element::Num::Bool(t)), _) => *t as i128,
                (Value::Array(_), d) if d.is_int() || d == DType::Bool => {
                    crate::value::convert::to_int(&get(&b, &Value::tuple(vec![]))?)?
                }
                _ => {
                    return Err(PyErr::type_err(
                        "`bins` must be an integer, a string, or an array",
                    ))
                }
            };
            if n < 1 {
                return Err(PyErr::value("`bins` must be positive, when an integer"));
            }
            let (first, last) = outer_edges(it, a, range)?;
            equal_bins(it, a, first, last, n as usize)
        }
        1 => {
            let lo = get(&b, &slice(None, Some(-1)))?;
            let hi = get(&b, &slice(Some(1), None))?;
            let bad = np1(it, "greater", vec![lo, hi])?;
            if truth(it, "any", bad)? {
                return Err(PyErr::value(
                    "`bins` must increase monotonically, when an array",
                ));
            }
            Ok((b, None))
        }
        _ => Err(PyErr::value("`bins` must be 1d, when an array")),
    }
}

/// `n` equal bins from `first` to `last`, in the data's float dtype.
fn equal_bins(
    it: &mut dyn Context,
    a: &Value,
    first: Value,
    last: Value,
    n: usize,
) -> PyResult<(Value, Uniform)> {
    let mut bin_type = np1(
        it,
        "result_type",
        vec![first.clone(), last.clone(), a.clone()],
    )?;
    if matches!(bin_type, Value::DType(d) if d.is_int() || d == DType::Bool) {
        bin_type = np1(it, "result_type", vec![bin_type, Value::DType(DType::F64)])?;
    }
    let edges = np(
        it,
        "linspace",
        vec![first.clone(), last.clone(), Value::Int(n as i128 + 1)],
        vec![("endpoint", Value::Bool(true)), ("dtype", bin_type)],
    )?;
    let lo = get(&edges, &slice(None, Some(-1)))?;
    let hi = get(&edges, &slice(Some(1), None))?;
    let bad = np1(it, "greater_equal", vec![lo, hi])?;
    if truth(it, "any", bad)? {
        return Err(PyErr::value(format!(
            "Too many bins for data range. Cannot create {} finite-sized bins.",
            n
        )));
    }
    Ok((edges, Some((first, last, n))))
}

/// `_search_sorted_inclusive`: how many of `sa` lie below each edge, the last inclusive.
fn search_inclusive(it: &mut dyn Context, sa: &Value, edges: &Value) -> PyResult<Value> {
    let lo = get(edges, &slice(None, Some(-1)))?;
    let hi = get(edges, &slice(Some(-1), None))?;
    let l = np(
        it,
        "searchsorted",
        vec![sa.clone(), lo],
        vec![("side", Value::str("left"))],
    )?;
    let r = np(
        it,
        "searchsorted",
        vec![sa.clone(), hi],
        vec![("side", Value::str("right"))],
    )?;
    np1(it, "concatenate", vec![Value::tuple(vec![l, r])])
}

/// `np.histogram(a, bins=10, range=None, density=None, weights=None)`.
fn histogram(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "histogram",
        &["a", "bins", "range", "density", "weights"],
        1,
    )?;
    let (a, w) = ravel_and_check(it, &p[0], &p[4])?;
    let (edges, uniform) = bin_edges(it, &a, &p[1], &p[2], w.is_some())?;
    let ntype = match &w {
        None => DType::I64,
        Some(w) => as_array(w)?.dtype,
    };
    let nt = Value::DType(ntype);
    let len = as_array(&a)?.shape[0];
    let blocks = (0..len)
        .step_by(BLOCK)
        .map(|i| slice(Some(i as i128), Some((i + BLOCK) as i128)));
    let blocks: Vec<Value> = blocks.collect();
    let n = if let Some((first, last, nbins)) = uniform {
        let nb = Value::Int(nbins as i128);
        let mut n = np(it, "zeros", vec![nb.clone()], vec![("dtype", nt.clone())])?;
        let denom = estimators::unsigned_subtract(it, last.clone(), first.clone())?;
        let edt = Value::DType(as_array(&edges)?.dtype);
        for blk in &blocks {
            let mut ta = get(&a, blk)?;
            let mut tw = w.as_ref().map(|w| get(w, blk)).transpose()?;
            let k1 = np1(it, "greater_equal", vec![ta.clone(), first.clone()])?;
            let k2 = np1(it, "less_equal", vec![ta.clone(), last.clone()])?;
            let keep = np1(it, "logical_and", vec![k1, k2])?;
            if !truth(it, "all", keep.clone())? {
                ta = get(&ta, &keep)?;
                tw = tw.map(|t| get(&t, &keep)).transpose()?;
            }
            let ta = np(it, "asarray", vec![ta], vec![("dtype", edt.clone())])?;
            let off = estimators::unsigned_subtract(it, ta.clone(), first.clone())?;
            let q = np1(it, "true_divide", vec![off, denom.clone()])?;
            let f = np1(it, "multiply", vec![q, nb.clone()])?;
            let mut idx = np(
                it,
                "asarray",
                vec![f],
                vec![("dtype", Value::DType(DType::I64))],
            )?;
            let top = np1(it, "equal", vec![idx.clone(), nb.clone()])?;
            idx = np1(it, "subtract", vec![idx, top])?;
            let below = np1(it, "less", vec![ta.clone(), get(&edges, &idx)?])?;
            idx = np1(it, "subtract", vec![idx, below])?;
            let next = np1(it, "add", vec![idx.clone(), Value::Int(1)])?;
            let above = np1(it, "greater_equal", vec![ta, get(&edges, &next)?])?;
            let inner = np1(
                it,
                "not_equal",
                vec![idx.clone(), Value::Int(nbins as i128 - 1)],
            )?;
            let up = np1(it, "logical_and", vec![above, inner])?;
            idx = np1(it, "add", vec![idx, up])?;
            let count = |it: &mut dyn Context, wv: Option<Value>| {
                let mut kw = vec![("minlength", nb.clone())];
                if let Some(wv) = wv {
                    kw.push(("weights", wv));
                }
                np(it, "bincount", vec![idx.clone()], kw)
            };
            if ntype.is_complex() {
                let tw = tw.unwrap_or(Value::None);
                let re = np1(it, "real", vec![tw.clone()])?;
                let im = np1(it, "imag", vec![tw])?;
                let cr = count(it, Some(re))?;
                let ci = count(it, Some(im))?;
                let ci = np1(it, "multiply", vec![ci, Value::Complex(0.0, 1.0)])?;
                let both = np1(it, "add", vec![cr, ci])?;
                n = np1(it, "add", vec![n, both])?;
            } else {
                let c = count(it, tw)?;
                let c = np(it, "asarray", vec![c], vec![("dtype", nt.clone())])?;
                n = np1(it, "add", vec![n, c])?;
            }
        }
        n
    } else {
        let shape = Value::ints(as_array(&edges)?.shape.iter().map(|&d| d as i128));
        let mut cum = np(it, "zeros", vec![shape], vec![("dtype", nt.clone())])?;
        for blk in &blocks {
            let ta = get(&a, blk)?;
            let part = match &w {
                None => {
                    let sa = np1(it, "sort", vec![ta])?;
                    search_inclusive(it, &sa, &edges)?
                }
                Some(w) => {
                    let order = np1(it, "argsort", vec![ta.clone()])?;
                    let sa = get(&ta, &order)?;
                    let sw = get(&get(w, blk)?, &order)?;
                    let zero = np(
                        it,
                        "zeros",
                        vec![Value::Int(1)],
                        vec![("dtype", nt.clone())],
                    )?;
                    let cs = np1(it, "cumsum", vec![sw])?;
                    let cw = np1(it, "concatenate", vec![Value::tuple(vec![zero, cs])])?;
                    let bi = search_inclusive(it, &sa, &edges)?;
                    get(&cw, &bi)?
                }
            };
            cum = np1(it, "add", vec![cum, part])?;
            cum = np(it, "asarray", vec![cum], vec![("dtype", nt.clone())])?;
        }
        np1(it, "diff", vec![cum])?
    };
    if given(&p[3]).map(truthy).transpose()?.unwrap_or(false) {
        let d = np1(it, "diff", vec![edges.clone()])?;
        let db = np(
            it,
            "array",
            vec![d],
            vec![("dtype", Value::DType(DType::F64))],
        )?;
        let total = np1(it, "sum", vec![n.clone()])?;
        let r = np1(it, "true_divide", vec![n, db])?;
        let r = np1(it, "true_divide", vec![r, total])?;
        return Ok(Value::tuple(vec![r, edges]));
    }
    Ok(Value::tuple(vec![n, edges]))
}
