//! `np.vectorize`: the class NumPy's `numpy/lib/_function_base_impl.py` defines, with its
//! attributes (`pyfunc`, `otypes`, `excluded`, `cache`, `signature`, `__doc__`), its
//! decorator form, keyword and excluded arguments, tuple results, and the generalized
//! (`signature=`) loop with core dimensions. The element loop follows NumPy's: without
//! `otypes` the function is called once on the first elements (as NumPy scalars) to learn
//! the output count and dtypes, then on every element as Python objects (the object
//! arrays NumPy's `frompyfunc` loop passes), so call counts and argument types match.

use crate::array::dtype::DType;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::objects::{host, host_mut, HostObject};
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, num_to_py, to_dtype, truthy};
use crate::value::host::HostRef;
use crate::value::index::{array_getitem, array_setitem, index_items};
use crate::value::set::PySet;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// NumPy's `typecodes['All']`: the characters a string `otypes` may hold.
const TYPECODES: &str = "?bhilqnpBHILQNPefdgFDGSUVOMm";

/// One `np.vectorize` object. The attribute values are kept as given (NumPy stores them
/// on the instance), and interpreted at call time.
#[derive(Debug, Clone)]
pub struct Vectorized {
    /// `None` while the object waits for the function (`@np.vectorize(otypes=...)`).
    pub func: Value,
    /// A string of type codes or a list of dtypes, or `None`.
    pub otypes: Value,
    /// A set (NumPy makes `set(excluded)`) of positions and keyword names.
    pub excluded: Value,
    pub cache: Value,
    /// The signature as given, and its parsed core dimensions (inputs, outputs).
    pub signature: Value,
    core_dims: Option<CoreDims>,
    /// `doc=`, which wins over the function's own docstring.
    doc: Value,
    /// The function's `__doc__` and `__name__`, read when the function is set.
    func_doc: Value,
    func_name: Option<Value>,
}

type CoreDims = (Vec<Vec<String>>, Vec<Vec<String>>);

/// `np.vectorize(pyfunc=<no value>, otypes=None, doc=None, excluded=None, cache=False,
/// signature=None)`.
pub fn construct(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "vectorize",
        &["pyfunc", "otypes", "doc", "excluded", "cache", "signature"],
        0,
    )?;
    let func = a[0].clone().unwrap_or(Value::None);
    if !matches!(func, Value::None) && !crate::eval::introspect::is_callable(&func) {
        return Err(PyErr::type_err(
            "When used as a decorator, only accepts keyword arguments.",
        ));
    }
    let otypes = match given(&a[1]) {
        None | Some(Value::None) => Value::None,
        Some(Value::Str(s)) => {
            if let Some(c) = s.chars().find(|c| !TYPECODES.contains(*c)) {
                return Err(PyErr::value(format!("Invalid otype specified: {}", c)));
            }
            Value::Str(s.clone())
        }
        Some(other) => {
            let items =
                iter_values(other).map_err(|_| PyErr::value("Invalid otype specification"))?;
            let mut dts = Vec::with_capacity(items.len());
            for x in &items {
                dts.push(Value::DType(to_dtype(x)?));
            }
            Value::list(dts)
        }
    };
    let excluded = match given(&a[3]) {
        None | Some(Value::None) => Value::set(PySet::new()),
        Some(v) => Value::set(PySet::from_values(iter_values(v)?)?),
    };
    let signature = given(&a[5]).cloned().unwrap_or(Value::None);
    let core_dims = match &signature {
        Value::None => None,
        Value::Str(s) => Some(parse_signature(s)?),
        other => {
            return Err(PyErr::type_err(format!(
                "expected string or bytes-like object, got '{}'",
                other.type_of().short_name()
            )))
        }
    };
    let mut v = Vectorized {
        func: Value::None,
        otypes,
        excluded,
        cache: given(&a[4]).cloned().unwrap_or(Value::Bool(false)),
        signature,
        core_dims,
        doc: given(&a[2]).cloned().unwrap_or(Value::None),
        func_doc: Value::None,
        func_name: None,
    };
    v.set_func(it, func);
    Ok(Value::Object(Rc::new(RefCell::new(
        HostObject::Vectorized(Box::new(v)),
    ))))
}

