//! Array creation: `array asarray zeros ones empty full *_like arange linspace eye identity
//! copy ascontiguousarray asfortranarray frombuffer`, and NumPy scalar constructors.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{coerce, Num};
use crate::array::kernels;
use crate::array::layout;
use crate::array::object::{ArrayRef, Base, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{
    array_from_value, element_num, to_dims, to_dtype, to_f64, to_i64, truthy,
};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "array",
        "asarray",
        "asanyarray",
        "zeros",
        "ones",
        "empty",
        "full",
        "zeros_like",
        "ones_like",
        "empty_like",
        "full_like",
        "arange",
        "linspace",
        "eye",
        "identity",
        "copy",
        "ascontiguousarray",
        "asfortranarray",
        "frombuffer",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "array" | "asarray" | "asanyarray" => {
            let copy_default = (name == "array").then_some(true);
            array(&args, name, copy_default).and_then(|r| {
                // An array converted to another dtype warns as `astype` does.
                if let (Some(src), Value::Array(out)) = (args.pos.first(), &r) {
                    super::cast_warnings::check_values(it, src, out.dtype)?;
                }
                Ok(r)
            })
        }
        "zeros" | "ones" | "empty" => filled(&args, name),
        "full" => full(&args),
        "zeros_like" | "ones_like" | "empty_like" | "full_like" => like(&args, name),
        "arange" => arange(&args),
        "linspace" => linspace(&args),
        "eye" => eye(&args),
        "identity" => {
            let a = match args.bind("identity", &["n", "dtype"], 1) {
                Ok(a) => a,
                Err(e) => return Some(Err(e)),
            };
            let mut pos = vec![a[0].clone().unwrap_or(Value::None)];
            let mut b = Args::default();
            b.pos.append(&mut pos);
            if let Some(d) = a[1].clone() {
                b.kw.push(("dtype".into(), d));
            }
            eye(&b)
        }
        "copy" => copy(&args),
        "ascontiguousarray" | "asfortranarray" => contiguous(&args, name == "asfortranarray"),
        "frombuffer" => frombuffer(&args),
        _ => return None,
    })
}

fn arr(v: NdArray) -> Value {
    Value::Array(Rc::new(v))
}

fn dtype_arg(v: &Option<Value>) -> PyResult<Option<DType>> {
    given(v).map(to_dtype).transpose()
}

fn order_is_f(v: &Option<Value>) -> PyResult<bool> {
    match given(v) {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_ref() {
            "C" | "K" | "A" => Ok(false),
            "F" => Ok(true),
            _ => Err(PyErr::value(format!(
                "order must be one of 'C', 'F', 'A', or 'K' (got '{}')",
                s
            ))),
        },
        Some(other) => Err(PyErr::type_err(format!(
            "order must be str, not {}",
            other.type_of().short_name()
        ))),
    }
}

const COPY_FALSE: &str = "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

