//! Python's `io` module and the `open()` builtin: `io.StringIO`, `io.BytesIO`,
//! `io.UnsupportedOperation`, and files on disk opened in CPython's modes, with its
//! argument checks and messages. The objects themselves are `value::file::PyFile`s, which
//! NumPy's readers and writers take too.

use crate::error::{PyErr, PyResult};
use crate::value::args::{given, Args};
use crate::value::file::{Disk, Encoding, FileClass, PyFile};
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &["open"];

pub const STRING_IO: PyType = PyType::Named("_io.StringIO");
pub const BYTES_IO: PyType = PyType::Named("_io.BytesIO");

/// `io.name`.
pub fn attr(name: &str) -> Option<Value> {
    Some(match name {
        "StringIO" => Value::Type(STRING_IO),
        "BytesIO" => Value::Type(BYTES_IO),
        "UnsupportedOperation" => Value::Type(PyType::Exception("UnsupportedOperation")),
        "open" => Value::func("builtins.open"),
        _ => return None,
    })
}

/// The public names `dir(io)` lists of those arrsh has.
pub const DIR: &[&str] = &["BytesIO", "StringIO", "UnsupportedOperation", "open"];

fn wrap(f: PyFile) -> Value {
    Value::Object(Rc::new(RefCell::new(f)))
}

/// `io.StringIO(initial_value='', newline='\n')` and `io.BytesIO(initial_bytes=b'')`;
/// None for another class.
pub fn construct(t: PyType, args: &Args) -> Option<PyResult<Value>> {
    Some(match t {
        STRING_IO => (|| {
            let a = args.bind("StringIO", &["initial_value", "newline"], 0)?;
            let text = match given(&a[0]) {
                None => String::new(),
                Some(Value::Str(s)) => s.to_string(),
                Some(other) => {
                    return Err(PyErr::type_err(format!(
                        "initial_value must be str or None, not {}",
                        other.type_of().short_name()
                    )))
                }
            };
            Ok(wrap(PyFile::string_io(&text)))
        })(),
        BYTES_IO => (|| {
            let a = args.bind("BytesIO", &["initial_bytes"], 0)?;
            let bytes = match given(&a[0]) {
                None => Vec::new(),
                Some(Value::Bytes(b)) => b.to_vec(),
                Some(Value::Memory(m)) => crate::array::kernels::to_bytes(m)?,
                Some(other) => {
                    return Err(PyErr::type_err(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_of().short_name()
                    )))
                }
            };
            Ok(wrap(PyFile::bytes_io(bytes)))
        })(),
        _ => return None,
    })
}

/// A parsed `open()` mode.
struct Mode {
    /// One of `r w x a`.
    kind: char,
    plus: bool,
    binary: bool,
}

/// CPython's checks of a mode string, in its order.
fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::value(format!("invalid mode: '{}'", mode));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxa+tb".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let kinds: Vec<char> = seen.chars().filter(|c| "rwxa".contains(*c)).collect();
    let text = seen.contains('t');
    let binary = seen.contains('b');
    if text && binary {
        return Err(PyErr::value("can't have text and binary mode at once"));
    }
    if kinds.len() != 1 {
        return Err(PyErr::value(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    Ok(Mode {
        kind: kinds[0],
        plus: seen.contains('+'),
        binary,
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub fn open(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let name = a[0].clone().unwrap_or(Value::None);
    let path = match &name {
        Value::Str(s) => std::path::PathBuf::from(&**s),
        Value::Bytes(b) => std::path::PathBuf::from(String::from_utf8_lossy(b).into_owned()),
        Value::Int(_) => {
            return Err(PyErr::not_implemented(
                "arrsh: open() of a file descriptor is not supported",
            ))
        }
        other => {
            return Err(PyErr::type_err(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_of().short_name()
            )))
        }
    };
    let mode_text = match given(&a[1]) {
        None => "r".to_string(),
        Some(Value::Str(m)) => m.to_string(),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_of().short_name()
            )))
        }
    };
    let mode = parse_mode(&mode_text)?;
    let str_arg = |i: usize, what: &str| -> PyResult<Option<String>> {
        match given(&a[i]) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.to_string())),
            Some(other) => Err(PyErr::type_err(format!(
                "open() argument '{}' must be str or None, not {}",
                what,
                other.type_of().short_name()
            ))),
        }
    };
    let encoding = str_arg(3, "encoding")?;
    let errors = str_arg(4, "errors")?;
    let newline = str_arg(5, "newline")?;
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(PyErr::value(format!(
                    "binary mode doesn't take {} argument",
                    what
                )));
            }
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(PyErr::value(format!("illegal newline value: {}", nl)));
        }
        if nl.starts_with('\r') {
            return Err(PyErr::not_implemented(
                "arrsh: open() supports newline=None, '' and '\\n'",
            ));
        }
    }
    let codec = match &encoding {
        None => Encoding::Utf8,
        Some(e) => Encoding::named(e)
            .ok_or_else(|| PyErr::new("LookupError", format!("unknown encoding: {}", e)))?,
    };
    let readable = mode.kind == 'r' || mode.plus;
    let writable = mode.kind != 'r' || mode.plus;
    let mut opts = std::fs::OpenOptions::new();
    // Appending reads the file's current content too (for its length and `tell()`).
    opts.read(readable || mode.kind == 'a').write(writable);
    match mode.kind {
        'w' => {
            opts.create(true).truncate(true);
        }
        'x' => {
            opts.create_new(true);
        }
        'a' => {
            opts.create(true);
        }
        _ => {}
    }
    let open_err = |e| crate::numpy::io::npy::open_err(e, &path);
    let mut file = opts.open(&path).map_err(open_err)?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(open_err(std::io::Error::from_raw_os_error(libc::EISDIR)));
    }
    let existing = if mode.kind == 'r' || mode.kind == 'a' {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut v).map_err(crate::numpy::io::npy::io_err)?;
        v
    } else {
        Vec::new()
    };
    let class = match (mode.binary, mode.plus, mode.kind) {
        (false, ..) => FileClass::TextIOWrapper,
        (true, true, _) => FileClass::BufferedRandom,
        (true, false, 'r') => FileClass::BufferedReader,
        (true, false, _) => FileClass::BufferedWriter,
    };
    let mode_attr = if mode.binary {
        // The raw file's mode, as CPython's `FileIO.mode` spells it.
        let base = match mode.kind {
            'x' => "xb",
            'a' => "ab",
            _ if mode.plus => "rb",
            'r' => "rb",
            _ => "wb",
        };
        format!("{}{}", base, if mode.plus { "+" } else { "" })
    } else {
        mode_text.clone()
    };
    let disk = Disk {
        file,
        name_repr: crate::format::repr(&name),
        name,
        mode: mode_attr,
        encoding_name: encoding.unwrap_or_else(|| "UTF-8".into()),
        encoding: codec,
        append: mode.kind == 'a',
    };
    let translate = !mode.binary && newline.is_none();
    Ok(wrap(PyFile::on_disk(
        class, disk, existing, readable, writable, translate,
    )))
}
