//! Attribute access: array, dtype, scalar, flags and module attributes, and the few
//! attributes that can be assigned (`x.flags.writeable = False`).

use super::interp::Interp;
use crate::array::dtype::DType;
use crate::array::object::{ArrayRef, Base, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn no_attr(v: &Value, name: &str) -> PyErr {
    match v {
        Value::Module(m) => PyErr::attribute(format!("module '{}' has no attribute '{}'", m, name)),
        Value::Type(t) => PyErr::attribute(format!(
            "type object '{}' has no attribute '{}'",
            t.qualname(),
            name
        )),
        other => PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            other.type_of().tp_name(),
            name
        )),
    }
}

fn shape_tuple(shape: &[usize]) -> Value {
    Value::ints(shape.iter().map(|&d| d as i128))
}

/// `x.__array_interface__` as NumPy builds it.
pub fn array_interface(a: &NdArray) -> Value {
    let d = |k: &str, v: Value| (Value::str(k), v);
    let strides = if a.is_c_contiguous() {
        Value::None
    } else {
        Value::ints(a.strides.iter().map(|&s| s as i128))
    };
    let typestr = Value::str(&a.dtype.typestr());
    Value::dict(crate::value::dict::PyDict::from(vec![
        d(
            "data",
            Value::tuple(vec![
                Value::Int(a.data_addr() as i128),
                Value::Bool(!a.writeable.get()),
            ]),
        ),
        d("strides", strides),
        d(
            "descr",
            Value::list(vec![Value::tuple(vec![Value::str(""), typestr.clone()])]),
        ),
        d("typestr", typestr),
        d("shape", shape_tuple(&a.shape)),
        d("version", Value::Int(3)),
    ]))
}

/// The array that `.base` reports.
pub fn base_value(a: &NdArray) -> Value {
    match &a.base {
        // A memmap's memory is the `mmap.mmap` NumPy opened.
        Base::Owner if a.memmap => crate::numpy::io::memmap::mmap_base(a).unwrap_or(Value::None),
        Base::Owner => Value::None,
        Base::Array(b) => Value::Array(b.clone()),
        // The very `bytes` object the array was made from (`np.frombuffer(x).base is x`).
        Base::Bytes(b) => Value::Bytes(b.clone()),
        Base::Memory(m) => Value::Memory(m.clone()),
        Base::Interface(h) => Value::Object(Rc::new(RefCell::new(
            numpy::objects::HostObject::DummyArray(h.clone()),
        ))),
    }
}

fn array_attr(it: &mut Interp, a: &ArrayRef, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "shape" => shape_tuple(&a.shape),
        "strides" => Value::ints(a.strides.iter().map(|&s| s as i128)),
        "dtype" => crate::numpy::byteorder::dtype_value(a.dtype, a.swapped),
        "ndim" => Value::Int(a.ndim() as i128),
        "size" => Value::Int(a.size() as i128),
        "itemsize" => Value::Int(a.itemsize() as i128),
        "nbytes" => Value::Int(a.nbytes() as i128),
        "base" => base_value(a),
        "flags" => Value::Flags(a.clone()),
        "flat" => crate::numpy::flatiter::flat(a),
        "filename" | "offset" | "mode" if a.memmap => crate::numpy::io::memmap::attr(a, name),
        "data" => Value::Memory(a.clone()),
        "T" => {
            return numpy::call(
                it,
                "numpy.transpose",
                crate::value::args::Args::new(vec![Value::Array(a.clone())]),
            )
            .map(Some)
        }
        // The matrix transpose swaps only the last two axes (a stack of matrices stays a
        // stack).
        "mT" => {
            if a.ndim() < 2 {
                return Err(PyErr::value("matrix transpose with ndim < 2 is undefined"));
            }
            return numpy::call(
                it,
                "numpy.swapaxes",
                crate::value::args::Args::new(vec![
                    Value::Array(a.clone()),
                    Value::Int(-1),
                    Value::Int(-2),
                ]),
            )
            .map(Some);
        }
        "real" | "imag" => return numpy::inspect::array_real_imag(a, name == "imag").map(Some),
        "__array_interface__" => array_interface(a),
        _ => return Ok(None),
    }))
}

fn dtype_attr(d: DType, name: &str) -> Option<Value> {
    Some(match name {
        "itemsize" => Value::Int(d.itemsize() as i128),
        "alignment" => Value::Int(d.alignment() as i128),
        "name" => Value::str(d.name()),
        "kind" => Value::str(&d.kind_char().to_string()),
        "char" => Value::str(&d.char().to_string()),
        "str" => Value::str(&d.typestr()),
        "num" => Value::Int(d.num() as i128),
        "byteorder" => Value::str(&d.byteorder_char().to_string()),
        "type" => Value::Type(PyType::Scalar(d)),
        "isnative" | "isbuiltin" => Value::Bool(true),
        "descr" => Value::list(vec![Value::tuple(vec![
            Value::str(""),
            Value::str(&d.typestr()),
        ])]),
        "shape" => Value::tuple(vec![]),
        "ndim" => Value::Int(0),
        "names" | "fields" | "subdtype" => Value::None,
        _ => return None,
    })
}

