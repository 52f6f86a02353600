//! Reductions as functions and methods: `sum prod min max amin amax mean std var all any
//! argmin argmax cumsum cumprod count_nonzero`, with NumPy's axis handling, result dtypes
//! and summation order.

mod arg;
pub use arg::axis_last;
mod cumulative;
mod engine;
mod pairwise;
mod stats;

use super::Family;
use crate::array::dtype::DType;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::ufunc::{operand, wrap};
use crate::value::args::{given, Args};
use crate::value::convert::{to_dtype, to_i64, truthy};
use crate::value::Value;
pub use engine::Fold;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "sum",
        "prod",
        "min",
        "max",
        "amin",
        "amax",
        "mean",
        "std",
        "var",
        "all",
        "any",
        "argmin",
        "argmax",
        "cumsum",
        "cumprod",
        "count_nonzero",
    ],
    call,
};

/// Which axes a reduction folds, from `axis=` (None, an int or a tuple of ints).
pub fn axis_mask(v: Option<&Value>, ndim: usize) -> PyResult<Vec<bool>> {
    let Some(v) = v else {
        return Ok(vec![true; ndim]);
    };
    let items: Vec<Value> = match v {
        Value::Tuple(t) => t.iter().cloned().collect(),
        other => vec![other.clone()],
    };
    let mut mask = vec![false; ndim];
    for item in &items {
        let ax = super::shape::normalize_axis(to_i64(item)?, ndim, None)?;
        if mask[ax] {
            return Err(PyErr::value("duplicate value in 'axis'"));
        }
        mask[ax] = true;
    }
    Ok(mask)
}

/// `axis_mask` for the ufunc-style reductions (`sum prod min max all any count_nonzero`):
/// NumPy's `ufunc.reduce` also accepts a plain `axis=0` or `axis=-1` on a 0-d array (kept
/// for backwards compatibility; a tuple `(0,)` is still an AxisError).
pub fn ufunc_axis_mask(v: Option<&Value>, ndim: usize) -> PyResult<Vec<bool>> {
    if ndim == 0 {
        if let Some(x @ (Value::Int(_) | Value::Bool(_) | Value::Scalar(..))) = v {
            if matches!(to_i64(x), Ok(0 | -1)) {
                return Ok(Vec::new());
            }
        }
    }
    axis_mask(v, ndim)
}

/// The shape of a reduction's result.
pub fn reduced_shape(shape: &[usize], mask: &[bool], keepdims: bool) -> Vec<usize> {
    shape
        .iter()
        .zip(mask)
        .filter_map(|(&n, &m)| match (m, keepdims) {
            (false, _) => Some(n),
            (true, true) => Some(1),
            (true, false) => None,
        })
        .collect()
}

/// The accumulator dtype of `sum`/`prod`/`cumsum`: small integers widen to 64 bits.
pub fn sum_dtype(d: DType) -> DType {
    match d {
        DType::Bool | DType::I8 | DType::I16 | DType::I32 => DType::I64,
        DType::U8 | DType::U16 | DType::U32 => DType::U64,
        other => other,
    }
}

/// The loop dtype of a reduction or accumulation without `dtype=`: an `out=` array the
/// input casts to safely picks the loop (float32 data summed into a float64 `out` adds in
/// float64), else `default`.
pub fn loop_dtype_for_out(a: DType, out: Option<&Value>, default: DType) -> DType {
    match out {
        Some(Value::Array(o)) if a.can_cast_safe(o.dtype) => o.dtype,
        _ => default,
    }
}

fn fold_name(fold: Fold) -> &'static str {
    match fold {
        Fold::Add => "add",
        Fold::Mul => "multiply",
        Fold::Min => "minimum",
        Fold::Max => "maximum",
    }
}

