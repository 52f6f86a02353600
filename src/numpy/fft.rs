//! `np.fft`: the discrete Fourier transforms of `numpy/fft/_pocketfft.py` (`fft ifft rfft
//! irfft hfft ihfft` and their 2-d / n-d forms) and the helpers of `numpy/fft/_helper.py`
//! (`fftfreq rfftfreq fftshift ifftshift`).
//!
//! NumPy's argument handling (`n` cropping or zero-padding, `axis`, `s`/`axes`, `norm` and
//! its error messages, the result dtypes: float32 and complex64 inputs stay single
//! precision) is ported line by line; each 1-d lane is transformed by `rustfft`, a
//! pure-Rust FFT of any length. NumPy uses pocketfft, whose butterflies round differently,
//! so results may differ in the last bits (docs/differences.md); the normalization
//! factor is computed in the result's real dtype and multiplied in, as pocketfft does.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{Element, Num};
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_f64, to_int};
use crate::value::Value;
use num_complex::Complex;
use rustfft::{FftNum, FftPlanner};
use std::rc::Rc;

/// The functions of `numpy.fft` arrsh has.
pub const NAMES: &[&str] = &[
    "fft",
    "ifft",
    "rfft",
    "irfft",
    "hfft",
    "ihfft",
    "fft2",
    "ifft2",
    "fftn",
    "ifftn",
    "rfft2",
    "irfft2",
    "rfftn",
    "irfftn",
    "fftfreq",
    "rfftfreq",
    "fftshift",
    "ifftshift",
];

/// Reached as `numpy.fft.<name>` only (no bare names).
pub const FAMILY: Family = Family { names: &[], call };

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    let short = name.strip_prefix("fft.")?;
    Some(match short {
        "fft" | "ifft" | "rfft" | "irfft" | "hfft" | "ihfft" => one_d(it, short, &args),
        "fft2" | "ifft2" | "rfft2" | "irfft2" | "fftn" | "ifftn" | "rfftn" | "irfftn" => {
            n_d(it, short, &args)
        }
        "fftfreq" => fftfreq(it, &args, false),
        "rfftfreq" => fftfreq(it, &args, true),
        "fftshift" => shift(it, &args, "fftshift", false),
        "ifftshift" => shift(it, &args, "ifftshift", true),
        _ => return None,
    })
}

/// Which transform a lane gets.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Forward,
    Inverse,
    /// Real input, the `n // 2 + 1` non-negative frequencies out.
    RealForward,
    /// Hermitian input, `n` real values out.
    RealInverse,
}

/// `a.shape[axis]` as Python indexes a tuple.
fn shape_at(a: &NdArray, axis: i128) -> PyResult<usize> {
    let nd = a.ndim() as i128;
    let i = if axis < 0 { axis + nd } else { axis };
    if i < 0 || i >= nd {
        return Err(PyErr::index("tuple index out of range"));
    }
    Ok(a.shape[i as usize])
}

/// The normalization mode, as `_raw_fft` reads it (`swap` for the inverse transforms,
/// whose error message `_swap_direction` words slightly differently).
fn norm_factor(norm: &Option<Value>, forward: bool, n: usize, real: DType) -> PyResult<f64> {
    let bad = |sep: &str| {
        let shown = norm
            .as_ref()
            .map_or("None".to_string(), crate::format::str_of);
        PyErr::value(format!(
            "Invalid norm value {}; should be \"backward\",{}\"ortho\" or \"forward\".",
            shown, sep
        ))
    };
    let mode: &str = match norm {
        None | Some(Value::None) => "backward",
        Some(Value::Str(s)) if matches!(&**s, "backward" | "ortho" | "forward") => s,
        Some(_) => return Err(bad(if forward { "" } else { " " })),
    };
    // An inverse transform scales as the forward one of the swapped mode.
    let mode = match (forward, mode) {
        (false, "backward") => "forward",
        (false, "forward") => "backward",
        (_, m) => m,
    };
    let round = |x: f64| match real {
        DType::F16 => half::f16::from_f64(x).to_f64(),
        DType::F32 => x as f32 as f64,
        _ => x,
    };
    Ok(match mode {
        "ortho" => match real {
            DType::F32 => (1.0f32 / (n as f32).sqrt()) as f64,
            _ => round(1.0 / round(round(n as f64).sqrt())),
        },
        "forward" => match real {
            DType::F32 => (1.0f32 / n as f32) as f64,
            _ => round(1.0 / round(n as f64)),
        },
        _ => 1.0,
    })
}