const FLAG_NAMES: [(&str, &str); 8] = [
    ("c_contiguous", "C_CONTIGUOUS"),
    ("f_contiguous", "F_CONTIGUOUS"),
    ("owndata", "OWNDATA"),
    ("writeable", "WRITEABLE"),
    ("aligned", "ALIGNED"),
    ("writebackifcopy", "WRITEBACKIFCOPY"),
    ("contiguous", "CONTIGUOUS"),
    ("fortran", "FORTRAN"),
];

fn flag_value(a: &NdArray, upper: &str) -> Option<bool> {
    Some(match upper {
        "C_CONTIGUOUS" | "C" | "CONTIGUOUS" => a.is_c_contiguous(),
        "F_CONTIGUOUS" | "F" | "FORTRAN" => a.is_f_contiguous(),
        // NumPy's flagsobj: FNC is "Fortran, not C", FORC "Fortran or C"; the
        // two-letter CA / FA are CARRAY / FARRAY (below), not the contiguity flags.
        "FNC" => a.is_f_contiguous() && !a.is_c_contiguous(),
        "FORC" => a.is_f_contiguous() || a.is_c_contiguous(),
        "OWNDATA" | "O" => a.owns_data(),
        "WRITEABLE" | "W" => a.writeable.get(),
        "ALIGNED" | "A" => a.is_aligned(),
        "WRITEBACKIFCOPY" | "X" => false,
        "BEHAVED" | "B" => a.is_aligned() && a.writeable.get(),
        "CARRAY" | "CA" => a.is_c_contiguous() && a.is_aligned() && a.writeable.get(),
        "FARRAY" | "FA" => {
            a.is_f_contiguous() && !a.is_c_contiguous() && a.is_aligned() && a.writeable.get()
        }
        _ => return None,
    })
}

/// `x.flags.num`: NumPy's flag bits (C_CONTIGUOUS 0x1, F_CONTIGUOUS 0x2, OWNDATA 0x4,
/// ALIGNED 0x100, WRITEABLE 0x400; WRITEBACKIFCOPY 0x2000 is never set here).
fn flags_num(a: &NdArray) -> i128 {
    let bits = [
        (a.is_c_contiguous(), 0x1),
        (a.is_f_contiguous(), 0x2),
        (a.owns_data(), 0x4),
        (a.is_aligned(), 0x100),
        (a.writeable.get(), 0x400),
    ];
    bits.iter().filter(|(on, _)| *on).map(|(_, b)| b).sum()
}

/// `x.flags['C_CONTIGUOUS']`.
pub fn flag_item(a: &ArrayRef, key: &Value) -> PyResult<Value> {
    let k = crate::format::str_of(key);
    flag_value(a, &k)
        .map(Value::Bool)
        .ok_or_else(|| PyErr::key("'Unknown flag'"))
}

/// `x.flags.writeable = v` / `x.flags['WRITEABLE'] = v`.
pub fn set_flag(a: &ArrayRef, name: &str, v: &Value) -> PyResult<()> {
    // A NumPy scalar's `.flags` stand on a private read-only 0-d array that owns its data
    // (see `get_attr`); no other array is both an owner and never writeable.
    if a.ndim() == 0 && !a.may_write && matches!(a.base, Base::Owner) {
        return Err(PyErr::value("Cannot set flags on array scalars."));
    }
    let upper = name.to_ascii_uppercase();
    let on = crate::value::convert::truthy(v)?;
    match upper.as_str() {
        "WRITEABLE" | "W" => {
            if on {
                let base_ok = match &a.base {
                    Base::Array(b) | Base::Memory(b) => b.writeable.get(),
                    Base::Interface(h) => h.array.writeable.get(),
                    Base::Owner => true,
                    Base::Bytes(_) => false,
                };
                if !a.may_write || !base_ok {
                    return Err(PyErr::value(
                        "cannot set WRITEABLE flag to True of this array",
                    ));
                }
            }
            a.writeable.set(on);
            Ok(())
        }
        "WRITEBACKIFCOPY" | "X" => {
            if on {
                Err(PyErr::value("can only set WRITEBACKIFCOPY flag to False"))
            } else {
                Ok(())
            }
        }
        "ALIGNED" | "A" => {
            if on && !a.is_aligned() {
                Err(PyErr::value(
                    "cannot set aligned flag of mis-aligned array to True",
                ))
            } else {
                Ok(())
            }
        }
        _ => Err(PyErr::attribute(format!(
            "attribute '{}' of 'numpy._core.multiarray.flagsobj' objects is not writable",
            name
        ))),
    }
}

