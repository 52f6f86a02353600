//! The lazy sources behind Python's iterators (`value::lazy`): `iter()` of a list or
//! range, `map filter zip enumerate`, the endless and one-pass `itertools` (`count cycle
//! repeat islice chain accumulate takewhile dropwhile starmap compress pairwise
//! zip_longest`) and generator expressions. Each pulls from its inputs only when asked,
//! in CPython's order, so iterators shared with other code lose exactly the items Python's
//! would.

use super::control::Walk;
use super::function::{Cell, Code, Frame, Slot};
use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::Comprehension;
use crate::value::args::Args;
use crate::value::convert::{iter_values, range_len, truthy};
use crate::value::lazy::{self, Caller, LazySource};
use crate::value::ops::BinOp;
use crate::value::{DictViewKind, PyIter, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub type Src = Rc<RefCell<PyIter>>;

/// The interpreter behind `cx`, for sources that evaluate arrsh code or operators.
pub(super) fn interp(cx: &mut dyn Caller) -> PyResult<&mut Interp> {
    cx.as_any_mut()
        .and_then(|a| a.downcast_mut::<Interp>())
        .ok_or_else(|| {
            PyErr::not_implemented(
                "arrsh: this function cannot run a lazy iterator's Python code; pass list(it) instead",
            )
        })
}

/// `a + b` as Python computes it (NumPy operands included when an interpreter is at hand).
fn add(cx: &mut dyn Caller, a: &Value, b: &Value) -> PyResult<Value> {
    match interp(cx) {
        Ok(it) => it.binary(BinOp::Add, a, b),
        Err(_) => crate::value::pyops::binary(BinOp::Add, a, b),
    }
}

/// The class of `iter(v)`'s result.
fn iter_kind(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::Range(..) => "range_iterator",
        Value::Set(_) => "set_iterator",
        Value::Dict(_) | Value::DictView(_, DictViewKind::Keys) => "dict_keyiterator",
        Value::DictView(_, DictViewKind::Values) => "dict_valueiterator",
        Value::DictView(_, DictViewKind::Items) => "dict_itemiterator",
        Value::Bytes(_) => "bytes_iterator",
        Value::ByteArray(_) => "bytearray_iterator",
        _ => "iterator",
    }
}

/// `iter(v)`: an iterator is its own iterator; a list is read live (items appended while
/// it is walked are seen, as in CPython), a range counts without a list; other iterables
/// are read when the iterator is made.
pub fn make_iter(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Iter(_) => v.clone(),
        Value::List(l) => Value::lazy_iter(
            "list_iterator",
            Box::new(ListIter {
                list: l.clone(),
                pos: 0,
            }),
        ),
        Value::Range(a, b, s) => range_iter(*a, *s, range_len(*a, *b, *s)),
        Value::Tuple(t) => Value::lazy_iter(
            "tuple_iterator",
            Box::new(TupleIter {
                items: t.clone(),
                pos: 0,
            }),
        ),
        Value::Str(text) => Value::lazy_iter(
            iter_kind(v),
            Box::new(StrIter {
                text: text.clone(),
                at: 0,
            }),
        ),
        Value::Dict(_) | Value::DictView(..) | Value::Set(_) => {
            Value::lazy_iter(iter_kind(v), Box::new(SizedIter::of(v)?))
        }
        Value::Object(o) if o.borrow().is_iterator() => {
            Value::lazy_iter("iterator", Box::new(HostIter(o.clone())))
        }
        other => Value::iter(iter_kind(other), iter_values(other)?),
    })
}

/// The items of a host object that is its own iterator (a file's lines), pulled one at
/// a time, so a loop that breaks leaves the rest in the object.
#[derive(Debug)]
struct HostIter(crate::value::host::HostRef);

impl LazySource for HostIter {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        self.0.borrow_mut().next_item()
    }
}