/// `result_type(a.real.dtype, 1.0)`: the real dtype of the result.
fn real_dtype(d: DType) -> DType {
    match d {
        DType::F16 => DType::F16,
        DType::F32 | DType::C64 => DType::F32,
        _ => DType::F64,
    }
}

/// `_raw_fft(a, n, axis, is_real, is_forward, norm, out)`.
fn raw_fft(
    it: &mut dyn Context,
    a: Value,
    n: i128,
    axis: i128,
    kind: Kind,
    norm: &Option<Value>,
    out: &Option<Value>,
) -> PyResult<Value> {
    if n < 1 {
        return Err(PyErr::value(format!(
            "Invalid number of FFT data points ({}) specified.",
            n
        )));
    }
    let arr = as_array(&a)?;
    let d = arr.dtype;
    let real = real_dtype(d);
    let forward = matches!(kind, Kind::Forward | Kind::RealForward);
    let fct = norm_factor(norm, forward, n as usize, real)?;
    let n = n as usize;
    if kind == Kind::RealForward && d.is_complex() {
        return Err(PyErr::type_err(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            if n.is_multiple_of(2) { "rfft_n_even" } else { "rfft_n_odd" }
        )));
    }
    let axis = normalize_axis(axis as i64, arr.ndim(), None)?;
    let single = matches!(d, DType::F16 | DType::F32 | DType::C64);
    let n_out = if kind == Kind::RealForward {
        n / 2 + 1
    } else {
        n
    };
    let out_dtype = match (kind, single) {
        (Kind::RealInverse, _) => real,
        (_, true) => DType::C64,
        _ => DType::C128,
    };
    if let Some(o) = given(out) {
        let oa = as_array(o)?;
        if oa.ndim() != arr.ndim() || oa.shape[axis] != n_out {
            return Err(PyErr::value("output array has wrong shape."));
        }
    }
    let moved = np1(
        it,
        "moveaxis",
        vec![a, Value::Int(axis as i128), Value::Int(-1)],
    )?;
    let moved = as_array(&moved)?;
    let nums = moved.to_nums()?;
    let mut shape = moved.shape.clone();
    let len = shape.last().copied().unwrap_or(0);
    let lanes: usize = shape[..shape.len() - 1].iter().product();
    if let Some(last) = shape.last_mut() {
        *last = n_out;
    }
    let result = if single {
        let data = transform::<f32>(&nums, lanes, len, n, kind, fct as f32);
        pack(data, &shape, kind)?
    } else {
        let data = transform::<f64>(&nums, lanes, len, n, kind, fct);
        pack(data, &shape, kind)?
    };
    let result = Value::Array(Rc::new(result));
    let back = np1(
        it,
        "moveaxis",
        vec![result, Value::Int(-1), Value::Int(axis as i128)],
    )?;
    let back = np(
        it,
        "ascontiguousarray",
        vec![back],
        vec![("dtype", Value::DType(out_dtype))],
    )?;
    match given(out) {
        None => Ok(back),
        Some(o) => {
            np1(it, "copyto", vec![o.clone(), back])?;
            Ok(o.clone())
        }
    }
}