/// Fold `a` over the masked axes in dtype `acc`; the result has the reduced shape.
pub fn fold(
    a: &NdArray,
    mask: &[bool],
    fold: Fold,
    acc: DType,
    keepdims: bool,
) -> PyResult<ArrayRef> {
    let shape = reduced_shape(&a.shape, mask, keepdims);
    let count: usize = (0..a.ndim())
        .filter(|&ax| mask[ax])
        .map(|ax| a.shape[ax])
        .product();
    // Any reduced axis of length 0 has no identity to start from, even when the result
    // itself is empty (`np.max(np.zeros((2, 0)), axis=1)`).
    if count == 0 && matches!(fold, Fold::Min | Fold::Max) {
        return Err(PyErr::value(format!(
            "zero-size array to reduction operation {} which has no identity",
            fold_name(fold)
        )));
    }
    let cast;
    let (src, buffered) = if a.dtype == acc {
        (a, false)
    } else {
        cast = engine::cast_keep_order(a, acc)?;
        (&cast, true)
    };
    let r = crate::array::dtype::with_dtype!(acc, T, {
        NdArray::from_vec(engine::reduce::<T>(src, mask, fold, buffered)?, &shape)?
    });
    Ok(Rc::new(r))
}

/// `fold` with NumPy's `initial=` and `where=`. The initial value is the first operand of
/// every fold, so an empty fold gives it (even for `min`/`max`, which otherwise have no
/// identity) and a non-empty one combines it with the folded result; elements where the
/// mask is False are replaced by the identity (or, for `min`/`max`, the initial value).
#[allow(clippy::too_many_arguments)]
pub fn fold_from(
    it: &mut dyn Context,
    a: &ArrayRef,
    mask: &[bool],
    f: Fold,
    acc: DType,
    keepdims: bool,
    initial: Option<&Value>,
    where_: Option<&Value>,
) -> PyResult<ArrayRef> {
    if let Some(w) = where_ {
        let w = where_mask(w, &a.shape)?;
        let fill = match (f, initial) {
            (Fold::Add, _) => Value::Scalar(a.dtype, crate::array::element::Num::Int(0)),
            (Fold::Mul, _) => Value::Scalar(a.dtype, crate::array::element::Num::Int(1)),
            (_, Some(init)) => Value::Scalar(a.dtype, initial_num(init, a.dtype)?),
            (_, None) => {
                return Err(PyErr::value(format!(
                    "reduction operation '{}' does not have an identity, so to use a where mask one has to specify 'initial'",
                    fold_name(f)
                )))
            }
        };
        let arr = Value::Array(a.clone());
        let masked = crate::numpy::linalg::np(it, "where", vec![w, arr, fill], vec![])?;
        let masked = crate::value::convert::as_array(&masked)?;
        return fold_from(it, &masked, mask, f, acc, keepdims, initial, None);
    }
    let Some(init) = initial else {
        return fold(a, mask, f, acc, keepdims);
    };
    let init_num = initial_num(init, acc)?;
    let init = Value::Scalar(acc, init_num);
    let count: usize = (0..a.ndim())
        .filter(|&ax| mask[ax])
        .map(|ax| a.shape[ax])
        .product();
    if count == 0 {
        let shape = reduced_shape(&a.shape, mask, keepdims);
        let r = NdArray::zeros(&shape, acc)?;
        if let Value::Scalar(_, n) = init {
            crate::array::kernels::fill(&r, n);
        }
        return Ok(Rc::new(r));
    }
    // NumPy starts the output at the initial value and folds into it: one element after
    // another for products and for sums over outer axes (so the value is simply the first
    // element), but `initial + pairwise_sum(row)` for a sum along the innermost axis. Over
    // one axis that is a slice of initial values in front; over several, arrsh combines the
    // initial value with the folded result (the last bit of a float sum may differ).
    let sequential = f == Fold::Mul || (f == Fold::Add && !mask.last().copied().unwrap_or(true));
    let axes = mask.iter().filter(|&&m| m).count();
    if acc.is_inexact() && f == Fold::Mul && axes > 1 && axes == a.ndim() {
        // A product over everything is one sequential loop in C order.
        let flat = crate::numpy::linalg::np(it, "ravel", vec![Value::Array(a.clone())], vec![])?;
        let flat = crate::value::convert::as_array(&flat)?;
        let r = fold_from(it, &flat, &[true], f, acc, false, initial, None)?;
        if !keepdims {
            return Ok(r);
        }
        let shape = Value::ints(std::iter::repeat_n(1, a.ndim()));
        let r = crate::numpy::linalg::np(it, "reshape", vec![Value::Array(r), shape], vec![])?;
        return crate::value::convert::as_array(&r);
    }
    if acc.is_inexact() && sequential && axes == 1 {
        if let (Some(ax), Value::Scalar(_, n)) = (mask.iter().position(|&m| m), &init) {
            let src = crate::array::kernels::to_contiguous(a, acc)?;
            let mut shape = a.shape.clone();
            shape[ax] = 1;
            let block = NdArray::zeros(&shape, acc)?;
            crate::array::kernels::fill(&block, *n);
            let parts = Value::list(vec![
                Value::Array(Rc::new(block)),
                Value::Array(Rc::new(src)),
            ]);
            let joined = crate::numpy::linalg::np(
                it,
                "concatenate",
                vec![parts],
                vec![("axis", Value::Int(ax as i128))],
            )?;
            let joined = crate::value::convert::as_array(&joined)?;
            return fold(&joined, mask, f, acc, keepdims);
        }
    }
    if acc == DType::F16 && f == Fold::Add {
        // float16's add loop keeps a float32 running value: `initial + pairwise_sum(row)`
        // is rounded to float16 once, at the end.
        let r = fold(a, mask, f, DType::F32, keepdims)?;
        let init32 = Value::Scalar(DType::F32, init_num);
        let sum = crate::numpy::linalg::np(it, "add", vec![init32, Value::Array(r)], vec![])?;
        let sum = crate::value::convert::as_array(&sum)?;
        return Ok(Rc::new(crate::array::kernels::to_contiguous(
            &sum,
            DType::F16,
        )?));
    }
    let r = fold(a, mask, f, acc, keepdims)?;
    let combined = crate::numpy::linalg::np(it, fold_name(f), vec![init, Value::Array(r)], vec![])?;
    crate::value::convert::as_array(&combined)
}

