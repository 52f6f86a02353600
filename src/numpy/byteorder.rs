//! Non-native byte order at the `np` level: dtype strings such as `'>i4'`, the dtype
//! objects for them, and the rule that operations read a non-native array through a
//! native copy (`native`) so that results are native, as NumPy's are.

use super::objects::{host, HostObject};
use crate::array::dtype::DType;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::convert::to_dtype;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// True on this machine for the order character that is not native.
fn is_foreign(order: char) -> bool {
    match order {
        '>' => cfg!(target_endian = "little"),
        '<' => cfg!(target_endian = "big"),
        _ => false,
    }
}

/// `np.dtype(s)` with its byte order: `'>i4'` is int32 stored swapped on this machine.
/// One-byte types have no order (`'>u1'` is `uint8`).
pub fn parse_spec(s: &str) -> Result<(DType, bool), String> {
    match s.chars().next() {
        Some(c @ ('>' | '<' | '=' | '|')) => {
            let rest = &s[1..];
            let d = DType::from_str_spec(&format!("={}", rest))
                .or_else(|_| DType::from_str_spec(&format!("|{}", rest)))
                .map_err(|_| format!("data type '{}' not understood", s))?;
            Ok((d, d.itemsize() > 1 && is_foreign(c)))
        }
        _ => DType::from_str_spec(s).map(|d| (d, false)),
    }
}

/// The array with native byte order: itself, or a C-contiguous native copy.
pub fn native(a: &ArrayRef) -> PyResult<ArrayRef> {
    if !a.swapped {
        return Ok(a.clone());
    }
    let out = NdArray::zeros(&a.shape, a.dtype)?;
    crate::array::kernels::copy_into(&out, a)?;
    Ok(Rc::new(out))
}

pub use crate::array::byteorder::into_swapped;

/// A dtype argument with its byte order (`'>i4'`, a non-native dtype object, or any
/// native spelling `to_dtype` accepts).
pub fn to_dtype_order(v: &Value) -> PyResult<(DType, bool)> {
    match v {
        Value::Str(s) => parse_spec(s).map_err(PyErr::type_err),
        Value::Object(o) => match host(&*o.borrow()) {
            Some(HostObject::NonNativeDType(d)) => Ok((*d, true)),
            _ => to_dtype(v).map(|d| (d, false)),
        },
        Value::Array(a) => Ok((a.dtype, a.swapped)),
        other => to_dtype(other).map(|d| (d, false)),
    }
}

/// The value for a dtype with a byte order: a native `dtype`, or a non-native one.
pub fn dtype_value(d: DType, swapped: bool) -> Value {
    if swapped && d.itemsize() > 1 {
        Value::Object(Rc::new(RefCell::new(HostObject::NonNativeDType(d))))
    } else {
        Value::DType(d)
    }
}

pub use crate::array::byteorder::dtype_str;

/// Attributes of a dtype with a byte order (`np.dtype('>i4').byteorder` is `'>'`).
pub fn dtype_attr(d: DType, name: &str) -> Option<Value> {
    let s = super::io::header::descr(d, true);
    Some(match name {
        "str" => Value::str(&s),
        "byteorder" => Value::str(&s[..1]),
        "isnative" => Value::Bool(false),
        "descr" => Value::list(vec![Value::tuple(vec![Value::str(""), Value::str(&s)])]),
        "itemsize" => Value::Int(d.itemsize() as i128),
        "alignment" => Value::Int(d.alignment() as i128),
        "name" => Value::str(d.name()),
        "kind" => Value::str(&d.kind_char().to_string()),
        "char" => Value::str(&d.char().to_string()),
        "num" => Value::Int(d.num() as i128),
        "type" => Value::Type(crate::value::PyType::Scalar(d)),
        "isbuiltin" => Value::Int(0),
        "shape" => Value::tuple(vec![]),
        "ndim" => Value::Int(0),
        "names" | "fields" | "subdtype" => Value::None,
        _ => return None,
    })
}

/// `dtype.newbyteorder(new_order='S')`: the other order ('S'), or the one named.
pub fn newbyteorder(d: DType, swapped: bool, args: &crate::value::args::Args) -> PyResult<Value> {
    let a = args.bind("newbyteorder", &["new_order"], 0)?;
    let order = match crate::value::args::given(&a[0]) {
        Some(v) => crate::format::str_of(v),
        None => "S".into(),
    };
    let now = match order.as_str() {
        "S" | "s" | "swap" => !swapped,
        "=" | "N" | "native" | "|" | "I" | "ignore" => false,
        "<" | "L" | "little" => cfg!(target_endian = "big"),
        ">" | "B" | "big" => cfg!(target_endian = "little"),
        other => {
            return Err(PyErr::value(format!(
                "{} is an unrecognized byteorder",
                crate::numpy::io::header::py_str_repr(other)
            )))
        }
    };
    Ok(dtype_value(d, now))
}

