//! `np.partition`, `np.argpartition` and the in-place `ndarray.partition`: a port of
//! NumPy's introselect (`numpy/_core/src/npysort/selection.hpp`: median-of-3 quickselect
//! with a median-of-medians-of-5 fallback, a pivot stack shared by the sorted kths of one
//! row, an O(n·kth) selection for small kth), so the order of the non-kth elements is
//! NumPy's, not just some valid partition.
//!
//! NumPy hands a single kth of a 16/32/64-bit integer or float array (argpartition: 32/64
//! bit) to x86-simd-sort's AVX-512 quickselect instead. Up to its sorting-network size
//! (256 elements of 64 bits, 512 of 32 and 16 bits, 128 of float16) that sorts the whole
//! row, which is what arrsh does there; argpartition's tie order inside the network and
//! longer SIMD rows keep introselect's order instead (docs/differences.md).

use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::numpy::sorting::{order, restore, restore_view, rows};
use crate::numpy::ufunc::operand;
use crate::numpy::ufunc::ops::Arith;
use crate::value::args::{given, Args};
use crate::value::convert::to_i64;
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["partition", "argpartition"],
    call,
};

/// NumPy's `NPY_MAX_PIVOT_STACK`.
const MAX_PIVOTS: usize = 50;

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    let arg = match name {
        "partition" => false,
        "argpartition" => true,
        _ => return None,
    };
    Some(function(&args, name, arg))
}

fn function(args: &Args, name: &str, arg: bool) -> PyResult<Value> {
    let p = args.bind(name, &["a", "kth", "axis", "kind", "order"], 2)?;
    check_kind(&p[3])?;
    let mut a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    check_order(&p[4])?;
    if arg && a.ndim() == 0 {
        // PyArray_CheckAxis sees a 0-d array as 1-d.
        a = crate::numpy::shape::reshape(&a, &[1], false)?;
    }
    let axis = match &p[2] {
        None => Some(Value::Int(-1)),
        Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    };
    let kth = p[1].as_ref().unwrap_or(&Value::None);
    let r = partitioned(&a, kth, axis.as_ref(), arg)?;
    Ok(Value::Array(Rc::new(r)))
}

/// `ndarray.partition(kth, axis=-1, kind='introselect', order=None)`: in place, None.
pub fn partition_inplace(a: &ArrayRef, args: &Args) -> PyResult<Value> {
    let p = args.bind("partition", &["kth", "axis", "kind", "order"], 1)?;
    check_kind(&p[2])?;
    check_order(&p[3])?;
    let axis = match &p[1] {
        None => Value::Int(-1),
        Some(Value::None) => {
            return Err(PyErr::type_err(
                "'NoneType' object cannot be interpreted as an integer",
            ))
        }
        Some(v) => v.clone(),
    };
    if !a.writeable.get() {
        return Err(PyErr::value("partition array is read-only"));
    }
    let kth = p[0].as_ref().unwrap_or(&Value::None);
    let r = partitioned(a, kth, Some(&axis), false)?;
    if crate::interrupt::pending() {
        // Ctrl-C stopped the selection: the array keeps its old contents.
        return Ok(Value::None);
    }
    kernels::copy_into(a, &r)?;
    Ok(Value::None)
}

fn check_kind(v: &Option<Value>) -> PyResult<()> {
    let Some(k) = given(v) else { return Ok(()) };
    let s = crate::format::str_of(k);
    if s != "introselect" {
        return Err(PyErr::value(format!(
            "select kind must be 'introselect' (got '{}')",
            s
        )));
    }
    Ok(())
}

fn check_order(v: &Option<Value>) -> PyResult<()> {
    match given(v) {
        Some(_) => Err(PyErr::value(
            "Cannot specify order when the array has no fields.",
        )),
        None => Ok(()),
    }
}

