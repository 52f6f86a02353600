//! The nan-ignoring reductions (`nansum nanprod nancumsum nancumprod nanmax nanmin
//! nanargmax nanargmin nanmean nanvar nanstd nanmedian`), written as NumPy's
//! `lib/_nanfunctions_impl.py` writes them: nans are replaced by the operation's neutral
//! value in a copy and the plain reduction runs on it, so sums keep NumPy's pairwise
//! order bit for bit and integer inputs go straight to the plain function.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, given_kw, np, np1, set};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dtype, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "nansum",
        "nanprod",
        "nancumsum",
        "nancumprod",
        "nanmax",
        "nanmin",
        "nanargmax",
        "nanargmin",
        "nanmean",
        "nanvar",
        "nanstd",
        "nanmedian",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "nansum" => fill(it, &args, name, "sum", 0.0, &REDUCE),
        "nanprod" => fill(it, &args, name, "prod", 1.0, &REDUCE),
        "nancumsum" => fill(it, &args, name, "cumsum", 0.0, &CUMULATIVE),
        "nancumprod" => fill(it, &args, name, "cumprod", 1.0, &CUMULATIVE),
        "nanmax" => extreme(it, &args, name, "max", f64::NEG_INFINITY),
        "nanmin" => extreme(it, &args, name, "min", f64::INFINITY),
        "nanargmax" => arg_extreme(it, &args, name, "argmax", f64::NEG_INFINITY),
        "nanargmin" => arg_extreme(it, &args, name, "argmin", f64::INFINITY),
        "nanmean" => nanmean(it, &args),
        "nanvar" => nanvar(it, &args, false),
        "nanstd" => nanvar(it, &args, true),
        "nanmedian" => nanmedian(it, &args),
        _ => return None,
    })
}

/// NumPy's `_replace_nan`: for a float or complex array, a copy with nans set to `val`
/// and the nan mask; other dtypes come back as they are, without a mask.
fn replace_nan(it: &mut dyn Context, a: &Value, val: f64) -> PyResult<(Value, Option<Value>)> {
    let a = np1(it, "asanyarray", vec![a.clone()])?;
    if !as_array(&a)?.dtype.is_inexact() {
        return Ok((a, None));
    }
    let mask = np1(it, "isnan", vec![a.clone()])?;
    let copy = np1(it, "array", vec![a])?;
    set(&copy, &mask, &Value::Float(val))?;
    Ok((copy, Some(mask)))
}

/// The plain function `plain` of `a` with its nans replaced by `val` (which changes
/// nothing): `nansum`/`nanprod(a, axis, dtype, out, keepdims, initial, where)` and
/// `nancumsum`/`nancumprod(a, axis, dtype, out)`; `names` is the signature.
fn fill(
    it: &mut dyn Context,
    args: &Args,
    name: &str,
    plain: &str,
    val: f64,
    names: &[&str],
) -> PyResult<Value> {
    let p = args.bind(name, names, 1)?;
    let (a, _) = replace_nan(it, &arg(&p[0]), val)?;
    np(it, plain, vec![a], given_kw(&names[1..], &p[1..]))
}

const REDUCE: [&str; 7] = ["a", "axis", "dtype", "out", "keepdims", "initial", "where"];
const CUMULATIVE: [&str; 4] = ["a", "axis", "dtype", "out"];

/// `nanmax`/`nanmin(a, axis=None, out=None, keepdims, initial, where)`: the plain
/// extreme with nans replaced by the value that never wins; a slice that was all nan is
/// nan again (unless `initial` gives it a value), with NumPy's warning. NumPy reduces an
/// ndarray with `fmax`/`fmin`, whose name its empty-reduction error carries.
fn extreme(
    it: &mut dyn Context,
    args: &Args,
    name: &str,
    plain: &str,
    val: f64,
) -> PyResult<Value> {
    let names = ["a", "axis", "out", "keepdims", "initial", "where"];
    let p = args.bind(name, &names, 1)?;
    let was_array = matches!(p[0], Some(Value::Array(_)));
    let (a, mask) = replace_nan(it, &arg(&p[0]), val)?;
    let kw = given_kw(&names[1..], &p[1..]);
    let res = np(it, plain, vec![a], kw).map_err(|e| {
        let (ufunc, f) = match plain {
            "max" => ("maximum", "fmax"),
            _ => ("minimum", "fmin"),
        };
        let needle = format!("reduction operation {} ", ufunc);
        if was_array && e.msg.contains(&needle) {
            PyErr::new(
                e.class,
                e.msg
                    .replace(&needle, &format!("reduction operation {} ", f)),
            )
        } else {
            e
        }
    })?;
    if let Some(initial) = given(&p[4]) {
        // `fmax.reduce(..., initial=v)` is `fmax(v, ...)`: no slice stays nan.
        let f = if plain == "max" { "fmax" } else { "fmin" };
        return np1(it, f, vec![res, initial.clone()]);
    }
    let Some(mask) = mask else { return Ok(res) };
    let all_kw = given_kw(&["axis", "keepdims"], &[p[1].clone(), p[3].clone()]);
    let all_nan = np(it, "all", vec![mask], all_kw)?;
    let any = np1(it, "any", vec![all_nan.clone()])?;
    if crate::value::convert::truthy(&any)? {
        it.warn("RuntimeWarning", "All-NaN slice encountered");
        return copyto_nan(it, res, all_nan);
    }
    Ok(res)
}

