//! The `np` namespace: module and attribute lookup, imports, and dispatch of `np.*` calls to
//! the family that implements them (one file per family). Functions and methods get a
//! `context::Context` for what they may do to the session, never the interpreter.

pub mod along_axis;
pub mod append_delete;
pub mod average;
pub mod axes;
pub mod bits;
pub mod block;
pub mod broadcast_object;
pub mod byteorder;
pub mod cast_warnings;
pub mod closeness;
pub mod compose;
pub mod conditional;
pub mod context;
pub mod contexts;
pub mod convolution;
pub mod covariance;
pub mod creation;
pub mod cross;
pub mod differences;
pub mod einsum;
pub mod einsum_loop;
pub mod einsum_path;
mod emath;
pub mod fft;
pub mod finfo;
pub mod finite_differences;
pub mod flatiter;
pub mod fromiter;
pub mod functional;
pub mod helpers_creation;
pub mod histogram_estimators;
pub mod histogramdd;
pub mod histograms;
pub mod image;
pub mod index_helpers;
pub mod index_tricks;
pub mod insert_compress;
pub mod inspect;
pub mod integration;
pub mod interpolation;
pub mod io;
pub mod iteration;
pub mod joining;
pub mod linalg;
pub mod methods;
pub mod nanfuncs;
pub mod nanquantile;
pub mod nditer;
pub mod objects;
pub mod order_stats;
pub mod pad;
pub mod partition;
pub mod phase_bessel;
pub mod poly1d;
pub mod polyfit;
pub mod polynomial;
pub mod printing;
pub mod products;
pub mod quantile;
pub mod random;
pub mod random_api;
mod random_dists;
pub mod random_shuffle;
pub mod reduce;
pub mod resize;
pub mod rounding;
pub mod same_value;
pub mod scalar_types;
pub mod searching;
pub mod seed_sequence_object;
pub mod selection;
pub mod sets;
pub mod shape;
pub mod show;
pub mod sorting;
pub mod spacing;
pub mod stable_sort;
pub mod stacking;
pub mod stl_primes;
pub mod stride_tricks;
pub mod terminal_picture;
mod testing;
pub mod triangle_indices;
pub mod type_predicates;
pub mod ufunc;
pub mod ufunc_functions;
pub mod unique_api;
pub mod unique_hash;
pub mod vectorize;

use crate::array::dtype::{DType, ALL_DTYPES};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::{PyType, Value};
use std::rc::Rc;

/// Session state NumPy keeps globally (the legacy random stream).
#[derive(Default)]
pub struct State {
    pub legacy_random: Option<random::RandomState>,
    /// `np.seterr`'s floating-point error modes.
    pub err: contexts::ErrState,
}

/// A family of NumPy functions: the names it provides in the `numpy` namespace and its
/// dispatcher (returns `None` for names it does not own).
pub struct Family {
    pub names: &'static [&'static str],
    pub call: fn(&mut dyn Context, &str, Args) -> Option<PyResult<Value>>,
}

const FAMILIES: [Family; 66] = [
    append_delete::FAMILY,
    contexts::FAMILY,
    functional::FAMILY,
    iteration::FAMILY,
    creation::FAMILY,
    shape::FAMILY,
    axes::FAMILY,
    stride_tricks::FAMILY,
    ufunc::FAMILY,
    ufunc_functions::FAMILY,
    reduce::FAMILY,
    joining::FAMILY,
    sorting::FAMILY,
    selection::FAMILY,
    inspect::FAMILY,
    printing::FAMILY,
    random_api::FAMILY,
    image::FAMILY,
    rounding::FAMILY,
    closeness::FAMILY,
    helpers_creation::FAMILY,
    linalg::FAMILY,
    index_helpers::FAMILY,
    products::FAMILY,
    differences::FAMILY,
    order_stats::FAMILY,
    quantile::FAMILY,
    average::FAMILY,
    searching::FAMILY,
    pad::FAMILY,
    finfo::FAMILY,
    resize::FAMILY,
    einsum::FAMILY,
    io::FAMILY,
    sets::FAMILY,
    fromiter::FAMILY,
    nanfuncs::FAMILY,
    conditional::FAMILY,
    stacking::FAMILY,
    spacing::FAMILY,
    integration::FAMILY,
    convolution::FAMILY,
    covariance::FAMILY,
    cross::FAMILY,
    finite_differences::FAMILY,
    histograms::FAMILY,
    interpolation::FAMILY,
    phase_bessel::FAMILY,
    along_axis::FAMILY,
    triangle_indices::FAMILY,
    type_predicates::FAMILY,
    block::FAMILY,
    bits::FAMILY,
    polynomial::FAMILY,
    fft::FAMILY,
    partition::FAMILY,
    scalar_types::FAMILY,
    nanquantile::FAMILY,
    polyfit::FAMILY,
    histogramdd::FAMILY,
    broadcast_object::FAMILY,
    testing::FAMILY,
    emath::FAMILY,
    io::text::FAMILY,
    insert_compress::FAMILY,
    unique_api::FAMILY,
];

/// Modules `import` knows.
const MODULES: [&str; 12] = [
    "numpy",
    "numpy.dtypes",
    "numpy.emath",
    "numpy.testing",
    "numpy.exceptions",
    "numpy.fft",
    "numpy.lib",
    "numpy.lib.stride_tricks",
    "numpy.random",
    "numpy.linalg",
    "PIL",
    "PIL.Image",
];

pub fn import_module(name: &str) -> PyResult<Value> {
    // `np.emath` is an attribute (NumPy's numpy.lib.scimath), not an importable module.
    if MODULES.contains(&name) && name != "numpy.emath" {
        Ok(Value::Module(Rc::from(name)))
    } else {
        Err(PyErr::module_not_found(format!(
            "No module named '{}'",
            name
        )))
    }
}

