//! Methods of arrays, NumPy scalars and memoryviews (Python's own types have theirs in
//! `eval::pytypes`). Array methods that
//! mirror an `np.` function are forwarded to it with the array as first argument.

use super::shape::{copy_in_order, order_arg};
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::layout::Order;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::num_to_py;
use crate::value::convert::{to_i64, truthy};
use crate::value::Value;
use std::rc::Rc;

/// Array methods implemented here (others forward to `np.<name>`).
const ARRAY_OWN: &[&str] = &[
    "reshape",
    "transpose",
    "view",
    "astype",
    "copy",
    "flatten",
    "fill",
    "item",
    "tolist",
    "tobytes",
    "__array__",
    "byteswap",
    "tofile",
    "resize",
];

/// Array methods that forward to the NumPy function of the same name.
const ARRAY_FORWARD: &[&str] = &["ravel", "squeeze", "swapaxes", "all", "any", "nonzero"];

pub fn has_method(v: &Value, name: &str) -> bool {
    match v {
        Value::Array(a) => {
            (name == "flush" && a.memmap)
                || ARRAY_OWN.contains(&name)
                || ARRAY_FORWARD.contains(&name)
                || super::function_names().contains(&name) && is_forwardable(name)
        }
        Value::DType(_) => name == "newbyteorder",
        Value::Func(f) => {
            super::ufunc::methods::ufunc_name(f).is_some()
                && super::ufunc::methods::METHODS.contains(&name)
        }
        Value::Scalar(..) => matches!(
            name,
            "item"
                | "astype"
                | "tolist"
                | "view"
                | "copy"
                | "tobytes"
                | "all"
                | "any"
                | "is_integer"
                | "round"
                // Layout methods: NumPy runs them on a 0-d array copy of the scalar
                // (`np.bool(0).flatten()` is `array([False])`).
                | "flatten"
                | "ravel"
                | "reshape"
                | "squeeze"
                | "transpose"
                | "swapaxes"
                // Reductions, as on the 0-d array (`np.float64(2).max()`).
                | "sum"
                | "prod"
                | "max"
                | "min"
                | "mean"
                | "std"
                | "var"
                | "argmax"
                | "argmin"
        ),
        Value::Memory(_) => matches!(name, "tobytes" | "tolist" | "release" | "cast" | "hex"),
        Value::Object(o) => o.borrow().has_method(name),
        _ => false,
    }
}

/// Reductions and functions that exist as array methods in NumPy and forward to the
/// `np.` function of the same name (when arrsh implements it).
const FORWARDABLE: &[&str] = &[
    "sum",
    "prod",
    "min",
    "max",
    "mean",
    "std",
    "var",
    "argmin",
    "argmax",
    "cumsum",
    "cumprod",
    "round",
    "clip",
    "sort",
    "argsort",
    "repeat",
    "take",
    "diagonal",
    "trace",
    "conj",
    "conjugate",
    "dot",
    "searchsorted",
    "ptp",
    "compress",
    "choose",
    "put",
    "partition",
    "argpartition",
];

fn is_forwardable(name: &str) -> bool {
    FORWARDABLE.contains(&name)
}

/// Every array method arrsh answers (for completion after `x.`).
pub fn array_method_names() -> Vec<&'static str> {
    let implemented = super::function_names();
    ARRAY_OWN
        .iter()
        .chain(ARRAY_FORWARD)
        .copied()
        .chain(
            FORWARDABLE
                .iter()
                .copied()
                .filter(|n| implemented.contains(n)),
        )
        .filter(|n| !n.starts_with("__"))
        .collect()
}