/// A `range_iterator` of `left` ints from `next` by `step`.
pub fn range_iter(next: i128, step: i128, left: i128) -> Value {
    Value::lazy_iter("range_iterator", Box::new(RangeIter { next, step, left }))
}

/// `iter(v)` as the shared iterator object.
pub fn src_of(v: &Value) -> PyResult<Src> {
    match make_iter(v)? {
        Value::Iter(i) => Ok(i),
        _ => Err(PyErr::type_err("not an iterator")),
    }
}

/// The items of any iterable, running a lazy iterator's Python code through `cx`.
pub fn values(cx: &mut dyn Caller, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Iter(i) => lazy::rest(i, cx),
        other => iter_values(other),
    }
}

/// `args` with each iterator argument replaced by the list of its items, for the
/// methods and constructors that consume their iterables whole (`str.join`,
/// `list.extend`, `set.update`, `dict(pairs)`, `tuple(it)`), so a lazy one runs here,
/// where the interpreter is at hand.
pub fn listed(cx: &mut dyn Caller, mut args: Args) -> PyResult<Args> {
    for a in args.pos.iter_mut() {
        if let Value::Iter(i) = a {
            *a = Value::list(lazy::rest(i, cx)?);
        }
    }
    Ok(args)
}

/// A dict (or a view of it) or a set being walked: it must keep the size it had when the
/// walk began, or the next step raises CPython's RuntimeError. A dict is read live by
/// position (its values may change meanwhile); a set's items are taken at the start.
/// `for` loops (`control::Walk`) and `iter()` both walk this way; once the size changed,
/// every later step raises too, as in CPython.
#[derive(Debug)]
pub enum SizedIter {
    Dict {
        dict: Rc<RefCell<crate::value::dict::PyDict>>,
        kind: DictViewKind,
        pos: usize,
        len: usize,
    },
    Set(
        std::vec::IntoIter<Value>,
        Rc<RefCell<crate::value::set::PySet>>,
        usize,
    ),
}

impl SizedIter {
    /// The walk of a dict, dict view or set.
    pub fn of(v: &Value) -> PyResult<SizedIter> {
        Ok(match v {
            Value::Dict(d) | Value::DictView(d, _) => SizedIter::Dict {
                dict: d.clone(),
                kind: match v {
                    Value::DictView(_, k) => *k,
                    _ => DictViewKind::Keys,
                },
                pos: 0,
                len: d.borrow().len(),
            },
            Value::Set(s) => {
                let items = s.borrow().items();
                let n = items.len();
                SizedIter::Set(items.into_iter(), s.clone(), n)
            }
            _ => return Err(PyErr::type_err("not a dict or set")),
        })
    }

    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        match self {
            SizedIter::Dict {
                dict,
                kind,
                pos,
                len,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    return Err(PyErr::runtime("dictionary changed size during iteration"));
                }
                let item = d[..].get(*pos).map(|(k, v)| match kind {
                    DictViewKind::Keys => k.clone(),
                    DictViewKind::Values => v.clone(),
                    DictViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
                });
                *pos += 1;
                Ok(item)
            }
            SizedIter::Set(items, set, len) => {
                if set.borrow().len() != *len {
                    return Err(PyErr::runtime("Set changed size during iteration"));
                }
                Ok(items.next())
            }
        }
    }
}

impl LazySource for SizedIter {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        self.next_item()
    }
}

#[derive(Debug)]
struct ListIter {
    list: Rc<RefCell<Vec<Value>>>,
    pos: usize,
}

impl LazySource for ListIter {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let v = self.list.borrow().get(self.pos).cloned();
        self.pos += 1;
        Ok(v)
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.list.borrow().len().saturating_sub(self.pos))
    }
}

/// `reversed(list)`: CPython's `listreverseiterator`, read live from the end; it ends
/// when its index falls off either end (a list that shrank below it).
pub fn reversed_list(list: &Rc<RefCell<Vec<Value>>>) -> Value {
    let next = list.borrow().len();
    Value::lazy_iter(
        "list_reverseiterator",
        Box::new(ReversedList {
            list: list.clone(),
            next,
        }),
    )
}