/// NumPy's `_copyto(a, nan, mask)`: an array gets nan where `mask`, a scalar becomes nan.
fn copyto_nan(it: &mut dyn Context, res: Value, mask: Value) -> PyResult<Value> {
    match res {
        Value::Array(_) => {
            set(&res, &mask, &Value::Float(f64::NAN))?;
            Ok(res)
        }
        other => {
            let arr = np1(it, "array", vec![other])?;
            set(&arr, &mask, &Value::Float(f64::NAN))?;
            get(&arr, &Value::tuple(vec![]))
        }
    }
}

/// `nanargmax`/`nanargmin(a, axis=None, out=None, *, keepdims)`: an all-nan slice is
/// an error.
fn arg_extreme(
    it: &mut dyn Context,
    args: &Args,
    name: &str,
    plain: &str,
    val: f64,
) -> PyResult<Value> {
    let names = ["a", "axis", "out", "*keepdims"];
    let p = args.bind(name, &names, 1)?;
    let (a, mask) = replace_nan(it, &arg(&p[0]), val)?;
    if let Some(mask) = mask {
        if as_array(&mask)?.size() > 0 {
            let kw = given_kw(&["axis"], &p[1..2]);
            let all_nan = np(it, "all", vec![mask], kw)?;
            let any = np1(it, "any", vec![all_nan])?;
            if crate::value::convert::truthy(&any)? {
                return Err(PyErr::value("All-NaN slice encountered"));
            }
        }
    }
    let kw = given_kw(&["axis", "out", "keepdims"], &p[1..]);
    np(it, plain, vec![a], kw)
}

/// A `dtype=` that must be inexact when the data is.
fn check_inexact(dtype: &Option<Value>, out: &Option<Value>) -> PyResult<()> {
    if let Some(d) = given(dtype) {
        if !to_dtype(d)?.is_inexact() {
            return Err(PyErr::type_err(
                "If a is inexact, then dtype must be inexact",
            ));
        }
    }
    if let Some(o) = given(out) {
        if !as_array(o)?.dtype.is_inexact() {
            return Err(PyErr::type_err("If a is inexact, then out must be inexact"));
        }
    }
    Ok(())
}

/// NumPy's `_divide_by_count(a, b)`: `a / b` kept in `a`'s dtype (an array is divided
/// in place with unsafe casting, a scalar through its type). An empty slice's 0/0 is
/// nan without a warning.
fn divide_by_count(it: &mut dyn Context, a: Value, b: Value) -> PyResult<Value> {
    let dt = match &a {
        Value::Array(x) => x.dtype,
        Value::Scalar(d, _) => *d,
        _ => DType::F64,
    };
    let saved = it.state().err;
    let quiet = crate::numpy::contexts::ErrMode::Ignore;
    it.state().err.divide = quiet;
    it.state().err.invalid = quiet;
    let q = np1(it, "true_divide", vec![a.clone(), b]);
    it.state().err = saved;
    let q = np(it, "asarray", vec![q?], vec![("dtype", Value::DType(dt))])?;
    Ok(match a {
        Value::Array(_) => q,
        _ => get(&q, &Value::tuple(vec![]))?,
    })
}