pub fn call(it: &mut dyn Context, recv: &Value, name: &str, args: Args) -> PyResult<Value> {
    match recv {
        Value::DType(d) if name == "newbyteorder" => {
            super::byteorder::newbyteorder(*d, false, &args)
        }
        Value::Array(a) if a.swapped => {
            let r = super::byteorder::call_method(it, a, name, args, |it, a, args| {
                array_method(it, a, name, args)
            })?;
            Ok(match a.memmap {
                true => super::io::memmap::method_result(name, r),
                false => r,
            })
        }
        Value::Array(a) if a.memmap => {
            array_method(it, a, name, args).map(|r| super::io::memmap::method_result(name, r))
        }
        Value::Array(a) => array_method(it, a, name, args),
        Value::Func(f) => super::ufunc::methods::call(it, f, name, args),
        Value::Scalar(d, n) => match name {
            "item" | "tolist" => Ok(num_to_py(*d, *n)),
            "is_integer" => Ok(Value::Bool(
                n.as_f64().fract() == 0.0 && n.as_f64().is_finite(),
            )),
            _ => {
                let a = NdArray::zeros(&[], *d)?;
                a.set(&[], *n);
                let r = array_method(it, &Rc::new(a), name, args)?;
                Ok(match r {
                    Value::Array(x) if x.ndim() == 0 => Value::Scalar(x.dtype, x.get(&[])),
                    other => other,
                })
            }
        },
        Value::Memory(a) => match name {
            "tobytes" => Ok(Value::Bytes(Rc::new(kernels::to_bytes(a)?))),
            "tolist" => array_method(it, a, "tolist", args),
            "hex" => Ok(Value::str(
                &kernels::to_bytes(a)?
                    .iter()
                    .map(|b| format!("{:02x}", b))
                    .collect::<String>(),
            )),
            "release" => Ok(Value::None),
            _ => Err(PyErr::not_implemented(format!(
                "arrsh: memoryview.{}() is not supported",
                name
            ))),
        },
        Value::Object(o) => {
            let obj = o.clone();
            super::objects::call_method(it, &obj, name, args)
        }
        other => Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            other.type_of().tp_name(),
            name
        ))),
    }
}

/// Shape arguments given either as one tuple or as separate ints (`reshape(2, 3)`).
fn varargs_shape(args: &Args) -> Option<Value> {
    match args.pos.len() {
        0 => None,
        1 => Some(args.pos[0].clone()),
        _ => Some(Value::tuple(args.pos.clone())),
    }
}

fn forward(it: &mut dyn Context, a: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    let mut pos = vec![Value::Array(a.clone())];
    pos.extend(args.pos);
    super::call(it, &format!("numpy.{}", name), Args { pos, kw: args.kw })
}