/// `where=` as a bool array broadcast to the input's shape (a list is converted to bool,
/// an array must cast safely to it), with NumPy's errors.
pub(crate) fn where_mask(w: &Value, shape: &[usize]) -> PyResult<Value> {
    use crate::array::layout::shape_str;
    let arr = match w {
        Value::Array(x) if x.dtype != DType::Bool => {
            return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('bool') according to the rule 'safe'",
            x.dtype.name()
        )))
        }
        Value::Array(x) => x.clone(),
        other => Rc::new(crate::value::convert::array_from_value(
            other,
            Some(DType::Bool),
        )?),
    };
    if arr.ndim() > shape.len() {
        return Err(PyErr::value(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    let fits = arr
        .shape
        .iter()
        .rev()
        .zip(shape.iter().rev())
        .all(|(&m, &n)| m == n || m == 1);
    if !fits {
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {} ",
            shape_str(shape).replace(' ', ""),
            shape_str(&arr.shape).replace(' ', "")
        )));
    }
    Ok(Value::Array(arr))
}

/// `initial=` as an element of `dt`, converted as NumPy's `dt.type(initial)` is: through
/// Python's `int()` for integer dtypes (nan and inf refused, then the bounds check),
/// `float()` for floats, `bool()` for bools.
pub fn initial_num(v: &Value, dt: DType) -> PyResult<crate::array::element::Num> {
    use crate::array::element::Num;
    let n = crate::value::convert::to_num(v).ok_or_else(|| {
        let t = v.type_of().short_name();
        PyErr::type_err(if dt.is_complex() {
            format!(
                "complex() argument must be a string or a number, not '{}'",
                t
            )
        } else if dt.is_float() {
            format!(
                "float() argument must be a string or a real number, not '{}'",
                t
            )
        } else {
            format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                t
            )
        })
    })?;
    if dt == DType::Bool {
        return Ok(Num::Bool(
            n.as_f64() != 0.0 || matches!(n, Num::Complex(_, i) if i != 0.0),
        ));
    }
    if dt.is_complex() {
        return Ok(n);
    }
    if let Num::Complex(..) = n {
        return Err(PyErr::type_err(if dt.is_int() {
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'"
        } else {
            "float() argument must be a string or a real number, not 'complex'"
        }));
    }
    if !dt.is_int() {
        return Ok(Num::Float(n.as_f64()));
    }
    let i = match n {
        Num::Float(x) if x.is_nan() => {
            return Err(PyErr::value("cannot convert float NaN to integer"))
        }
        Num::Float(x) if x.is_infinite() => {
            return Err(PyErr::overflow("cannot convert float infinity to integer"))
        }
        Num::Float(x) => x.trunc() as i128,
        Num::Bool(b) => b as i128,
        Num::Int(i) => i,
        Num::Complex(..) => 0,
    };
    crate::value::convert::element_num(&Value::Int(i), dt)
}

