//! The facts explain mode, `%mem` and `%trace` read: a snapshot of every array-valued name
//! (which object, which buffer, where in it, which write generation) taken before and after
//! a statement, and the effects derived from two snapshots and the allocation counter.
//!
//! Nothing here looks at the statement's syntax: "view", "copy", "alias" and "in place" are
//! read off object identity, buffer identity, buffer ids (ids grow, so a buffer with an id
//! at or above the one recorded before the statement was allocated by it), write
//! generations and, for small arrays, their bytes.

use super::magic::Names;
use crate::array::object::{ArrayRef, Base, NdArray};
use crate::array::raw::{allocation_stats, Buffer};
use crate::value::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Weak as ArcWeak};

/// Arrays up to this many bytes keep a copy of their bytes in the snapshot, so "changed"
/// means the values changed; larger ones are judged by the buffer's written range.
const COMPARE_BYTES: usize = 256 << 10;

/// One name bound to an array, as it stood when the snapshot was taken.
pub struct Binding {
    pub array: Weak<NdArray>,
    /// The object's address: its identity while the `Weak` above keeps the slot reserved.
    pub object: usize,
    pub buffer_id: u64,
    pub buffer: ArcWeak<Buffer>,
    pub buffer_len: usize,
    pub generation: u64,
    /// The array's bytes in C order, for arrays up to [`COMPARE_BYTES`].
    pub content: Option<Vec<u8>>,
}

/// Every array-valued name of a session at one moment, with the allocation counters.
pub struct Snapshot {
    pub names: BTreeMap<String, Binding>,
    /// Buffers with an id at or above this were allocated after the snapshot.
    pub next_buffer_id: u64,
    pub total_allocated: u64,
}

/// What a statement did to one name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The very same array object as `of`.
    Alias,
    /// A different object sharing memory that existed before the statement.
    View,
    /// New memory of its own.
    Copy,
    /// The same object, its contents changed.
    InPlace,
}

impl Kind {
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Alias => "alias",
            Kind::View => "view",
            Kind::Copy => "copy",
            Kind::InPlace => "inplace",
        }
    }
}

/// One effect, with the facts a human line needs beyond the JSON fields.
#[derive(Clone, Debug)]
pub struct Effect {
    pub name: String,
    pub kind: Kind,
    /// A name whose array shares memory with this one (the owner's where one exists).
    pub of: Option<String>,
    /// Bytes this effect allocated (a new buffer's length, counted once per buffer).
    pub bytes: u64,
    pub why: String,
    pub array: ArrayRef,
    /// For a rebound name: what became of the buffer it held before.
    pub old_buffer: Option<OldBuffer>,
    /// For in-place changes: the other names that see the same change.
    pub also: Vec<String>,
}

/// The fate of a buffer a rebound or deleted name used to hold.
#[derive(Clone, Debug)]
pub enum OldBuffer {
    Freed(usize),
    KeptBy(Vec<String>),
    /// Still alive, held by no name (by `_`, a container or another array's base).
    KeptAlive(usize),
}

/// What one statement did, derived from the facts.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub allocated: u64,
    pub effects: Vec<Effect>,
    /// Names deleted (or no longer arrays) and what became of their buffers.
    pub removed: Vec<(String, OldBuffer)>,
    /// Writes that landed in a buffer made during the statement and freed by its end:
    /// (buffer id, length).
    pub temporary_writes: Vec<(u64, usize)>,
    /// The array-valued names after the statement.
    pub array_names: Vec<String>,
}

/// A subscript-assignment target: its buffer's id and length, and the buffer itself.
type Target = (u64, usize, ArcWeak<Buffer>);

thread_local! {
    /// Arrays written by `x[i] = v`, recorded only while explain mode watches (`None` off).
    static SETITEM_TARGETS: RefCell<Option<Vec<Target>>> =
        const { RefCell::new(None) };
}

/// Called by subscript assignment with the array written to: explain mode uses it to tell
/// when an assignment wrote into a temporary copy (`x[[0, 1]][0] = 5`). A no-op when off.
pub fn note_setitem(a: &NdArray) {
    SETITEM_TARGETS.with(|t| {
        if let Some(v) = t.borrow_mut().as_mut() {
            v.push((a.buffer.id(), a.buffer.len(), Arc::downgrade(&a.buffer)));
        }
    });
}

