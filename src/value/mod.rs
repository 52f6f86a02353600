//! The runtime's vocabulary, below both the interpreter and the `np` namespace: values
//! (Python's own objects, NumPy scalars, arrays, dtypes, modules and callables) and their
//! Python types, call arguments, conversions between values and arrays, Python's operators
//! on Python values, and the operator enum of the arithmetic. Arrays are shared handles, so
//! `y = x` binds the same object as in Python.

pub mod args;
pub mod bigint;
#[cfg(test)]
mod bigint_tests;
pub mod bytes_like;
pub mod convert;
pub mod dict;
pub mod exc;
pub mod file;
#[cfg(test)]
pub(crate) mod float_hex;
pub mod hash;
pub mod hooks;
pub mod host;
pub mod identity;
pub mod index;
pub mod lazy;
pub mod ops;
pub mod pyops;
pub mod set;

use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::object::ArrayRef;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python type object, as `type(x)` returns it or as a dtype-like argument (`int`,
/// `np.uint8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyType {
    Int,
    Float,
    Complex,
    Bool,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    NoneType,
    Slice,
    Range,
    Ellipsis,
    Type,
    Module,
    Function,
    Method,
    NdArray,
    /// `numpy.memmap`: an array over a memory-mapped file, or a view of one (a subclass of
    /// `ndarray`, as in NumPy).
    Memmap,
    Memoryview,
    Flags,
    /// `np.dtype` instances' classes, e.g. `numpy.dtypes.Int64DType`.
    DTypeClass(DType),
    /// A NumPy scalar type such as `np.uint8`.
    Scalar(DType),
    Generator,
    RandomState,
    Image,
    /// `numpy.lib._stride_tricks_impl.DummyArray`, the `.base` of `as_strided` results.
    DummyArray,
    /// `x.flat`: a flat, C-order view of an array's elements.
    FlatIter,
    NpzFile,
    Set,
    DictView(DictViewKind),
    /// An iterator object; the name is its class (`list_iterator`, `zip`, `map`,
    /// `enumerate`, `generator`, …).
    Iterator(&'static str),
    /// A function defined in arrsh with `def` or `lambda`.
    UserFunction,
    /// A built-in exception class (`ValueError`); user classes are out of scope.
    Exception(&'static str),
    /// `numpy.ufunc`: `np.add` and the other universal functions.
    Ufunc,
    /// `np.iinfo(t)` and `np.finfo(t)` objects.
    IInfo,
    FInfo,
    /// Another class, by qualified name (`numpy.errstate`, `numpy.vectorize`).
    Named(&'static str),
}

impl PyType {
    /// The qualified name inside `<class '…'>`.
    pub fn qualname(self) -> String {
        match self {
            PyType::Int => "int".into(),
            PyType::Float => "float".into(),
            PyType::Complex => "complex".into(),
            PyType::Bool => "bool".into(),
            PyType::Str => "str".into(),
            PyType::Bytes => "bytes".into(),
            PyType::ByteArray => "bytearray".into(),
            PyType::List => "list".into(),
            PyType::Tuple => "tuple".into(),
            PyType::Dict => "dict".into(),
            PyType::NoneType => "NoneType".into(),
            PyType::Slice => "slice".into(),
            PyType::Range => "range".into(),
            PyType::Ellipsis => "ellipsis".into(),
            PyType::Type => "type".into(),
            PyType::Module => "module".into(),
            PyType::Function => "builtin_function_or_method".into(),
            PyType::Method => "method".into(),
            PyType::NdArray => "numpy.ndarray".into(),
            PyType::Memmap => "numpy.memmap".into(),
            PyType::Memoryview => "memoryview".into(),
            PyType::Flags => "numpy._core.multiarray.flagsobj".into(),
            PyType::DTypeClass(d) => format!("numpy.dtypes.{}", dtype_class_name(d)),
            PyType::Scalar(d) => {
                format!("numpy.{}", if d == DType::Bool { "bool" } else { d.name() })
            }
            PyType::Generator => "numpy.random._generator.Generator".into(),
            PyType::RandomState => "numpy.random.mtrand.RandomState".into(),
            PyType::Image => "PIL.Image.Image".into(),
            PyType::DummyArray => "numpy.lib._stride_tricks_impl.DummyArray".into(),
            PyType::FlatIter => "numpy.flatiter".into(),
            PyType::NpzFile => "numpy.lib.npyio.NpzFile".into(),
            PyType::Set => "set".into(),
            PyType::DictView(k) => k.name().into(),
            PyType::Iterator(name) => name.into(),
            PyType::UserFunction => "function".into(),
            PyType::Exception("LinAlgError") => "numpy.linalg.LinAlgError".into(),
            PyType::Exception("AxisError") => "numpy.exceptions.AxisError".into(),
            PyType::Exception("UnsupportedOperation") => "io.UnsupportedOperation".into(),
            PyType::Exception(name) => name.into(),
            PyType::Ufunc => "numpy.ufunc".into(),
            PyType::IInfo => "numpy.iinfo".into(),
            PyType::FInfo => "numpy.finfo".into(),
            PyType::Named(name) => name.into(),
        }
    }

    /// The short name used in error messages (`'int' object is not callable`).
    /// The name Python's error messages use (CPython's `tp_name`): the qualified name for
    /// types written in C (`numpy.ndarray`), the bare class name for Python classes
    /// (`memmap`).
    pub fn tp_name(self) -> String {
        match self {
            PyType::Memmap => "memmap".into(),
            PyType::IInfo => "iinfo".into(),
            PyType::FInfo => "finfo".into(),
            PyType::Exception(name) => name.into(),
            // Classes written in Python.
            PyType::Named("collections.Counter") => "Counter".into(),
            PyType::Named("collections.OrderedDict") => "OrderedDict".into(),
            PyType::Named("random.Random") => "Random".into(),
            _ => self.qualname(),
        }
    }

    pub fn short_name(self) -> String {
        let q = self.qualname();
        q.rsplit('.').next().unwrap_or(&q).to_string()
    }
}

/// `numpy.dtypes` class name of a dtype (`Int64DType`, `BoolDType`, …).
pub fn dtype_class_name(d: DType) -> String {
    let n = d.name();
    // NumPy spells the unsigned classes `UInt8DType`, ...
    if let Some(bits) = n.strip_prefix("uint") {
        return format!("UInt{}DType", bits);
    }
    let mut c = n.chars();
    let cap: String = match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    };
    format!("{}DType", cap)
}

/// A bound method: the receiver and the method name, dispatched when called.
#[derive(Clone, Debug)]
pub struct Method {
    pub receiver: Value,
    pub name: Rc<str>,
}

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(i128),
    /// A Python int outside i128 (never one that fits: results are normalized back to
    /// `Int`, see `bigint::normalize`).
    BigInt(Rc<num_bigint::BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<Vec<u8>>),
    /// A `bytearray`: mutable bytes, shared by every name bound to it.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<Vec<Value>>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<dict::PyDict>>),
    Slice(Rc<[Value; 3]>),
    Range(i128, i128, i128),
    Ellipsis,
    Array(ArrayRef),
    /// A NumPy scalar (`np.int64(3)`): dtype plus exact value.
    Scalar(DType, Num),
    DType(DType),
    Type(PyType),
    /// A module by dotted name (`numpy`, `numpy.random`, `PIL.Image`).
    Module(Rc<str>),
    /// A built-in or NumPy function by qualified name (`print`, `numpy.arange`).
    Func(Rc<str>),
    Method(Rc<Method>),
    /// `x.flags`, tied to its array.
    Flags(ArrayRef),
    /// `x.data`: a memoryview of the array's memory.
    Memory(ArrayRef),
    /// Other host objects (random generators, images) handled by their modules.
    Object(host::HostRef),
    /// A Python set, in CPython's table order (see `set::PySet`).
    Set(Rc<RefCell<set::PySet>>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<RefCell<dict::PyDict>>, DictViewKind),
    /// An iterator: what `iter`, `zip`, `map`, `enumerate` and generator expressions return.
    Iter(Rc<RefCell<PyIter>>),
    /// A function defined in arrsh (`def`, `lambda`); the interpreter owns its code.
    Function(Rc<dyn UserFunction>),
    /// An exception instance (`ValueError('bad')`), as `raise` takes and `except … as e` binds.
    Exception(Rc<crate::error::PyErr>),
}

/// Which view of a dict a `Value::DictView` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl DictViewKind {
    /// The view's class name (`dict_keys`).
    pub fn name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
}