#[derive(Debug)]
struct ReversedList {
    list: Rc<RefCell<Vec<Value>>>,
    /// One past the index read next (0: exhausted).
    next: usize,
}

impl LazySource for ReversedList {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let Some(i) = self.next.checked_sub(1) else {
            return Ok(None);
        };
        let v = self.list.borrow().get(i).cloned();
        self.next = if v.is_some() { i } else { 0 };
        Ok(v)
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.next.min(self.list.borrow().len()))
    }
}

/// `iter(tuple)`: the tuple's items in place.
#[derive(Debug)]
struct TupleIter {
    items: Rc<Vec<Value>>,
    pos: usize,
}

impl LazySource for TupleIter {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let v = self.items.get(self.pos).cloned();
        self.pos += 1;
        Ok(v)
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.pos))
    }
}

/// `iter(str)`: one code point at a time from a byte offset, not a list of them.
#[derive(Debug)]
struct StrIter {
    text: Rc<str>,
    at: usize,
}

impl LazySource for StrIter {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let Some(c) = self.text[self.at..].chars().next() else {
            return Ok(None);
        };
        self.at += c.len_utf8();
        Ok(Some(Value::str(c.encode_utf8(&mut [0; 4]))))
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.text[self.at..].chars().count())
    }
}

#[derive(Debug)]
struct RangeIter {
    next: i128,
    step: i128,
    left: i128,
}

impl LazySource for RangeIter {
    fn length_hint(&self) -> Option<usize> {
        Some(usize::try_from(self.left.max(0)).unwrap_or(usize::MAX))
    }
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if self.left <= 0 {
            return Ok(None);
        }
        let v = self.next;
        self.left -= 1;
        if self.left > 0 {
            self.next += self.step;
        }
        Ok(Some(Value::Int(v)))
    }
}

/// Pull one item from every source, in order; `None` at the first exhausted one.
fn row(cx: &mut dyn Caller, srcs: &[Src]) -> PyResult<Option<Vec<Value>>> {
    let mut out = Vec::with_capacity(srcs.len());
    for s in srcs {
        match lazy::next(s, cx)? {
            Some(x) => out.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

#[derive(Debug)]
pub struct Map {
    pub f: Value,
    pub srcs: Vec<Src>,
}

impl LazySource for Map {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        match row(cx, &self.srcs)? {
            Some(args) => cx.call(&self.f, Args::new(args)).map(Some),
            None => Ok(None),
        }
    }
}

/// `filter(f, it)` (`f` None keeps the true items); also `takewhile`/`dropwhile`'s test.
fn passes(cx: &mut dyn Caller, f: &Value, x: &Value) -> PyResult<bool> {
    match f {
        Value::None => truthy(x),
        f => {
            let r = cx.call(f, Args::new(vec![x.clone()]))?;
            truthy(&r)
        }
    }
}

fn interrupted() -> PyResult<()> {
    if crate::interrupt::pending() && crate::interrupt::take() {
        return Err(PyErr::keyboard_interrupt(""));
    }
    Ok(())
}

#[derive(Debug)]
pub struct Filter {
    pub f: Value,
    pub src: Src,
    /// `itertools.filterfalse`: keep the items that fail.
    pub negate: bool,
}

impl LazySource for Filter {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        while let Some(x) = lazy::next(&self.src, cx)? {
            if passes(cx, &self.f, &x)? != self.negate {
                return Ok(Some(x));
            }
            interrupted()?;
        }
        Ok(None)
    }
}

/// "argument 1" or "arguments 1-k": the arguments before the (k+1)-th.
fn earlier(k: usize) -> String {
    if k == 1 {
        "argument 1".into()
    } else {
        format!("arguments 1-{}", k)
    }
}

#[derive(Debug)]
pub struct Zip {
    pub srcs: Vec<ZipSrc>,
    pub strict: bool,
    pub last: ReusedTuple,
}

/// One argument of `zip`: a list or a tuple read in place by position — the iterator
/// CPython makes for it belongs to the zip alone, so nothing else sees where it is — or
/// any other iterable's shared iterator. Pulling a list item this way skips the iterator
/// object's bookkeeping, most of what a `zip` step cost.
#[derive(Debug)]
pub enum ZipSrc {
    List(Rc<RefCell<Vec<Value>>>, usize),
    Tuple(Rc<Vec<Value>>, usize),
    Iter(Src),
}

impl ZipSrc {
    /// `iter(v)` for `zip`.
    pub fn of(v: &Value) -> PyResult<ZipSrc> {
        Ok(match v {
            Value::List(l) => ZipSrc::List(l.clone(), 0),
            Value::Tuple(t) => ZipSrc::Tuple(t.clone(), 0),
            other => ZipSrc::Iter(src_of(other)?),
        })
    }

    /// The next item (a list is read live, as its iterator reads it; `zip` never asks an
    /// exhausted argument again).
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let (v, pos) = match self {
            ZipSrc::List(l, pos) => (l.borrow().get(*pos).cloned(), pos),
            ZipSrc::Tuple(t, pos) => (t.get(*pos).cloned(), pos),
            ZipSrc::Iter(s) => return lazy::next(s, cx),
        };
        *pos += 1;
        Ok(v)
    }
}

