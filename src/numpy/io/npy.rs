//! Reading and writing one array in NumPy's `.npy` format, from any byte stream (a file or
//! a `.npz` member), and saving files atomically.

use super::header::{self, Header};
use crate::array::object::NdArray;
use crate::array::{kernels, layout};
use crate::error::{PyErr, PyResult};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Bytes moved per step when streaming array data (keeps copies out of memory).
const CHUNK: usize = 1 << 20;

/// Read an array whose `.npy` bytes start at the reader; `avail` is how many bytes the
/// stream holds in all, so no allocation ever exceeds what the data really contains.
pub fn read_array(r: &mut impl Read, avail: u64) -> PyResult<NdArray> {
    let (parsed, hlen) = header::read_header(r)?;
    let h = parsed.header(avail.saturating_sub(hlen as u64))?;
    let mut a = NdArray::zeros(&h.shape, h.dtype)?;
    let total = a.nbytes();
    let mut chunk = vec![0u8; CHUNK.min(total)];
    let mut done = 0;
    while done < total {
        let n = CHUNK.min(total - done);
        let got = read_full(r, &mut chunk[..n])?;
        a.buffer.write_bytes(done, &chunk[..got]);
        done += got;
        if got < n {
            return Err(header_short(&h, done));
        }
        if crate::interrupt::pending() {
            return Err(PyErr::keyboard_interrupt(""));
        }
    }
    if h.fortran {
        a.strides =
            layout::fresh_strides(&h.shape, layout::f_strides(&h.shape, h.dtype.itemsize()));
    }
    a.swapped = h.swapped && h.dtype.itemsize() > 1;
    Ok(a)
}

/// Fill `buf` from the stream; fewer bytes only at its end.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> PyResult<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_err(e)),
        }
    }
    Ok(got)
}

/// The stream ended early although its size promised enough bytes (a damaged archive).
fn header_short(h: &Header, done: usize) -> PyErr {
    PyErr::value(format!(
        "Failed to read all data for array. Expected {} = {} elements, could only read {} \
         elements. (file seems not fully written?)",
        header::shape_repr(&h.shape),
        h.shape.iter().product::<usize>(),
        done / h.dtype.itemsize()
    ))
}

/// An I/O failure as Python reports it (`OSError: [Errno 27] File too large`).
pub fn io_err(e: std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(n) => {
            let text = e.to_string();
            let reason = text.split(" (os error").next().unwrap_or(&text);
            PyErr::os(format!("[Errno {}] {}", n, reason))
        }
        None => PyErr::os(e.to_string()),
    }
}

/// The header NumPy writes for an array: C order unless it is only Fortran-contiguous.
pub fn header_for(a: &NdArray) -> Header {
    let fortran = a.is_f_contiguous() && !a.is_c_contiguous();
    Header {
        dtype: a.dtype,
        swapped: a.swapped,
        fortran,
        shape: a.shape.clone(),
    }
}

/// Write `a` as `.npy` (header and data, exactly as NumPy's `write_array`).
pub fn write_array(w: &mut impl Write, a: &NdArray) -> PyResult<()> {
    let h = header_for(a);
    w.write_all(&header::write_header(&h)).map_err(io_err)?;
    let contiguous = a.is_c_contiguous() || h.fortran;
    let copy;
    let src = if contiguous {
        a
    } else {
        // Bytes as stored, in C order (a non-native array keeps its byte order).
        copy = kernels::to_contiguous(&a.raw_bytes_view(), a.dtype)?;
        &copy
    };
    let total = src.nbytes();
    let (lo, _) = layout::byte_extent(&src.shape, &src.strides, src.itemsize());
    let start = (src.offset as isize + lo).max(0) as usize;
    let mut chunk = vec![0u8; CHUNK.min(total)];
    let mut done = 0;
    while done < total {
        let n = CHUNK.min(total - done);
        src.buffer.read_bytes(start + done, &mut chunk[..n]);
        w.write_all(&chunk[..n]).map_err(io_err)?;
        done += n;
    }
    Ok(())
}

/// Create `path` through a temporary file in the same folder renamed into place, so a
/// failed save never destroys the file that was there.
pub fn save_atomically(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> PyResult<()>,
) -> PyResult<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{}.{}.arrsh-tmp", name, std::process::id()));
    let file = std::fs::File::create(&tmp).map_err(|e| open_err(e, path))?;
    let mut w = std::io::BufWriter::new(file);
    let result = write(&mut w).and_then(|()| {
        let f = w.into_inner().map_err(|e| io_err(e.into_error()))?;
        f.sync_all().map_err(io_err)
    });
    match result.and_then(|()| std::fs::rename(&tmp, path).map_err(|e| open_err(e, path))) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Python's error for a file that cannot be opened: `FileNotFoundError: [Errno 2] No such
/// file or directory: 'x.npy'`.
pub fn open_err(e: std::io::Error, path: &Path) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::IsADirectory => "IsADirectoryError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        _ => "OSError",
    };
    let text = e.to_string();
    let reason = text.split(" (os error").next().unwrap_or(&text);
    PyErr::new(
        class,
        format!(
            "[Errno {}] {}: {}",
            errno,
            reason,
            header::py_str_repr(&path.to_string_lossy())
        ),
    )
}