/// What a reduction folded: the input's shape, the reduced axes and `keepdims`; NumPy's
/// errors for a mis-shaped `out=` are phrased in these terms.
pub struct Reduced<'a> {
    pub in_shape: &'a [usize],
    pub mask: &'a [bool],
    pub keepdims: bool,
}

/// NumPy's check of a reduction's `out=` against the input (`ufunc.reduce` sets up an
/// iterator over the input's axes with `out` mapped onto the kept ones): the rank must
/// match, then every out axis must broadcast (1 or the kept length) -- else the iterator's
/// broadcast error, which shows `out` remapped with `newaxis` at the reduced axes -- and an
/// out axis of length 1 may not stand for a longer kept axis or, with `keepdims`, be longer
/// than 1 over a reduced one.
fn check_reduce_out(o: &NdArray, red: &Reduced, op: &str) -> PyResult<()> {
    use crate::array::layout::shape_str;
    let r_ndim = reduced_shape(red.in_shape, red.mask, red.keepdims).len();
    if o.ndim() != r_ndim {
        return Err(PyErr::value(format!(
            "output parameter for reduction operation {} has the wrong number of dimensions: Found {} but expected {}",
            op,
            o.ndim(),
            r_ndim
        )));
    }
    // Input axis -> out axis (None: reduced away).
    let map: Vec<Option<usize>> = if red.keepdims || red.mask.len() == o.ndim() {
        (0..red.in_shape.len()).map(Some).collect()
    } else {
        let mut k = 0;
        red.mask
            .iter()
            .map(|&m| {
                (!m).then(|| {
                    k += 1;
                    k - 1
                })
            })
            .collect()
    };
    let broadcasts = map.iter().enumerate().all(|(ax, m)| match m {
        Some(j) => o.shape[*j] == 1 || o.shape[*j] == red.in_shape[ax],
        None => true,
    });
    if !broadcasts {
        let remapped = if map.iter().all(|m| m.is_some()) {
            shape_str(&o.shape).replace(' ', "")
        } else {
            let parts: Vec<String> = map
                .iter()
                .skip_while(|m| m.is_none())
                .map(|m| match m {
                    Some(j) => o.shape[*j].to_string(),
                    None => "newaxis".to_string(),
                })
                .collect();
            format!("({})", parts.join(","))
        };
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}->{} {} ",
            shape_str(&o.shape).replace(' ', ""),
            remapped,
            shape_str(red.in_shape).replace(' ', "")
        )));
    }
    // NumPy's iterator walks axes innermost first: report the last offending out axis.
    for (ax, m) in map.iter().enumerate().rev() {
        let Some(j) = *m else { continue };
        if red.mask.get(ax).copied().unwrap_or(false) {
            if o.shape[j] != 1 {
                return Err(PyErr::value(format!(
                    "operand was set up as a reduction along axis {}, but the length of the axis is {} (it has to be 1)",
                    ax, o.shape[j]
                )));
            }
        } else if o.shape[j] == 1 && red.in_shape[ax] != 1 {
            return Err(PyErr::value(format!(
                "output operand requires a reduction along dimension {}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.",
                j
            )));
        }
    }
    Ok(())
}

