//! `np.linalg`: the functions of NumPy's linear algebra module that arrsh has.
//! Names are registered as `linalg.<name>` so that `np.linalg.norm` dispatches here
//! while the bare `norm` is not a top-level NumPy name.

pub mod norm;
pub mod solve;

use super::Family;
use crate::error::PyResult;
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::Value;

/// Functions of `numpy.linalg` (without the prefix).
pub const NAMES: &[&str] = &["norm", "solve", "inv", "det"];

pub const FAMILY: Family = Family {
    names: &["linalg.norm", "linalg.solve", "linalg.inv", "linalg.det"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "linalg.norm" => Some(norm::norm(it, &args)),
        "linalg.solve" => Some(solve::solve(&args)),
        "linalg.inv" => Some(solve::inv(&args)),
        "linalg.det" => Some(solve::det(&args)),
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