/// The transformed lanes, each `n` complex values (the first `n // 2 + 1` kept for a real
/// forward transform; the real parts are the values of a real inverse one).
fn transform<T: FftNum + num_traits::Float>(
    nums: &[Num],
    lanes: usize,
    len: usize,
    n: usize,
    kind: Kind,
    fct: T,
) -> Vec<Complex<T>> {
    let zero = Complex::new(T::zero(), T::zero());
    let value = |lane: usize, k: usize| -> Complex<T> {
        if k < len {
            let (re, im) = nums[lane * len + k].as_complex();
            Complex::new(
                T::from(re).unwrap_or(T::zero()),
                T::from(im).unwrap_or(T::zero()),
            )
        } else {
            zero
        }
    };
    let mut buf = vec![zero; lanes * n];
    for lane in 0..lanes {
        let row = &mut buf[lane * n..(lane + 1) * n];
        if kind == Kind::RealInverse {
            // The full Hermitian spectrum from its first n // 2 + 1 values; the imaginary
            // parts of the zero (and, for even n, the Nyquist) frequency are ignored.
            row[0] = Complex::new(value(lane, 0).re, T::zero());
            for k in 1..n.div_ceil(2) {
                let c = value(lane, k);
                row[k] = c;
                row[n - k] = c.conj();
            }
            if n.is_multiple_of(2) && n > 1 {
                row[n / 2] = Complex::new(value(lane, n / 2).re, T::zero());
            }
        } else {
            for (k, slot) in row.iter_mut().enumerate() {
                let v = value(lane, k);
                *slot = if kind == Kind::RealForward {
                    Complex::new(v.re, T::zero())
                } else {
                    v
                };
            }
        }
    }
    if lanes > 0 {
        let mut planner = FftPlanner::<T>::new();
        let plan = match kind {
            Kind::Forward | Kind::RealForward => planner.plan_fft_forward(n),
            Kind::Inverse | Kind::RealInverse => planner.plan_fft_inverse(n),
        };
        plan.process(&mut buf);
    }
    if fct != T::one() {
        for c in buf.iter_mut() {
            *c = Complex::new(c.re * fct, c.im * fct);
        }
    }
    if kind == Kind::RealForward {
        let keep = n / 2 + 1;
        buf = buf
            .chunks(n)
            .flat_map(|row| row[..keep].iter().copied())
            .collect();
    }
    buf
}

/// The lanes as an array of `shape`: complex, or the real parts for a real inverse.
fn pack<T: Element + FftNum>(
    data: Vec<Complex<T>>,
    shape: &[usize],
    kind: Kind,
) -> PyResult<NdArray>
where
    Complex<T>: Element,
{
    if kind == Kind::RealInverse {
        NdArray::from_vec(data.into_iter().map(|c| c.re).collect(), shape)
    } else {
        NdArray::from_vec(data, shape)
    }
}

/// `fft ifft rfft irfft hfft ihfft (a, n=None, axis=-1, norm=None, out=None)`.
fn one_d(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind(name, &["a", "n", "axis", "norm", "out"], 1)?;
    let a = np1(it, "asarray", vec![arg(&p[0])])?;
    let axis = match given(&p[2]) {
        None => -1,
        Some(v) => to_int(v)?,
    };
    one_d_call(it, name, a, given(&p[1]).cloned(), axis, &p[3], &p[4])
}

fn one_d_call(
    it: &mut dyn Context,
    name: &str,
    a: Value,
    n: Option<Value>,
    axis: i128,
    norm: &Option<Value>,
    out: &Option<Value>,
) -> PyResult<Value> {
    let arr = as_array(&a)?;
    let half = matches!(name, "irfft" | "hfft");
    let n = match n {
        None if half => (shape_at(&arr, axis)? as i128 - 1) * 2,
        None => shape_at(&arr, axis)? as i128,
        Some(v) => to_int(&v)?,
    };
    match name {
        "fft" => raw_fft(it, a, n, axis, Kind::Forward, norm, out),
        "ifft" => raw_fft(it, a, n, axis, Kind::Inverse, norm, out),
        "rfft" => raw_fft(it, a, n, axis, Kind::RealForward, norm, out),
        "irfft" => raw_fft(it, a, n, axis, Kind::RealInverse, norm, out),
        "hfft" => {
            let swapped = swap_direction(norm)?;
            let c = np1(it, "conjugate", vec![a])?;
            raw_fft(it, c, n, axis, Kind::RealInverse, &swapped, &None)
        }
        _ => {
            let swapped = swap_direction(norm)?;
            let r = raw_fft(it, a, n, axis, Kind::RealForward, &swapped, out)?;
            np(it, "conjugate", vec![r.clone()], vec![("out", r)])
        }
    }
}

/// `_swap_direction(norm)` of hfft/ihfft.
fn swap_direction(norm: &Option<Value>) -> PyResult<Option<Value>> {
    Ok(Some(Value::str(match norm {
        None | Some(Value::None) => "forward",
        Some(Value::Str(s)) if &**s == "backward" => "forward",
        Some(Value::Str(s)) if &**s == "ortho" => "ortho",
        Some(Value::Str(s)) if &**s == "forward" => "backward",
        Some(v) => {
            return Err(PyErr::value(format!(
                "Invalid norm value {}; should be \"backward\", \"ortho\" or \"forward\".",
                crate::format::str_of(v)
            )))
        }
    })))
}

