//! `np.nditer(op, flags, op_flags, op_dtypes, order, casting, op_axes, ...)`: NumPy's
//! multi-operand iterator as an object — `for x in it`, `for (a, b, c) in it`, or
//! `while not it.finished: ... it[0] = ...; it.iternext()`, `it.operands`,
//! `it.multi_index`, `with it:` — over views of the operands, so writing through an item
//! writes the operand.
//!
//! The steps are laid out when the iterator is made (as arrsh's other iterators are):
//! the operands broadcast together (`op_axes` maps each one's axes, `-1` a new one),
//! `None` operands with `allocate` become new arrays of the broadcast shape and the
//! inputs' result type, `op_dtypes` casts (with `copy`/`updateifcopy` or `buffered`) are
//! copies written back on `close()` or leaving `with`. `order='K'` walks the axes by the
//! operands' strides (an axis every operand walks backwards is walked forwards in memory),
//! and `external_loop` hands out the innermost axis, merged with the next ones while every
//! operand is contiguous across them. `buffered` adds nothing else: NumPy's buffers give
//! larger chunks to an external loop over non-contiguous operands, arrsh's stay one row.

use crate::array::dtype::DType;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::np;
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_dtype, to_i64};
use crate::value::index::slice_part;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct NdIter {
    /// What `it.operands` shows: the arrays iterated (a cast operand's copy).
    operands: Vec<ArrayRef>,
    /// (the caller's array, the copy iterated) for writable cast operands.
    writeback: RefCell<Vec<(ArrayRef, ArrayRef)>>,
    /// One view per operand for every step.
    steps: Vec<Vec<ArrayRef>>,
    /// The multi-index of every step, when `multi_index` is tracked.
    multi: Option<Vec<Vec<usize>>>,
    shape: Vec<usize>,
    index: Cell<usize>,
}

/// The flags NumPy accepts (others are its ValueError).
const FLAGS: &[&str] = &[
    "buffered",
    "c_index",
    "common_dtype",
    "copy_if_overlap",
    "delay_bufalloc",
    "external_loop",
    "f_index",
    "grow_inner",
    "multi_index",
    "ranged",
    "reduce_ok",
    "refs_ok",
    "zerosize_ok",
];

const OP_FLAGS: &[&str] = &[
    "readonly",
    "readwrite",
    "writeonly",
    "allocate",
    "aligned",
    "arraymask",
    "contig",
    "copy",
    "no_broadcast",
    "no_subtype",
    "nbo",
    "overlap_assume_elementwise",
    "updateifcopy",
    "virtual",
    "writemasked",
];

fn strings(v: &Value) -> PyResult<Vec<String>> {
    iter_values(v)?
        .iter()
        .map(|f| match f {
            Value::Str(s) => Ok(s.to_string()),
            _ => Err(PyErr::type_err("Iterator flags must be strings")),
        })
        .collect()
}

fn arg(a: &[Option<Value>], i: usize) -> Option<&Value> {
    a.get(i).and_then(given)
}