/// `np.array` / `np.asarray`.
fn array(args: &Args, fname: &str, copy_default: Option<bool>) -> PyResult<Value> {
    let a = args.bind(
        fname,
        &[
            "object", "dtype", "*copy", "*order", "*subok", "*ndmin", "*like",
        ],
        1,
    )?;
    let obj = a[0].clone().unwrap_or(Value::None);
    // Objects exporting `__array_interface__` (PIL images) convert through that array.
    let obj = match (&obj, super::image::array_interface(&obj)?) {
        (Value::Object(_), Some(x)) => Value::Array(x),
        _ => obj,
    };
    let dtype = dtype_arg(&a[1])?;
    let copy = match &a[2] {
        None => copy_default,
        Some(Value::None) => None,
        Some(v) => Some(truthy(v)?),
    };
    let order = super::shape::order_arg(&a[3], layout::Order::K)?;
    let fortran = order == layout::Order::F;
    let ndmin = given(&a[5]).map(to_i64).transpose()?.unwrap_or(0).max(0) as usize;
    let result: ArrayRef = match &obj {
        Value::Array(src) => {
            // NumPy's default order 'K' keeps the source's memory order in a copy.
            let need = dtype.is_some_and(|d| d != src.dtype)
                || (fortran && !src.is_f_contiguous())
                || (order == layout::Order::C && !src.is_c_contiguous());
            if copy == Some(false) && need {
                return Err(PyErr::value(COPY_FALSE));
            }
            if copy == Some(true) || need {
                Rc::new(super::shape::copy_in_order(
                    src,
                    dtype.unwrap_or(src.dtype),
                    order,
                )?)
            } else if fname == "asanyarray" || given(&a[4]).map(truthy).transpose()? == Some(true) {
                src.clone()
            } else {
                // Without `subok`, a memmap comes back as an `ndarray` view of it.
                super::io::memmap::plain(src.clone())
            }
        }
        other => {
            if copy == Some(false) {
                return Err(PyErr::value(COPY_FALSE));
            }
            let a = array_from_value(other, dtype)?;
            Rc::new(if fortran && a.ndim() > 1 {
                kernels::to_fortran(&a, a.dtype)?
            } else {
                a
            })
        }
    };
    if result.ndim() < ndmin {
        let extra = ndmin - result.ndim();
        let mut shape = vec![1usize; extra];
        shape.extend(&result.shape);
        let mut strides = vec![0isize; extra];
        strides.extend(&result.strides);
        return Ok(arr(NdArray::view(
            &result,
            result.offset as isize,
            shape,
            strides,
            result.dtype,
        )?));
    }
    Ok(Value::Array(result))
}

fn new_filled(shape: &[usize], dtype: DType, value: Num, fortran: bool) -> PyResult<NdArray> {
    let mut a = NdArray::zeros(shape, dtype)?;
    if fortran {
        a.strides = layout::fresh_strides(shape, layout::f_strides(shape, dtype.itemsize()));
    }
    if value.is_true() {
        kernels::fill(&a, value);
    }
    Ok(a)
}

fn filled(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["shape", "dtype", "order", "*like"], 1)?;
    let shape = shape_arg(a[0].as_ref().unwrap_or(&Value::None))?;
    let dtype = dtype_arg(&a[1])?.unwrap_or(DType::F64);
    let v = if name == "ones" {
        Num::Int(1)
    } else {
        Num::Int(0)
    };
    Ok(arr(new_filled(&shape, dtype, v, order_is_f(&a[2])?)?))
}

/// A shape argument with NumPy's messages for non-integers.
pub fn shape_arg(v: &Value) -> PyResult<Vec<usize>> {
    match v {
        Value::Float(f) => Err(PyErr::type_err(format!(
            "expected a sequence of integers or a single integer, got '{}'",
            crate::format::float_repr(*f)
        ))),
        Value::Tuple(_) | Value::List(_) => {
            for x in crate::value::convert::iter_values(v)? {
                if let Value::Float(_) = x {
                    return Err(PyErr::type_err(
                        "'float' object cannot be interpreted as an integer".to_string(),
                    ));
                }
            }
            to_dims(v)
        }
        _ => to_dims(v),
    }
}

/// The dtype NumPy picks for a fill value given without `dtype=`.
fn value_dtype(v: &Value) -> PyResult<DType> {
    Ok(match v {
        Value::Bool(_) => DType::Bool,
        Value::Int(_) => DType::I64,
        Value::Float(_) => DType::F64,
        Value::Complex(..) => DType::C128,
        Value::Scalar(d, _) => *d,
        Value::Array(a) => a.dtype,
        other => array_from_value(other, None)?.dtype,
    })
}

fn fill_from(a: &NdArray, v: &Value) -> PyResult<()> {
    match v {
        Value::Array(_) | Value::List(_) | Value::Tuple(_) => {
            let src = crate::value::index::value_array(v, a.dtype)?;
            crate::value::index::assign_into(a, &src)
        }
        // np.full copies a float into an integer array as a cast (NaN does not raise).
        Value::Float(_) | Value::Scalar(..) if a.dtype.is_int() => {
            let src = crate::value::convert::array_from_value(v, None)?;
            kernels::fill(a, kernels::to_contiguous(&src, a.dtype)?.get(&[]));
            Ok(())
        }
        other => {
            let n = element_num(other, a.dtype)?;
            kernels::fill(a, n);
            Ok(())
        }
    }
}