/// The tuple an iterator yielded last, kept so the next one can reuse its memory when
/// nobody else holds it any more — CPython's `zip` and `enumerate` do the same — so that
/// `dict(zip(a, b))` or `for i, x in enumerate(xs)`, which unpack each tuple and drop it,
/// allocate one tuple in all instead of one per item.
#[derive(Debug, Default)]
pub struct ReusedTuple(Option<Rc<Vec<Value>>>);

impl ReusedTuple {
    /// An empty vector for the next tuple: the last one's, if it is free again.
    fn take(&mut self, n: usize) -> Rc<Vec<Value>> {
        if let Some(mut t) = self.0.take() {
            if let Some(items) = Rc::get_mut(&mut t) {
                items.clear();
                return t;
            }
        }
        Rc::new(Vec::with_capacity(n))
    }

    /// The tuple of `items` (from `take`), remembered for the next round.
    fn tuple(&mut self, items: Rc<Vec<Value>>) -> Value {
        self.0 = Some(items.clone());
        Value::Tuple(items)
    }
}

/// Push onto a vector from [`ReusedTuple::take`], which nothing else holds yet.
fn push(items: &mut Rc<Vec<Value>>, v: Value) {
    match Rc::get_mut(items) {
        Some(xs) => xs.push(v),
        None => Rc::make_mut(items).push(v),
    }
}