fn array_method(it: &mut dyn Context, a: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "resize" => super::resize::method(it, a, &args),
        "compress" => super::insert_compress::method(it, &Value::Array(a.clone()), &args),
        // `PyArray_Conjugate` gives a non-complex array back itself.
        "conj" | "conjugate"
            if !a.dtype.is_complex() && args.pos.is_empty() && args.kw.is_empty() =>
        {
            Ok(Value::Array(a.clone()))
        }
        "reshape" => {
            let kw = |name: &str| {
                args.kw
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            if let Some((k, _)) = args.kw.iter().find(|(k, _)| k != "order" && k != "copy") {
                return Err(PyErr::type_err(format!(
                    "'{}' is an invalid keyword argument for this function",
                    k
                )));
            }
            let shape = varargs_shape(&args)
                .ok_or_else(|| PyErr::type_err("reshape() takes exactly 1 argument (0 given)"))?;
            let dims = crate::value::convert::to_shape(&shape)?;
            let fortran = super::shape::reshape_fortran(a, &kw("order"))?;
            let copy = given(&kw("copy")).map(truthy).transpose()?;
            super::shape::reshape_copy(a, &dims, fortran, copy).map(Value::Array)
        }
        "transpose" => {
            let axes = match varargs_shape(&args) {
                None | Some(Value::None) => None,
                Some(v) => Some(crate::value::convert::to_shape(&v)?),
            };
            Ok(Value::Array(Rc::new(super::shape::transpose(
                a,
                axes.as_deref(),
            )?)))
        }
        "view" => {
            let b = args.bind("view", &["dtype", "type"], 0)?;
            match given(&b[0]) {
                None => Ok(Value::Array(Rc::new(NdArray::view(
                    a,
                    a.offset as isize,
                    a.shape.clone(),
                    a.strides.clone(),
                    a.dtype,
                )?))),
                Some(Value::Type(crate::value::PyType::NdArray)) => {
                    // `view(np.ndarray)` is how NumPy code drops a subclass such as memmap.
                    let mut v = NdArray::view(
                        a,
                        a.offset as isize,
                        a.shape.clone(),
                        a.strides.clone(),
                        a.dtype,
                    )?;
                    v.memmap = false;
                    Ok(Value::Array(Rc::new(v)))
                }
                Some(d) => {
                    let (d, swapped) = super::byteorder::to_dtype_order(d)?;
                    view_dtype(a, d).map(|v| {
                        Value::Array(Rc::new(NdArray {
                            swapped: swapped && d.itemsize() > 1,
                            ..v
                        }))
                    })
                }
            }
        }
        "astype" => {
            let b = args.bind("astype", &["dtype", "order", "casting", "subok", "copy"], 1)?;
            let (d, swapped) =
                super::byteorder::to_dtype_order(b[0].as_ref().unwrap_or(&Value::None))?;
            let swapped = swapped && d.itemsize() > 1;
            let copy = given(&b[4]).map(truthy).transpose()?.unwrap_or(true);
            let mut same_value = false;
            if let Some(c) = given(&b[2]) {
                let Value::Str(rule) = c else {
                    return Err(PyErr::type_err(format!(
                        "casting must be str, not {}",
                        c.type_of().short_name()
                    )));
                };
                let casting = match rule.as_ref() {
                    "no" => crate::array::dtype::Casting::No,
                    "equiv" => crate::array::dtype::Casting::Equiv,
                    "safe" => crate::array::dtype::Casting::Safe,
                    "same_kind" => crate::array::dtype::Casting::SameKind,
                    "unsafe" => crate::array::dtype::Casting::Unsafe,
                    // Any numeric cast, checked value by value after it is made.
                    "same_value" => {
                        same_value = true;
                        crate::array::dtype::Casting::Unsafe
                    }
                    _ => {
                        return Err(PyErr::value(format!(
                            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got '{}')",
                            rule
                        )))
                    }
                };
                if !a.dtype.can_cast(d, casting) {
                    return Err(PyErr::type_err(format!(
                        "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule '{}'",
                        a.dtype.name(),
                        d.name(),
                        rule
                    )));
                }
            }
            let order = order_arg(&b[1], Order::K)?;
            let layout_ok = match order {
                Order::C => a.is_c_contiguous(),
                Order::F => a.is_f_contiguous(),
                Order::A => a.is_c_contiguous() || a.is_f_contiguous(),
                Order::K => true,
            };
            if !copy && d == a.dtype && swapped == a.swapped && layout_ok {
                return Ok(Value::Array(a.clone()));
            }
            let c = copy_in_order(a, d, order)?;
            if same_value {
                // The complex warning still comes; a changed value raises instead of
                // the invalid/overflow warnings (there are none when every value stays).
                if a.dtype.is_complex() && !d.is_complex() && d != DType::Bool && a.size() > 0 {
                    it.warn(
                        "ComplexWarning",
                        "Casting complex values to real discards the imaginary part",
                    );
                }
                super::same_value::check(a, &c)?;
            } else if d != a.dtype {
                super::cast_warnings::check(it, a, d)?;
            }
            Ok(Value::Array(Rc::new(if swapped {
                super::byteorder::into_swapped(c)
            } else {
                c
            })))
        }
        "byteswap" => super::byteorder::byteswap(a, &args),
        "tofile" => super::io::tofile(a, &args),
        "flush" if a.memmap => super::io::memmap::flush(a),
        "copy" => {
            let b = args.bind("copy", &["order"], 0)?;
            let order = order_arg(&b[0], Order::C)?;
            Ok(Value::Array(Rc::new(copy_in_order(a, a.dtype, order)?)))
        }
        "flatten" => {
            let b = args.bind("flatten", &["order"], 0)?;
            let order = order_arg(&b[0], Order::C)?;
            Ok(Value::Array(Rc::new(super::shape::flatten(a, order)?)))
        }
        "fill" => {
            let b = args.bind("fill", &["value"], 1)?;
            a.check_writeable()?;
            let n =
                crate::value::convert::element_num(b[0].as_ref().unwrap_or(&Value::None), a.dtype)?;
            kernels::fill(a, n);
            Ok(Value::None)
        }
        "item" => {
            // `x.item((i, j))` is `x.item(i, j)`.
            let pos = match args.pos.as_slice() {
                [Value::Tuple(t)] => t.to_vec(),
                other => other.to_vec(),
            };
            let idx: Vec<i64> = pos.iter().map(to_i64).collect::<PyResult<_>>()?;
            let flat = match idx.as_slice() {
                [] => {
                    if a.size() != 1 {
                        return Err(PyErr::value(
                            "can only convert an array of size 1 to a Python scalar",
                        ));
                    }
                    vec![0; a.ndim()]
                }
                [i] => {
                    let n = a.size() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    if j < 0 || j >= n {
                        return Err(PyErr::index(format!(
                            "index {} is out of bounds for size {}",
                            i, n
                        )));
                    }
                    let mut rem = j as usize;
                    let mut out = vec![0; a.ndim()];
                    for k in (0..a.ndim()).rev() {
                        out[k] = rem % a.shape[k];
                        rem /= a.shape[k];
                    }
                    out
                }
                many if many.len() != a.ndim() => {
                    return Err(PyErr::value("incorrect number of indices for array"));
                }
                many => {
                    let items: Vec<crate::array::index::IndexItem> = many
                        .iter()
                        .map(|&i| crate::array::index::IndexItem::Int(i))
                        .collect();
                    return match crate::value::index::array_getitem(a, &items)? {
                        Value::Scalar(d, n) => Ok(num_to_py(d, n)),
                        other => Ok(other),
                    };
                }
            };
            Ok(num_to_py(a.dtype, a.get(&flat)))
        }
        "tolist" => {
            check_list_size(a)?;
            Ok(tolist(a, &mut vec![], 0))
        }
        "tobytes" => {
            let b = args.bind("tobytes", &["order"], 0)?;
            let bytes = match order_arg(&b[0], Order::C)? {
                Order::F => kernels::to_bytes(&super::shape::transpose(a, None)?)?,
                Order::A if super::shape::is_fortran(a) => {
                    kernels::to_bytes(&super::shape::transpose(a, None)?)?
                }
                _ => kernels::to_bytes(a)?,
            };
            Ok(Value::Bytes(Rc::new(bytes)))
        }
        "__array__" => Ok(Value::Array(a.clone())),
        "sort" => super::sorting::sort_inplace(a, &args),
        "partition" => super::partition::partition_inplace(a, &args),
        _ => forward(it, a, name, args),
    }
}