fn full(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "full",
        &["shape", "fill_value", "dtype", "order", "*like"],
        2,
    )?;
    let shape = shape_arg(a[0].as_ref().unwrap_or(&Value::None))?;
    let fillv = a[1].clone().unwrap_or(Value::None);
    let dtype = match dtype_arg(&a[2])? {
        Some(d) => d,
        None => value_dtype(&fillv)?,
    };
    let out = new_filled(&shape, dtype, Num::Int(0), order_is_f(&a[3])?)?;
    fill_from(&out, &fillv)?;
    Ok(arr(out))
}

fn like(args: &Args, name: &str) -> PyResult<Value> {
    let is_full = name == "full_like";
    let params: &[&str] = if is_full {
        &["a", "fill_value", "dtype", "order", "subok", "shape"]
    } else {
        &["a", "dtype", "order", "subok", "shape"]
    };
    let a = args.bind(name, params, if is_full { 2 } else { 1 })?;
    let proto = crate::value::convert::as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let off = if is_full { 1 } else { 0 };
    let dtype = dtype_arg(&a[1 + off])?.unwrap_or(proto.dtype);
    let shape = match given(&a[4 + off]) {
        Some(s) => shape_arg(s)?,
        None => proto.shape.clone(),
    };
    let fortran = match given(&a[2 + off]) {
        None => proto.is_f_contiguous() && !proto.is_c_contiguous(),
        Some(_) => order_is_f(&a[2 + off])?,
    };
    let v = if name == "ones_like" {
        Num::Int(1)
    } else {
        Num::Int(0)
    };
    let mut out = new_filled(&shape, dtype, v, fortran)?;
    if given(&a[2 + off]).is_none() && shape == proto.shape && out.size() > 0 {
        // NumPy's default order='K' lays the new array out in the prototype's memory
        // order; every element holds the same value, so only the strides change.
        out.strides =
            layout::strides_for_order(layout::Order::K, &shape, &proto.strides, dtype.itemsize());
    }
    if is_full {
        fill_from(&out, a[1].as_ref().unwrap_or(&Value::None))?;
    }
    Ok(arr(out))
}

