//! `np.histogramdd` and `np.histogram2d`, as NumPy's Python (`lib/_histograms_impl.py`,
//! `lib/_twodim_base_impl.py`): per-dimension edges (`linspace` over the outer edges of
//! an integer bin count, or the given monotonic edges), `searchsorted(side='right')` bin
//! numbers with the last edge counted in the last bin, `ravel_multi_index` + `bincount`
//! over the bins with an outlier bin at each end, which are then cut off.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::numpy::histograms::outer_edges;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["histogramdd", "histogram2d"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "histogramdd" => (|| {
            let names = ["sample", "bins", "range", "density", "weights"];
            let p = args.bind("histogramdd", &names, 1)?;
            let bins = p[1].clone().unwrap_or(Value::Int(10));
            histogramdd(it, &arg(&p[0]), &bins, &p[2], &p[3], &p[4])
        })(),
        "histogram2d" => histogram2d(it, &args),
        _ => return None,
    })
}

/// `len(v)` when `v` has one (a sequence or an array of 1+ dimensions).
fn length(v: &Value) -> Option<usize> {
    match v {
        Value::List(_) | Value::Tuple(_) => iter_values(v).ok().map(|x| x.len()),
        Value::Array(a) if a.ndim() > 0 => Some(a.shape[0]),
        _ => None,
    }
}

fn item(v: &Value, i: usize) -> PyResult<Value> {
    match v {
        Value::Array(_) => get(v, &Value::Int(i as i128)),
        _ => Ok(iter_values(v)?.swap_remove(i)),
    }
}