/// Array methods that work on the stored bytes or only rearrange elements: they run on
/// the bytes as stored and their result keeps the byte order (`x.copy()` of a `>i4` array
/// is `>i4`, as in NumPy).
const KEEP_ORDER_METHODS: &[&str] = &[
    "copy",
    "reshape",
    "transpose",
    "flatten",
    "ravel",
    "squeeze",
    "swapaxes",
    "take",
    "repeat",
    "diagonal",
    "compress",
];

/// Methods that compute with the values but give an array of the same dtype, which NumPy
/// stores in the input's byte order (see [`keeps_order`]).
const KEEP_ORDER_VALUE_METHODS: &[&str] = &["round"];

/// `np` functions that write into their first argument (`np.copyto(dst, src)`): a
/// non-native one is written through a native copy, like an `out=` array.
const WRITES_FIRST: &[&str] = &["copyto", "place", "putmask", "put", "fill_diagonal"];

/// Whether NumPy keeps a non-native `d` for the result of `name` called with `args`
/// (`decimals` at position `at`): rounding floats to whole numbers is the `rint` ufunc
/// (a native result); other roundings keep the input's descriptor.
fn keeps_order(name: &str, d: DType, args: &crate::value::args::Args, at: usize) -> bool {
    match name {
        "round" | "around" => {
            let decimals = args.pos.get(at).or_else(|| {
                args.kw
                    .iter()
                    .find(|(k, _)| k == "decimals")
                    .map(|(_, v)| v)
            });
            let whole = match decimals {
                None => true,
                Some(v) => crate::value::convert::to_i64(v).is_ok_and(|n| n == 0),
            };
            !(d.is_float() && whole)
        }
        _ => true,
    }
}

/// Methods that change the array in place: they work on a native copy whose values are
/// then stored back in the array's own order.
const IN_PLACE_METHODS: &[&str] = &["fill", "sort"];

/// Methods that see the array exactly as it is.
const AS_IS_METHODS: &[&str] = &[
    "tobytes", "tofile", "flush", "byteswap", "view", "astype", "resize",
];

/// `np` functions that see arrays as they are (they report or store the stored bytes).
const AS_IS_FUNCTIONS: &[&str] = &[
    "info",
    "save",
    "savez",
    "savez_compressed",
    "shares_memory",
    "may_share_memory",
    "memmap",
    "load",
    "fromfile",
    "shape",
    "ndim",
    "size",
    // Pillow reads the array interface as stored: `>u2` data makes an `I;16B` image.
    "PIL.Image.fromarray",
    // `val.real`/`val.imag`: views of the stored components (or `val` itself).
    "real",
    "imag",
    // np.unique hashes the stored bytes and keeps the input's order itself (sorting.rs);
    // the array-API wrappers call it.
    "unique",
    "unique_values",
    "unique_counts",
    "unique_inverse",
    "unique_all",
];

/// `np` functions that only rearrange the elements of their first argument: they run on
/// its stored bytes, and their result keeps its byte order (`np.transpose` of a `>i4`
/// array is a `>i4` view, as in NumPy).
const KEEP_ORDER_FUNCTIONS: &[&str] = &[
    "transpose",
    "reshape",
    "ravel",
    "squeeze",
    "swapaxes",
    "moveaxis",
    "expand_dims",
    "flip",
    "fliplr",
    "flipud",
    "rot90",
    "broadcast_to",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "copy",
    "diagonal",
    "split",
    "array_split",
    "hsplit",
    "vsplit",
    "dsplit",
    "require",
    "tile",
    "repeat",
    "take",
    "roll",
    "diag",
    "diagflat",
    "delete",
    "trim_zeros",
    "take_along_axis",
];

/// `np` functions that rearrange each of their array arguments into the result at the same
/// place (`np.meshgrid(x, y)[1]` is made of `y`'s elements): each keeps its own byte order.
const PER_ARGUMENT_FUNCTIONS: &[&str] = &["meshgrid", "broadcast_arrays", "ix_"];