fn arange(args: &Args) -> PyResult<Value> {
    let a = args.bind("arange", &["start", "stop", "step", "dtype", "*like"], 0)?;
    let (start_v, stop_v) = match (given(&a[0]), given(&a[1])) {
        (Some(s), Some(e)) => (s.clone(), e.clone()),
        (Some(e), None) => (Value::Int(0), e.clone()),
        (None, _) => return Err(PyErr::type_err("arange() requires stop to be specified.")),
    };
    let step_v = given(&a[2]).cloned().unwrap_or(Value::Int(1));
    let dtype_req = dtype_arg(&a[3])?;
    let vals = [&start_v, &stop_v, &step_v];
    let mut dt = DType::I64;
    for v in vals {
        let d = match v {
            Value::Int(_) | Value::Bool(_) => DType::I64,
            Value::Float(_) => DType::F64,
            Value::Complex(..) => {
                return Err(PyErr::type_err("arrsh: complex arange is not supported"))
            }
            Value::Scalar(d, _) => *d,
            other => {
                return Err(PyErr::type_err(format!(
                    "unsupported operand type(s) for -: '{}' and 'int'",
                    other.type_of().short_name()
                )))
            }
        };
        dt = DType::promote(dt, d);
    }
    let out_dt = dtype_req.unwrap_or(dt);
    // NumPy converts a Python-int start to the requested dtype first.
    if let (Value::Int(i), Some((lo, hi))) = (&start_v, out_dt.int_range()) {
        if out_dt != DType::Bool && (*i < lo || *i > hi) {
            return Err(PyErr::overflow(format!(
                "Python integer {} out of bounds for {}",
                i,
                out_dt.name()
            )));
        }
    }
    if dt.is_int() && !out_dt.is_inexact() || (dt.is_int() && dtype_req.is_some()) {
        let (s, e, st) = (
            crate::value::convert::to_int(&start_v)?,
            crate::value::convert::to_int(&stop_v)?,
            crate::value::convert::to_int(&step_v)?,
        );
        if st == 0 {
            return Err(PyErr::zero_div("division by zero"));
        }
        let n = crate::value::convert::range_len(s, e, st);
        // A length past npy_intp is arange's own error; a smaller one too big for the
        // dtype is the array's ("array is too big") or the allocator's (MemoryError).
        if n > i64::MAX as i128 {
            return Err(PyErr::value("Maximum allowed size exceeded"));
        }
        // `fill_linear` writes every element.
        let out = NdArray::for_overwrite(&[n as usize], out_dt)?;
        fill_linear(&out, Num::Int(s), Num::Int(st));
        return Ok(arr(out));
    }
    let (s, e, st) = (to_f64(&start_v)?, to_f64(&stop_v)?, to_f64(&step_v)?);
    if st == 0.0 {
        return Err(PyErr::zero_div("float division by zero"));
    }
    let len = ((e - s) / st).ceil();
    if len.is_nan() {
        return Err(PyErr::value("arange: cannot compute length"));
    }
    let n = len.max(0.0);
    if n >= i64::MAX as f64 {
        return Err(PyErr::value("Maximum allowed size exceeded"));
    }
    // `fill_linear` writes every element.
    let out = NdArray::for_overwrite(&[n as usize], out_dt)?;
    // NumPy stores the first two values in the result's dtype and fills from them:
    // x[i] = x[0] + i * (x[1] - x[0]); for an integer dtype both are truncated first, so
    // `np.arange(0, 5, 0.5, dtype=int)` is all zeros.
    if out_dt.is_int() {
        let as_int = |x: f64| -> i128 {
            crate::array::dtype::with_dtype!(out_dt, T, {
                use crate::array::element::Element;
                match T::from_num(Num::Float(x)).to_num() {
                    Num::Int(i) => i,
                    other => other.as_f64() as i128,
                }
            })
        };
        let first = as_int(s);
        fill_linear(&out, Num::Int(first), Num::Int(as_int(s + st) - first));
        return Ok(arr(out));
    }
    let delta = (s + st) - s;
    fill_linear(&out, Num::Float(s), Num::Float(delta));
    Ok(arr(out))
}

/// out[i] = start + i*step, computed in the wide type then cast.
fn fill_linear(out: &NdArray, start: Num, step: Num) {
    let n = out.size();
    let d = out.dtype;
    crate::array::dtype::with_dtype!(d, T, {
        use crate::array::element::Element;
        let mut i: usize = 0;
        if let Some(run) = out.buffer.run::<T>(
            out.offset as isize,
            out.strides.first().copied().unwrap_or(0),
            n,
        ) {
            // One loop per kind of step, so the element loop does not match on it.
            match (start, step) {
                (Num::Int(s), Num::Int(st)) => crate::array::raw::map_unary(run, run, |_: T| {
                    let v = s + i as i128 * st;
                    i += 1;
                    T::from_num(Num::Int(v))
                }),
                _ => {
                    let (s, st) = (start.as_f64(), step.as_f64());
                    crate::array::raw::map_unary(run, run, |_: T| {
                        let v = s + i as f64 * st;
                        i += 1;
                        T::from_num(Num::Float(v))
                    })
                }
            }
        }
    });
}