impl LazySource for Zip {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if self.srcs.is_empty() {
            return Ok(None);
        }
        let mut out = self.last.take(self.srcs.len());
        for j in 0..self.srcs.len() {
            match self.srcs[j].next(cx)? {
                Some(x) => push(&mut out, x),
                None => {
                    if self.strict {
                        if j > 0 {
                            return Err(PyErr::value(format!(
                                "zip() argument {} is shorter than {}",
                                j + 1,
                                earlier(j)
                            )));
                        }
                        for k in 1..self.srcs.len() {
                            if self.srcs[k].next(cx)?.is_some() {
                                return Err(PyErr::value(format!(
                                    "zip() argument {} is longer than {}",
                                    k + 1,
                                    earlier(k)
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(self.last.tuple(out)))
    }
}

#[derive(Debug)]
pub struct Enumerate {
    pub src: Src,
    pub n: Value,
    pub last: ReusedTuple,
}

impl LazySource for Enumerate {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let Some(x) = lazy::next(&self.src, cx)? else {
            return Ok(None);
        };
        let n = self.n.clone();
        self.n = crate::value::pyops::binary(BinOp::Add, &n, &Value::Int(1))?;
        let mut out = self.last.take(2);
        push(&mut out, n);
        push(&mut out, x);
        Ok(Some(self.last.tuple(out)))
    }
}

/// `itertools.count(start, step)`.
#[derive(Debug)]
pub struct Count {
    pub cur: Value,
    pub step: Value,
}

impl LazySource for Count {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let next = add(cx, &self.cur, &self.step)?;
        Ok(Some(std::mem::replace(&mut self.cur, next)))
    }
    fn repr(&self) -> Option<String> {
        let start = crate::format::repr(&self.cur);
        Some(match &self.step {
            Value::Int(1) => format!("count({})", start),
            s => format!("count({}, {})", start, crate::format::repr(s)),
        })
    }
}

/// `itertools.cycle(it)`: the first pass is saved, then replayed forever.
#[derive(Debug)]
pub struct Cycle {
    pub src: Option<Src>,
    pub saved: Vec<Value>,
    pub pos: usize,
}

impl LazySource for Cycle {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if let Some(s) = &self.src {
            if let Some(x) = lazy::next(s, cx)? {
                self.saved.push(x.clone());
                return Ok(Some(x));
            }
            self.src = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let x = self.saved[self.pos % self.saved.len()].clone();
        self.pos = (self.pos + 1) % self.saved.len();
        Ok(Some(x))
    }
}

/// `itertools.repeat(obj[, times])`.
#[derive(Debug)]
pub struct Repeat {
    pub obj: Value,
    pub left: Option<i128>,
}

impl LazySource for Repeat {
    fn next(&mut self, _cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        match &mut self.left {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
            None => Ok(Some(self.obj.clone())),
        }
    }
    fn repr(&self) -> Option<String> {
        let obj = crate::format::repr(&self.obj);
        Some(match self.left {
            Some(n) => format!("repeat({}, {})", obj, n),
            None => format!("repeat({})", obj),
        })
    }
}

/// `itertools.islice(it, start, stop, step)`, pulling as CPython's does: nothing past
/// `stop`.
#[derive(Debug)]
pub struct Islice {
    pub src: Src,
    pub next: usize,
    pub stop: Option<usize>,
    pub step: usize,
    pub cnt: usize,
}

impl LazySource for Islice {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let past = |cnt: usize, stop: Option<usize>| stop.is_some_and(|s| cnt >= s);
        if past(self.cnt, self.stop) {
            return Ok(None);
        }
        while self.cnt < self.next {
            if lazy::next(&self.src, cx)?.is_none() {
                return Ok(None);
            }
            self.cnt += 1;
            if past(self.cnt, self.stop) {
                return Ok(None);
            }
        }
        let Some(x) = lazy::next(&self.src, cx)? else {
            return Ok(None);
        };
        self.cnt += 1;
        self.next = self.next.saturating_add(self.step);
        if let Some(s) = self.stop {
            self.next = self.next.min(s);
        }
        Ok(Some(x))
    }
}

/// `itertools.chain(*its)` and `chain.from_iterable(its)`: the iterables themselves come
/// from `outer`, one at a time.
#[derive(Debug)]
pub struct Chain {
    pub outer: Src,
    pub cur: Option<Src>,
}

impl LazySource for Chain {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        loop {
            if let Some(c) = &self.cur {
                if let Some(x) = lazy::next(c, cx)? {
                    return Ok(Some(x));
                }
                self.cur = None;
            }
            match lazy::next(&self.outer, cx)? {
                Some(v) => self.cur = Some(src_of(&v)?),
                None => return Ok(None),
            }
        }
    }
}

/// `itertools.accumulate(it, func, initial=)`.
#[derive(Debug)]
pub struct Accumulate {
    pub src: Src,
    pub func: Option<Value>,
    pub acc: Option<Value>,
    pub initial: Option<Value>,
}

impl LazySource for Accumulate {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if let Some(v) = self.initial.take() {
            self.acc = Some(v.clone());
            return Ok(Some(v));
        }
        let Some(x) = lazy::next(&self.src, cx)? else {
            return Ok(None);
        };
        let v = match (&self.acc, &self.func) {
            (None, _) => x,
            (Some(p), Some(f)) => cx.call(f, Args::new(vec![p.clone(), x]))?,
            (Some(p), None) => add(cx, p, &x)?,
        };
        self.acc = Some(v.clone());
        Ok(Some(v))
    }
}

/// `itertools.takewhile` (`take`) and `dropwhile`.
#[derive(Debug)]
pub struct While {
    pub f: Value,
    pub src: Src,
    pub take: bool,
    /// takewhile: the test failed once; dropwhile: it did (so every item passes now).
    pub flipped: bool,
}

impl LazySource for While {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if self.take && self.flipped {
            return Ok(None);
        }
        while let Some(x) = lazy::next(&self.src, cx)? {
            if !self.take && self.flipped {
                return Ok(Some(x));
            }
            let ok = passes(cx, &self.f, &x)?;
            match (self.take, ok) {
                (true, true) => return Ok(Some(x)),
                (true, false) => {
                    self.flipped = true;
                    return Ok(None);
                }
                (false, true) => interrupted()?,
                (false, false) => {
                    self.flipped = true;
                    return Ok(Some(x));
                }
            }
        }
        Ok(None)
    }
}

/// `itertools.starmap(f, it)`.
#[derive(Debug)]
pub struct StarMap {
    pub f: Value,
    pub src: Src,
}

impl LazySource for StarMap {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let Some(x) = lazy::next(&self.src, cx)? else {
            return Ok(None);
        };
        let args = values(cx, &x)?;
        cx.call(&self.f, Args::new(args)).map(Some)
    }
}

