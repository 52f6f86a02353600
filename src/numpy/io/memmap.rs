//! `np.memmap` and `np.load(..., mmap_mode=...)`: arrays whose buffer is a memory map of
//! the file. Opening costs O(1) whatever the file's size and reads no page until an
//! operation touches it; a non-native file maps as it is (the array is marked swapped).

use super::header;
use super::npy::{io_err, open_err};
use crate::array::dtype::DType;
use crate::array::layout;
use crate::array::object::{ArrayRef, NdArray};
use crate::array::raw::{Buffer, MapInfo, MapMode};
use crate::error::{PyErr, PyResult};
use crate::value::args::{given, Args};
use crate::value::convert::{to_i64, to_shape};
use crate::value::Value;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

const MODES: &str = "['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write']";

/// NumPy's mode names, long spellings folded to the short ones.
fn mode_arg(mode: &str) -> PyResult<&'static str> {
    Ok(match mode {
        "r" | "readonly" => "r",
        "c" | "copyonwrite" => "c",
        "r+" | "readwrite" => "r+",
        "w+" | "write" => "w+",
        other => {
            return Err(PyErr::value(format!(
                "mode must be one of {} (got {})",
                MODES,
                header::py_str_repr(other)
            )))
        }
    })
}

/// The array over `len` bytes of the file at `offset`.
#[allow(clippy::too_many_arguments)]
fn map_array(
    path: &Path,
    file: &std::fs::File,
    mode: &str,
    offset: u64,
    shape: Vec<usize>,
    dtype: DType,
    swapped: bool,
    fortran: bool,
) -> PyResult<NdArray> {
    let len = layout::size_of(&shape) * dtype.itemsize();
    let (map_mode, name) = match mode {
        "r" => (MapMode::ReadOnly, "r"),
        "c" => (MapMode::CopyOnWrite, "c"),
        "w+" => (MapMode::ReadWrite, "w+"),
        _ => (MapMode::ReadWrite, "r+"),
    };
    let info = MapInfo {
        path: std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        offset,
        mode: map_mode,
        name,
    };
    // A map cannot be empty; an empty array needs no file bytes at all.
    let buffer = if len == 0 {
        Buffer::zeroed(0).map_err(|_| PyErr::memory("cannot allocate an empty buffer"))?
    } else {
        Buffer::map_file(file, offset, len, info).map_err(io_err)?
    };
    let mut a = NdArray::owning(Arc::new(buffer), shape, dtype);
    if fortran {
        a.strides = layout::fresh_strides(&a.shape, layout::f_strides(&a.shape, dtype.itemsize()));
    }
    a.swapped = swapped && dtype.itemsize() > 1;
    a.memmap = true;
    if mode == "r" {
        a.writeable.set(false);
        a.may_write = false;
    }
    Ok(a)
}

fn open_file(path: &Path, mode: &str) -> PyResult<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    match mode {
        "r" | "c" => o.read(true),
        "r+" => o.read(true).write(true),
        _ => o.read(true).write(true).create(true).truncate(true),
    };
    o.open(path).map_err(|e| open_err(e, path))
}

/// `np.load(path, mmap_mode=mode)` of a `.npy` file (NumPy's `open_memmap`).
pub fn open_npy(path: &Path, mode: &str) -> PyResult<Value> {
    let mode = mode_arg(mode)?;
    if mode == "w+" {
        // NumPy's `open_memmap` truncates the file and then fails on the missing shape
        // (`len(None)`); arrsh gives the same error and leaves the file alone.
        return Err(PyErr::type_err("object of type 'NoneType' has no len()"));
    }
    let file = open_file(path, mode)?;
    let flen = file.metadata().map_err(io_err)?.len();
    let mut r = std::io::BufReader::new(&file);
    let (parsed, hlen) = header::read_header(&mut r)?;
    let h = parsed.header(flen.saturating_sub(hlen as u64))?;
    let a = map_array(
        path,
        &file,
        mode,
        hlen as u64,
        h.shape,
        h.dtype,
        h.swapped,
        h.fortran,
    )?;
    Ok(Value::Array(Rc::new(a)))
}