/// `linspace` between complex end points, as NumPy computes it on complex128:
/// `arange(num) * step + start` (complex products), `step = (stop - start) / div`, the
/// end point put back exactly.
fn complex_linspace(
    start: &Value,
    stop: &Value,
    n: usize,
    endpoint: bool,
    retstep: bool,
    dtype: Option<DType>,
) -> PyResult<Value> {
    let part = |v: &Value| -> PyResult<(f64, f64)> {
        crate::value::convert::to_num(v)
            .map(Num::as_complex)
            .ok_or_else(|| PyErr::type_err("linspace end points must be numbers"))
    };
    let ((sr, si), (er, ei)) = (part(start)?, part(stop)?);
    let div = if endpoint { n.saturating_sub(1) } else { n };
    let (dr, di) = (er - sr, ei - si);
    let d = div as f64;
    let step = if div > 0 {
        (dr / d, di / d)
    } else {
        (f64::NAN, f64::NAN)
    };
    let step_zero = div > 0 && step.0 == 0.0 && step.1 == 0.0;
    // (a + 0j) * (c + dj), as complex128 multiplies.
    let times = |a: f64, (c, d): (f64, f64)| (a * c - 0.0 * d, a * d + 0.0 * c);
    let mut v: Vec<crate::array::element::C64> = (0..n)
        .map(|i| {
            let i = i as f64;
            let (re, im) = if div > 0 && !step_zero {
                times(i, step)
            } else if div > 0 {
                times(i / d, (dr, di))
            } else {
                times(i, (dr, di))
            };
            crate::array::element::C64::new(re + sr, im + si)
        })
        .collect();
    if endpoint && n > 1 {
        v[n - 1] = crate::array::element::C64::new(er, ei);
    }
    let mut out = NdArray::from_vec(v, &[n])?;
    if let Some(d) = dtype.filter(|&d| d != DType::C128) {
        out = kernels::to_contiguous(&out, d)?;
    }
    if retstep {
        return Ok(Value::tuple(vec![
            arr(out),
            Value::Scalar(DType::C128, Num::Complex(step.0, step.1)),
        ]));
    }
    Ok(arr(out))
}

fn linspace(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "linspace",
        &[
            "start", "stop", "num", "endpoint", "retstep", "dtype", "axis",
        ],
        2,
    )?;
    let start = a[0].clone().unwrap_or(Value::None);
    let stop = a[1].clone().unwrap_or(Value::None);
    if matches!(start, Value::Array(_)) || matches!(stop, Value::Array(_)) {
        return Err(PyErr::not_implemented(
            "arrsh: linspace with array endpoints is not supported yet",
        ));
    }
    let num = match given(&a[2]) {
        Some(v) => to_i64(v)?,
        None => 50,
    };
    if num < 0 {
        return Err(PyErr::value(format!(
            "Number of samples, {}, must be non-negative.",
            num
        )));
    }
    let endpoint = given(&a[3]).map(truthy).transpose()?.unwrap_or(true);
    let retstep = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    let dtype = dtype_arg(&a[5])?;
    let complex = |v: &Value| matches!(crate::value::convert::to_num(v), Some(Num::Complex(..)));
    if complex(&start) || complex(&stop) {
        return complex_linspace(&start, &stop, num as usize, endpoint, retstep, dtype);
    }
    let (s, e) = (to_f64(&start)?, to_f64(&stop)?);
    let n = num as usize;
    let div = if endpoint { n.saturating_sub(1) } else { n };
    let delta = e - s;
    let step = if div > 0 {
        delta / div as f64
    } else {
        f64::NAN
    };
    let narrow = narrow_float(&start, &stop);
    let out = match narrow {
        Some(c) => {
            let v = narrow_steps(s, e, n, div, c == DType::F16);
            kernels::to_contiguous(&NdArray::from_vec(v, &[n])?, c)?
        }
        None => {
            // Written straight into the result's buffer: no second full-size copy.
            let out = NdArray::for_overwrite(&[n], DType::F64)?;
            if let Some(run) = out.buffer.run::<f64>(0, 8, n) {
                let mut i = 0usize;
                crate::array::raw::map_unary(run, run, |_: f64| {
                    let y = if endpoint && n > 1 && i == n - 1 {
                        e
                    } else if div > 0 {
                        if step == 0.0 {
                            (i as f64 / div as f64) * delta + s
                        } else {
                            i as f64 * step + s
                        }
                    } else {
                        i as f64 * delta + s
                    };
                    i += 1;
                    y
                });
            }
            out
        }
    };
    let dtype = dtype.or(narrow);
    let out = match dtype {
        Some(d) if d != DType::F64 => {
            if d.is_int() {
                // NumPy floors before an integer cast.
                let floored = NdArray::from_vec(
                    kernels::to_vec::<f64>(&out)?
                        .into_iter()
                        .map(f64::floor)
                        .collect(),
                    &[n],
                )?;
                kernels::to_contiguous(&floored, d)?
            } else {
                kernels::to_contiguous(&out, d)?
            }
        }
        _ => out,
    };
    if retstep {
        return Ok(Value::tuple(vec![
            arr(out),
            Value::Scalar(DType::F64, Num::Float(step)),
        ]));
    }
    Ok(arr(out))
}