impl Vectorized {
    /// Set `pyfunc`, reading the docstring and name it lends the object.
    fn set_func(&mut self, it: &mut dyn Context, func: Value) {
        if !matches!(func, Value::None) {
            self.func_doc = getattr(it, &func, "__doc__").unwrap_or(Value::None);
            self.func_name = getattr(it, &func, "__name__");
        }
        self.func = func;
    }

    /// The instance attributes NumPy's object has.
    pub fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "pyfunc" => Some(self.func.clone()),
            "otypes" => Some(self.otypes.clone()),
            "excluded" => Some(self.excluded.clone()),
            "cache" => Some(self.cache.clone()),
            "signature" => Some(self.signature.clone()),
            "__doc__" => Some(match &self.doc {
                Value::None => self.func_doc.clone(),
                d => d.clone(),
            }),
            "__name__" => self.func_name.clone(),
            _ => None,
        }
    }

    /// `v.name = value` for the attributes the object reads when called.
    pub fn set_attr(&mut self, name: &str, value: &Value) -> PyResult<()> {
        match name {
            "otypes" => self.otypes = value.clone(),
            "excluded" => self.excluded = value.clone(),
            "cache" => self.cache = value.clone(),
            "__doc__" => self.doc = value.clone(),
            "__name__" => self.func_name = Some(value.clone()),
            _ => {
                return Err(PyErr::not_implemented(format!(
                    "arrsh: setting '{}' on a numpy.vectorize object is not supported",
                    name
                )))
            }
        }
        Ok(())
    }

    fn is_excluded(&self, key: &Value) -> PyResult<bool> {
        match &self.excluded {
            Value::Set(s) => s.borrow().contains(key),
            Value::None => Ok(false),
            other => Ok(iter_values(other)?.iter().any(|x| same_key(x, key))),
        }
    }
}

/// `getattr(v, name, <missing>)` through the interpreter's builtin.
fn getattr(it: &mut dyn Context, v: &Value, name: &str) -> Option<Value> {
    it.call(
        &Value::func("builtins.getattr"),
        Args::new(vec![v.clone(), Value::str(name)]),
    )
    .ok()
}

fn same_key(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        _ => false,
    }
}

/// NumPy's `_parse_gufunc_signature`: whitespace removed, then `(a,b),(c)->(d)`, each
/// name a run of word characters.
fn parse_signature(sig: &str) -> PyResult<CoreDims> {
    let s: String = sig.chars().filter(|c| !c.is_whitespace()).collect();
    let bad = || PyErr::value(format!("not a valid gufunc signature: {}", s));
    let (ins, outs) = s.split_once("->").ok_or_else(bad)?;
    let parse_list = |list: &str| -> Option<Vec<Vec<String>>> {
        let mut args = Vec::new();
        let mut rest = list;
        loop {
            let body = rest.strip_prefix('(')?;
            let close = body.find(')')?;
            let inner = &body[..close];
            let dims: Vec<String> = if inner.is_empty() {
                Vec::new()
            } else {
                inner.split(',').map(String::from).collect()
            };
            let word =
                |d: &String| !d.is_empty() && d.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !dims.iter().all(word) {
                return None;
            }
            args.push(dims);
            rest = &body[close + 1..];
            if rest.is_empty() {
                return Some(args);
            }
            rest = rest.strip_prefix(',')?;
        }
    };
    match (parse_list(ins), parse_list(outs)) {
        (Some(i), Some(o)) => Ok((i, o)),
        _ => Err(bad()),
    }
}

