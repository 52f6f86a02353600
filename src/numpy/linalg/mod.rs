//! `np.linalg`: the functions of NumPy's linear algebra module that arrsh has.
//! Names are registered as `linalg.<name>` so that `np.linalg.norm` dispatches here
//! while the bare `norm` is not a top-level NumPy name.

pub mod blocked_lu;
pub mod common;
pub mod complex;
pub mod decompositions;
pub mod derived;
pub mod factor;
pub mod general;
pub mod jacobi;
pub mod norm;
pub mod products;
pub mod results;
pub mod solve;

use super::Family;
use crate::error::PyResult;
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::Value;

/// Functions of `numpy.linalg` (without the prefix).
pub const NAMES: &[&str] = &[
    "norm",
    "solve",
    "inv",
    "det",
    "slogdet",
    "cholesky",
    "qr",
    "eig",
    "eigvals",
    "eigh",
    "eigvalsh",
    "svd",
    "pinv",
    "matrix_rank",
    "cond",
    "lstsq",
    "multi_dot",
    "matrix_power",
    "tensorinv",
    "tensorsolve",
];

pub const FAMILY: Family = Family {
    names: &[
        "linalg.norm",
        "linalg.solve",
        "linalg.inv",
        "linalg.det",
        "linalg.slogdet",
        "linalg.cholesky",
        "linalg.qr",
        "linalg.eig",
        "linalg.eigvals",
        "linalg.eigh",
        "linalg.eigvalsh",
        "linalg.svd",
        "linalg.pinv",
        "linalg.matrix_rank",
        "linalg.cond",
        "linalg.lstsq",
        "linalg.multi_dot",
        "linalg.matrix_power",
        "linalg.tensorinv",
        "linalg.tensorsolve",
        "tensordot",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "linalg.norm" => Some(norm::norm(it, &args)),
        "linalg.solve" => Some(solve::solve(&args)),
        "linalg.inv" => Some(solve::inv(&args)),
        "linalg.det" => Some(solve::det(&args)),
        "linalg.slogdet" => Some(decompositions::slogdet(&args)),
        "linalg.cholesky" => Some(decompositions::cholesky(&args)),
        "linalg.qr" => Some(decompositions::qr(&args)),
        "linalg.eig" => Some(decompositions::eig(&args)),
        "linalg.eigvals" => Some(decompositions::eigvals(&args)),
        "linalg.eigh" => Some(decompositions::eigh(&args)),
        "linalg.eigvalsh" => Some(decompositions::eigvalsh(&args)),
        "linalg.svd" => Some(decompositions::svd(&args)),
        "linalg.pinv" => Some(derived::pinv(&args)),
        "linalg.matrix_rank" => Some(derived::matrix_rank(&args)),
        "linalg.cond" => Some(derived::cond(it, &args)),
        "linalg.lstsq" => Some(derived::lstsq(&args)),
        "linalg.multi_dot" => Some(products::multi_dot(it, &args)),
        "linalg.matrix_power" => Some(products::matrix_power(it, &args)),
        "linalg.tensorinv" => Some(products::tensorinv(it, &args)),
        "linalg.tensorsolve" => Some(products::tensorsolve(it, &args)),
        "tensordot" => Some(products::tensordot(it, &args)),
        _ => None,
    }
}

/// Call `np.<name>(*pos, **kw)`, as NumPy's Python source calls its own functions.
pub fn np(
    it: &mut dyn Context,
    name: &str,
    pos: Vec<Value>,
    kw: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let args = Args {
        pos,
        kw: kw.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    };
    super::call(it, &format!("numpy.{}", name), args)
}