/// `np.nditer(...)`.
pub fn new(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "nditer",
        &[
            "op",
            "flags",
            "op_flags",
            "op_dtypes",
            "order",
            "casting",
            "op_axes",
            "itershape",
            "buffersize",
        ],
        1,
    )?;
    let op = a[0].clone().unwrap_or(Value::None);
    let ops: Vec<Value> = match &op {
        Value::List(_) | Value::Tuple(_) => iter_values(&op)?,
        other => vec![other.clone()],
    };
    let nop = ops.len();
    let flags = match arg(&a, 1) {
        Some(f) => strings(f)?,
        None => vec![],
    };
    for f in &flags {
        if !FLAGS.contains(&f.as_str()) {
            return Err(PyErr::value(format!(
                "Unexpected iterator global flag \"{}\"",
                f
            )));
        }
    }
    let has = |f: &str| flags.iter().any(|x| x == f);
    if has("external_loop") && (has("multi_index") || has("c_index") || has("f_index")) {
        return Err(PyErr::value(
            "Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked",
        ));
    }
    let op_flags = op_flags_of(arg(&a, 2), &ops)?;
    let op_dtypes: Vec<Option<DType>> = match arg(&a, 3) {
        None => vec![None; nop],
        Some(v) => {
            let items = match v {
                Value::List(_) | Value::Tuple(_) => iter_values(v)?,
                one => vec![one.clone()],
            };
            if items.len() != nop {
                return Err(PyErr::value(
                    "op_dtypes must be a tuple/list matching the number of ops",
                ));
            }
            items
                .iter()
                .map(|d| match d {
                    Value::None => Ok(None),
                    d => to_dtype(d).map(Some),
                })
                .collect::<PyResult<_>>()?
        }
    };
    let order = arg(&a, 4)
        .map(crate::format::str_of)
        .unwrap_or_else(|| "K".into());
    let casting = arg(&a, 5).cloned().unwrap_or(Value::str("safe"));
    let op_axes: Vec<Option<Vec<i64>>> = match arg(&a, 6) {
        None => vec![None; nop],
        Some(v) => iter_values(v)?
            .iter()
            .map(|x| match x {
                Value::None => Ok(None),
                l => iter_values(l)?
                    .iter()
                    .map(to_i64)
                    .collect::<PyResult<_>>()
                    .map(Some),
            })
            .collect::<PyResult<_>>()?,
    };
    if op_axes.len() != nop {
        return Err(PyErr::value(format!(
            "op_axes must be a tuple/list matching the number of ops ({})",
            nop
        )));
    }
    // The operands given as arrays; `None` ones are allocated below.
    let mut arrays: Vec<Option<ArrayRef>> = Vec::with_capacity(nop);
    for (i, o) in ops.iter().enumerate() {
        if matches!(o, Value::None) {
            if !op_flags[i].iter().any(|f| f == "allocate") {
                return Err(PyErr::value(
                    "Iterator operand was NULL, but neither the ALLOCATE nor the VIRTUAL flag was specified",
                ));
            }
            arrays.push(None);
        } else {
            let v = it.call(&Value::func("numpy.asarray"), Args::new(vec![o.clone()]))?;
            arrays.push(Some(as_array(&v)?));
        }
    }
    // Each given operand's shape and strides on the iterator's axes.
    let nd = op_axes
        .iter()
        .flatten()
        .map(|ax| ax.len())
        .chain(arrays.iter().flatten().map(|x| x.ndim()))
        .max()
        .unwrap_or(0);
    let nd = match op_axes.iter().flatten().next() {
        Some(ax) => ax.len(),
        None => nd,
    };
    let mapped: Vec<Option<(Vec<usize>, Vec<isize>)>> = arrays
        .iter()
        .zip(&op_axes)
        .map(|(x, axes)| {
            x.as_ref()
                .map(|x| on_iter_axes(x, axes.as_deref(), nd))
                .transpose()
        })
        .collect::<PyResult<_>>()?;
    let shape = broadcast(&mapped, &arrays, nd)?;
    if shape.contains(&0) && !has("zerosize_ok") {
        return Err(PyErr::value(
            "Iteration of zero-sized operands is not enabled",
        ));
    }
    // Allocate outputs and cast to op_dtypes.
    let given_arrays: Vec<Value> = arrays
        .iter()
        .flatten()
        .map(|x| Value::Array(x.clone()))
        .collect();
    let mut operands = Vec::with_capacity(nop);
    let mut writeback = Vec::new();
    let mut layouts = Vec::with_capacity(nop);
    for i in 0..nop {
        let writable = op_flags[i]
            .iter()
            .any(|f| f == "readwrite" || f == "writeonly");
        let (arr, layout) = match &arrays[i] {
            None => {
                let dtype = match op_dtypes[i] {
                    Some(d) => d,
                    None if given_arrays.is_empty() => DType::F64,
                    None => to_dtype(&np(it, "result_type", given_arrays.clone(), vec![])?)?,
                };
                let out_shape: Vec<usize> = match &op_axes[i] {
                    None => shape.clone(),
                    Some(ax) => ax
                        .iter()
                        .enumerate()
                        .filter(|(_, &x)| x >= 0)
                        .map(|(j, _)| shape[j])
                        .collect(),
                };
                let new = Rc::new(NdArray::zeros(&out_shape, dtype)?);
                let layout = on_iter_axes(&new, op_axes[i].as_deref(), nd)?;
                (new, layout)
            }
            Some(x) => {
                let layout = mapped[i].clone().unwrap_or_default();
                match op_dtypes[i] {
                    Some(d) if d != x.dtype => {
                        let ok = np(
                            it,
                            "can_cast",
                            vec![Value::DType(x.dtype), Value::DType(d)],
                            vec![("casting", casting.clone())],
                        )?;
                        if !crate::value::convert::truthy(&ok)? {
                            return Err(PyErr::type_err(format!(
                                "Iterator operand {} dtype could not be cast from dtype('{}') to dtype('{}') according to the rule '{}'",
                                i,
                                x.dtype.name(),
                                d.name(),
                                crate::format::str_of(&casting)
                            )));
                        }
                        let copies = op_flags[i]
                            .iter()
                            .any(|f| f == "copy" || f == "updateifcopy")
                            || has("buffered");
                        if !copies {
                            return Err(PyErr::type_err(
                                "Iterator operand required copying or buffering, but neither copying nor buffering was enabled",
                            ));
                        }
                        if writable {
                            x.check_writeable()?;
                        }
                        let c = crate::numpy::quantile::method(
                            it,
                            &Value::Array(x.clone()),
                            "astype",
                            vec![Value::DType(d)],
                        )?;
                        let c = as_array(&c)?;
                        if writable {
                            writeback.push((x.clone(), c.clone()));
                        }
                        let layout = on_iter_axes(&c, op_axes[i].as_deref(), nd)?;
                        (c, layout)
                    }
                    _ => {
                        if writable {
                            x.check_writeable()?;
                        }
                        (x.clone(), layout)
                    }
                }
            }
        };
        let (s, _) = &layout;
        for (d, (&n, &want)) in s.iter().zip(&shape).enumerate() {
            if n != want && writable {
                return Err(PyErr::value(format!(
                    "output operand requires a reduction along dimension {}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.",
                    nd - 1 - d
                )));
            }
            if n != want && op_flags[i].iter().any(|f| f == "no_broadcast") {
                return Err(PyErr::value(format!(
                    "non-broadcastable operand with shape {} doesn't match the broadcast shape {}",
                    crate::array::layout::shape_str(&arr.shape).replace(' ', ""),
                    crate::array::layout::shape_str(&shape).replace(' ', "")
                )));
            }
        }
        // Broadcast: a length-1 axis is walked with stride 0.
        let strides: Vec<isize> = layout
            .1
            .iter()
            .zip(&layout.0)
            .zip(&shape)
            .map(|((&st, &n), &want)| if n == 1 && want != 1 { 0 } else { st })
            .collect();
        layouts.push((arr.clone(), strides, writable));
        operands.push(arr);
    }
    let axes = walk_axes(&shape, &layouts, &order);
    let steps_and_multi = steps(&shape, &layouts, &axes, has("external_loop"))?;
    let multi = has("multi_index").then_some(steps_and_multi.1);
    Ok(Value::Object(Rc::new(RefCell::new(
        crate::numpy::objects::HostObject::NdIter(NdIter {
            operands,
            writeback: RefCell::new(writeback),
            steps: steps_and_multi.0,
            multi,
            shape,
            index: Cell::new(0),
        }),
    ))))
}

