//! `.npz` archives: `np.savez`, `np.savez_compressed`, and the `NpzFile` that `np.load`
//! returns, which reads a member only when it is asked for (`data['a']`).

use super::npy::{self, io_err, open_err};
use super::{header, path_arg};
use crate::error::{PyErr, PyResult};
use crate::numpy::objects::HostObject;
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// An open archive (`numpy.lib.npyio.NpzFile`).
pub struct NpzFile {
    pub path: PathBuf,
    /// Member names without `.npy`, in archive order (`.files`).
    pub files: Vec<String>,
    /// `None` once closed.
    archive: Option<zip::ZipArchive<std::fs::File>>,
}

impl NpzFile {
    pub fn repr(&self) -> String {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!(
            "NpzFile {} with keys: {}",
            header::py_str_repr(&name),
            self.files.join(", ")
        )
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "files" => Some(Value::list(
                self.files.iter().map(|f| Value::str(f)).collect(),
            )),
            _ => None,
        }
    }
}

fn bad_zip(e: zip::result::ZipError) -> PyErr {
    match e {
        zip::result::ZipError::Io(e) => io_err(e),
        zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::UnsupportedArchive(_) => {
            PyErr::new("BadZipFile", "File is not a zip file")
        }
        other => PyErr::new("BadZipFile", other.to_string()),
    }
}

/// `np.load` of a zip file: reads only the directory.
pub fn open(path: &Path, _allow_pickle: bool) -> PyResult<Value> {
    let file = std::fs::File::open(path).map_err(|e| open_err(e, path))?;
    let archive = zip::ZipArchive::new(file).map_err(bad_zip)?;
    let files = (0..archive.len())
        .filter_map(|i| archive.name_for_index(i))
        .map(|n| n.map(|n| n.strip_suffix(".npy").unwrap_or(&n).to_string()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(bad_zip)?;
    Ok(Value::Object(Rc::new(RefCell::new(HostObject::Npz(
        NpzFile {
            path: path.to_path_buf(),
            files,
            archive: Some(archive),
        },
    )))))
}

/// `data[key]`: read that member now. Its `.npy` header is checked against the size the
/// archive declares for it, and reading stops there, so a member that inflates past its
/// declared size (a zip bomb) is never decompressed beyond it.
pub fn getitem(z: &mut NpzFile, key: &Value) -> PyResult<Value> {
    let key = crate::format::str_of(key);
    let archive = z
        .archive
        .as_mut()
        .ok_or_else(|| PyErr::attribute("'NoneType' object has no attribute 'open'"))?;
    let member = if z.files.contains(&key) {
        let with_ext = format!("{}.npy", key);
        if archive.index_for_name(&with_ext).is_some() {
            with_ext
        } else {
            key.clone()
        }
    } else {
        return Err(PyErr::key(header::py_str_repr(&format!(
            "{} is not a file in the archive",
            key
        ))));
    };
    let mut f = archive.by_name(&member).map_err(bad_zip)?;
    let size = f.size();
    let a = npy::read_array(&mut f, size)?;
    Ok(Value::Array(Rc::new(a)))
}

pub fn call_method(z: &mut NpzFile, name: &str, args: Args) -> PyResult<Value> {
    args.bind(name, &[], 0)?;
    match name {
        "close" => {
            z.archive = None;
            Ok(Value::None)
        }
        "keys" => Ok(Value::list(z.files.iter().map(|f| Value::str(f)).collect())),
        _ => Err(PyErr::attribute(format!(
            "'NpzFile' object has no attribute '{}'",
            name
        ))),
    }
}

pub const METHODS: &[&str] = &["close", "keys"];

/// `np.savez(file, *args, **kwds)` / `np.savez_compressed`: members `arr_0`, … for the
/// positional arrays, then the named ones, each a `.npy` file.
pub fn savez(args: &Args, compressed: bool) -> PyResult<Value> {
    let fname = if compressed {
        "savez_compressed"
    } else {
        "savez"
    };
    let Some(first) = args.pos.first() else {
        return Err(PyErr::type_err(format!(
            "{}() missing 1 required positional argument: 'file'",
            fname
        )));
    };
    let mut path = path_arg(first)?;
    if !path.to_string_lossy().ends_with(".npz") {
        path = PathBuf::from(format!("{}.npz", path.to_string_lossy()));
    }
    // NumPy's order: the named arrays, then `arr_0`, … for the positional ones.
    let mut members: Vec<(String, Value)> = args
        .kw
        .iter()
        .filter(|(k, _)| k != "allow_pickle")
        .cloned()
        .collect();
    for (i, v) in args.pos[1..].iter().enumerate() {
        let k = format!("arr_{}", i);
        if members.iter().any(|(n, _)| *n == k) {
            return Err(PyErr::value(format!(
                "Cannot use un-named variables and keyword {}",
                k
            )));
        }
        members.push((k, v.clone()));
    }
    let arrays = members
        .into_iter()
        .map(|(k, v)| as_array(&v).map(|a| (k, a)))
        .collect::<PyResult<Vec<_>>>()?;
    npy::save_atomically(&path, |w| {
        let mut zw = zip::ZipWriter::new(w);
        let method = if compressed {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .large_file(true);
        for (k, a) in &arrays {
            zw.start_file(format!("{}.npy", k), opts).map_err(bad_zip)?;
            npy::write_array(&mut zw, a)?;
        }
        let w = zw.finish().map_err(bad_zip)?;
        w.flush().map_err(io_err)
    })?;
    Ok(Value::None)
}
