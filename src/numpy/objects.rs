//! Host objects that are not arrays: NumPy random generators and PIL images. Each knows
//! its type, repr, attributes and methods (`value::host::Host`, through which the value
//! floor sees them).

use super::random::{Generator, RandomState};
use crate::error::PyResult;
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::host::{Host, HostRef};
use crate::value::{PyType, Value};
use std::any::Any;
use std::rc::Rc;

pub enum HostObject {
    Generator(Generator),
    /// Boxed: the MT19937 state is large.
    RandomState(Box<RandomState>),
    Image(crate::numpy::image::Image),
    /// The `.base` of an `as_strided` result.
    DummyArray(Rc<crate::array::object::InterfaceHolder>),
    /// `x.flat` of this array.
    FlatIter(crate::array::object::ArrayRef),
    /// An archive `np.load` opened (`NpzFile`).
    Npz(crate::numpy::io::npz::NpzFile),
    /// A dtype in the non-native byte order (`np.dtype('>i4')`); native dtypes are
    /// `Value::DType`.
    NonNativeDType(crate::array::dtype::DType),
    /// `np.iinfo(t)`: the limits of an integer type.
    IInfo(crate::array::dtype::DType),
    /// `np.finfo(t)`: the limits of a floating-point type (the real type of a complex one).
    FInfo(crate::array::dtype::DType),
    /// `np.errstate(...)` or `np.printoptions(...)`, for `with`.
    Context(crate::numpy::contexts::Manager),
    /// `np.vectorize(f)`, which maps `f` over arrays when called.
    /// Boxed: its signature and cache make it the largest variant.
    Vectorized(Box<crate::numpy::vectorize::Vectorized>),
    /// `np.s_`, `np.r_`, `np.mgrid`, ... (by name): objects used only by subscript.
    IndexTrick(&'static str),
    /// A result namedtuple (`EigResult`, `SVDResult`, ...).
    Result(crate::numpy::linalg::results::NamedTuple),
    /// `np.broadcast(*args)`.
    Broadcast(crate::numpy::broadcast_object::Broadcast),
    /// `np.poly1d(c)`.
    Poly1d(crate::numpy::poly1d::Poly1d),
    /// `np.random.SeedSequence(...)`.
    SeedSequence(crate::numpy::seed_sequence_object::SeedSeq),
    /// `np.nditer(...)`.
    NdIter(crate::numpy::nditer::NdIter),
    /// The `.base` of a memmap: Python's `mmap.mmap` of the file, as NumPy opens it.
    Mmap(crate::numpy::io::memmap::MmapBase),
}

impl std::fmt::Debug for HostObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

/// The `np` namespace's object behind a `Value::Object` (None for a host object of another
/// kind; there is none today).
pub fn host(o: &dyn Host) -> Option<&HostObject> {
    o.as_any().downcast_ref()
}

pub fn host_mut(o: &mut dyn Host) -> Option<&mut HostObject> {
    o.as_any_mut().downcast_mut()
}

impl Host for HostObject {
    fn py_type(&self) -> PyType {
        match self {
            HostObject::Generator(_) => PyType::Generator,
            HostObject::RandomState(_) => PyType::RandomState,
            HostObject::Image(_) => PyType::Image,
            HostObject::DummyArray(_) => PyType::DummyArray,
            HostObject::FlatIter(_) => PyType::FlatIter,
            HostObject::Npz(_) => PyType::NpzFile,
            HostObject::Context(crate::numpy::contexts::Manager::ErrState { .. }) => {
                PyType::Named("numpy.errstate")
            }
            HostObject::Context(_) => PyType::Named("contextlib._GeneratorContextManager"),
            HostObject::Vectorized(_) => PyType::Named("numpy.vectorize"),
            HostObject::IndexTrick(n) => PyType::Named(super::index_tricks::class_name(n)),
            HostObject::Result(r) => PyType::Named(r.class),
            HostObject::Broadcast(_) => PyType::Named("numpy.broadcast"),
            HostObject::NdIter(_) => PyType::Named("numpy.nditer"),
            HostObject::SeedSequence(_) => PyType::Named("numpy.random.bit_generator.SeedSequence"),
            HostObject::Poly1d(_) => PyType::Named("numpy.poly1d"),
            HostObject::Mmap(_) => PyType::Named("mmap.mmap"),
            HostObject::NonNativeDType(d) => PyType::DTypeClass(*d),
            HostObject::IInfo(_) => PyType::IInfo,
            HostObject::FInfo(_) => PyType::FInfo,
        }
    }