/// Call a vectorize object: the decorator's second stage when it has no function yet,
/// else the function mapped over the (broadcast) arguments.
pub fn call(it: &mut dyn Context, obj: &HostRef, args: Args) -> PyResult<Value> {
    // Copied out, so the callback may use the object itself.
    let v = match host(&*obj.borrow()) {
        Some(HostObject::Vectorized(v)) => v.clone(),
        _ => {
            return Err(PyErr::type_err(format!(
                "'{}' object is not callable",
                obj.borrow().py_type().tp_name()
            )))
        }
    };
    if matches!(v.func, Value::None) {
        // NumPy's `_init_stage_2`: the first argument is the function; `self` is returned.
        let func = args.pos.into_iter().next().unwrap_or(Value::None);
        if let Some(HostObject::Vectorized(me)) = host_mut(&mut *obj.borrow_mut()) {
            me.set_func(it, func);
        }
        return Ok(Value::Object(obj.clone()));
    }
    let call = Wrapped::new(&v, args)?;
    if let Some(dims) = &v.core_dims {
        return call_with_signature(it, &v, &call, dims);
    }
    if call.vargs.is_empty() {
        return call.invoke(it, Vec::new());
    }
    call_elementwise(it, &v, &call)
}

/// NumPy's wrapper around `pyfunc` when there are keyword or excluded arguments: the
/// vectorized values (`vargs`: the positions not excluded, then the keywords not
/// excluded) are put back in their places for each call.
struct Wrapped {
    func: Value,
    pos: Vec<Value>,
    kw: Vec<(String, Value)>,
    /// Where each vectorized value goes: a position or a keyword (by index into `kw`).
    slots: Vec<Slot>,
    vargs: Vec<Value>,
}

enum Slot {
    Pos(usize),
    Kw(usize),
}

impl Wrapped {
    fn new(v: &Vectorized, args: Args) -> PyResult<Wrapped> {
        let mut slots = Vec::new();
        let mut vargs = Vec::new();
        for (i, a) in args.pos.iter().enumerate() {
            if !v.is_excluded(&Value::Int(i as i128))? {
                slots.push(Slot::Pos(i));
                vargs.push(a.clone());
            }
        }
        for (k, (name, a)) in args.kw.iter().enumerate() {
            if !v.is_excluded(&Value::str(name))? {
                slots.push(Slot::Kw(k));
                vargs.push(a.clone());
            }
        }
        Ok(Wrapped {
            func: v.func.clone(),
            pos: args.pos,
            kw: args.kw,
            slots,
            vargs,
        })
    }

    /// `pyfunc(*the_args, **kwargs)` with the vectorized values `vals` in their slots.
    fn invoke(&self, it: &mut dyn Context, vals: Vec<Value>) -> PyResult<Value> {
        let mut pos = self.pos.clone();
        let mut kw = self.kw.clone();
        for (slot, val) in self.slots.iter().zip(vals) {
            match *slot {
                Slot::Pos(i) => pos[i] = val,
                Slot::Kw(k) => kw[k].1 = val,
            }
        }
        it.call(&self.func, Args { pos, kw })
    }
}

/// An argument as NumPy's `asanyarray(a, dtype=object)` sees it: its shape and its
/// elements in C order, as Python objects (array elements become Python numbers; nested
/// lists and tuples are walked; anything else is one element).
fn object_elements(v: &Value) -> PyResult<(Vec<usize>, Vec<Value>)> {
    match v {
        Value::Array(a) => Ok((a.shape.clone(), array_elements(a))),
        Value::Scalar(d, n) => Ok((Vec::new(), vec![num_to_py(*d, *n)])),
        Value::List(_) | Value::Tuple(_) => {
            let items = iter_values(v)?;
            let mut sub_shape: Option<Vec<usize>> = None;
            let mut elems = Vec::new();
            for x in &items {
                let (s, e) = object_elements(x)?;
                match &sub_shape {
                    None => sub_shape = Some(s),
                    Some(prev) if *prev == s => {}
                    Some(_) => {
                        return Err(PyErr::value(
                            "arrsh: np.vectorize over a ragged nested sequence is not supported",
                        ))
                    }
                }
                elems.extend(e);
            }
            let mut shape = vec![items.len()];
            shape.extend(sub_shape.unwrap_or_default());
            Ok((shape, elems))
        }
        other => Ok((Vec::new(), vec![other.clone()])),
    }
}

fn array_elements(a: &NdArray) -> Vec<Value> {
    let mut out = Vec::with_capacity(a.size());
    NdArray::for_each_index(&a.shape, |idx| out.push(num_to_py(a.dtype, a.get(idx))));
    out
}

