//! The array-API set functions `np.unique_values`, `unique_counts`, `unique_inverse` and
//! `unique_all`: `np.unique` on the flattened input with `equal_nan=False`, the last three
//! wrapped in NumPy's result namedtuples (`UniqueCountsResult(values=..., counts=...)`).
//!
//! All four ask for `sorted=False`: `unique_values` of integers and complex numbers comes
//! in the order of NumPy's hash table (unique_hash.rs), the others sort.

use super::Family;
use crate::error::PyResult;
use crate::numpy::compose::{arg, np};
use crate::numpy::context::Context;
use crate::numpy::linalg::results;
use crate::value::args::Args;
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "unique_values",
        "unique_counts",
        "unique_inverse",
        "unique_all",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    type Shape = (bool, bool, bool, &'static str, &'static [&'static str]);
    let (index, inverse, counts, class, fields): Shape = match name {
        "unique_values" => (false, false, false, "", &[]),
        "unique_counts" => (
            false,
            false,
            true,
            "numpy.lib._arraysetops_impl.UniqueCountsResult",
            &["values", "counts"],
        ),
        "unique_inverse" => (
            false,
            true,
            false,
            "numpy.lib._arraysetops_impl.UniqueInverseResult",
            &["values", "inverse_indices"],
        ),
        "unique_all" => (
            true,
            true,
            true,
            "numpy.lib._arraysetops_impl.UniqueAllResult",
            &["values", "indices", "inverse_indices", "counts"],
        ),
        _ => return None,
    };
    Some((|| {
        let p = args.bind(name, &["x"], 1)?;
        let kw = vec![
            ("return_index", Value::Bool(index)),
            ("return_inverse", Value::Bool(inverse)),
            ("return_counts", Value::Bool(counts)),
            ("equal_nan", Value::Bool(false)),
            ("sorted", Value::Bool(false)),
        ];
        let r = np(it, "unique", vec![arg(&p[0])], kw)?;
        if fields.is_empty() {
            return Ok(r);
        }
        let items = match r {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other],
        };
        Ok(results::value(class, fields, items))
    })())
}