/// `np` functions that compute with their first argument's values and return an array of
/// its dtype, which NumPy stores in that argument's byte order (`np.sort` of a `>i4` array
/// is `>i4`; `np.zeros_like` of one is `>i4` zeros). They run on a native copy and their
/// fresh result is stored swapped.
const KEEP_ORDER_VALUE_FUNCTIONS: &[&str] = &[
    "sort",
    "partition",
    "pad",
    "round",
    "around",
    "nan_to_num",
    "empty_like",
    "zeros_like",
    "ones_like",
    "full_like",
    "insert",
    "setdiff1d",
    "piecewise",
];

/// [`KEEP_ORDER_VALUE_FUNCTIONS`] whose array is not their first argument: the position
/// of the one whose order the result keeps (`np.extract(condition, arr)`).
fn value_array_position(name: &str) -> usize {
    match name {
        "extract" | "compress" => 1,
        _ => 0,
    }
}

/// Array constructors that keep an array's dtype when given none (`np.asfortranarray(x)`
/// of a `>i4` array is `>i4`); with a `dtype=` they convert like any other operation.
const KEEP_ORDER_CONSTRUCTORS: &[&str] = &[
    "array",
    "asarray",
    "asanyarray",
    "asfortranarray",
    "ascontiguousarray",
];

/// Whether a value holds (directly or in a list or tuple) a non-native array.
fn has_swapped(v: &Value) -> bool {
    swapped_within(v, 0)
}

/// [`has_swapped`] down to NumPy's 64 dimensions: a deeper array could never be an element
/// (coercion refuses it), and the bound ends a list that contains itself.
fn swapped_within(v: &Value, depth: usize) -> bool {
    if depth > crate::array::layout::MAX_DIMS {
        return false;
    }
    match v {
        Value::Array(a) => a.swapped,
        Value::List(l) => l.borrow().iter().any(|x| swapped_within(x, depth + 1)),
        Value::Tuple(t) => t.iter().any(|x| swapped_within(x, depth + 1)),
        _ => false,
    }
}

/// The value with every non-native array replaced by a native copy.
fn nativize(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Array(a) if a.swapped => Value::Array(native(a)?),
        Value::List(l) if has_swapped(v) => {
            Value::list(l.borrow().iter().map(nativize).collect::<PyResult<_>>()?)
        }
        Value::Tuple(t) if has_swapped(v) => {
            Value::tuple(t.iter().map(nativize).collect::<PyResult<_>>()?)
        }
        other => other.clone(),
    })
}

/// A non-native `dtype=` request: the spec as a native dtype value, if it was one.
fn strip_order(v: &Value) -> Option<DType> {
    match v {
        Value::Str(s) => parse_spec(s).ok().filter(|(_, sw)| *sw).map(|(d, _)| d),
        Value::Object(o) => match host(&*o.borrow()) {
            Some(HostObject::NonNativeDType(d)) => Some(*d),
            _ => None,
        },
        _ => None,
    }
}

/// The result of an operation asked for a non-native dtype: a fresh array's values are
/// stored swapped; a view (of bytes, as `np.frombuffer` makes) is reinterpreted.
fn to_order(v: Value) -> Value {
    match v {
        Value::Array(a) => {
            let owner = a.owns_data();
            let a = Rc::try_unwrap(a).unwrap_or_else(|a| a.raw_bytes_view());
            Value::Array(Rc::new(if owner {
                into_swapped(a)
            } else {
                NdArray {
                    swapped: a.dtype.itemsize() > 1,
                    ..a
                }
            }))
        }
        other => other,
    }
}