fn histogramdd(
    it: &mut dyn Context,
    sample: &Value,
    bins: &Value,
    range: &Option<Value>,
    density: &Option<Value>,
    weights: &Option<Value>,
) -> PyResult<Value> {
    let sample = match sample {
        Value::Array(a) if a.ndim() == 2 => sample.clone(),
        other => {
            let s = np1(it, "atleast_2d", vec![other.clone()])?;
            np1(it, "transpose", vec![s])?
        }
    };
    let sa = as_array(&sample)?;
    let d = sa.shape[1];
    let weights = match given(weights) {
        Some(w) => np1(it, "asarray", vec![w.clone()])?,
        None => Value::None,
    };
    let per_dim: Vec<Value> = match length(bins) {
        Some(m) => {
            if m != d {
                return Err(PyErr::value(
                    "The dimension of bins must be equal to the dimension of the sample x.",
                ));
            }
            (0..d).map(|i| item(bins, i)).collect::<PyResult<_>>()?
        }
        None => vec![bins.clone(); d],
    };
    let ranges: Vec<Option<Value>> = match given(range) {
        None => vec![None; d],
        Some(r) => {
            if length(r) != Some(d) {
                return Err(PyErr::value(
                    "range argument must have one entry per dimension",
                ));
            }
            (0..d)
                .map(|i| item(r, i).map(|v| given(&Some(v)).cloned()))
                .collect::<PyResult<_>>()?
        }
    };
    let mut edges = Vec::with_capacity(d);
    let mut nbin = Vec::with_capacity(d);
    let mut dedges = Vec::with_capacity(d);
    for i in 0..d {
        let b = &per_dim[i];
        let column = get(
            &sample,
            &Value::tuple(vec![slice(None, None), Value::Int(i as i128)]),
        )?;
        let bnd = as_array(b).map(|a| a.ndim()).unwrap_or(0);
        let e = if bnd == 0 {
            if truthy(&np1(it, "less", vec![b.clone(), Value::Int(1)])?)? {
                return Err(PyErr::value(format!(
                    "`bins[{}]` must be positive, when an integer",
                    i
                )));
            }
            let (smin, smax) = outer_edges(it, &column, &ranges[i])?;
            let n = match b {
                Value::Int(_) | Value::Bool(_) => to_i64(b)?,
                Value::Scalar(dt, _) if dt.is_int() || *dt == crate::array::dtype::DType::Bool => {
                    to_i64(b)?
                }
                _ => {
                    return Err(PyErr::type_err(format!(
                        "`bins[{}]` must be an integer, when a scalar",
                        i
                    )))
                }
            };
            np1(it, "linspace", vec![smin, smax, Value::Int(n as i128 + 1)])?
        } else if bnd == 1 {
            let e = np1(it, "asarray", vec![b.clone()])?;
            let lo = get(&e, &slice(None, Some(-1)))?;
            let hi = get(&e, &slice(Some(1), None))?;
            let bad = np1(it, "greater", vec![lo, hi])?;
            if truthy(&np1(it, "any", vec![bad])?)? {
                return Err(PyErr::value(format!(
                    "`bins[{}]` must be monotonically increasing, when an array",
                    i
                )));
            }
            e
        } else {
            return Err(PyErr::value(format!(
                "`bins[{}]` must be a scalar or 1d array",
                i
            )));
        };
        nbin.push(as_array(&e)?.shape[0] as i128 + 1);
        dedges.push(np1(it, "diff", vec![e.clone()])?);
        edges.push(e);
    }
    let mut counts = Vec::with_capacity(d);
    for (i, e) in edges.iter().enumerate() {
        let column = get(
            &sample,
            &Value::tuple(vec![slice(None, None), Value::Int(i as i128)]),
        )?;
        let c = np(
            it,
            "searchsorted",
            vec![e.clone(), column.clone()],
            vec![("side", Value::str("right"))],
        )?;
        let last = get(e, &Value::Int(-1))?;
        let on_edge = np1(it, "equal", vec![column, last])?;
        let at = get(&c, &on_edge)?;
        let less = np1(it, "subtract", vec![at, Value::Int(1)])?;
        set(&c, &on_edge, &less)?;
        counts.push(c);
    }
    let xy = np1(
        it,
        "ravel_multi_index",
        vec![Value::tuple(counts), Value::ints(nbin.clone())],
    )?;
    let total: i128 = nbin.iter().product();
    let hist = np(
        it,
        "bincount",
        vec![xy, weights],
        vec![("minlength", Value::Int(total))],
    )?;
    let hist = np1(it, "reshape", vec![hist, Value::ints(nbin.clone())])?;
    let hist = np(
        it,
        "asarray",
        vec![hist],
        vec![("dtype", Value::DType(crate::array::dtype::DType::F64))],
    )?;
    let core = Value::tuple(vec![slice(Some(1), Some(-1)); d]);
    let mut hist = get(&hist, &core)?;
    if given(density).map(truthy).transpose()?.unwrap_or(false) {
        let s = np1(it, "sum", vec![hist.clone()])?;
        for (i, de) in dedges.iter().enumerate() {
            let shape: Vec<i128> = (0..d)
                .map(|j| if j == i { nbin[i] - 2 } else { 1 })
                .collect();
            let de = np1(it, "reshape", vec![de.clone(), Value::ints(shape)])?;
            hist = np1(it, "true_divide", vec![hist, de])?;
        }
        hist = np1(it, "true_divide", vec![hist, s])?;
    }
    Ok(Value::tuple(vec![hist, Value::list(edges)]))
}

/// `np.histogram2d(x, y, bins=10, range=None, density=None, weights=None)`.
fn histogram2d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["x", "y", "bins", "range", "density", "weights"];
    let p = args.bind("histogram2d", &names, 2)?;
    let (x, y) = (arg(&p[0]), arg(&p[1]));
    let len = |v: &Value| -> PyResult<usize> {
        length(v).ok_or_else(|| PyErr::type_err("len() of unsized object"))
    };
    if len(&x)? != len(&y)? {
        return Err(PyErr::value("x and y must have the same length."));
    }
    let mut bins = p[2].clone().unwrap_or(Value::Int(10));
    let n = length(&bins).unwrap_or(1);
    if n != 1 && n != 2 {
        let e = np1(it, "asarray", vec![bins])?;
        bins = Value::list(vec![e.clone(), e]);
    }
    let sample = Value::list(vec![x, y]);
    let r = histogramdd(it, &sample, &bins, &p[3], &p[4], &p[5])?;
    let Value::Tuple(parts) = &r else {
        return Ok(r);
    };
    let edges = iter_values(&parts[1])?;
    let mut out = vec![parts[0].clone()];
    out.extend(edges);
    Ok(Value::tuple(out))
}