/// `op_flags`: one list for every operand, or a list of lists; by default `['readonly']`,
/// and `['writeonly', 'allocate']` for a `None` operand.
fn op_flags_of(v: Option<&Value>, ops: &[Value]) -> PyResult<Vec<Vec<String>>> {
    let nop = ops.len();
    let Some(v) = v else {
        return Ok(ops
            .iter()
            .map(|o| match o {
                Value::None => vec!["writeonly".into(), "allocate".into()],
                _ => vec!["readonly".into()],
            })
            .collect());
    };
    let items = iter_values(v)?;
    let nested = items
        .iter()
        .any(|x| matches!(x, Value::List(_) | Value::Tuple(_)));
    let lists: Vec<Vec<String>> = if nested {
        items.iter().map(strings).collect::<PyResult<_>>()?
    } else {
        vec![strings(v)?; nop]
    };
    if lists.len() != nop {
        return Err(PyErr::value(
            "op_flags must be a tuple/list matching the number of ops",
        ));
    }
    for l in &lists {
        for f in l {
            if !OP_FLAGS.contains(&f.as_str()) {
                return Err(PyErr::value(format!(
                    "Unexpected per-op iterator flag \"{}\"",
                    f
                )));
            }
        }
    }
    Ok(lists)
}

/// An operand's shape and strides on the iterator's `nd` axes: by `op_axes` (`-1` a new
/// length-1 axis), or right-aligned as broadcasting aligns them.
fn on_iter_axes(
    x: &NdArray,
    axes: Option<&[i64]>,
    nd: usize,
) -> PyResult<(Vec<usize>, Vec<isize>)> {
    match axes {
        Some(ax) => {
            let mut shape = Vec::with_capacity(nd);
            let mut strides = Vec::with_capacity(nd);
            for &d in ax {
                if d < 0 {
                    shape.push(1);
                    strides.push(0);
                } else {
                    let d = d as usize;
                    if d >= x.ndim() {
                        return Err(PyErr::value(format!(
                            "Iterator input op_axes entry {} is not a valid axis of an operand with {} dimensions",
                            d,
                            x.ndim()
                        )));
                    }
                    shape.push(x.shape[d]);
                    strides.push(x.strides[d]);
                }
            }
            Ok((shape, strides))
        }
        None => {
            let pad = nd.saturating_sub(x.ndim());
            let mut shape = vec![1; pad];
            let mut strides = vec![0; pad];
            shape.extend(&x.shape);
            strides.extend(&x.strides);
            Ok((shape, strides))
        }
    }
}