/// Run an `np` function with NumPy's byte-order rules: `np.dtype('>i4')` makes a
/// non-native dtype, a non-native `dtype=` gives a non-native result, and arrays in the
/// arguments are read natively unless the function looks at stored bytes.
pub fn call_function(
    it: &mut dyn super::context::Context,
    name: &str,
    mut args: crate::value::args::Args,
    inner: impl FnOnce(&mut dyn super::context::Context, crate::value::args::Args) -> PyResult<Value>,
) -> PyResult<Value> {
    if name == "dtype" {
        if let Some(Value::Str(s)) = args.pos.first() {
            if let Ok((d, sw)) = parse_spec(s) {
                return Ok(dtype_value(d, sw));
            }
        }
        if let Some(d) = args.pos.first().and_then(strip_order) {
            return Ok(dtype_value(d, true));
        }
    }
    if AS_IS_FUNCTIONS.contains(&name) {
        return inner(it, args);
    }
    let keeps_dtype = KEEP_ORDER_CONSTRUCTORS.contains(&name)
        && args.pos.len() == 1
        && !args.kw.iter().any(|(k, _)| k == "dtype");
    if KEEP_ORDER_FUNCTIONS.contains(&name) || keeps_dtype {
        let rest_native = !args
            .pos
            .iter()
            .skip(1)
            .chain(args.kw.iter().map(|(_, v)| v))
            .any(has_swapped);
        if let (Some(Value::Array(a)), true) = (args.pos.first().cloned(), rest_native) {
            if a.swapped {
                let raw = Rc::new(a.raw_bytes_view());
                args.pos[0] = Value::Array(raw.clone());
                let r = inner(it, args)?;
                return Ok(reattach_all(r, &raw, &a));
            }
        }
    }
    if let Some(n) = super::ufunc::methods::ufunc_nin(name) {
        // A ufunc's outputs given by position (`np.negative(x, out)`) are its `out=`.
        if args.pos.len() > n && args.pos[n..].iter().any(has_swapped) {
            let outs: Vec<Value> = args.pos.drain(n..).collect();
            let out = match outs.len() {
                1 => outs.into_iter().next().unwrap_or(Value::None),
                _ => Value::tuple(outs),
            };
            args.kw.push(("out".into(), out));
        }
    }
    if let Some(i) = args
        .kw
        .iter()
        .position(|(k, v)| k == "out" && has_swapped(v))
    {
        // Compute into native copies of the outputs, then store the values back in each
        // output's own byte order; the result is the given output, as in NumPy.
        let given = args.kw[i].1.clone();
        check_outputs_writeable(&given)?;
        let temp = nativize(&given)?;
        args.kw[i].1 = temp.clone();
        let r = call_function(it, name, args, inner)?;
        store_back(&given, &temp)?;
        return Ok(swap_outputs(r, &given, &temp));
    }
    if WRITES_FIRST.contains(&name) {
        if let Some(given) = args.pos.first().cloned() {
            if matches!(&given, Value::Array(g) if g.swapped) {
                check_outputs_writeable(&given)?;
                let temp = nativize(&given)?;
                args.pos[0] = temp.clone();
                let r = call_function(it, name, args, inner)?;
                store_back(&given, &temp)?;
                return Ok(r);
            }
        }
    }
    if PER_ARGUMENT_FUNCTIONS.contains(&name)
        && !args.kw.iter().any(|(_, v)| has_swapped(v))
        && args.pos.iter().any(has_swapped)
    {
        return per_argument(it, args, inner);
    }
    let at = value_array_position(name);
    let value_fn = (KEEP_ORDER_VALUE_FUNCTIONS.contains(&name) || at > 0)
        && !args.kw.iter().any(|(k, _)| k == "dtype");
    let first_order = match args.pos.get(at) {
        Some(Value::Array(a)) if value_fn && a.swapped && keeps_order(name, a.dtype, &args, 1) => {
            Some(a.dtype)
        }
        _ => None,
    };
    // A dtype given by keyword, or positionally (`np.zeros(3, '>f4')`: arrays hold no
    // strings, so a string argument that spells a non-native dtype is one).
    let mut want_swapped = false;
    let dtype_slots = args.pos.iter_mut().chain(
        args.kw
            .iter_mut()
            .filter(|(k, _)| k == "dtype")
            .map(|(_, v)| v),
    );
    for v in dtype_slots {
        if let Some(d) = strip_order(v) {
            *v = Value::DType(d);
            want_swapped = true;
        }
    }
    if args
        .pos
        .iter()
        .chain(args.kw.iter().map(|(_, v)| v))
        .any(has_swapped)
    {
        args.pos = args.pos.iter().map(nativize).collect::<PyResult<_>>()?;
        for (_, v) in args.kw.iter_mut() {
            *v = nativize(v)?;
        }
    }
    let fresh_from = crate::array::raw::Buffer::next_id();
    let r = inner(it, args)?;
    Ok(match first_order {
        Some(d) => fresh_in_order(r, d, fresh_from),
        None if want_swapped => to_order(r),
        None => r,
    })
}