/// NumPy's `partition_prep_kth_array`: integer kths, negative ones counted from the end,
/// bounds-checked (unless the array is empty) and sorted.
fn kths(kth: &Value, n: usize, size: usize) -> PyResult<Vec<usize>> {
    let not_int = || PyErr::type_err("Partition index must be integer");
    let k = operand(kth).map_err(|_| not_int())?.array;
    if k.dtype == DType::Bool {
        return Err(PyErr::value("Booleans unacceptable as partition index"));
    }
    if !matches!(
        k.dtype.kind(),
        crate::array::dtype::Kind::Int | crate::array::dtype::Kind::UInt
    ) {
        return Err(not_int());
    }
    if k.ndim() > 1 {
        return Err(PyErr::value(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        ));
    }
    let k = kernels::to_contiguous(&k, DType::I64)?;
    let mut out = Vec::new();
    for mut x in kernels::to_vec::<i64>(&k)? {
        if x < 0 {
            x += n as i64;
        }
        if size != 0 && (x < 0 || x >= n as i64) {
            return Err(PyErr::value(format!("kth(={}) out of bounds ({})", x, n)));
        }
        out.push(x.max(0) as usize);
    }
    out.sort_unstable();
    Ok(out)
}

fn partitioned(a: &ArrayRef, kth: &Value, axis: Option<&Value>, arg: bool) -> PyResult<NdArray> {
    if let Some(ax) = axis {
        normalize_axis(to_i64(ax)?, a.ndim(), None)?;
    }
    let (src, n, ax) = rows(a, axis)?;
    let ks = kths(kth, n, a.size())?;
    let r = crate::array::dtype::with_dtype!(a.dtype, T, {
        let mut v = kernels::to_vec::<T>(&src)?;
        let simd = simd_size(a.dtype, arg).is_some_and(|m| n <= m) && ks.len() == 1;
        let inexact = a.dtype.kind() >= crate::array::dtype::Kind::Float && a.dtype != DType::F16;
        if arg {
            let mut out: Vec<i64> = Vec::with_capacity(v.len());
            for row in v.chunks(n.max(1)) {
                let mut idx: Vec<usize> = (0..row.len()).collect();
                if simd {
                    idx.sort_by(|&i, &j| order(&row[i], &row[j]));
                } else {
                    let mut s = Idx {
                        v: row,
                        idx: &mut idx,
                    };
                    select_all(&mut s, &ks, inexact);
                }
                out.extend(idx.into_iter().map(|i| i as i64));
            }
            NdArray::from_vec(out, &src.shape)?
        } else {
            for row in v.chunks_mut(n.max(1)) {
                if simd {
                    simd_select(row, ks[0]);
                } else {
                    select_all(&mut Vals(row), &ks, inexact);
                }
            }
            NdArray::from_vec(v, &src.shape)?
        }
    });
    restore(r, ax)
}

/// The elements `np.partition(a, kth, axis)` puts at the kth positions, at those
/// positions, with the rest of each row in no promised order: for callers that read only
/// the kth positions (median, quantile), who get it as a view with the axes in their
/// place (not copied back to C order). Rust's `select_nth_unstable_by` in NumPy's sort
/// order, once per distinct kth on the part of the row after the previous one, is several
/// times faster than the introselect port. Equal elements are identical values, except a
/// negative and a positive zero, where which one lands at a kth depends on the algorithm
/// and can show (in a mean's sign): float or complex data holding a negative zero gives
/// None, as does Ctrl-C, and the caller takes `np.partition`'s route.
pub fn selected(a: &ArrayRef, kth: &Value, axis: usize) -> PyResult<Option<NdArray>> {
    use crate::array::element::{Element, Num};
    let (src, n, ax) = rows(a, Some(&Value::Int(axis as i128)))?;
    let ks = kths(kth, n, a.size())?;
    let inexact = a.dtype.is_inexact();
    let r = crate::array::dtype::with_dtype!(a.dtype, T, {
        let mut v = kernels::to_vec::<T>(&src)?;
        let negative_zero = |x: &T| match x.to_num() {
            Num::Float(f) => f == 0.0 && f.is_sign_negative(),
            Num::Complex(r, i) => {
                (r == 0.0 && r.is_sign_negative()) || (i == 0.0 && i.is_sign_negative())
            }
            _ => false,
        };
        if inexact && v.iter().any(negative_zero) {
            return Ok(None);
        }
        for row in v.chunks_mut(n.max(1)) {
            if crate::interrupt::pending() {
                return Ok(None);
            }
            let mut start = 0;
            for &k in &ks {
                // A repeated kth is already in place.
                if k >= start {
                    row[start..].select_nth_unstable_by(k - start, order::<T>);
                    start = k + 1;
                }
            }
        }
        NdArray::from_vec(v, &src.shape)?
    });
    restore_view(r, ax).map(Some)
}