/// Python's `getattr(obj, name)`.
pub fn get_attr(it: &mut Interp, obj: &Value, name: &str) -> PyResult<Value> {
    let found = match obj {
        Value::Module(m) => super::pymodules::module_attr(m, name),
        v if super::pytypes::owns(v) => super::pytypes::data_attr(v, name).or_else(|| {
            super::pytypes::has_method(v, name).then(|| Value::method(v.clone(), name))
        }),
        Value::Type(t) if super::pytypes::descriptor(*t, name).is_some() => {
            super::pytypes::descriptor(*t, name)
        }
        Value::Type(PyType::Iterator(class))
            if super::pymodules::class_attr(class, name).is_some() =>
        {
            super::pymodules::class_attr(class, name)
        }
        Value::Array(a) => match array_attr(it, a, name)? {
            Some(v) => Some(v),
            None => numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name)),
        },
        Value::DType(d) => dtype_attr(*d, name).or_else(|| {
            numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name))
        }),
        Value::Scalar(d, n) => match name {
            "dtype" => Some(Value::DType(*d)),
            "shape" => Some(Value::tuple(vec![])),
            "ndim" => Some(Value::Int(0)),
            "size" => Some(Value::Int(1)),
            "itemsize" | "nbytes" => Some(Value::Int(d.itemsize() as i128)),
            "strides" => Some(Value::tuple(vec![])),
            "real" | "imag" => numpy::inspect::scalar_real_imag(obj, name == "imag"),
            "T" => Some(obj.clone()),
            // A NumPy scalar owns its (read-only) data and has no base; its flags are
            // those of a fresh read-only 0-d array (`np.flip` of a 0-d array and other
            // `m[()]` results are scalars, so `.flags`/`.base` on them must work).
            "base" => Some(Value::None),
            "flags" => {
                let z = crate::array::object::NdArray::zeros(&[], *d)?;
                z.set(&[], *n);
                z.writeable.set(false);
                Some(Value::Flags(std::rc::Rc::new(
                    crate::array::object::NdArray {
                        may_write: false,
                        ..z
                    },
                )))
            }
            _ => numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name)),
        },
        Value::Flags(a) => FLAG_NAMES
            .iter()
            .find(|(l, _)| *l == name)
            .and_then(|(_, u)| flag_value(a, u))
            .map(Value::Bool)
            .or_else(|| match name {
                "behaved" => flag_value(a, "BEHAVED").map(Value::Bool),
                "carray" => flag_value(a, "CARRAY").map(Value::Bool),
                "farray" => flag_value(a, "FARRAY").map(Value::Bool),
                "fnc" => flag_value(a, "FNC").map(Value::Bool),
                "forc" => flag_value(a, "FORC").map(Value::Bool),
                // The raw NPY_ARRAY_* bit mask.
                "num" => Some(Value::Int(flags_num(a))),
                _ => None,
            }),
        Value::Memory(a) => match name {
            "nbytes" => Some(Value::Int(a.nbytes() as i128)),
            "itemsize" => Some(Value::Int(a.itemsize() as i128)),
            "ndim" => Some(Value::Int(a.ndim() as i128)),
            "shape" => Some(shape_tuple(&a.shape)),
            "strides" => Some(Value::ints(a.strides.iter().map(|&s| s as i128))),
            "readonly" => Some(Value::Bool(!a.writeable.get())),
            "format" => Some(Value::str(&a.dtype.char().to_string())),
            "contiguous" => Some(Value::Bool(a.is_c_contiguous() || a.is_f_contiguous())),
            "c_contiguous" => Some(Value::Bool(a.is_c_contiguous())),
            "f_contiguous" => Some(Value::Bool(a.is_f_contiguous())),
            "obj" => Some(Value::Array(a.clone())),
            _ => numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name)),
        },
        Value::Type(PyType::Scalar(d)) => match name {
            "__name__" | "__qualname__" => Some(Value::str(d.name())),
            "__module__" => Some(Value::str("numpy")),
            "__mro__" => Some(numpy::scalar_types::mro(*d)),
            _ => None,
        },
        Value::Type(t) => match name {
            "__name__" | "__qualname__" => Some(Value::str(&t.short_name())),
            "__module__" => {
                let q = t.qualname();
                Some(Value::str(
                    q.rsplit_once('.').map_or("builtins", |(m, _)| m),
                ))
            }
            _ => None,
        },
        Value::Function(f) if super::pymodules::object_attr(f.as_ref(), name).is_some() => {
            super::pymodules::object_attr(f.as_ref(), name)
        }
        Value::Function(f) => match name {
            "__name__" => Some(Value::str(f.name())),
            "__qualname__" => Some(Value::str(f.qualname())),
            "__module__" => Some(Value::str("__main__")),
            "__doc__" => Some(
                f.as_any()
                    .downcast_ref::<super::function::Closure>()
                    .and_then(|c| c.def.doc.as_deref().map(Value::str))
                    .unwrap_or(Value::None),
            ),
            _ => None,
        },
        Value::Exception(e) => match name {
            "args" => Some(Value::tuple(crate::value::exc::args(e))),
            "__cause__" => Some(crate::value::exc::info(e).cause.unwrap_or(Value::None)),
            "__context__" => Some(crate::value::exc::info(e).context.unwrap_or(Value::None)),
            "__suppress_context__" => {
                Some(Value::Bool(crate::value::exc::info(e).suppress_context))
            }
            "__traceback__" => Some(Value::None),
            "name" | "path" if crate::eval::exceptions::is_subclass(e.class, "ImportError") => {
                Some(match name {
                    "name" => crate::value::exc::info(e).name.unwrap_or(Value::None),
                    _ => Value::None,
                })
            }
            "value" if crate::eval::exceptions::is_subclass(e.class, "StopIteration") => Some(
                crate::value::exc::args(e)
                    .into_iter()
                    .next()
                    .unwrap_or(Value::None),
            ),
            "code" if crate::eval::exceptions::is_subclass(e.class, "SystemExit") => {
                Some(match crate::value::exc::args(e).as_slice() {
                    [] => Value::None,
                    [one] => one.clone(),
                    many => Value::tuple(many.to_vec()),
                })
            }
            _ => None,
        },
        Value::Object(o) => {
            if let Some(r) = numpy::nditer::attr_of(o, name) {
                return r;
            }
            let r = o.borrow().attr(name);
            r.or_else(|| {
                numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name))
            })
        }
        Value::Func(f) => numpy::ufunc::attributes::attr(f, name)
            .or_else(|| func_dunder(f, name))
            .or_else(|| {
                numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name))
            }),
        _ => numpy::methods::has_method(obj, name).then(|| Value::method(obj.clone(), name)),
    };
    // `x.__class__` is `type(x)` for whatever has no attribute of its own by that name.
    found
        .or_else(|| (name == "__class__").then(|| super::interp::type_value(obj)))
        .ok_or_else(|| no_attr(obj, name))
}

