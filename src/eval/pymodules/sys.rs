//! Python's `sys`, the parts NumPy code reaches for: `sys.maxsize` (the idiom for printing
//! a whole array is `np.set_printoptions(threshold=sys.maxsize)`), `sys.float_info`,
//! `sys.byteorder`, `sys.getsizeof` (an array's header plus the buffer it owns, next to
//! `a.nbytes`), and `sys.exit`, which ends a script with its status as CPython does.

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::host::Host;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &["exit", "getsizeof"];

/// `sys.name` for the module's data.
pub fn constant(name: &str) -> Option<Value> {
    match name {
        "maxsize" => Some(Value::Int(i64::MAX as i128)),
        "byteorder" => Some(Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })),
        "float_info" => Some(Value::Object(Rc::new(RefCell::new(FloatInfo)))),
        _ => None,
    }
}

pub const CONSTANTS: &[&str] = &["byteorder", "float_info", "maxsize"];

pub fn call(name: &str, args: Args) -> PyResult<Value> {
    match name {
        "exit" => Err(exit(args, false)),
        "getsizeof" => {
            let a = args.bind("getsizeof", &["object", "default"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            match sizeof(&v) {
                Some(n) => Ok(Value::Int(n as i128)),
                None => a[1].clone().ok_or_else(|| {
                    PyErr::type_err(format!(
                        "arrsh does not model the size of a '{}' object",
                        v.type_of().short_name()
                    ))
                }),
            }
        }
        _ => Err(PyErr::attribute(format!(
            "module 'sys' has no attribute '{}'",
            name
        ))),
    }
}

/// `sys.exit(status)`, and the builtins `exit()`/`quit()` (`builtin` true: CPython's
/// `Quitter` objects, with their own argument messages): the `SystemExit` that ends the
/// run (see `Session::exit_status` for what status it becomes).
pub fn exit(args: Args, builtin: bool) -> PyErr {
    if let Some((k, _)) = args.kw.first() {
        return PyErr::type_err(if builtin {
            format!(
                "Quitter.__call__() got an unexpected keyword argument '{}'",
                k
            )
        } else {
            "sys.exit() takes no keyword arguments".to_string()
        });
    }
    if args.pos.len() > 1 {
        return PyErr::type_err(if builtin {
            format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                args.pos.len() + 1
            )
        } else {
            format!("exit expected at most 1 argument, got {}", args.pos.len())
        });
    }
    match super::super::exceptions::construct("SystemExit", args) {
        Ok(Value::Exception(e)) => (*e).clone(),
        Ok(_) => PyErr::new("SystemExit", ""),
        Err(e) => e,
    }
}

/// CPython 3.11's `__sizeof__` plus the garbage collector's header where it applies, for
/// the objects whose size does not depend on their history. A list is counted as if it
/// were built at its final length (a list grown by `append` over-allocates in CPython).
fn sizeof(v: &Value) -> Option<usize> {
    Some(match v {
        Value::None | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(i.unsigned_abs().checked_ilog2().map_or(0, |b| b + 1) as u64),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Complex(..) => 32,
        Value::Str(s) => {
            let n = s.chars().count();
            match s.chars().map(|c| c as u32).max().unwrap_or(0) {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.len(),
        Value::Tuple(t) => 40 + 8 * t.len(),
        Value::List(l) => 56 + 8 * l.borrow().len(),
        Value::Range(..) => 48,
        Value::Slice(_) => 56,
        // NumPy: the object with its shape and strides, then the buffer if it owns one.
        Value::Array(a) => 96 + 16 * a.ndim() + if a.owns_data() { a.nbytes() } else { 0 },
        // A NumPy scalar: the object header, its value aligned to its own size (16 bytes
        // for complex128 and longdouble).
        Value::Scalar(d, _) => match d.itemsize() {
            n if n >= 16 => 32 + n,
            n => 24 + n,
        },
        _ => return None,
    })
}

/// A Python int of `bits` significant bits: the header and one 30-bit digit at least.
fn int_size(bits: u64) -> usize {
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// `sys.float_info`: IEEE double's limits, a named tuple.
#[derive(Debug)]
struct FloatInfo;

/// The fields of `sys.float_info`, in order.
const FLOAT_INFO: [(&str, FloatField); 11] = [
    ("max", FloatField::F(f64::MAX)),
    ("max_exp", FloatField::I(f64::MAX_EXP as i128)),
    ("max_10_exp", FloatField::I(f64::MAX_10_EXP as i128)),
    ("min", FloatField::F(f64::MIN_POSITIVE)),
    ("min_exp", FloatField::I(f64::MIN_EXP as i128)),
    ("min_10_exp", FloatField::I(f64::MIN_10_EXP as i128)),
    ("dig", FloatField::I(f64::DIGITS as i128)),
    ("mant_dig", FloatField::I(f64::MANTISSA_DIGITS as i128)),
    ("epsilon", FloatField::F(f64::EPSILON)),
    ("radix", FloatField::I(f64::RADIX as i128)),
    ("rounds", FloatField::I(1)),
];

#[derive(Debug, Clone, Copy)]
enum FloatField {
    F(f64),
    I(i128),
}

impl FloatField {
    fn value(self) -> Value {
        match self {
            FloatField::F(f) => Value::Float(f),
            FloatField::I(i) => Value::Int(i),
        }
    }
}

impl Host for FloatInfo {
    fn py_type(&self) -> PyType {
        PyType::Named("sys.float_info")
    }

    fn repr(&self) -> String {
        let fields: Vec<String> = FLOAT_INFO
            .iter()
            .map(|(n, f)| format!("{}={}", n, crate::format::repr(&f.value())))
            .collect();
        format!("sys.float_info({})", fields.join(", "))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        FLOAT_INFO
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| f.value())
    }

    fn has_method(&self, _name: &str) -> bool {
        false
    }

    fn items(&self) -> Option<PyResult<Vec<Value>>> {
        Some(Ok(FLOAT_INFO.iter().map(|(_, f)| f.value()).collect()))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