/// `nanmean(a, axis=None, dtype=None, out=None, keepdims, *, where)`.
fn nanmean(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["a", "axis", "dtype", "out", "keepdims", "*where"];
    let p = args.bind("nanmean", &names, 1)?;
    let (arr, mask) = replace_nan(it, &arg(&p[0]), 0.0)?;
    let Some(mask) = mask else {
        return np(it, "mean", vec![arr], given_kw(&names[1..], &p[1..]));
    };
    check_inexact(&p[2], &p[3])?;
    let mut cnt_kw = given_kw(
        &["axis", "keepdims", "where"],
        &[p[1].clone(), p[4].clone(), p[5].clone()],
    );
    cnt_kw.push(("dtype", Value::DType(DType::I64)));
    let not_mask = np1(it, "logical_not", vec![mask])?;
    let cnt = np(it, "sum", vec![not_mask], cnt_kw)?;
    let tot = np(it, "sum", vec![arr], given_kw(&names[1..], &p[1..]))?;
    let avg = divide_by_count(it, tot, cnt.clone())?;
    let bad = np1(it, "equal", vec![cnt, Value::Int(0)])?;
    if crate::value::convert::truthy(&np1(it, "any", vec![bad])?)? {
        it.warn("RuntimeWarning", "Mean of empty slice");
    }
    if let Some(out) = given(&p[3]) {
        np(it, "copyto", vec![out.clone(), avg], vec![])?;
        return Ok(out.clone());
    }
    Ok(avg)
}

/// `nanvar`/`nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims, *, where,
/// mean, correction)`.
fn nanvar(it: &mut dyn Context, args: &Args, std: bool) -> PyResult<Value> {
    let fname = if std { "nanstd" } else { "nanvar" };
    let names = [
        "a",
        "axis",
        "dtype",
        "out",
        "ddof",
        "keepdims",
        "*where",
        "*mean",
        "*correction",
    ];
    let p = args.bind(fname, &names, 1)?;
    let (arr, mask) = replace_nan(it, &arg(&p[0]), 0.0)?;
    let Some(mask) = mask else {
        let plain = if std { "std" } else { "var" };
        return np(it, plain, vec![arr], given_kw(&names[1..], &p[1..]));
    };
    check_inexact(&p[2], &p[3])?;
    if given(&p[3]).is_some() || given(&p[6]).is_some() || given(&p[7]).is_some() {
        return Err(PyErr::not_implemented(format!(
            "arrsh: np.{}(out=, where=, mean=) is not implemented yet",
            fname
        )));
    }
    let mut ddof = match given(&p[4]) {
        None => 0,
        Some(d) => to_i64(d)?,
    };
    if let Some(c) = given(&p[8]) {
        if ddof != 0 {
            return Err(PyErr::value(
                "ddof and correction can't be provided simultaneously.",
            ));
        }
        ddof = to_i64(c)?;
    }
    let axis_kw = given_kw(&["axis"], &p[1..2]);
    let mut cnt_kw = axis_kw.clone();
    cnt_kw.push(("keepdims", Value::Bool(true)));
    let mut sum_kw = cnt_kw.clone();
    cnt_kw.push(("dtype", Value::DType(DType::I64)));
    if let Some(d) = given(&p[2]) {
        sum_kw.push(("dtype", d.clone()));
    }
    let not_mask = np1(it, "logical_not", vec![mask.clone()])?;
    let cnt = np(it, "sum", vec![not_mask], cnt_kw)?;
    let tot = np(it, "sum", vec![arr.clone()], sum_kw)?;
    let avg = divide_by_count(it, tot, cnt.clone())?;
    np(
        it,
        "subtract",
        vec![arr.clone(), avg],
        vec![("out", arr.clone()), ("casting", Value::str("unsafe"))],
    )?;
    set(&arr, &mask, &Value::Int(0))?;
    let sqr = if as_array(&arr)?.dtype.is_complex() {
        // The real part of `arr * arr.conj()`, as the complex product computes it.
        let re = np1(it, "real", vec![arr.clone()])?;
        let im = np1(it, "imag", vec![arr])?;
        let re2 = np1(it, "multiply", vec![re.clone(), re])?;
        let im2 = np1(it, "multiply", vec![im.clone(), im])?;
        np1(it, "add", vec![re2, im2])?
    } else {
        np(
            it,
            "multiply",
            vec![arr.clone(), arr.clone()],
            vec![("out", arr)],
        )?
    };
    let mut var_kw = given_kw(
        &["axis", "dtype", "keepdims"],
        &[p[1].clone(), p[2].clone(), p[5].clone()],
    );
    var_kw.retain(|(_, v)| !matches!(v, Value::None));
    let var = np(it, "sum", vec![sqr], var_kw)?;
    let var_nd = match &var {
        Value::Array(a) => a.ndim(),
        _ => 0,
    };
    let mut cnt = cnt;
    if var_nd < as_array(&cnt)?.ndim() {
        cnt = match given(&p[1]) {
            Some(ax) => np(it, "squeeze", vec![cnt], vec![("axis", ax.clone())])?,
            None => np1(it, "squeeze", vec![cnt])?,
        };
    }
    let dof = np1(it, "subtract", vec![cnt, Value::Int(ddof as i128)])?;
    let mut var = divide_by_count(it, var, dof.clone())?;
    let bad = np1(it, "less_equal", vec![dof, Value::Int(0)])?;
    if crate::value::convert::truthy(&np1(it, "any", vec![bad.clone()])?)? {
        it.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice.");
        var = copyto_nan(it, var, bad)?;
    }
    if !std {
        return Ok(var);
    }
    match var {
        Value::Array(_) => np(it, "sqrt", vec![var.clone()], vec![("out", var)]),
        other => np1(it, "sqrt", vec![other]),
    }
}