/// The row length up to which NumPy's AVX-512 quickselect (single kth) sorts the whole row.
fn simd_size(d: DType, arg: bool) -> Option<usize> {
    use DType::*;
    match (d, arg) {
        (I64 | U64 | F64, _) => Some(256),
        (I32 | U32 | F32, false) => Some(512),
        (I32 | U32 | F32, true) => Some(256),
        (I16 | U16, false) => Some(512),
        (F16, false) => Some(128),
        _ => None,
    }
}

/// What x86-simd-sort's `xss_qselect` does to a row no longer than its sorting network:
/// NaNs swapped to the end (`move_nans_to_end_of_array`), then, when kth is among the
/// other elements, those sorted.
fn simd_select<T: Arith + Copy>(row: &mut [T], kth: usize) {
    if row.len() <= 1 {
        return;
    }
    let (mut i, mut j, mut count) = (0usize, row.len() - 1, 0usize);
    while i < j {
        if row[i].is_nan() {
            row.swap(i, j);
            j -= 1;
            count += 1;
        } else {
            i += 1;
        }
    }
    if row[i].is_nan() {
        count += 1;
    }
    let kept = row.len() - count;
    if kth < kept {
        row[..kept].sort_by(order);
    }
}

/// The row being selected: its values, or for argpartition the index permutation that is
/// permuted instead of the values (NumPy's `Sortee`/`Idx`). Two types, so each selection
/// is compiled for its own access and the hot loops carry no branch on the kind.
trait Sortee<T> {
    fn at(&self, i: usize) -> T;
    fn swap(&mut self, i: usize, j: usize);
    fn len(&self) -> usize;
}

struct Vals<'a, T>(&'a mut [T]);

struct Idx<'a, T> {
    v: &'a [T],
    idx: &'a mut [usize],
}

impl<T: Copy> Sortee<T> for Vals<'_, T> {
    #[inline(always)]
    fn at(&self, i: usize) -> T {
        self.0[i]
    }
    #[inline(always)]
    fn swap(&mut self, i: usize, j: usize) {
        self.0.swap(i, j)
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl<T: Copy> Sortee<T> for Idx<'_, T> {
    #[inline(always)]
    fn at(&self, i: usize) -> T {
        self.v[self.idx[i]]
    }
    #[inline(always)]
    fn swap(&mut self, i: usize, j: usize) {
        self.idx.swap(i, j)
    }
    fn len(&self) -> usize {
        self.idx.len()
    }
}

/// NumPy's `cmp`: `<` with NaN after everything (`a < b || (b != b && a == a)`; the NaN
/// tests vanish for integer types).
#[inline(always)]
fn less<T: Arith>(a: T, b: T) -> bool {
    a.lt(b) || (b.is_nan() && !a.is_nan())
}

/// One row, every kth in ascending order with one pivot stack (NumPy's partition loop).
fn select_all<T: Arith + Copy, S: Sortee<T>>(s: &mut S, ks: &[usize], inexact: bool) {
    let num = s.len();
    if num == 0 {
        return;
    }
    let mut pivots: Vec<usize> = Vec::new();
    for &k in ks {
        introselect(s, 0, num, k, Some(&mut pivots), inexact);
    }
}

fn store_pivot(pivot: usize, kth: usize, pivots: &mut Option<&mut Vec<usize>>) {
    let Some(p) = pivots else { return };
    if pivot == kth && p.len() == MAX_PIVOTS {
        p[MAX_PIVOTS - 1] = pivot;
    } else if pivot >= kth && p.len() < MAX_PIVOTS {
        p.push(pivot);
    }
}

fn median3_swap<T: Arith + Copy, S: Sortee<T>>(
    s: &mut S,
    b: usize,
    low: usize,
    mid: usize,
    high: usize,
) {
    if less(s.at(b + high), s.at(b + mid)) {
        s.swap(b + high, b + mid);
    }
    if less(s.at(b + high), s.at(b + low)) {
        s.swap(b + high, b + low);
    }
    if less(s.at(b + low), s.at(b + mid)) {
        s.swap(b + low, b + mid);
    }
    s.swap(b + mid, b + low + 1);
}