    fn repr(&self) -> String {
        match self {
            HostObject::Generator(_) => "Generator(PCG64)".into(),
            HostObject::RandomState(_) => "RandomState(MT19937)".into(),
            HostObject::Image(img) => img.repr(),
            HostObject::Context(_)
            | HostObject::Vectorized(_)
            | HostObject::IndexTrick(_)
            | HostObject::Broadcast(_)
            | HostObject::NdIter(_) => {
                format!(
                    "<{} object at {:#x}>",
                    self.py_type().qualname(),
                    self as *const HostObject as usize
                )
            }
            HostObject::FlatIter(a) => {
                format!("<numpy.flatiter object at {:#x}>", Rc::as_ptr(a) as usize)
            }
            HostObject::DummyArray(h) => format!(
                "<numpy.lib._stride_tricks_impl.DummyArray object at {:#x}>",
                Rc::as_ptr(h) as usize
            ),
            HostObject::Npz(z) => z.repr(),
            HostObject::NonNativeDType(d) => {
                format!("dtype('{}')", super::byteorder::dtype_str(*d, true))
            }
            HostObject::IInfo(d) => super::finfo::repr(*d, true),
            HostObject::FInfo(d) => super::finfo::repr(*d, false),
            HostObject::Result(r) => r.repr(),
            HostObject::Poly1d(p) => p.repr(),
            HostObject::SeedSequence(s) => s.repr(),
            HostObject::Mmap(m) => m.repr(),
        }
    }

    /// `str(obj)`: the repr, except for the objects whose `__str__` differs.
    fn str(&self) -> String {
        match self {
            HostObject::IInfo(d) => super::finfo::table(*d, true),
            HostObject::FInfo(d) => super::finfo::table(*d, false),
            // `str(np.dtype('>i4'))` is the type string, as for native dtypes their name.
            HostObject::NonNativeDType(d) => super::byteorder::dtype_str(*d, true),
            HostObject::Poly1d(p) => p.str(),
            _ => self.repr(),
        }
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match self {
            HostObject::Image(img) => img.attr(name),
            HostObject::DummyArray(h) => (name == "base").then(|| Value::Array(h.array.clone())),
            HostObject::FlatIter(a) => (name == "base").then(|| Value::Array(a.clone())),
            HostObject::Npz(z) => z.attr(name),
            HostObject::NonNativeDType(d) => super::byteorder::dtype_attr(*d, name),
            HostObject::IInfo(d) => super::finfo::attr(*d, true, name),
            HostObject::FInfo(d) => super::finfo::attr(*d, false, name),
            HostObject::Result(r) => r.attr(name),
            HostObject::Broadcast(b) => b.attr(name),
            HostObject::Poly1d(p) => p.attr(name),
            HostObject::NdIter(n) => n.attr(name).and_then(Result::ok),
            HostObject::SeedSequence(s) => s.attr(name),
            HostObject::Vectorized(v) => v.attr(name),
            _ => None,
        }
    }