/// [`PER_ARGUMENT_FUNCTIONS`]: each non-native array argument is read as its stored bytes,
/// and the result at its place is made to belong to it again (see [`reattach`]).
fn per_argument(
    it: &mut dyn super::context::Context,
    mut args: crate::value::args::Args,
    inner: impl FnOnce(&mut dyn super::context::Context, crate::value::args::Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut pairs = Vec::with_capacity(args.pos.len());
    for v in args.pos.iter_mut() {
        match v {
            Value::Array(a) if a.swapped => {
                let raw = Rc::new(a.raw_bytes_view());
                pairs.push(Some((raw.clone(), a.clone())));
                *v = Value::Array(raw);
            }
            other => {
                pairs.push(None);
                *other = nativize(other)?;
            }
        }
    }
    let at_place = |i: usize, x: Value| match pairs.get(i) {
        Some(Some((raw, a))) => reattach_all(x, raw, a),
        _ => x,
    };
    Ok(match inner(it, args)? {
        Value::List(l) => {
            let items: Vec<Value> = l.borrow().clone();
            Value::list(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, x)| at_place(i, x))
                    .collect(),
            )
        }
        Value::Tuple(t) => Value::tuple(
            t.iter()
                .cloned()
                .enumerate()
                .map(|(i, x)| at_place(i, x))
                .collect(),
        ),
        other => at_place(0, other),
    })
}

/// A result of [`KEEP_ORDER_VALUE_FUNCTIONS`] stored in the input's byte order: an array of
/// the input's dtype in a buffer the call made and nobody else holds is swapped in place.
/// Of a tuple (`np.unique(x, return_counts=True)`) or a result namedtuple
/// (`np.unique_counts(x)`) that is the first item, the values; the rest are indices.
fn fresh_in_order(r: Value, d: DType, fresh_from: u64) -> Value {
    match r {
        Value::Tuple(t) if !t.is_empty() => {
            let mut items = t.to_vec();
            drop(t);
            let first = std::mem::replace(&mut items[0], Value::None);
            items[0] = fresh_in_order(first, d, fresh_from);
            Value::tuple(items)
        }
        Value::Object(o) => {
            if let Some(HostObject::Result(res)) = super::objects::host_mut(&mut *o.borrow_mut()) {
                if let Some(slot) = res.items.first_mut() {
                    let first = std::mem::replace(slot, Value::None);
                    *slot = fresh_in_order(first, d, fresh_from);
                }
            }
            Value::Object(o)
        }
        Value::Array(x)
            if x.dtype == d
                && !x.swapped
                && x.owns_data()
                && x.buffer.id() >= fresh_from
                && std::sync::Arc::strong_count(&x.buffer) == 1 =>
        {
            match Rc::try_unwrap(x) {
                Ok(x) => Value::Array(Rc::new(into_swapped(x))),
                Err(x) => Value::Array(x),
            }
        }
        other => other,
    }
}

/// NumPy's error for a read-only `out=` array, checked before computing into a copy.
fn check_outputs_writeable(v: &Value) -> PyResult<()> {
    match v {
        Value::Array(a) if !a.writeable.get() => Err(PyErr::value("output array is read-only")),
        Value::Tuple(t) => t.iter().try_for_each(check_outputs_writeable),
        _ => Ok(()),
    }
}

/// Copy each native stand-in back into the non-native output it replaced.
fn store_back(given: &Value, temp: &Value) -> PyResult<()> {
    match (given, temp) {
        (Value::Array(g), Value::Array(t)) if !Rc::ptr_eq(g, t) => {
            crate::array::kernels::copy_into(g, t)
        }
        (Value::Tuple(g), Value::Tuple(t)) => g
            .iter()
            .zip(t.iter())
            .try_for_each(|(g, t)| store_back(g, t)),
        _ => Ok(()),
    }
}

/// The result with each native stand-in replaced by the output array it stands for.
fn swap_outputs(r: Value, given: &Value, temp: &Value) -> Value {
    match (given, temp) {
        (Value::Array(g), Value::Array(t)) => match r {
            Value::Array(x) if Rc::ptr_eq(&x, t) => Value::Array(g.clone()),
            other => other,
        },
        (Value::Tuple(g), Value::Tuple(t)) => match r {
            Value::Tuple(items) => Value::tuple(
                items
                    .iter()
                    .map(|x| {
                        g.iter()
                            .zip(t.iter())
                            .fold(x.clone(), |x, (g, t)| swap_outputs(x, g, t))
                    })
                    .collect(),
            ),
            other => g
                .iter()
                .zip(t.iter())
                .fold(other, |x, (g, t)| swap_outputs(x, g, t)),
        },
        _ => r,
    }
}