/// NumPy computes `linspace` in `result_type(start, stop, float)`: float16 or float32
/// NumPy scalar endpoints (no wider ones) keep that precision, which is also the default
/// result dtype.
fn narrow_float(start: &Value, stop: &Value) -> Option<DType> {
    let mut dt: Option<DType> = None;
    for v in [start, stop] {
        if let Value::Scalar(d, _) = v {
            dt = Some(dt.map_or(*d, |x| DType::promote(x, *d)));
        }
    }
    dt.filter(|d| matches!(d, DType::F32 | DType::F16))
}

/// `arange(num) * step + start` (or `(arange(num) / div) * delta + start` when the step
/// underflows to zero) in float32, each operation rounded to float16 too for `half`.
fn narrow_steps(s: f64, e: f64, n: usize, div: usize, half: bool) -> Vec<f32> {
    let r = |x: f32| {
        if half {
            half::f16::from_f32(x).to_f32()
        } else {
            x
        }
    };
    let (s, e) = (s as f32, e as f32);
    let delta = r(e - s);
    let step = if div > 0 {
        r(delta / div as f32)
    } else {
        f32::NAN
    };
    let mut v: Vec<f32> = (0..n)
        .map(|i| {
            let i = r(i as f32);
            if div > 0 && step == 0.0 {
                r(r(r(i / div as f32) * delta) + s)
            } else if div > 0 {
                r(r(i * step) + s)
            } else {
                r(r(i * delta) + s)
            }
        })
        .collect();
    if div > 0 && n > 1 && n > div {
        v[n - 1] = e;
    }
    v
}

fn eye(args: &Args) -> PyResult<Value> {
    let a = args.bind("eye", &["N", "M", "k", "dtype", "order", "*like"], 1)?;
    let n = to_i64(a[0].as_ref().unwrap_or(&Value::None))?;
    let m = given(&a[1]).map(to_i64).transpose()?.unwrap_or(n);
    let k = given(&a[2]).map(to_i64).transpose()?.unwrap_or(0);
    if n < 0 || m < 0 {
        return Err(PyErr::value("negative dimensions are not allowed"));
    }
    let dtype = dtype_arg(&a[3])?.unwrap_or(DType::F64);
    let out = new_filled(
        &[n as usize, m as usize],
        dtype,
        Num::Int(0),
        order_is_f(&a[4])?,
    )?;
    for i in 0..n {
        let j = i + k;
        if j >= 0 && j < m {
            out.set(&[i as usize, j as usize], Num::Int(1));
        }
    }
    Ok(arr(out))
}

fn copy(args: &Args) -> PyResult<Value> {
    let a = args.bind("copy", &["a", "order", "subok"], 1)?;
    let src = crate::value::convert::as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let order = super::shape::order_arg(&a[1], crate::array::layout::Order::K)?;
    Ok(arr(super::shape::copy_in_order(&src, src.dtype, order)?))
}