/// The broadcast shape, or NumPy's error naming every operand's shape.
fn broadcast(
    mapped: &[Option<(Vec<usize>, Vec<isize>)>],
    arrays: &[Option<ArrayRef>],
    nd: usize,
) -> PyResult<Vec<usize>> {
    let mut shape = vec![1usize; nd];
    for (s, _) in mapped.iter().flatten() {
        for (d, &n) in s.iter().enumerate() {
            if shape[d] == 1 {
                shape[d] = n;
            } else if n != 1 && n != shape[d] {
                let shapes: Vec<String> = arrays
                    .iter()
                    .flatten()
                    .map(|x| crate::array::layout::shape_str(&x.shape).replace(' ', ""))
                    .collect();
                return Err(PyErr::value(format!(
                    "operands could not be broadcast together with shapes {} ",
                    shapes.join(" ")
                )));
            }
        }
    }
    Ok(shape)
}

/// The iterator's axes from slowest to fastest, each with whether it is walked backwards.
fn walk_axes(
    shape: &[usize],
    ops: &[(ArrayRef, Vec<isize>, bool)],
    order: &str,
) -> Vec<(usize, bool)> {
    let nd = shape.len();
    let mut axes: Vec<usize> = (0..nd).collect();
    match order {
        "C" | "A" => return axes.into_iter().map(|d| (d, false)).collect(),
        "F" => return axes.into_iter().rev().map(|d| (d, false)).collect(),
        _ => {}
    }
    // K: the first operand whose strides tell two axes apart orders them (a stable sort
    // keeps C order for ties and broadcast axes).
    axes.sort_by(|&p, &q| {
        for (_, st, _) in ops {
            let (sp, sq) = (st[p].unsigned_abs(), st[q].unsigned_abs());
            if sp != 0 && sq != 0 && sp != sq {
                return sq.cmp(&sp);
            }
        }
        std::cmp::Ordering::Equal
    });
    axes.into_iter()
        .map(|d| {
            let back =
                ops.iter().all(|(_, st, _)| st[d] <= 0) && ops.iter().any(|(_, st, _)| st[d] < 0);
            (d, back)
        })
        .collect()
}