/// Most elements `tolist` will turn into Python values (2^28, several GiB of them). A
/// zero-stride view can claim 10^12 elements without owning any memory; listing them would
/// exhaust memory (and abort) long before finishing, so refuse up front with the bare
/// `MemoryError` Python raises when a list cannot be allocated.
const MAX_LIST_ITEMS: usize = 1 << 28;

fn check_list_size(a: &NdArray) -> PyResult<()> {
    if a.size() > MAX_LIST_ITEMS {
        return Err(PyErr::memory(""));
    }
    Ok(())
}

fn tolist(a: &NdArray, idx: &mut Vec<usize>, depth: usize) -> Value {
    if depth == a.ndim() {
        return num_to_py(a.dtype, a.get(idx));
    }
    let mut out = Vec::with_capacity(a.shape[depth]);
    for i in 0..a.shape[depth] {
        idx.push(i);
        out.push(tolist(a, idx, depth + 1));
        idx.pop();
    }
    Value::list(out)
}

/// `x.view(dtype)`: reinterpret the bytes, adjusting the last axis when item sizes differ,
/// with NumPy's errors.
pub fn view_dtype(a: &ArrayRef, d: DType) -> PyResult<NdArray> {
    let old = a.itemsize();
    let new = d.itemsize();
    if old == new {
        return NdArray::view(a, a.offset as isize, a.shape.clone(), a.strides.clone(), d);
    }
    if a.ndim() == 0 {
        return Err(PyErr::value(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
        ));
    }
    let last = a.ndim() - 1;
    // NumPy (`array_descr_set`) only checks the last axis, and skips the check when that
    // axis has length 1 or the array is empty (whose strides may be all zero).
    let contiguous_last = a.strides[last] == old as isize || a.shape[last] == 1 || a.size() == 0;
    if !contiguous_last {
        return Err(PyErr::value(
            "To change to a dtype of a different size, the last axis must be contiguous",
        ));
    }
    let bytes = a.shape[last] * old;
    let mut shape = a.shape.clone();
    let mut strides = a.strides.clone();
    if new > old {
        if !bytes.is_multiple_of(new) {
            return Err(PyErr::value(
                "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
            ));
        }
        shape[last] = bytes / new;
    } else {
        shape[last] = bytes / new;
    }
    strides[last] = new as isize;
    NdArray::view(a, a.offset as isize, shape, strides, d)
}