/// The array-valued names of a session (`_` included), sorted.
pub fn array_names(it: &dyn Names) -> Vec<(String, ArrayRef)> {
    let mut v: Vec<(String, ArrayRef)> = Vec::new();
    it.each_var(&mut |k, val| {
        if let Value::Array(a) = val {
            v.push((k.to_string(), a.clone()))
        }
    });
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// The bytes of an array in C order, element by element (never allocates a buffer).
fn content_of(a: &NdArray) -> Vec<u8> {
    let size = a.itemsize();
    let mut out = vec![0u8; a.nbytes()];
    let mut at = 0;
    NdArray::for_each_index(&a.shape, |i| {
        a.buffer.read_bytes(a.offset_of(i), &mut out[at..at + size]);
        at += size;
    });
    out
}

impl Snapshot {
    /// The session's arrays now. `before` also clears the buffers' written ranges and starts
    /// recording subscript-assignment targets.
    pub fn take(it: &dyn Names, before: bool) -> Snapshot {
        let mut names = BTreeMap::new();
        for (name, a) in array_names(it) {
            if before {
                a.buffer.clear_written();
            }
            names.insert(
                name,
                Binding {
                    array: Rc::downgrade(&a),
                    object: Rc::as_ptr(&a) as usize,
                    buffer_id: a.buffer.id(),
                    buffer: Arc::downgrade(&a.buffer),
                    buffer_len: a.buffer.len(),
                    generation: a.buffer.generation(),
                    content: (a.nbytes() <= COMPARE_BYTES).then(|| content_of(&a)),
                },
            );
        }
        if before {
            SETITEM_TARGETS.with(|t| *t.borrow_mut() = Some(Vec::new()));
        }
        Snapshot {
            names,
            next_buffer_id: Buffer::next_id(),
            total_allocated: allocation_stats().1,
        }
    }
}

/// Byte range `lo..hi` (relative to the buffer start) that an array's elements span.
pub fn extent(a: &NdArray) -> (usize, usize) {
    if a.size() == 0 {
        return (a.offset, a.offset);
    }
    let (lo, hi) = crate::array::layout::byte_extent(&a.shape, &a.strides, a.itemsize());
    (
        (a.offset as isize + lo).max(0) as usize,
        (a.offset as isize + hi).max(0) as usize,
    )
}

/// Did the contents of `a` (bound at `b` before) change during the statement?
fn changed(a: &NdArray, b: &Binding) -> bool {
    if a.buffer.generation() == b.generation {
        return false;
    }
    match &b.content {
        Some(old) => *old != content_of(a),
        None => a.buffer.written().is_some_and(|(lo, hi)| {
            let (alo, ahi) = extent(a);
            lo < ahi && alo < hi
        }),
    }
}

/// Exact memory overlap, as `np.shares_memory` answers it.
pub fn shares(a: &NdArray, b: &NdArray) -> bool {
    Arc::ptr_eq(&a.buffer, &b.buffer) && crate::numpy::inspect::shares_memory_exact(a, b)
}

/// The arrays `a`'s memory comes from, nearest first: `.base`, and through the helper
/// objects of `as_strided` and memoryviews, their arrays.
pub fn base_chain(a: &NdArray) -> Vec<ArrayRef> {
    let mut out = Vec::new();
    let mut base = a.base.clone();
    loop {
        let next = match &base {
            Base::Array(o) | Base::Memory(o) => o.clone(),
            Base::Interface(h) => h.array.clone(),
            Base::Owner | Base::Bytes(_) => return out,
        };
        if out.len() > 64 {
            return out;
        }
        base = next.base.clone();
        out.push(next);
    }
}

/// Does `a` see every byte of its buffer exactly once (as the array that made it does, even
/// when it is a reshaped view of an unnamed temporary)?
pub fn spans_buffer(a: &NdArray) -> bool {
    a.nbytes() == a.buffer.len() && extent(a) == (0, a.buffer.len())
}

/// The name to call "the array `a` shares memory with": among the other names whose arrays
/// share memory with it, an owner of its data first, then one its memory comes from (its
/// base chain), then one that spans the whole buffer, then the first in order. `skip` is
/// the name being described.
pub fn sharing_name(names: &[(String, ArrayRef)], a: &ArrayRef, skip: &str) -> Option<String> {
    let chain = base_chain(a);
    let mut candidates: Vec<&(String, ArrayRef)> = names
        .iter()
        .filter(|(n, b)| n != skip && n != "_" && !Rc::ptr_eq(a, b) && shares(a, b))
        .collect();
    candidates.sort_by_key(|(n, b)| {
        (
            !b.owns_data(),
            !chain.iter().any(|c| Rc::ptr_eq(c, b)),
            !spans_buffer(b),
            n.clone(),
        )
    });
    candidates.first().map(|(n, _)| n.clone())
}

/// The name (other than `skip`, not `_`) bound to the very same object, if any.
fn same_object(names: &[(String, ArrayRef)], a: &ArrayRef, skip: &str) -> Option<String> {
    names
        .iter()
        .find(|(n, b)| n != skip && n != "_" && Rc::ptr_eq(a, b))
        .map(|(n, _)| n.clone())
}

/// What became of a buffer a name held before the statement.
fn old_buffer_fate(b: &Binding, names: &[(String, ArrayRef)]) -> OldBuffer {
    if b.buffer.upgrade().is_none() {
        return OldBuffer::Freed(b.buffer_len);
    }
    let holders: Vec<String> = names
        .iter()
        .filter(|(n, a)| n != "_" && a.buffer.id() == b.buffer_id)
        .map(|(n, _)| n.clone())
        .collect();
    if holders.is_empty() {
        OldBuffer::KeptAlive(b.buffer_len)
    } else {
        OldBuffer::KeptBy(holders)
    }
}

/// Derive the effects of a statement from the snapshots around it. `why` gives the
/// operation's wording for a name and kind (from the statement; it never decides the kind).
pub fn derive(
    it: &dyn Names,
    before: &Snapshot,
    why: &dyn Fn(&str, &Kind, &NdArray) -> String,
) -> Report {
    let now = array_names(it);
    let mut report = Report {
        allocated: allocation_stats().1 - before.total_allocated,
        array_names: now.iter().map(|(n, _)| n.clone()).collect(),
        ..Default::default()
    };
    let mut counted: Vec<u64> = Vec::new();
    for (name, a) in &now {
        let old = before.names.get(name);
        let rebound = old.is_none_or(|b| b.object != Rc::as_ptr(a) as usize);
        let kind = if !rebound {
            match old {
                Some(b) if changed(a, b) => Kind::InPlace,
                _ => continue,
            }
        } else if same_object(&now, a, name).is_some()
            || before
                .names
                .values()
                .any(|b| b.object == Rc::as_ptr(a) as usize)
        {
            Kind::Alias
        } else if a.buffer.id() >= before.next_buffer_id {
            Kind::Copy
        } else {
            Kind::View
        };
        let of = match kind {
            Kind::Alias => same_object(&now, a, name).or_else(|| {
                before
                    .names
                    .iter()
                    .find(|(n, b)| *n != name && b.object == Rc::as_ptr(a) as usize)
                    .map(|(n, _)| n.clone())
            }),
            Kind::View | Kind::Copy => sharing_name(&now, a, name),
            Kind::InPlace => None,
        };
        // A file mapping is new memory but no allocation: its pages are the file's.
        let mapped = a.buffer.map_info().is_some();
        let bytes = if kind == Kind::Copy && !mapped && !counted.contains(&a.buffer.id()) {
            counted.push(a.buffer.id());
            a.buffer.len() as u64
        } else {
            0
        };
        let old_buffer = match old {
            Some(b) if rebound && b.buffer_id != a.buffer.id() => Some(old_buffer_fate(b, &now)),
            _ => None,
        };
        let w = why(name, &kind, a);
        report.effects.push(Effect {
            name: name.clone(),
            kind,
            of,
            bytes,
            why: w,
            array: a.clone(),
            old_buffer,
            also: Vec::new(),
        });
    }
    // Every name changed in place names the others that see the same change.
    let inplace: Vec<String> = report
        .effects
        .iter()
        .filter(|e| e.kind == Kind::InPlace)
        .map(|e| e.name.clone())
        .collect();
    for e in report
        .effects
        .iter_mut()
        .filter(|e| e.kind == Kind::InPlace)
    {
        e.also = inplace.iter().filter(|n| **n != e.name).cloned().collect();
    }
    for (name, b) in &before.names {
        if !now.iter().any(|(n, _)| n == name) {
            report
                .removed
                .push((name.clone(), old_buffer_fate(b, &now)));
        }
    }
    let targets = SETITEM_TARGETS
        .with(|t| t.borrow_mut().take())
        .unwrap_or_default();
    for (id, len, buf) in targets {
        let temporary = id >= before.next_buffer_id && buf.upgrade().is_none();
        if temporary && !report.temporary_writes.iter().any(|(i, _)| *i == id) {
            report.temporary_writes.push((id, len));
        }
    }
    report
}

/// Stop recording subscript-assignment targets (when a statement did not get derived).
pub fn stop_recording() {
    SETITEM_TARGETS.with(|t| *t.borrow_mut() = None);
}