/// `asarray(a).flat[0]`: the first element as a NumPy scalar (the call NumPy makes to
/// learn the output types). Values arrsh cannot make an array of give their first
/// element as it is.
fn first_scalar(v: &Value, elems: &[Value]) -> Option<Value> {
    let from_array = |a: &NdArray| {
        let mut first = None;
        NdArray::for_each_index(&a.shape, |idx| {
            if first.is_none() {
                first = Some(Value::Scalar(a.dtype, a.get(idx)));
            }
        });
        first
    };
    match as_array(v) {
        Ok(a) => from_array(&a),
        Err(_) => elems.first().cloned(),
    }
}

/// The dtypes named by `otypes` (a string of type codes or a list of dtypes).
fn otype_list(otypes: &Value) -> PyResult<Option<Vec<DType>>> {
    match otypes {
        Value::None => Ok(None),
        Value::Str(s) => s
            .chars()
            .map(|c| to_dtype(&Value::str(&c.to_string())))
            .collect::<PyResult<Vec<_>>>()
            .map(Some),
        other => iter_values(other)?
            .iter()
            .map(to_dtype)
            .collect::<PyResult<Vec<_>>>()
            .map(Some),
    }
}

/// The dtype `np.asarray(x)` gives.
fn dtype_of(x: &Value) -> PyResult<DType> {
    Ok(as_array(x)?.dtype)
}

/// The plain (no `signature`) call: NumPy's `frompyfunc` loop over the broadcast
/// arguments, each output then converted with `asanyarray(out, dtype=otype)`.
fn call_elementwise(it: &mut dyn Context, v: &Vectorized, call: &Wrapped) -> PyResult<Value> {
    let mut shapes = Vec::with_capacity(call.vargs.len());
    let mut columns = Vec::with_capacity(call.vargs.len());
    for a in &call.vargs {
        let (s, e) = object_elements(a)?;
        shapes.push(s);
        columns.push(e);
    }
    let mut cached: Option<Value> = None;
    let (otypes, nout) = match otype_list(&v.otypes)? {
        Some(d) => {
            let n = d.len();
            (d, n)
        }
        None => {
            if columns.iter().any(Vec::is_empty) {
                return Err(PyErr::value(
                    "cannot call `vectorize` on size 0 inputs unless `otypes` is set",
                ));
            }
            let mut firsts = Vec::with_capacity(columns.len());
            for (a, e) in call.vargs.iter().zip(&columns) {
                firsts.push(first_scalar(a, e).unwrap_or(Value::None));
            }
            let out = call.invoke(it, firsts)?;
            let outs = match &out {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other.clone()],
            };
            let d = outs.iter().map(dtype_of).collect::<PyResult<Vec<_>>>()?;
            if truthy(&v.cache)? {
                cached = Some(out);
            }
            let n = d.len();
            (d, n)
        }
    };
    let refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let shape = crate::array::iter::broadcast_shapes(&refs)?;
    let size: usize = shape.iter().product();
    let mut results: Vec<Vec<Value>> = vec![Vec::with_capacity(size); nout];
    let mut idx = vec![0usize; shape.len()];
    for i in 0..size {
        let out = match (i, cached.take()) {
            (0, Some(c)) => c,
            _ => {
                let vals = columns
                    .iter()
                    .zip(&shapes)
                    .map(|(col, s)| col[source_offset(&idx, s)].clone())
                    .collect();
                call.invoke(it, vals)?
            }
        };
        if nout == 1 {
            results[0].push(out);
        } else {
            match out {
                Value::Tuple(t) if t.len() == nout => {
                    for (r, x) in results.iter_mut().zip(t.iter()) {
                        r.push(x.clone());
                    }
                }
                _ => {
                    return Err(PyErr::value(format!(
                        "arrsh: the vectorized function must return a tuple of {} values",
                        nout
                    )))
                }
            }
        }
        advance(&mut idx, &shape);
    }
    let mut arrays = Vec::with_capacity(nout);
    for (vals, d) in results.into_iter().zip(otypes) {
        arrays.push(to_array(it, vals, d, &shape)?);
    }
    Ok(if nout == 1 {
        arrays.pop().unwrap_or(Value::None)
    } else {
        Value::tuple(arrays)
    })
}

