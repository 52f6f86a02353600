//! Files in and out: `np.save`/`np.load` (`.npy`, `.npz`, memory maps), `np.savez`,
//! `np.savez_compressed`, `np.memmap`, `np.fromfile` and `x.tofile`, in NumPy's formats and
//! with NumPy's errors. Hostile files end in clear errors before anything is allocated for
//! them (see `header`).

pub mod header;
pub mod memmap;
pub mod npy;
pub mod npz;
pub mod text;

use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, truthy};
use crate::value::Value;
use std::io::Read;
use std::path::PathBuf;
use std::rc::Rc;

const NAMES: &[&str] = &[
    "save",
    "load",
    "savez",
    "savez_compressed",
    "memmap",
    "fromfile",
];

pub const FAMILY: super::Family = super::Family { names: NAMES, call };

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "save" => save(&args),
        "load" => load(&args),
        "savez" => npz::savez(&args, false),
        "savez_compressed" => npz::savez(&args, true),
        "memmap" => memmap::memmap(&args),
        "fromfile" => fromfile(&args),
        _ => return None,
    })
}

/// A file-name argument (`str`; arrsh has no open file objects).
pub fn path_arg(v: &Value) -> PyResult<PathBuf> {
    match v {
        Value::Str(s) => Ok(PathBuf::from(&**s)),
        Value::Bytes(b) => Ok(PathBuf::from(String::from_utf8_lossy(b).into_owned())),
        other => Err(PyErr::type_err(format!(
            "expected str, bytes or os.PathLike object, not {}",
            other.type_of().short_name()
        ))),
    }
}

fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a[i].as_ref().unwrap_or(&Value::None)
}

/// `np.save(file, arr, allow_pickle=True)`: adds `.npy` as NumPy does.
fn save(args: &Args) -> PyResult<Value> {
    let a = args.bind("save", &["file", "arr", "allow_pickle"], 2)?;
    if crate::value::file::of(arg(&a, 0)).is_some() {
        // An open file gets the `.npy` bytes at its position, no suffix added.
        let arr = as_array(arg(&a, 1))?;
        let mut bytes = Vec::new();
        npy::write_array(&mut bytes, &arr)?;
        let wrote =
            crate::value::file::with_file(arg(&a, 0), |f| f.write(&Value::Bytes(Rc::new(bytes))));
        wrote.transpose()?;
        return Ok(Value::None);
    }
    let mut path = path_arg(arg(&a, 0))?;
    if !path.to_string_lossy().ends_with(".npy") {
        path = PathBuf::from(format!("{}.npy", path.to_string_lossy()));
    }
    let arr = as_array(arg(&a, 1))?;
    npy::save_atomically(&path, |w| npy::write_array(w, &arr))?;
    Ok(Value::None)
}

/// `np.load(file, mmap_mode=None, allow_pickle=False, ...)`: a `.npy` array, a memory
/// map of one, or an `NpzFile` for a `.npz` archive.
fn load(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "load",
        &[
            "file",
            "mmap_mode",
            "allow_pickle",
            "fix_imports",
            "encoding",
            "*max_header_size",
        ],
        1,
    )?;
    if crate::value::file::of(arg(&a, 0)).is_some() {
        return load_from_file(arg(&a, 0), given(&a[1]).is_some());
    }
    let path = path_arg(arg(&a, 0))?;
    let allow_pickle = match given(&a[2]) {
        Some(v) => truthy(v)?,
        None => false,
    };
    let mut file = std::fs::File::open(&path).map_err(|e| npy::open_err(e, &path))?;
    let meta = file.metadata().map_err(npy::io_err)?;
    if meta.is_dir() {
        return Err(npy::open_err(
            std::io::Error::from_raw_os_error(libc::EISDIR),
            &path,
        ));
    }
    let len = meta.len();
    let magic = header::read_up_to(&mut file, 6)?;
    if magic.is_empty() {
        return Err(PyErr::new("EOFError", "No data left in file"));
    }
    if magic.starts_with(b"PK\x03\x04") || magic.starts_with(b"PK\x05\x06") {
        return npz::open(&path, allow_pickle);
    }
    if magic != header::MAGIC_PREFIX {
        return Err(if allow_pickle {
            PyErr::new(
                "UnpicklingError",
                format!(
                    "Failed to interpret file {} as a pickle (arrsh cannot read pickles)",
                    header::py_str_repr(&path.to_string_lossy())
                ),
            )
        } else {
            PyErr::value(
                "This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.",
            )
        });
    }
    if let Some(mode) = given(&a[1]) {
        let mode = crate::format::str_of(mode);
        return memmap::open_npy(&path, &mode);
    }
    let mut r = std::io::BufReader::new(magic.as_slice().chain(file));
    Ok(Value::Array(Rc::new(npy::read_array(&mut r, len)?)))
}