type Steps = (Vec<Vec<ArrayRef>>, Vec<Vec<usize>>);

/// Every step's views (0-d, or 1-d rows for an external loop) and multi-index.
fn steps(
    shape: &[usize],
    ops: &[(ArrayRef, Vec<isize>, bool)],
    axes: &[(usize, bool)],
    external: bool,
) -> PyResult<Steps> {
    // The external loop's row: the fastest axis merged with slower ones while every
    // operand steps evenly across them.
    let mut inner = 0usize;
    if external && !axes.is_empty() {
        inner = 1;
        while inner < axes.len() {
            let fast = axes[axes.len() - inner].0;
            let slow = axes[axes.len() - inner - 1].0;
            let even = ops
                .iter()
                .all(|(_, st, _)| st[slow] == st[fast] * shape[fast] as isize)
                && axes[axes.len() - inner].1 == axes[axes.len() - inner - 1].1;
            if !even {
                break;
            }
            inner += 1;
        }
    }
    let outer = &axes[..axes.len() - inner];
    let row_axes = &axes[axes.len() - inner..];
    let row_len: usize = row_axes.iter().map(|&(d, _)| shape[d]).product();
    let walk: Vec<usize> = outer.iter().map(|&(d, _)| shape[d]).collect();
    let mut views = Vec::new();
    let mut multi = Vec::new();
    if shape.contains(&0) {
        return Ok((views, multi));
    }
    for w in super::iteration::c_order(&walk)? {
        let mut idx = vec![0usize; shape.len()];
        for (k, &(d, back)) in outer.iter().enumerate() {
            idx[d] = if back { shape[d] - 1 - w[k] } else { w[k] };
        }
        // A row walked backwards starts at its last element.
        if row_axes.last().is_some_and(|&(_, back)| back) {
            for &(d, _) in row_axes {
                idx[d] = shape[d] - 1;
            }
        }
        let mut step = Vec::with_capacity(ops.len());
        for (arr, st, writable) in ops {
            let mut offset = arr.offset as isize;
            for (d, &i) in idx.iter().enumerate() {
                offset += i as isize * st[d];
            }
            let v = if external {
                let stride = row_axes
                    .last()
                    .map(|&(d, back)| if back { -st[d] } else { st[d] })
                    .unwrap_or(0);
                let (sh, stv) = if row_axes.is_empty() {
                    (vec![], vec![])
                } else {
                    (vec![row_len], vec![stride])
                };
                NdArray::view(arr, offset, sh, stv, arr.dtype)?
            } else {
                NdArray::view(arr, offset, Vec::new(), Vec::new(), arr.dtype)?
            };
            if !writable {
                v.writeable.set(false);
            }
            step.push(Rc::new(v));
        }
        views.push(step);
        multi.push(idx);
    }
    Ok((views, multi))
}

impl NdIter {
    fn item(&self, step: &[ArrayRef]) -> Value {
        match step {
            [one] => Value::Array(one.clone()),
            many => Value::tuple(many.iter().map(|v| Value::Array(v.clone())).collect()),
        }
    }

    fn current(&self) -> PyResult<&Vec<ArrayRef>> {
        self.steps
            .get(self.index.get())
            .ok_or_else(|| PyErr::value("Iterator is past the end"))
    }