/// An iterator: items computed when it was made (`items`, from `pos` on), then those its
/// lazy source computes one `next` at a time (see `lazy`).
#[derive(Debug)]
pub struct PyIter {
    /// Its Python class name (`zip`, `list_iterator`, …).
    pub kind: &'static str,
    pub items: Vec<Value>,
    pub pos: usize,
    pub lazy: Option<Box<dyn lazy::LazySource>>,
    /// Its source is running (taken out of `lazy` meanwhile).
    pub running: bool,
    /// What its source returned when it ended, until asked (`StopIteration.value`).
    pub returned: Option<Value>,
    /// A generator function's qualified name, for its repr (`<generator object f at …>`).
    pub qualname: Option<Rc<str>>,
}

/// What the runtime needs to know of a function defined in arrsh; its code and closure
/// belong to the interpreter, which gets them back through `as_any`.
pub trait UserFunction: std::fmt::Debug {
    /// `__name__` (`<lambda>` for a lambda).
    fn name(&self) -> &str;
    /// `__qualname__` (`outer.<locals>.inner`).
    fn qualname(&self) -> &str;
    fn as_any(&self) -> &dyn std::any::Any;
    /// The class, for function objects that are not plain functions (`functools.partial`).
    fn class(&self) -> Option<&'static str> {
        None
    }
    /// The repr, where it is not `<function name at 0x…>`.
    fn repr(&self) -> Option<String> {
        None
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn dict(d: dict::PyDict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    pub fn bytearray(b: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(RefCell::new(b)))
    }
    pub fn set(s: set::PySet) -> Value {
        Value::Set(Rc::new(RefCell::new(s)))
    }
    /// A fresh iterator over `items`, of Python class `kind`.
    pub fn iter(kind: &'static str, items: Vec<Value>) -> Value {
        Value::Iter(Rc::new(RefCell::new(PyIter {
            kind,
            items,
            pos: 0,
            lazy: None,
            running: false,
            returned: None,
            qualname: None,
        })))
    }
    /// A fresh iterator of Python class `kind` whose items `source` computes on demand.
    pub fn lazy_iter(kind: &'static str, source: Box<dyn lazy::LazySource>) -> Value {
        Value::Iter(Rc::new(RefCell::new(PyIter {
            kind,
            items: Vec::new(),
            pos: 0,
            lazy: Some(source),
            running: false,
            returned: None,
            qualname: None,
        })))
    }
    pub fn func(name: &str) -> Value {
        Value::Func(Rc::from(name))
    }
    pub fn method(receiver: Value, name: &str) -> Value {
        Value::Method(Rc::new(Method {
            receiver,
            name: Rc::from(name),
        }))
    }
    pub fn ints(v: impl IntoIterator<Item = i128>) -> Value {
        Value::tuple(v.into_iter().map(Value::Int).collect())
    }

    pub fn type_of(&self) -> PyType {
        match self {
            Value::None => PyType::NoneType,
            Value::Bool(_) => PyType::Bool,
            Value::Int(_) | Value::BigInt(_) => PyType::Int,
            Value::Float(_) => PyType::Float,
            Value::Complex(..) => PyType::Complex,
            Value::Str(_) => PyType::Str,
            Value::Bytes(_) => PyType::Bytes,
            Value::ByteArray(_) => PyType::ByteArray,
            Value::Tuple(_) => PyType::Tuple,
            Value::List(_) => PyType::List,
            Value::Dict(d) => match d.borrow().kind {
                dict::DictKind::Plain => PyType::Dict,
                dict::DictKind::Counter => PyType::Named("collections.Counter"),
                dict::DictKind::DefaultDict(_) => PyType::Named("collections.defaultdict"),
                dict::DictKind::OrderedDict => PyType::Named("collections.OrderedDict"),
            },
            Value::Slice(_) => PyType::Slice,
            Value::Range(..) => PyType::Range,
            Value::Ellipsis => PyType::Ellipsis,
            Value::Array(a) if a.memmap => PyType::Memmap,
            Value::Array(_) => PyType::NdArray,
            Value::Scalar(d, _) => PyType::Scalar(*d),
            Value::DType(d) => PyType::DTypeClass(*d),
            Value::Type(_) => PyType::Type,
            Value::Module(_) => PyType::Module,
            Value::Func(f) if hooks::ufunc_name(f).is_some() => PyType::Ufunc,
            Value::Func(f) if f.as_ref() == "numpy.dtype" => PyType::Named("numpy._DTypeMeta"),
            Value::Func(_) => PyType::Function,
            Value::Method(_) => PyType::Method,
            Value::Flags(_) => PyType::Flags,
            Value::Memory(_) => PyType::Memoryview,
            Value::Object(o) => o.borrow().py_type(),
            Value::Set(s) if s.borrow().frozen => PyType::Named("frozenset"),
            Value::Set(_) => PyType::Set,
            Value::DictView(_, k) => PyType::DictView(*k),
            Value::Iter(i) => PyType::Iterator(i.borrow().kind),
            Value::Function(f) => f.class().map_or(PyType::UserFunction, PyType::Named),
            Value::Exception(e) => PyType::Exception(e.class),
        }
    }

    /// Python's `is`: identity for objects, equality for the immutable singletons and
    /// small values Python interns.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Array(a), Value::Array(b)) => Rc::ptr_eq(a, b),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
            (Value::ByteArray(a), Value::ByteArray(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a == b,
            (Value::Type(a), Value::Type(b)) => a == b,
            (Value::DType(a), Value::DType(b)) => a == b,
            (Value::Module(a), Value::Module(b)) => a == b,
            // NumPy's aliases are one ufunc object (`np.conj is np.conjugate`).
            (Value::Func(a), Value::Func(b)) => {
                a == b
                    || matches!((hooks::ufunc_name(a), hooks::ufunc_name(b)), (Some(x), Some(y)) if x == y)
            }
            (Value::Scalar(d1, n1), Value::Scalar(d2, n2)) => {
                d1 == d2 && *d1 == DType::Bool && n1 == n2
            }
            (Value::Object(a), Value::Object(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Iter(a), Value::Iter(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Exception(a), Value::Exception(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    pub fn as_array(&self) -> Option<&ArrayRef> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
}