/// `np.memmap(filename, dtype=uint8, mode='r+', offset=0, shape=None, order='C')`.
pub fn memmap(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "memmap",
        &["filename", "dtype", "mode", "offset", "shape", "order"],
        1,
    )?;
    let path = super::path_arg(a[0].as_ref().unwrap_or(&Value::None))?;
    let (dtype, swapped) = match given(&a[1]) {
        Some(d) => crate::numpy::byteorder::to_dtype_order(d)?,
        None => (DType::U8, false),
    };
    let mode = match given(&a[2]) {
        Some(m) => mode_arg(&crate::format::str_of(m))?,
        None => "r+",
    };
    let offset = given(&a[3]).map(to_i64).transpose()?.unwrap_or(0);
    let offset = u64::try_from(offset).map_err(|_| PyErr::value("offset must be non-negative"))?;
    let shape = given(&a[4]).map(to_shape).transpose()?;
    let fortran = match given(&a[5]).map(crate::format::str_of).as_deref() {
        None | Some("C") => false,
        Some("F") => true,
        Some(_) => return Err(PyErr::value("order must be one of 'C', 'F'")),
    };
    if mode == "w+" && shape.is_none() {
        return Err(PyErr::value("shape must be given if mode == 'w+'"));
    }
    let file = open_file(&path, mode)?;
    let flen = file.metadata().map_err(io_err)?.len();
    let itemsize = dtype.itemsize() as u64;
    let shape: Vec<usize> = match shape {
        None => {
            let bytes = flen.saturating_sub(offset);
            if bytes % itemsize != 0 {
                return Err(PyErr::value(
                    "Size of available data is not a multiple of the data-type size.",
                ));
            }
            vec![(bytes / itemsize) as usize]
        }
        Some(dims) => dims
            .iter()
            .map(|&d| {
                usize::try_from(d).map_err(|_| PyErr::value("negative dimensions are not allowed"))
            })
            .collect::<PyResult<_>>()?,
    };
    layout::check_too_big(&shape, dtype.itemsize())?;
    let need = offset + layout::size_of(&shape) as u64 * itemsize;
    if flen == 0 && mode != "w+" && mode != "r+" {
        return Err(PyErr::value("cannot mmap an empty file"));
    }
    if need > flen {
        if matches!(mode, "r+" | "w+") {
            file.set_len(need).map_err(io_err)?;
        } else {
            return Err(PyErr::value("mmap length is greater than file size"));
        }
    }
    let a = map_array(&path, &file, mode, offset, shape, dtype, swapped, fortran)?;
    Ok(Value::Array(Rc::new(a)))
}

/// `x.flush()`: write a shared map's changes to its file.
pub fn flush(a: &NdArray) -> PyResult<Value> {
    a.buffer.flush().map_err(io_err)?;
    Ok(Value::None)
}

/// `memmap.filename` (absolute), `.offset` (into the file) and `.mode` of a map or a view
/// of one; `None` for a memmap over memory of its own (`m.copy()`, `m.astype(float)`),
/// as NumPy's `__array_finalize__` leaves them.
pub fn attr(a: &NdArray, name: &str) -> Value {
    let Some(m) = a.buffer.map_info() else {
        return Value::None;
    };
    match name {
        "filename" => Value::str(&m.path.to_string_lossy()),
        "offset" => Value::Int(m.offset as i128),
        _ => Value::str(m.name),
    }
}

/// Methods whose result keeps the `memmap` class, as NumPy's C methods keep the subtype
/// (results of ufuncs, reductions and `np.` functions such as `np.copy` are `ndarray`).
const KEEPS_CLASS: &[&str] = &[
    "copy",
    "astype",
    "flatten",
    "ravel",
    "reshape",
    "squeeze",
    "swapaxes",
    "transpose",
    "round",
    "byteswap",
    "take",
    "repeat",
    "diagonal",
];