/// `itertools.compress(data, selectors)`.
#[derive(Debug)]
pub struct Compress {
    pub data: Src,
    pub sel: Src,
}

impl LazySource for Compress {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = lazy::next(&self.data, cx)? else {
                return Ok(None);
            };
            let Some(s) = lazy::next(&self.sel, cx)? else {
                return Ok(None);
            };
            if truthy(&s)? {
                return Ok(Some(d));
            }
            interrupted()?;
        }
    }
}

/// `itertools.groupby(it, key=None)`: each step reads one run of items with equal keys.
/// The run is gathered when its `(key, group)` pair is made, so a group stays readable
/// after the groupby moves on (CPython's group would then be empty: the one difference).
#[derive(Debug)]
pub struct GroupBy {
    pub src: Src,
    pub key: Option<Value>,
    /// The first item of the next run and its key, read while ending the last one.
    pub pending: Option<(Value, Value)>,
}

impl GroupBy {
    fn keyed(&self, cx: &mut dyn Caller, x: Value) -> PyResult<(Value, Value)> {
        let k = match &self.key {
            Some(f) => cx.call(f, Args::new(vec![x.clone()]))?,
            None => x.clone(),
        };
        Ok((k, x))
    }
}

impl LazySource for GroupBy {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let first = match self.pending.take() {
            Some(p) => p,
            None => match lazy::next(&self.src, cx)? {
                Some(x) => self.keyed(cx, x)?,
                None => return Ok(None),
            },
        };
        let (key, x) = first;
        let mut run = vec![x];
        while let Some(y) = lazy::next(&self.src, cx)? {
            let (k, y) = self.keyed(cx, y)?;
            if !crate::value::pyops::compare(crate::value::ops::CmpOp::Eq, &k, &key)? {
                self.pending = Some((k, y));
                break;
            }
            run.push(y);
            interrupted()?;
        }
        let group = Value::iter("itertools._grouper", run);
        Ok(Some(Value::tuple(vec![key, group])))
    }
}

/// What the iterators of one `itertools.tee` share: the source and every item read from
/// it so far, so each copy replays what another already pulled.
#[derive(Debug)]
pub struct TeeShared {
    pub src: Src,
    pub seen: Vec<Value>,
}