impl Reduced<'_> {
    /// NumPy's checks of a `ufunc.reduce`-style `out=`, made before anything is computed
    /// (so they win over, e.g., the empty-reduction error of `min`).
    pub fn check_out(&self, out: Option<&Value>, op: &str) -> PyResult<()> {
        match out {
            Some(Value::Array(o)) => check_reduce_out(o, self, op),
            _ => Ok(()),
        }
    }
}

/// Deliver a result: into `out` when given (cast as needed), else as array or scalar.
/// `op` names the reduction in NumPy's error for an `out` of the wrong rank.
/// A reduction's result in NumPy's memory order: the iterator sorts the input's axes
/// (`order='K'`) and allocates the result, reduced axes of length 1, in that order, then
/// drops them unless `keepdims`; so `t.max(axis=-1)` of a transposed `t` is not C-ordered.
pub fn in_input_order(
    r: ArrayRef,
    a: &NdArray,
    mask: &[bool],
    keepdims: bool,
) -> PyResult<ArrayRef> {
    use crate::numpy::ufunc::out_order;
    if r.ndim() < 2 || r.size() == 0 || mask.len() != a.ndim() {
        return Ok(r);
    }
    let Some(order) = out_order::iterator_order(&a.shape, &[a]) else {
        return Ok(r);
    };
    let full: Vec<usize> = a
        .shape
        .iter()
        .zip(mask)
        .map(|(&d, &m)| if m { 1 } else { d })
        .collect();
    let all = out_order::strides_in_order(&full, &order, r.dtype.itemsize());
    let strides: Vec<isize> = if keepdims {
        all
    } else {
        all.into_iter()
            .zip(mask)
            .filter(|(_, &m)| !m)
            .map(|(s, _)| s)
            .collect()
    };
    if strides.len() != r.ndim() || strides == r.strides {
        return Ok(r);
    }
    Ok(Rc::new(out_order::relaid(&r, strides)?))
}

pub fn deliver(r: ArrayRef, out: Option<&Value>, op: &str) -> PyResult<Value> {
    match out {
        Some(Value::Array(o)) => {
            o.check_writeable()?;
            if o.ndim() != r.ndim() {
                return Err(PyErr::value(format!(
                    "output parameter for reduction operation {} has the wrong number of dimensions: Found {} but expected {}",
                    op,
                    o.ndim(),
                    r.ndim()
                )));
            }
            if o.shape != r.shape {
                return Err(PyErr::value(format!(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: {}->{} {} ",
                    crate::array::layout::shape_str(&o.shape).replace(' ', ""),
                    crate::array::layout::shape_str(&o.shape).replace(' ', ""),
                    crate::array::layout::shape_str(&r.shape).replace(' ', "")
                )));
            }
            crate::array::kernels::copy_into(o, &r)?;
            Ok(Value::Array(o.clone()))
        }
        Some(_) => Err(PyErr::type_err("output must be an array")),
        None => Ok(wrap(r)),
    }
}

fn array_arg(v: &Option<Value>) -> PyResult<ArrayRef> {
    Ok(operand(v.as_ref().unwrap_or(&Value::None))?.array)
}

fn flag(v: &Option<Value>) -> PyResult<bool> {
    given(v).map(truthy).transpose().map(|b| b.unwrap_or(false))
}