/// Every function name in the `numpy` namespace.
pub fn function_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = FAMILIES
        .iter()
        .flat_map(|f| f.names.iter().copied())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Names bound at start without `np.` (NumPy's functions and scalar types).
pub fn bare_names() -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = function_names()
        .into_iter()
        .filter(|n| !n.contains('.'))
        .map(|n| (n.to_string(), Value::func(&format!("numpy.{}", n))))
        .collect();
    out.push((
        "as_strided".into(),
        Value::func("numpy.lib.stride_tricks.as_strided"),
    ));
    out.push((
        "sliding_window_view".into(),
        Value::func("numpy.lib.stride_tricks.sliding_window_view"),
    ));
    // arrsh's own: draw an image or array in the terminal.
    out.push(("show".into(), Value::func("arrsh.show")));
    out.push(("newaxis".into(), Value::None));
    for (k, v) in constants() {
        out.push((k.to_string(), v));
    }
    out
}

fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("euler_gamma", Value::Float(0.5772156649015329)),
    ]
}

fn scalar_type(name: &str) -> Option<DType> {
    if name == "bool_" || name == "bool" {
        return Some(DType::Bool);
    }
    let alias = match name {
        "int_" | "intp" | "longlong" | "long" => Some(DType::I64),
        "uint" | "uintp" | "ulonglong" | "ulong" => Some(DType::U64),
        "double" => Some(DType::F64),
        "single" => Some(DType::F32),
        "half" => Some(DType::F16),
        "cdouble" => Some(DType::C128),
        "csingle" => Some(DType::C64),
        "byte" => Some(DType::I8),
        "ubyte" => Some(DType::U8),
        "short" => Some(DType::I16),
        "ushort" => Some(DType::U16),
        "intc" => Some(DType::I32),
        "uintc" => Some(DType::U32),
        _ => None,
    };
    alias.or_else(|| ALL_DTYPES.iter().copied().find(|d| d.name() == name))
}

/// `module.name`.
pub fn module_attr(module: &str, name: &str) -> Option<Value> {
    let sub = format!("{}.{}", module, name);
    if MODULES.contains(&sub.as_str()) {
        return Some(Value::Module(Rc::from(sub.as_str())));
    }
    match module {
        "numpy" => {
            if let Some(d) = scalar_type(name) {
                return Some(Value::Type(PyType::Scalar(d)));
            }
            if let Some(c) = scalar_types::abstract_class(name) {
                return Some(c);
            }
            match name {
                "ndarray" => return Some(Value::Type(PyType::NdArray)),
                "memmap" => return Some(Value::Type(PyType::Memmap)),
                "newaxis" => return Some(Value::None),
                "True_" => {
                    return Some(Value::Scalar(
                        DType::Bool,
                        crate::array::element::Num::Bool(true),
                    ))
                }
                "False_" => {
                    return Some(Value::Scalar(
                        DType::Bool,
                        crate::array::element::Num::Bool(false),
                    ))
                }
                "__version__" => return Some(Value::str("2.4.6")),
                _ if index_tricks::NAMES.contains(&name) => return index_tricks::object(name),
                _ => {}
            }
            if let Some((_, v)) = constants().into_iter().find(|(k, _)| *k == name) {
                return Some(v);
            }
            FAMILIES
                .iter()
                .any(|f| f.names.contains(&name))
                .then(|| Value::func(&format!("numpy.{}", name)))
        }
        // `np.dtypes.Float64DType`, ...: the classes of the dtypes.
        "numpy.dtypes" => ALL_DTYPES
            .iter()
            .find(|d| crate::value::dtype_class_name(**d) == name)
            .map(|d| Value::Type(PyType::DTypeClass(*d))),
        "numpy.lib.stride_tricks" => matches!(name, "as_strided" | "sliding_window_view")
            .then(|| Value::func(&format!("{}.{}", module, name))),
        "numpy.linalg" if name == "LinAlgError" => {
            Some(Value::Type(crate::value::PyType::Exception("LinAlgError")))
        }
        "numpy.linalg" => linalg::NAMES
            .contains(&name)
            .then(|| Value::func(&format!("numpy.linalg.{}", name))),
        "numpy.fft" => fft::NAMES
            .contains(&name)
            .then(|| Value::func(&format!("numpy.fft.{}", name))),
        "numpy.emath" => emath::NAMES
            .contains(&name)
            .then(|| Value::func(&format!("numpy.emath.{}", name))),
        "numpy.testing" => testing::NAMES
            .contains(&name)
            .then(|| Value::func(&format!("numpy.testing.{}", name))),
        "numpy.random" => {
            random_api::is_function(name).then(|| Value::func(&format!("numpy.random.{}", name)))
        }
        "PIL" => None,
        "PIL.Image" => matches!(name, "fromarray" | "open" | "new")
            .then(|| Value::func(&format!("PIL.Image.{}", name))),
        _ => None,
    }
}

/// Call `numpy.*` (or another module's) function by qualified name.
pub fn call(it: &mut dyn Context, qualname: &str, args: Args) -> PyResult<Value> {
    let short = qualname
        .strip_prefix("numpy.lib.stride_tricks.")
        .or_else(|| qualname.strip_prefix("numpy."))
        .unwrap_or(qualname);
    let name = if qualname.starts_with("numpy.random.") || qualname.starts_with("PIL.") {
        qualname
    } else {
        short
    };
    byteorder::call_function(it, name, args, |it, args| {
        for f in FAMILIES.iter() {
            if let Some(r) = (f.call)(it, name, args.clone()) {
                return r;
            }
        }
        Err(PyErr::attribute(format!(
            "arrsh does not implement {} yet",
            qualname
        )))
    })
}