    pub fn attr(&self, name: &str) -> Option<PyResult<Value>> {
        let int = |i: usize| Value::Int(i as i128);
        Some(match name {
            "operands" => Ok(Value::tuple(
                self.operands
                    .iter()
                    .map(|a| Value::Array(a.clone()))
                    .collect(),
            )),
            "finished" => Ok(Value::Bool(self.index.get() >= self.steps.len())),
            "iterindex" => Ok(int(self.index.get())),
            "itersize" => Ok(int(self.shape.iter().product())),
            "shape" => Ok(Value::tuple(self.shape.iter().map(|&d| int(d)).collect())),
            "ndim" => Ok(int(self.shape.len())),
            "nop" => Ok(int(self.operands.len())),
            "dtypes" => Ok(Value::tuple(
                self.operands
                    .iter()
                    .map(|a| Value::DType(a.dtype))
                    .collect(),
            )),
            "value" => self.current().map(|s| self.item(s)),
            "multi_index" => match &self.multi {
                None => Err(PyErr::value("Iterator is not tracking a multi-index")),
                Some(m) => match m.get(self.index.get()) {
                    Some(i) => Ok(Value::tuple(i.iter().map(|&d| int(d)).collect())),
                    None => Err(PyErr::value("Iterator is past the end")),
                },
            },
            _ => return None,
        })
    }

    /// Iterating runs to the end at once (`finished` becomes True).
    pub fn items(&self) -> Vec<Value> {
        let from = self.index.get().min(self.steps.len());
        self.index.set(self.steps.len());
        self.steps[from..].iter().map(|s| self.item(s)).collect()
    }

    pub const METHODS: &'static [&'static str] = &["iternext", "reset", "close"];

    pub fn method(&self, it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
        args.bind(name, &[], 0)?;
        match name {
            "iternext" => {
                let i = (self.index.get() + 1).min(self.steps.len());
                self.index.set(i);
                Ok(Value::Bool(i < self.steps.len()))
            }
            "reset" => {
                self.index.set(0);
                Ok(Value::None)
            }
            _ => {
                self.close(it)?;
                Ok(Value::None)
            }
        }
    }

    /// Copies of cast writable operands go back into the caller's arrays (once).
    pub fn close(&self, it: &mut dyn Context) -> PyResult<()> {
        let pending: Vec<(ArrayRef, ArrayRef)> = self.writeback.borrow_mut().drain(..).collect();
        for (dst, src) in pending {
            np(
                it,
                "copyto",
                vec![Value::Array(dst), Value::Array(src)],
                vec![("casting", Value::str("unsafe"))],
            )?;
        }
        Ok(())
    }

    /// `it[i]` / `it[i:j]`: the current step's view of operand `i`, or a tuple of them.
    pub fn getitem(&self, key: &Value) -> PyResult<Value> {
        let step = self.current()?;
        let all = Value::tuple(step.iter().map(|v| Value::Array(v.clone())).collect());
        match key {
            Value::Slice(s) => {
                let items = iter_values(&all)?;
                let (start, step, n) = crate::array::index::slice_indices(
                    items.len(),
                    slice_part(&s[0])?,
                    slice_part(&s[1])?,
                    slice_part(&s[2])?,
                )?;
                Ok(Value::tuple(
                    (0..n)
                        .map(|k| items[(start + k as i64 * step) as usize].clone())
                        .collect(),
                ))
            }
            k => {
                let i = to_i64(k)?;
                let n = step.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(PyErr::index(format!(
                        "Iterator operand index {} is out of bounds",
                        i
                    )));
                }
                Ok(Value::Array(step[j as usize].clone()))
            }
        }
    }

    /// `it[i] = value`: written through the current view of operand `i`.
    pub fn setitem(&self, key: &Value, value: &Value) -> PyResult<()> {
        let v = self.getitem(key)?;
        let a = as_array(&v)?;
        if !a.writeable.get() {
            return Err(PyErr::new(
                "RuntimeError",
                format!("Iterator operand {} is not writeable", to_i64(key)?),
            ));
        }
        crate::value::index::array_setitem(&a, &Value::Ellipsis, value)
    }
}

/// `it.name` for an nditer object (None for other objects), with NumPy's errors
/// (`multi_index` not tracked, past the end).
pub fn attr_of(obj: &crate::value::host::HostRef, name: &str) -> Option<PyResult<Value>> {
    match crate::numpy::objects::host(&*obj.borrow()) {
        Some(crate::numpy::objects::HostObject::NdIter(n)) => n.attr(name),
        _ => None,
    }
}