/// `_cook_nd_args(a, s, axes, invreal)`: the lengths and axes of an n-d transform.
fn cook_nd_args(
    it: &mut dyn Context,
    a: &NdArray,
    s: Option<&Value>,
    axes: Option<&Value>,
    invreal: bool,
) -> PyResult<(Vec<Option<i128>>, Vec<i128>)> {
    let axes: Option<Vec<i128>> = axes
        .map(|v| {
            iter_values(v)?
                .iter()
                .map(to_int)
                .collect::<PyResult<Vec<_>>>()
        })
        .transpose()?;
    let shapeless = s.is_none();
    let mut s: Vec<Option<i128>> = match s {
        Some(v) => iter_values(v)?
            .iter()
            .map(|x| match x {
                Value::None => Ok(None),
                x => to_int(x).map(Some),
            })
            .collect::<PyResult<_>>()?,
        None => match &axes {
            None => a.shape.iter().map(|&d| Some(d as i128)).collect(),
            Some(ax) => {
                let mut out = Vec::new();
                for &x in ax {
                    let nd = a.ndim() as i128;
                    if x >= nd || x < -nd {
                        return Err(PyErr::index(format!(
                            "index {} is out of bounds for axis 0 with size {}",
                            x, nd
                        )));
                    }
                    out.push(Some(
                        a.shape[(if x < 0 { x + nd } else { x }) as usize] as i128,
                    ));
                }
                out
            }
        },
    };
    let axes = match axes {
        Some(ax) => ax,
        None => {
            if !shapeless {
                it.warn(
                    "DeprecationWarning",
                    "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of NumPy, this will raise an error and `s[i]` will correspond to the size along the transformed axis specified by `axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for an array of dimension k.",
                );
            }
            (-(s.len() as i128)..0).collect()
        }
    };
    if s.len() != axes.len() {
        return Err(PyErr::value("Shape and axes have different lengths."));
    }
    if invreal && shapeless {
        if let (Some(last), Some(&ax)) = (s.last_mut(), axes.last()) {
            *last = Some((shape_at(a, ax)? as i128 - 1) * 2);
        }
    }
    if s.iter().any(|x| x.is_none()) {
        it.warn(
            "DeprecationWarning",
            "Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise an error in a future version of NumPy. To use the default behaviour of the corresponding 1-D transform, pass the value matching the default for its `n` parameter. To use the default behaviour for every axis, the `s` argument can be omitted.",
        );
    }
    let mut cooked = Vec::with_capacity(s.len());
    for (x, &ax) in s.iter().zip(&axes) {
        cooked.push(match x {
            Some(-1) => Some(shape_at(a, ax)? as i128),
            other => *other,
        });
    }
    Ok((cooked, axes))
}

/// `fftn ifftn rfftn irfftn (a, s=None, axes=None, norm=None, out=None)` and their `2`
/// forms (default `axes=(-2, -1)`).
fn n_d(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind(name, &["a", "s", "axes", "norm", "out"], 1)?;
    let mut a = np1(it, "asarray", vec![arg(&p[0])])?;
    let two = name.ends_with('2');
    let default_axes = Value::tuple(vec![Value::Int(-2), Value::Int(-1)]);
    let axes = match &p[2] {
        Some(Value::None) => None,
        Some(v) => Some(v.clone()),
        None if two => Some(default_axes),
        None => None,
    };
    let base = name.trim_end_matches('2').trim_end_matches('n');
    let arr = as_array(&a)?;
    let (s, axes) = cook_nd_args(it, &arr, given(&p[1]), axes.as_ref(), base == "irfft")?;
    let norm = &p[3];
    let none = None;
    // ifft2/irfftn pass out= to the last transform only (ifft2 not at all), as NumPy does.
    let out = if name == "ifft2" || name == "irfft2" {
        &none
    } else {
        &p[4]
    };
    let k = axes.len();
    let n_of = |i: usize| s[i].map(Value::Int);
    match base {
        "fft" | "ifft" => {
            for i in (0..k).rev() {
                a = one_d_call(it, base, a, n_of(i), axes[i], norm, out)?;
            }
        }
        "rfft" => {
            if k == 0 {
                return Err(PyErr::index("list index out of range"));
            }
            a = one_d_call(it, "rfft", a, n_of(k - 1), axes[k - 1], norm, out)?;
            for i in (0..k - 1).rev() {
                a = one_d_call(it, "fft", a, n_of(i), axes[i], norm, out)?;
            }
        }
        _ => {
            if k == 0 {
                return Err(PyErr::index("list index out of range"));
            }
            for (i, &ax) in axes[..k - 1].iter().enumerate() {
                a = one_d_call(it, "ifft", a, n_of(i), ax, norm, &None)?;
            }
            a = one_d_call(it, "irfft", a, n_of(k - 1), axes[k - 1], norm, out)?;
        }
    }
    Ok(a)
}