    fn has_method(&self, name: &str) -> bool {
        match self {
            HostObject::Generator(_) | HostObject::RandomState(_) => {
                super::random_api::is_generator_method(name)
            }
            HostObject::Image(_) => crate::numpy::image::METHODS.contains(&name),
            HostObject::DummyArray(_)
            | HostObject::FlatIter(_)
            | HostObject::IInfo(_)
            | HostObject::FInfo(_) => false,
            HostObject::Npz(_) => crate::numpy::io::npz::METHODS.contains(&name),
            HostObject::NonNativeDType(_) => name == "newbyteorder",
            HostObject::Context(_)
            | HostObject::Vectorized(_)
            | HostObject::IndexTrick(_)
            | HostObject::Result(_) => false,
            HostObject::Broadcast(_) => name == "reset",
            HostObject::NdIter(_) => crate::numpy::nditer::NdIter::METHODS.contains(&name),
            HostObject::SeedSequence(_) => {
                crate::numpy::seed_sequence_object::METHODS.contains(&name)
            }
            HostObject::Poly1d(_) => crate::numpy::poly1d::METHODS.contains(&name),
            HostObject::Mmap(_) => false,
        }
    }

    /// `x.flat` iterates the array's elements in C order.
    fn items(&self) -> Option<PyResult<Vec<Value>>> {
        match self {
            HostObject::FlatIter(a) => Some(super::flatiter::items(a)),
            HostObject::Result(r) => Some(Ok(r.items.clone())),
            HostObject::Broadcast(b) => Some(b.items()),
            HostObject::NdIter(n) => Some(Ok(n.items())),
            HostObject::Poly1d(p) => Some(p.items()),
            _ => None,
        }
    }

    /// A non-native dtype equals the spellings of the same type and byte order.
    fn eq_value(&self, other: &Value) -> Option<bool> {
        match self {
            HostObject::NonNativeDType(d) => {
                Some(super::byteorder::to_dtype_order(other).is_ok_and(|o| o == (*d, true)))
            }
            _ => None,
        }
    }

    /// NumPy's `__array__`: a polynomial converts to its coefficients.
    fn array(&self) -> Option<Value> {
        match self {
            HostObject::Poly1d(p) => Some(p.coeffs.clone()),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

impl HostObject {
    /// The items of a result namedtuple, which iterates, indexes and unpacks as a tuple.
    pub fn tuple_items(&self) -> Option<Vec<Value>> {
        match self {
            HostObject::Result(r) => Some(r.items.clone()),
            _ => None,
        }
    }
}

pub fn call_method(it: &mut dyn Context, obj: &HostRef, name: &str, args: Args) -> PyResult<Value> {
    if let Some(HostObject::Npz(z)) = host_mut(&mut *obj.borrow_mut()) {
        return crate::numpy::io::npz::call_method(z, name, args);
    }
    if let Some(HostObject::NonNativeDType(d)) = host(&*obj.borrow()) {
        return super::byteorder::newbyteorder(*d, true, &args);
    }
    if let Some(HostObject::Broadcast(b)) = host(&*obj.borrow()) {
        return b.reset(&args);
    }
    if let Some(HostObject::NdIter(n)) = host(&*obj.borrow()) {
        return n.method(it, name, &args);
    }
    if let Some(HostObject::SeedSequence(s)) = host(&*obj.borrow()) {
        return s.method(name, &args);
    }
    let poly = match host(&*obj.borrow()) {
        Some(HostObject::Poly1d(p)) => Some(p.clone()),
        _ => None,
    };
    if let Some(p) = poly {
        return crate::numpy::poly1d::method(it, &p, name, args);
    }
    let is_image = matches!(host(&*obj.borrow()), Some(HostObject::Image(_)));
    if is_image {
        return crate::numpy::image::call_method(it, obj, name, args);
    }
    super::random_api::call_generator(obj, name, args)
}

/// The name of an `np.r_`-style helper object (`np.r_[...]` needs a context to call `np`).
pub fn index_trick(v: &Value) -> Option<&'static str> {
    match v {
        Value::Object(o) => match host(&*o.borrow()) {
            Some(HostObject::IndexTrick(n)) => Some(n),
            _ => None,
        },
        _ => None,
    }
}