/// The C-order position in an argument of `shape` of the broadcast index `idx`.
fn source_offset(idx: &[usize], shape: &[usize]) -> usize {
    let lead = idx.len() - shape.len();
    let mut off = 0;
    for (k, &n) in shape.iter().enumerate() {
        let i = if n == 1 { 0 } else { idx[lead + k] };
        off = off * n + i;
    }
    off
}

/// The next C-order index of `shape`.
fn advance(idx: &mut [usize], shape: &[usize]) {
    for ax in (0..shape.len()).rev() {
        idx[ax] += 1;
        if idx[ax] < shape[ax] {
            return;
        }
        idx[ax] = 0;
    }
}

/// The results as an array of `dtype` and `shape` (one element each: a sequence is
/// NumPy's "setting an array element with a sequence.").
fn to_array(
    it: &mut dyn Context,
    vals: Vec<Value>,
    dtype: DType,
    shape: &[usize],
) -> PyResult<Value> {
    for x in &vals {
        let seq = match x {
            Value::List(_) | Value::Tuple(_) => true,
            Value::Array(a) => a.ndim() > 0,
            _ => false,
        };
        if seq {
            return Err(PyErr::value("setting an array element with a sequence."));
        }
    }
    let flat = it.call(
        &Value::func("numpy.array"),
        Args {
            pos: vec![Value::list(vals)],
            kw: vec![("dtype".into(), Value::DType(dtype))],
        },
    )?;
    let dims = Value::tuple(shape.iter().map(|&d| Value::Int(d as i128)).collect());
    it.call(&Value::func("numpy.reshape"), Args::new(vec![flat, dims]))
}

/// NumPy's `_update_dim_sizes`: the trailing axes of `shape` are the core dimensions,
/// whose sizes must agree with those already seen.
fn update_dim_sizes(
    sizes: &mut Vec<(String, usize)>,
    shape: &[usize],
    core: &[String],
) -> PyResult<()> {
    if core.is_empty() {
        return Ok(());
    }
    if shape.len() < core.len() {
        let names: Vec<String> = core.iter().map(|d| format!("'{}'", d)).collect();
        let tuple = if names.len() == 1 {
            format!("({},)", names[0])
        } else {
            format!("({})", names.join(", "))
        };
        return Err(PyErr::value(format!(
            "{}-dimensional argument does not have enough dimensions for all core dimensions {}",
            shape.len(),
            tuple
        )));
    }
    let tail = &shape[shape.len() - core.len()..];
    for (dim, &size) in core.iter().zip(tail) {
        match sizes.iter().find(|(d, _)| d == dim) {
            Some(&(_, seen)) if seen != size => {
                return Err(PyErr::value(format!(
                    "inconsistent size for core dimension '{}': {} vs {}",
                    dim, size, seen
                )))
            }
            Some(_) => {}
            None => sizes.push((dim.clone(), size)),
        }
    }
    Ok(())
}

fn full_shape(loop_shape: &[usize], sizes: &[(String, usize)], core: &[String]) -> Vec<usize> {
    let mut s = loop_shape.to_vec();
    for d in core {
        s.push(sizes.iter().find(|(n, _)| n == d).map_or(0, |&(_, k)| k));
    }
    s
}

fn dims_value(shape: &[usize]) -> Value {
    Value::tuple(shape.iter().map(|&d| Value::Int(d as i128)).collect())
}