/// `fftfreq(n, d=1.0, device=None)` and `rfftfreq`: the sample frequencies, as integers
/// times `1.0 / (n * d)`.
fn fftfreq(it: &mut dyn Context, args: &Args, real: bool) -> PyResult<Value> {
    let fname = if real { "rfftfreq" } else { "fftfreq" };
    let p = args.bind(fname, &["n", "d", "device"], 1)?;
    let nv = arg(&p[0]);
    let n = match &nv {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(..) if to_int(&nv).is_ok() => to_int(&nv)?,
        _ => return Err(PyErr::value("n should be an integer")),
    };
    if let Some(dev) = given(&p[2]) {
        if !matches!(dev, Value::Str(s) if &**s == "cpu") {
            return Err(PyErr::value(format!(
                "Device not understood. Only \"cpu\" is allowed, but received: {}",
                crate::format::str_of(dev)
            )));
        }
    }
    let d = given(&p[1]).cloned().unwrap_or(Value::Float(1.0));
    // `1.0 / (n * d)`: Python arithmetic for a Python `d`, NumPy's for anything else.
    let val = match d {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) => {
            let nd = n as f64 * to_f64(&d)?;
            if nd == 0.0 {
                return Err(PyErr::zero_div("float division by zero"));
            }
            Value::Float(1.0 / nd)
        }
        d => {
            let nd = np1(it, "multiply", vec![Value::Int(n), d])?;
            np1(it, "true_divide", vec![Value::Float(1.0), nd])?
        }
    };
    let int = Value::DType(DType::I64);
    let results = if real {
        np(
            it,
            "arange",
            vec![Value::Int(0), Value::Int(n / 2 + 1)],
            vec![("dtype", int)],
        )?
    } else {
        let results = np(
            it,
            "empty",
            vec![Value::Int(n)],
            vec![("dtype", int.clone())],
        )?;
        let big_n = (n - 1).div_euclid(2) + 1;
        let p1 = np(
            it,
            "arange",
            vec![Value::Int(0), Value::Int(big_n)],
            vec![("dtype", int.clone())],
        )?;
        set(&results, &slice(None, Some(big_n)), &p1)?;
        let p2 = np(
            it,
            "arange",
            vec![Value::Int(-(n.div_euclid(2))), Value::Int(0)],
            vec![("dtype", int)],
        )?;
        set(&results, &slice(Some(big_n), None), &p2)?;
        results
    };
    np1(it, "multiply", vec![results, val])
}

/// `fftshift(x, axes=None)` / `ifftshift`: `roll` by half of each axis.
fn shift(it: &mut dyn Context, args: &Args, fname: &str, inverse: bool) -> PyResult<Value> {
    let p = args.bind(fname, &["x", "axes"], 1)?;
    let x = np1(it, "asarray", vec![arg(&p[0])])?;
    let xa = as_array(&x)?;
    let half = |d: usize| {
        let h = (d / 2) as i128;
        Value::Int(if inverse { -h } else { h })
    };
    let (shift, axes) = match given(&p[1]) {
        None => (
            Value::list(xa.shape.iter().map(|&d| half(d)).collect()),
            Value::tuple((0..xa.ndim()).map(|i| Value::Int(i as i128)).collect()),
        ),
        Some(ax @ (Value::Int(_) | Value::Scalar(..) | Value::Bool(_))) => {
            (half(shape_at(&xa, to_int(ax)?)?), ax.clone())
        }
        Some(ax) => {
            let items = iter_values(ax)?;
            let mut sh = Vec::with_capacity(items.len());
            for i in &items {
                sh.push(half(shape_at(&xa, to_int(i)?)?));
            }
            (Value::list(sh), ax.clone())
        }
    };
    np1(it, "roll", vec![x, shift, axes])
}