/// A method's result on a memmap, with the class NumPy gives it.
pub fn method_result(name: &str, r: Value) -> Value {
    match r {
        Value::Array(x) if !x.memmap && KEEPS_CLASS.contains(&name) => {
            Value::Array(Rc::new(with_class(&x, true, x.base.clone())))
        }
        other => other,
    }
}

/// An index result on a memmap: NumPy's `memmap.__getitem__` keeps the class only for a
/// result over a file mapping (a view); views of a memmap over plain memory (`m.copy()[1:]`)
/// give `ndarray`, as advanced indexing does.
pub fn index_result(r: Value) -> Value {
    match r {
        Value::Array(x) if x.memmap && x.buffer.map_info().is_none() => Value::Array(plain(x)),
        other => other,
    }
}

/// The same array as an `ndarray` (`np.asarray(m)`, `m.view(np.ndarray)`): a new view
/// object without the subclass, or `x` itself when it is not a memmap.
pub fn plain(x: ArrayRef) -> ArrayRef {
    if x.memmap {
        // A view of the memmap: its base is the memmap (or what the memmap views).
        let base = match &x.base {
            crate::array::object::Base::Owner => crate::array::object::Base::Array(x.clone()),
            other => other.clone(),
        };
        Rc::new(with_class(&x, false, base))
    } else {
        x
    }
}

/// Another array object over the same memory, with or without the memmap class.
fn with_class(x: &NdArray, memmap: bool, base: crate::array::object::Base) -> NdArray {
    NdArray {
        buffer: x.buffer.clone(),
        offset: x.offset,
        shape: x.shape.clone(),
        strides: x.strides.clone(),
        dtype: x.dtype,
        base,
        writeable: std::cell::Cell::new(x.writeable.get()),
        may_write: x.may_write,
        swapped: x.swapped,
        memmap,
    }
}

/// What `x.base` of a memmap shows: the `mmap.mmap` NumPy opened, which starts at the
/// offset rounded down to the allocation granularity (4096 here) and runs to the array's
/// end, so its `length` counts the bytes before the data in its first page too.
#[derive(Clone, Debug)]
pub struct MmapBase {
    access: &'static str,
    length: u64,
    offset: u64,
}

/// NumPy's `mmap.ALLOCATIONGRANULARITY` on Linux.
const GRANULARITY: u64 = 4096;

impl MmapBase {
    pub fn repr(&self) -> String {
        format!(
            "<mmap.mmap closed=False, access={}, length={}, pos=0, offset={}>",
            self.access, self.length, self.offset
        )
    }
}

/// The `mmap.mmap` base of an array that owns a mapped buffer (None for other arrays).
pub fn mmap_base(a: &NdArray) -> Option<Value> {
    let info = a.buffer.map_info()?;
    let start = info.offset - info.offset % GRANULARITY;
    let access = match info.mode {
        MapMode::ReadOnly => "ACCESS_READ",
        MapMode::ReadWrite => "ACCESS_WRITE",
        MapMode::CopyOnWrite => "ACCESS_COPY",
    };
    let base = MmapBase {
        access,
        length: info.offset - start + a.buffer.len() as u64,
        offset: start,
    };
    Some(Value::Object(BASES.with(|cache| {
        // One `mmap.mmap` per mapping while anyone holds it, as NumPy's memmap keeps its
        // own (`m.base is m.base`); entries whose object is gone are dropped.
        let mut cache = cache.borrow_mut();
        cache.retain(|(_, w)| w.strong_count() > 0);
        let id = a.buffer.id();
        if let Some(o) = cache
            .iter()
            .find(|(k, _)| *k == id)
            .and_then(|(_, w)| w.upgrade())
        {
            return o;
        }
        let o = Rc::new(std::cell::RefCell::new(
            crate::numpy::objects::HostObject::Mmap(base),
        ));
        cache.push((id, Rc::downgrade(&o)));
        o
    })))
}

thread_local! {
    /// The `mmap.mmap` objects handed out as `.base`, by mapped buffer.
    static BASES: std::cell::RefCell<Vec<(u64, std::rc::Weak<std::cell::RefCell<crate::numpy::objects::HostObject>>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}