/// One of `tee(it, n)`'s iterators: its place in the shared items.
#[derive(Debug)]
pub struct Tee {
    pub shared: Rc<RefCell<TeeShared>>,
    pub pos: usize,
}

impl LazySource for Tee {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let known = self.shared.borrow().seen.get(self.pos).cloned();
        let item = match known {
            Some(x) => x,
            None => {
                let src = self.shared.borrow().src.clone();
                let Some(x) = lazy::next(&src, cx)? else {
                    return Ok(None);
                };
                self.shared.borrow_mut().seen.push(x.clone());
                x
            }
        };
        self.pos += 1;
        Ok(Some(item))
    }
}

/// `itertools.pairwise(it)`.
#[derive(Debug)]
pub struct Pairwise {
    pub src: Src,
    pub last: Option<Value>,
}

impl LazySource for Pairwise {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        if self.last.is_none() {
            match lazy::next(&self.src, cx)? {
                Some(x) => self.last = Some(x),
                None => return Ok(None),
            }
        }
        let Some(x) = lazy::next(&self.src, cx)? else {
            self.last = None;
            return Ok(None);
        };
        let prev = self.last.replace(x.clone()).unwrap_or(Value::None);
        Ok(Some(Value::tuple(vec![prev, x])))
    }
}

/// `itertools.zip_longest(*its, fillvalue=)`.
#[derive(Debug)]
pub struct ZipLongest {
    pub srcs: Vec<Option<Src>>,
    pub fill: Value,
}

impl LazySource for ZipLongest {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let mut out = Vec::with_capacity(self.srcs.len());
        let mut live = false;
        for s in self.srcs.iter_mut() {
            let got = match s {
                Some(src) => lazy::next(src, cx)?,
                None => None,
            };
            match got {
                Some(x) => {
                    live = true;
                    out.push(x);
                }
                None => {
                    *s = None;
                    out.push(self.fill.clone());
                }
            }
        }
        Ok(live.then(|| Value::tuple(out)))
    }
}

/// A generator expression: its own frame (loop variables, closed-over cells) and one walk
/// per `for` clause that has started; each `next` resumes the innermost walk.
pub struct GenExp {
    pub comp: Rc<Comprehension>,
    pub cells: Vec<Cell>,
    pub free: Rc<[Cell]>,
    pub walks: Vec<Walk>,
}

impl std::fmt::Debug for GenExp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GenExp({} clauses)", self.comp.clauses.len())
    }
}

impl LazySource for GenExp {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        let it = interp(cx)?;
        it.frames.push(Frame {
            slots: self.cells.iter().map(|c| Slot::Cell(c.clone())).collect(),
            free: self.free.clone(),
            code: Code::Comprehension(self.comp.clone()),
            locals_dict: None,
        });
        let r = self.resume(it);
        it.frames.pop();
        if !matches!(r, Ok(Some(_))) {
            // An exhausted or failed generator is finished, as in CPython.
            self.walks.clear();
        }
        r
    }
}

impl GenExp {
    fn resume(&mut self, it: &mut Interp) -> PyResult<Option<Value>> {
        let comp = self.comp.clone();
        'pull: loop {
            let Some(k) = self.walks.len().checked_sub(1) else {
                return Ok(None);
            };
            let Some(item) = self.walks[k].next_value(it)? else {
                self.walks.pop();
                continue;
            };
            let cl = &comp.clauses[k];
            it.assign(&cl.target, item)?;
            for cond in &cl.conds {
                let v = it.eval(cond)?;
                if !truthy(&v)? {
                    interrupted()?;
                    continue 'pull;
                }
            }
            if let Some(inner) = comp.clauses.get(k + 1) {
                let v = it.eval(&inner.iter)?;
                self.walks
                    .push(Walk::of(&v).map_err(|e| e.at(inner.iter.span))?);
                continue;
            }
            return it.eval(&comp.elt).map(Some);
        }
    }
}