/// NumPy's `_nanmedian1d`: the median of the non-nan items; an all-nan slice gives its
/// last item (a nan) with a warning.
fn nanmedian1d(it: &mut dyn Context, row: Value) -> PyResult<Value> {
    let a = as_array(&row)?;
    if !a.dtype.is_inexact() {
        return np1(it, "median", vec![row]);
    }
    let isnan = np1(it, "isnan", vec![row.clone()])?;
    let keep = np1(it, "logical_not", vec![isnan])?;
    let parsed = get(&row, &keep)?;
    if as_array(&parsed)?.size() == 0 {
        it.warn("RuntimeWarning", "All-NaN slice encountered");
        return get(&row, &Value::Int(-1));
    }
    np1(it, "median", vec![parsed])
}

/// `nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False)`: each
/// slice along `axis` is a `_nanmedian1d`. (NumPy takes short float16 slices through a
/// masked median whose float16 rounding arrsh does not copy.)
fn nanmedian(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["a", "axis", "out", "overwrite_input", "keepdims"];
    let p = args.bind("nanmedian", &names, 1)?;
    let a = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let x = as_array(&a)?;
    if given(&p[2]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: np.nanmedian(out=...) is not implemented yet",
        ));
    }
    let kd = given_kw(&["axis", "keepdims"], &[p[1].clone(), p[4].clone()]);
    if x.size() == 0 {
        return np(it, "nanmean", vec![a], kd);
    }
    let keepdims = crate::numpy::compose::flag(&p[4], false)?;
    let r = match given(&p[1]) {
        None => {
            let flat = np1(it, "ravel", vec![a])?;
            nanmedian1d(it, flat)?
        }
        Some(Value::Tuple(_)) => {
            return Err(PyErr::not_implemented(
                "arrsh: np.nanmedian over a tuple of axes is not implemented yet",
            ))
        }
        Some(ax) if x.ndim() == 1 => {
            crate::numpy::shape::normalize_axis(to_i64(ax)?, 1, None)?;
            let flat = np1(it, "ravel", vec![a])?;
            nanmedian1d(it, flat)?
        }
        Some(ax) => {
            let axis = crate::numpy::shape::normalize_axis(to_i64(ax)?, x.ndim(), None)?;
            let moved = np1(
                it,
                "moveaxis",
                vec![a, Value::Int(axis as i128), Value::Int(-1)],
            )?;
            let m = as_array(&moved)?;
            let rest: Vec<i128> = m.shape[..m.ndim() - 1].iter().map(|&d| d as i128).collect();
            let n = m.shape[m.ndim() - 1] as i128;
            let rows = np1(it, "reshape", vec![moved, Value::ints([-1, n])])?;
            let count = as_array(&rows)?.shape[0];
            let mut meds = Vec::with_capacity(count);
            for i in 0..count {
                let row = get(&rows, &Value::Int(i as i128))?;
                meds.push(nanmedian1d(it, row)?);
            }
            let stacked = np1(it, "array", vec![Value::list(meds)])?;
            np1(it, "reshape", vec![stacked, Value::ints(rest)])?
        }
    };
    if !keepdims {
        return Ok(r);
    }
    let mut shape: Vec<i128> = x.shape.iter().map(|&d| d as i128).collect();
    match given(&p[1]) {
        None => shape.iter_mut().for_each(|d| *d = 1),
        Some(ax) => shape[crate::numpy::shape::normalize_axis(to_i64(ax)?, x.ndim(), None)?] = 1,
    }
    let r = np1(it, "asarray", vec![r])?;
    np1(it, "reshape", vec![r, Value::ints(shape)])
}