fn median5<T: Arith + Copy, S: Sortee<T>>(s: &mut S, b: usize) -> usize {
    for (x, y) in [(1, 0), (4, 3), (3, 0), (4, 1), (2, 1)] {
        if less(s.at(b + x), s.at(b + y)) {
            s.swap(b + x, b + y);
        }
    }
    if less(s.at(b + 3), s.at(b + 2)) {
        if less(s.at(b + 3), s.at(b + 1)) {
            1
        } else {
            3
        }
    } else {
        2
    }
}

fn unguarded_partition<T: Arith + Copy, S: Sortee<T>>(
    s: &mut S,
    b: usize,
    pivot: T,
    ll: &mut usize,
    hh: &mut usize,
) {
    let mut swaps = 0usize;
    loop {
        swaps += 1;
        if swaps.is_multiple_of(1 << 16) && crate::interrupt::pending() {
            // Ctrl-C: stop mid-pass (the row is still a permutation); `introselect` returns.
            break;
        }
        *ll += 1;
        while less(s.at(b + *ll), pivot) {
            *ll += 1;
        }
        *hh -= 1;
        while less(pivot, s.at(b + *hh)) {
            *hh -= 1;
        }
        if *hh < *ll {
            break;
        }
        s.swap(b + *ll, b + *hh);
    }
}

fn median_of_median5<T: Arith + Copy, S: Sortee<T>>(
    s: &mut S,
    b: usize,
    num: usize,
    inexact: bool,
) -> usize {
    let nmed = num / 5;
    for i in 0..nmed {
        let sub = 5 * i;
        let m = median5(s, b + sub);
        s.swap(b + sub + m, b + i);
    }
    if nmed > 2 {
        introselect(s, b, nmed, nmed / 2, None, inexact);
    }
    nmed / 2
}

fn dumb_select<T: Arith + Copy, S: Sortee<T>>(s: &mut S, b: usize, num: usize, kth: usize) {
    for i in 0..=kth {
        let mut minidx = i;
        let mut minval = s.at(b + i);
        for k in i + 1..num {
            if less(s.at(b + k), minval) {
                minidx = k;
                minval = s.at(b + k);
            }
        }
        s.swap(b + i, b + minidx);
    }
}

/// NumPy's `introselect_` on the `num` elements from `b`.
fn introselect<T: Arith + Copy, S: Sortee<T>>(
    s: &mut S,
    b: usize,
    num: usize,
    kth: usize,
    mut pivots: Option<&mut Vec<usize>>,
    inexact: bool,
) {
    let mut low = 0usize;
    let mut high = num - 1;
    if let Some(p) = pivots.as_deref_mut() {
        while let Some(&top) = p.last() {
            if top > kth {
                high = top - 1;
                break;
            } else if top == kth {
                return;
            }
            low = top + 1;
            p.pop();
        }
    }
    if kth - low < 3 {
        dumb_select(s, b + low, high - low + 1, kth - low);
        store_pivot(kth, kth, &mut pivots);
        return;
    } else if inexact && kth == num - 1 {
        // Moves the last maximum (a NaN if there is one) to the end.
        let mut maxidx = low;
        let mut maxval = s.at(b + low);
        for k in low + 1..num {
            if !less(s.at(b + k), maxval) {
                maxidx = k;
                maxval = s.at(b + k);
            }
        }
        s.swap(b + kth, b + maxidx);
        return;
    }
    let mut depth_limit = (usize::BITS - 1 - num.leading_zeros()) as i64 * 2;
    while low + 1 < high {
        if crate::interrupt::pending() {
            return;
        }
        let mut ll = low + 1;
        let mut hh = high;
        if depth_limit > 0 || hh - ll < 5 {
            let mid = low + (high - low) / 2;
            median3_swap(s, b, low, mid, high);
        } else {
            let mid = ll + median_of_median5(s, b + ll, hh - ll, inexact);
            s.swap(b + mid, b + low);
            ll -= 1;
            hh += 1;
        }
        depth_limit -= 1;
        let pivot = s.at(b + low);
        unguarded_partition(s, b, pivot, &mut ll, &mut hh);
        s.swap(b + low, b + hh);
        if hh != kth {
            store_pivot(hh, kth, &mut pivots);
        }
        if hh >= kth {
            high = hh - 1;
        }
        if hh <= kth {
            low = ll;
        }
    }
    if high == low + 1 && less(s.at(b + high), s.at(b + low)) {
        s.swap(b + high, b + low);
    }
    store_pivot(kth, kth, &mut pivots);
}