/// `__name__`, `__qualname__` and `__module__` of a built-in or NumPy function, from its
/// qualified name (`numpy.linalg.norm`: `norm`, `norm`, `numpy.linalg`; `print`: `print`,
/// `print`, `builtins`).
fn func_dunder(qualified: &str, name: &str) -> Option<Value> {
    let (module, short) = qualified
        .rsplit_once('.')
        .unwrap_or(("builtins", qualified));
    match name {
        "__name__" | "__qualname__" => Some(Value::str(short)),
        "__module__" => Some(Value::str(module)),
        _ => None,
    }
}

/// Python's `setattr(obj, name, value)`.
pub fn set_attr(obj: &Value, name: &str, v: &Value) -> PyResult<()> {
    if let Some(p) = crate::numpy::poly1d::of(obj) {
        return crate::numpy::poly1d::set_attr(&p, name, v);
    }
    if let Value::Object(o) = obj {
        if let Some(numpy::objects::HostObject::Vectorized(vz)) =
            numpy::objects::host_mut(&mut *o.borrow_mut())
        {
            return vz.set_attr(name, v);
        }
    }
    match obj {
        Value::Array(a) if name == "flat" => crate::numpy::flatiter::assign_all(a, v),
        // `a.real = v` / `a.imag = v` store into the component's view (`a` itself for the
        // real part of a real array).
        Value::Array(a) if name == "real" || name == "imag" => {
            if name == "imag" && !a.dtype.is_complex() {
                return Err(PyErr::type_err("array does not have imaginary part to set"));
            }
            let part = numpy::inspect::array_real_imag(a, name == "imag")?;
            super::subscript::setitem(&part, &Value::Ellipsis, v)
        }
        Value::Flags(a) => set_flag(a, name, v),
        Value::Array(_) if matches!(name, "shape" | "strides" | "dtype" | "data") => Err(PyErr::not_implemented(format!(
            "arrsh arrays cannot change .{} in place; use reshape()/view()/as_strided() to make a new view",
            name
        ))),
        Value::Array(_) if matches!(name, "ndim" | "size" | "itemsize" | "nbytes" | "base" | "flags" | "T") => Err(
            PyErr::attribute(format!("attribute '{}' of 'numpy.ndarray' objects is not writable", name)),
        ),
        other => Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            other.type_of().tp_name(),
            name
        ))),
    }
}