/// [`reattach`] for every array in a result (`np.split` gives a list of views).
fn reattach_all(r: Value, raw: &ArrayRef, a: &ArrayRef) -> Value {
    match r {
        Value::Array(x) if Rc::ptr_eq(&x, raw) => Value::Array(a.clone()),
        Value::Array(x) => Value::Array(Rc::new(reattach(x, raw, a))),
        Value::List(l) => {
            let items: Vec<Value> = l
                .borrow()
                .iter()
                .map(|v| reattach_all(v.clone(), raw, a))
                .collect();
            Value::list(items)
        }
        Value::Tuple(t) => {
            Value::tuple(t.iter().map(|v| reattach_all(v.clone(), raw, a)).collect())
        }
        other => other,
    }
}

/// Run a method of a non-native array (native arrays never come here): byte-level
/// methods see it as it is, element rearrangements keep its order, everything else reads
/// a native copy (results are native, as NumPy's).
pub fn call_method(
    it: &mut dyn super::context::Context,
    a: &ArrayRef,
    name: &str,
    args: crate::value::args::Args,
    inner: impl FnOnce(
        &mut dyn super::context::Context,
        &ArrayRef,
        crate::value::args::Args,
    ) -> PyResult<Value>,
) -> PyResult<Value> {
    // `conj()` of a non-complex array is the array itself.
    let own_conjugate = matches!(name, "conj" | "conjugate") && !a.dtype.is_complex();
    if KEEP_ORDER_METHODS.contains(&name) || own_conjugate {
        let raw = Rc::new(a.raw_bytes_view());
        let r = inner(it, &raw, args)?;
        return Ok(reattach_all(r, &raw, a));
    }
    if KEEP_ORDER_VALUE_METHODS.contains(&name) && keeps_order(name, a.dtype, &args, 0) {
        let n = native(a)?;
        let fresh_from = crate::array::raw::Buffer::next_id();
        let r = inner(it, &n, args)?;
        return Ok(fresh_in_order(r, a.dtype, fresh_from));
    }
    if AS_IS_METHODS.contains(&name) {
        return inner(it, a, args);
    }
    if IN_PLACE_METHODS.contains(&name) {
        a.check_writeable()?;
        let n = native(a)?;
        let r = inner(it, &n, args)?;
        crate::array::kernels::copy_into(a, &n)?;
        return Ok(r);
    }
    let n = native(a)?;
    inner(it, &n, args)
}

/// A result computed on `raw` (the bytes of `a` read as native) made to belong to `a`:
/// it keeps `a`'s byte order, and a view of `raw` becomes a view of `a`.
fn reattach(x: ArrayRef, raw: &ArrayRef, a: &ArrayRef) -> NdArray {
    let x = Rc::try_unwrap(x).unwrap_or_else(|x| x.raw_bytes_view());
    let base = match &x.base {
        crate::array::object::Base::Array(p) if Rc::ptr_eq(p, raw) => match &a.base {
            crate::array::object::Base::Array(owner) => {
                crate::array::object::Base::Array(owner.clone())
            }
            _ => crate::array::object::Base::Array(a.clone()),
        },
        other => other.clone(),
    };
    let same_type = x.dtype == a.dtype;
    NdArray {
        base,
        swapped: same_type,
        memmap: a.memmap && !x.owns_data(),
        ..x
    }
}

/// `x.byteswap(inplace=False)`: the same dtype with every element's bytes reversed.
pub fn byteswap(a: &ArrayRef, args: &crate::value::args::Args) -> PyResult<Value> {
    let b = args.bind("byteswap", &["inplace"], 0)?;
    let inplace = match crate::value::args::given(&b[0]) {
        Some(v) => crate::value::convert::truthy(v)?,
        None => false,
    };
    if inplace {
        a.check_writeable()?;
        let raw = a.raw_bytes_view();
        let tmp = crate::array::kernels::to_contiguous(&raw, a.dtype)?;
        crate::array::byteorder::swap_buffer(&tmp.buffer, 0, tmp.nbytes(), tmp.dtype);
        crate::array::kernels::copy_into(&raw, &tmp)?;
        return Ok(Value::Array(a.clone()));
    }
    let tmp = crate::array::kernels::to_contiguous(&a.raw_bytes_view(), a.dtype)?;
    crate::array::byteorder::swap_buffer(&tmp.buffer, 0, tmp.nbytes(), tmp.dtype);
    Ok(Value::Array(Rc::new(NdArray {
        swapped: a.swapped,
        ..tmp
    })))
}