/// NumPy's `_vectorize_call_with_signature`: the loop dimensions (all but each argument's
/// trailing core ones) broadcast, the function called on each loop position's sub-arrays,
/// and the outputs made from the first results' shapes and dtypes (or `otypes`).
fn call_with_signature(
    it: &mut dyn Context,
    v: &Vectorized,
    call: &Wrapped,
    (in_dims, out_dims): &CoreDims,
) -> PyResult<Value> {
    if call.vargs.len() != in_dims.len() {
        return Err(PyErr::type_err(format!(
            "wrong number of positional arguments: expected {}, got {}",
            in_dims.len(),
            call.vargs.len()
        )));
    }
    let mut arrays = Vec::with_capacity(in_dims.len());
    for a in &call.vargs {
        arrays.push(it.call(&Value::func("numpy.asanyarray"), Args::new(vec![a.clone()]))?);
    }
    let mut sizes: Vec<(String, usize)> = Vec::new();
    let mut loop_shapes = Vec::with_capacity(arrays.len());
    for (a, core) in arrays.iter().zip(in_dims) {
        let shape = as_array(a)?.shape.clone();
        update_dim_sizes(&mut sizes, &shape, core)?;
        loop_shapes.push(shape[..shape.len() - core.len()].to_vec());
    }
    let loop_shape = super::stride_tricks::broadcast_shape(&loop_shapes)?;
    let mut args = Vec::with_capacity(arrays.len());
    for (a, core) in arrays.into_iter().zip(in_dims) {
        let target = dims_value(&full_shape(&loop_shape, &sizes, core));
        args.push(it.call(
            &Value::func("numpy.broadcast_to"),
            Args {
                pos: vec![a, target],
                kw: vec![("subok".into(), Value::Bool(true))],
            },
        )?);
    }
    let otypes = otype_list(&v.otypes)?;
    let nout = out_dims.len();
    let mut outputs: Option<Vec<Value>> = None;
    let count: usize = loop_shape.iter().product();
    let mut idx = vec![0usize; loop_shape.len()];
    for _ in 0..count {
        let key = dims_value(&idx);
        let mut sub = Vec::with_capacity(args.len());
        for a in &args {
            sub.push(array_getitem(&as_array(a)?, &index_items(&key)?)?);
        }
        let res = call.invoke(it, sub)?;
        let results = match res {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other],
        };
        // NumPy counts a tuple result's items; anything else is one result.
        if results.len() != nout {
            return Err(PyErr::value(format!(
                "wrong number of outputs from pyfunc: expected {}, got {}",
                nout,
                results.len()
            )));
        }
        if outputs.is_none() {
            let mut made = Vec::with_capacity(nout);
            for (k, (r, core)) in results.iter().zip(out_dims).enumerate() {
                let ra = as_array(r)?;
                update_dim_sizes(&mut sizes, &ra.shape, core)?;
                let d = otypes
                    .as_ref()
                    .and_then(|o| o.get(k).copied())
                    .unwrap_or(ra.dtype);
                made.push(empty(it, &full_shape(&loop_shape, &sizes, core), d)?);
            }
            outputs = Some(made);
        }
        if let Some(outs) = &outputs {
            for (o, r) in outs.iter().zip(&results) {
                let oa = as_array(o)?;
                array_setitem(&oa, &key, r)?;
            }
        }
        advance(&mut idx, &loop_shape);
    }
    let outs = match outputs {
        Some(o) => o,
        None => {
            let Some(otypes) = otypes else {
                return Err(PyErr::value(
                    "cannot call `vectorize` on size 0 inputs unless `otypes` is set",
                ));
            };
            if out_dims
                .iter()
                .flatten()
                .any(|d| !sizes.iter().any(|(n, _)| n == d))
            {
                return Err(PyErr::value(
                    "cannot call `vectorize` with a signature including new output dimensions on size 0 inputs",
                ));
            }
            let mut made = Vec::with_capacity(nout);
            for (k, core) in out_dims.iter().enumerate() {
                let d = otypes.get(k).copied().unwrap_or(DType::F64);
                made.push(empty(it, &full_shape(&loop_shape, &sizes, core), d)?);
            }
            made
        }
    };
    let mut outs = outs;
    Ok(if nout == 1 {
        outs.pop().unwrap_or(Value::None)
    } else {
        Value::tuple(outs)
    })
}

fn empty(it: &mut dyn Context, shape: &[usize], d: DType) -> PyResult<Value> {
    it.call(
        &Value::func("numpy.zeros"),
        Args {
            pos: vec![dims_value(shape)],
            kw: vec![("dtype".into(), Value::DType(d))],
        },
    )
}