/// `np.load(f)` of an open file object: one `.npy` array from its position, which is left
/// just past it (so arrays saved one after another load one after another, as in NumPy).
fn load_from_file(f: &Value, mmap: bool) -> PyResult<Value> {
    if mmap {
        return Err(PyErr::not_implemented(
            "arrsh: np.load(mmap_mode=...) takes a file name, not a file object",
        ));
    }
    let read = crate::value::file::with_file(f, |file| -> PyResult<(Vec<u8>, u64)> {
        let start = file.tell()?;
        Ok((file.read_rest_bytes()?, start))
    });
    let Some(read) = read else {
        return Err(PyErr::type_err("not a file object"));
    };
    let (bytes, start) = read?;
    if bytes.is_empty() {
        return Err(PyErr::new("EOFError", "No data left in file"));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Err(PyErr::not_implemented(
            "arrsh: np.load of an .npz archive takes a file name, not a file object",
        ));
    }
    if !bytes.starts_with(header::MAGIC_PREFIX) {
        return Err(PyErr::value(
            "This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.",
        ));
    }
    let len = bytes.len() as u64;
    let mut cursor = std::io::Cursor::new(bytes);
    let arr = npy::read_array(&mut cursor, len);
    let used = cursor.position();
    let back = crate::value::file::with_file(f, |file| file.seek((start + used) as i128, 0));
    back.transpose()?;
    Ok(Value::Array(Rc::new(arr?)))
}

/// `np.fromfile(file, dtype=float, count=-1, sep='', offset=0)`: raw binary data.
fn fromfile(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "fromfile",
        &["file", "dtype", "count", "sep", "offset", "*like"],
        1,
    )?;
    let path = path_arg(arg(&a, 0))?;
    let (dtype, swapped) = match given(&a[1]) {
        Some(d) => super::byteorder::to_dtype_order(d)?,
        None => (crate::array::dtype::DType::F64, false),
    };
    let count = given(&a[2]).map(to_i64).transpose()?.unwrap_or(-1);
    if let Some(sep) = given(&a[3]) {
        if !crate::format::str_of(sep).is_empty() {
            return Err(PyErr::not_implemented(
                "arrsh: np.fromfile reads binary data only (sep='')",
            ));
        }
    }
    let offset = given(&a[4]).map(to_i64).transpose()?.unwrap_or(0);
    let mut file = std::fs::File::open(&path).map_err(|e| npy::open_err(e, &path))?;
    let len = file.metadata().map_err(npy::io_err)?.len();
    let offset = u64::try_from(offset).map_err(|_| PyErr::value("offset must be non-negative"))?;
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(offset.min(len)))
        .map_err(npy::io_err)?;
    let avail = (len.saturating_sub(offset) / dtype.itemsize() as u64) as usize;
    let n = if count < 0 {
        avail
    } else {
        (count as usize).min(avail)
    };
    let mut out = NdArray::zeros(&[n], dtype)?;
    let bytes = n * dtype.itemsize();
    let mut chunk = vec![0u8; bytes.min(1 << 20)];
    let mut done = 0;
    while done < bytes {
        let k = chunk.len().min(bytes - done);
        file.read_exact(&mut chunk[..k]).map_err(npy::io_err)?;
        out.buffer.write_bytes(done, &chunk[..k]);
        done += k;
    }
    out.swapped = swapped;
    Ok(Value::Array(Rc::new(out)))
}

/// `x.tofile(fid, sep='', format='%s')`: the raw bytes in C order.
pub fn tofile(a: &NdArray, args: &Args) -> PyResult<Value> {
    let b = args.bind("tofile", &["fid", "sep", "format"], 1)?;
    let path = path_arg(arg(&b, 0))?;
    if let Some(sep) = given(&b[1]) {
        if !crate::format::str_of(sep).is_empty() {
            return Err(PyErr::not_implemented(
                "arrsh: tofile writes binary data only (sep='')",
            ));
        }
    }
    let bytes = crate::array::kernels::to_bytes(a)?;
    npy::save_atomically(&path, |w| {
        std::io::Write::write_all(w, &bytes).map_err(npy::io_err)
    })?;
    Ok(Value::None)
}