fn contiguous(args: &Args, fortran: bool) -> PyResult<Value> {
    let name = if fortran {
        "asfortranarray"
    } else {
        "ascontiguousarray"
    };
    let a = args.bind(name, &["a", "dtype", "*like"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    let dtype = dtype_arg(&a[1])?;
    let src = match &v {
        Value::Array(x) => x.clone(),
        other => Rc::new(array_from_value(other, dtype)?),
    };
    let d = dtype.unwrap_or(src.dtype);
    let ok = d == src.dtype
        && if fortran {
            src.is_f_contiguous()
        } else {
            src.is_c_contiguous()
        };
    if ok {
        if src.ndim() == 0 {
            // NumPy returns at least 1-d here.
            return Ok(arr(NdArray::view(
                &src,
                src.offset as isize,
                vec![1],
                vec![src.itemsize() as isize],
                src.dtype,
            )?));
        }
        return Ok(Value::Array(super::io::memmap::plain(src)));
    }
    let out = if fortran {
        kernels::to_fortran(&src, d)?
    } else {
        kernels::to_contiguous(&src, d)?
    };
    if out.ndim() == 0 {
        let rc = Rc::new(out);
        return Ok(arr(NdArray::view(
            &rc,
            0,
            vec![1],
            vec![rc.itemsize() as isize],
            rc.dtype,
        )?));
    }
    Ok(arr(out))
}

/// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: a view of bytes or an array's
/// memory (NumPy's errors for non-contiguous memoryviews and bad sizes).
fn frombuffer(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "frombuffer",
        &["buffer", "dtype", "count", "offset", "*like"],
        1,
    )?;
    let dtype = dtype_arg(&a[1])?.unwrap_or(DType::F64);
    let count = given(&a[2]).map(to_i64).transpose()?.unwrap_or(-1);
    let offset = given(&a[3]).map(to_i64).transpose()?.unwrap_or(0);
    let src = a[0].clone().unwrap_or(Value::None);
    let (owner, start, len, writeable): (ArrayRef, usize, usize, bool) = match &src {
        Value::Memory(m) | Value::Array(m) => {
            if !m.is_c_contiguous() {
                return Err(PyErr::buffer(
                    "memoryview: underlying buffer is not C-contiguous",
                ));
            }
            (m.clone(), m.offset, m.nbytes(), m.writeable.get())
        }
        Value::Bytes(b) => {
            let owner = kernels::from_bytes(b, vec![b.len()], DType::U8)?;
            owner.writeable.set(false);
            (Rc::new(owner), 0, b.len(), false)
        }
        other => {
            return Err(PyErr::type_err(format!(
                "a bytes-like object is required, not '{}'",
                other.type_of().short_name()
            )))
        }
    };
    if offset < 0 || offset as usize > len {
        return Err(PyErr::value(format!(
            "offset must be non-negative and no greater than buffer length ({})",
            len
        )));
    }
    let avail = len - offset as usize;
    let isz = dtype.itemsize();
    let n = if count < 0 {
        if !avail.is_multiple_of(isz) {
            return Err(PyErr::value(
                "buffer size must be a multiple of element size",
            ));
        }
        avail / isz
    } else {
        let want = count as usize;
        if want.checked_mul(isz).is_none_or(|b| b > avail) {
            return Err(PyErr::value("buffer is smaller than requested size"));
        }
        want
    };
    let mut v = NdArray::view(
        &owner,
        (start + offset as usize) as isize,
        vec![n],
        vec![isz as isize],
        dtype,
    )?;
    match &src {
        Value::Bytes(b) => {
            v.base = Base::Bytes(b.clone());
            v.may_write = false;
        }
        Value::Memory(m) => v.base = Base::Memory(m.clone()),
        _ => {}
    }
    v.writeable.set(writeable);
    Ok(arr(v))
}

/// `np.uint8(255)`, `np.float64('1.5')`, `np.int64([1, 2])`.
pub fn scalar_ctor(_it: &mut dyn Context, d: DType, args: Args) -> PyResult<Value> {
    let a = args.bind(d.name(), &["value"], 0)?;
    let v = match &a[0] {
        None => return Ok(Value::Scalar(d, coerce(d, Num::Int(0)))),
        Some(v) => v.clone(),
    };
    match &v {
        Value::List(_) | Value::Tuple(_) => Ok(arr(array_from_value(&v, Some(d))?)),
        Value::Array(x) => {
            let c = kernels::to_contiguous(x, d)?;
            if c.ndim() == 0 {
                Ok(Value::Scalar(d, c.get(&[])))
            } else {
                Ok(arr(c))
            }
        }
        Value::Str(s) => {
            let parsed: Num = if d.is_int() {
                Num::Int(s.trim().parse::<i128>().map_err(|_| {
                    PyErr::value(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::format::str_repr(s)
                    ))
                })?)
            } else {
                Num::Float(s.trim().parse::<f64>().map_err(|_| {
                    PyErr::value(format!(
                        "could not convert string to float: {}",
                        crate::format::str_repr(s)
                    ))
                })?)
            };
            Ok(Value::Scalar(d, coerce(d, parsed)))
        }
        other => {
            let n = element_num(other, d)?;
            Ok(Value::Scalar(d, coerce(d, n)))
        }
    }
}