/// `a != 0` as a bool array (C order; order does not matter for logical folds).
pub fn truth(a: &NdArray) -> PyResult<NdArray> {
    crate::array::kernels::to_contiguous(a, DType::Bool)
}

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        match name {
            "sum" | "prod" => {
                let p = args.bind(
                    name,
                    &["a", "axis", "dtype", "out", "keepdims", "initial", "where"],
                    1,
                )?;
                let a = array_arg(&p[0])?;
                let mask = ufunc_axis_mask(given(&p[1]), a.ndim())?;
                let acc = match given(&p[2]) {
                    Some(d) => to_dtype(d)?,
                    None => loop_dtype_for_out(a.dtype, given(&p[3]), sum_dtype(a.dtype)),
                };
                let f = if name == "sum" { Fold::Add } else { Fold::Mul };
                let keepdims = flag(&p[4])?;
                let red = Reduced {
                    in_shape: &a.shape,
                    mask: &mask,
                    keepdims,
                };
                red.check_out(given(&p[3]), fold_name(f))?;
                let r = fold_from(it, &a, &mask, f, acc, keepdims, given(&p[5]), given(&p[6]))?;
                let r = in_input_order(r, &a, &mask, keepdims)?;
                deliver(r, given(&p[3]), fold_name(f))
            }
            "min" | "max" | "amin" | "amax" => {
                let p = args.bind(
                    name,
                    &["a", "axis", "out", "keepdims", "initial", "where"],
                    1,
                )?;
                let a = array_arg(&p[0])?;
                let mask = ufunc_axis_mask(given(&p[1]), a.ndim())?;
                let f = if name.ends_with("min") {
                    Fold::Min
                } else {
                    Fold::Max
                };
                let keepdims = flag(&p[3])?;
                let red = Reduced {
                    in_shape: &a.shape,
                    mask: &mask,
                    keepdims,
                };
                red.check_out(given(&p[2]), fold_name(f))?;
                let r = fold_from(
                    it,
                    &a,
                    &mask,
                    f,
                    a.dtype,
                    keepdims,
                    given(&p[4]),
                    given(&p[5]),
                )?;
                let r = in_input_order(r, &a, &mask, keepdims)?;
                deliver(r, given(&p[2]), fold_name(f))
            }
            "all" | "any" => {
                let p = args.bind(name, &["a", "axis", "out", "keepdims", "*where"], 1)?;
                let a = array_arg(&p[0])?;
                let mask = ufunc_axis_mask(given(&p[1]), a.ndim())?;
                let b = truth(&a)?;
                let f = if name == "all" { Fold::Mul } else { Fold::Add };
                let keepdims = flag(&p[3])?;
                let red = Reduced {
                    in_shape: &a.shape,
                    mask: &mask,
                    keepdims,
                };
                let op = if name == "all" {
                    "logical_and"
                } else {
                    "logical_or"
                };
                red.check_out(given(&p[2]), op)?;
                // `where=`: masked-out elements are the identity (True for all, False for any).
                let b = Rc::new(b);
                let r = fold_from(it, &b, &mask, f, DType::Bool, keepdims, None, given(&p[4]))?;
                let r = in_input_order(r, &a, &mask, keepdims)?;
                deliver(r, given(&p[2]), op)
            }
            "count_nonzero" => {
                let p = args.bind(name, &["a", "axis", "*keepdims"], 1)?;
                let a = array_arg(&p[0])?;
                let mask = ufunc_axis_mask(given(&p[1]), a.ndim())?;
                let b = truth(&a)?;
                let r = fold(&b, &mask, Fold::Add, DType::I64, flag(&p[2])?)?;
                deliver(r, None, "add")
            }
            "mean" => stats::mean(it, &args),
            "var" | "std" => stats::var(it, &args, name == "std"),
            "argmin" | "argmax" => arg::argminmax(&args, name),
            "cumsum" | "cumprod" => cumulative::cumulate(&args, name),
            _ => Err(PyErr::attribute(format!(
                "module 'numpy' has no attribute '{}'",
                name
            ))),
        }
    })())
}
