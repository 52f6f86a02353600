//! Sorting: `sort argsort unique` (and the in-place `ndarray.sort`). NaN sorts last and
//! sorts are stable, so ties keep their order as NumPy's stable kinds do; `sort` of
//! integer, bool and float values (no nan, no negative zero) sorts integer keys with an
//! unstable sort instead, where no order among ties can show (`sort_by_keys`).

use super::reduce::axis_last;
use super::Family;
use crate::array::element::{Element, Num};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::shape::{normalize_axis, transpose};
use crate::numpy::ufunc::operand;
use crate::numpy::ufunc::ops::Arith;
use crate::value::args::{given, Args};
use crate::value::convert::{to_i64, truthy};
use crate::value::Value;
use std::cmp::Ordering;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["sort", "argsort", "unique"],
    call,
};

/// NumPy's sort order: NaN after everything, otherwise `<` (lexicographic for complex).
/// Complex numbers with NaNs order among themselves as NumPy's: `R + nanj`, then
/// `nan + Rj`, then `nan + nanj`.
pub(crate) fn order<T: Arith>(x: &T, y: &T) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => match (x.to_num(), y.to_num()) {
            (Num::Complex(ar, ai), Num::Complex(br, bi)) => {
                if complex_less((ar, ai), (br, bi)) {
                    Ordering::Less
                } else if complex_less((br, bi), (ar, ai)) {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            _ => Ordering::Equal,
        },
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => {
            if x.lt(*y) {
                Ordering::Less
            } else if y.lt(*x) {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
    }
}

/// The longest row `sort_by_keys` takes: it cannot be interrupted within a row, and a
/// sort of 2^22 keys takes some tens of milliseconds.
const KEYED_ROW: usize = 1 << 22;

/// An element's place in NumPy's sort order as an unsigned integer: ints offset to
/// unsigned, floats' bits flipped so that they compare as integers. Nans and negative
/// zeros have none (None) unless `ties` -- then every nan is the largest key and a
/// negative zero is a positive one's key, so they tie exactly where `order` says they
/// do; complex values have none.
fn sort_key<T: Element>(x: T, ties: bool) -> Option<u64> {
    match x.to_num() {
        Num::Bool(b) => Some(b as u64),
        Num::Int(i) if T::DTYPE.kind() == crate::array::dtype::Kind::Int => {
            Some((i as i64 as u64) ^ (1 << 63))
        }
        Num::Int(i) => Some(i as u64),
        Num::Float(f) if f.is_nan() => ties.then_some(u64::MAX),
        Num::Float(f) if f == 0.0 => (ties || f.is_sign_positive()).then_some(1 << 63),
        Num::Float(f) => {
            let b = f.to_bits();
            Some(if f < 0.0 { !b } else { b | (1 << 63) })
        }
        Num::Complex(..) => None,
    }
}

/// `argsort` of a row as the stable sort by `order` gives it, by an unstable sort of
/// (key, index) pairs: the pairs are all distinct, so their sorted order is the one
/// stable order, found several times faster. Appends to `out`; false (nothing appended)
/// for complex rows and rows too long to sort without looking at Ctrl-C.
fn argsort_by_keys<T: Element>(row: &[T], out: &mut Vec<i64>) -> bool {
    if row.len() > KEYED_ROW {
        return false;
    }
    let mut pairs: Vec<u128> = Vec::new();
    if pairs.try_reserve_exact(row.len()).is_err() {
        return false;
    }
    for (i, &x) in row.iter().enumerate() {
        match sort_key(x, true) {
            Some(k) => pairs.push(((k as u128) << 64) | i as u128),
            None => return false,
        }
    }
    pairs.sort_unstable();
    out.extend(pairs.iter().map(|&p| p as u64 as i64));
    true
}

/// Sort `row`'s values as machine-integer keys in the same order (ints offset to
/// unsigned, floats' bits flipped so that they compare as integers), with an unstable
/// sort: several times faster than the stable sort by `order`, and the same values. Equal
/// keys are identical values, so the order among ties cannot show -- the rows where it
/// could are left to the caller (false): a nan (payloads, NumPy's nans-last order), a
/// negative zero (it ties with a positive one), complex values, or a row too long to sort
/// without looking at Ctrl-C.
fn sort_by_keys<T: Element>(row: &mut [T], keys: &mut Vec<u64>) -> bool {
    use crate::array::dtype::Kind;
    if row.len() > KEYED_ROW {
        return false;
    }
    keys.clear();
    if keys.try_reserve_exact(row.len()).is_err() {
        return false;
    }
    for &x in row.iter() {
        match sort_key(x, false) {
            Some(k) => keys.push(k),
            None => return false,
        }
    }
    keys.sort_unstable();
    for (x, &k) in row.iter_mut().zip(keys.iter()) {
        *x = T::from_num(match T::DTYPE.kind() {
            Kind::Bool => Num::Bool(k != 0),
            Kind::Int => Num::Int((k ^ (1 << 63)) as i64 as i128),
            Kind::UInt => Num::Int(k as i128),
            _ if k >> 63 == 1 => Num::Float(f64::from_bits(k & !(1 << 63))),
            _ => Num::Float(f64::from_bits(!k)),
        });
    }
    true
}

/// NumPy's `less` for complex numbers (npysort's `cdouble_tag::less`), NaNs included.
fn complex_less(a: (f64, f64), b: (f64, f64)) -> bool {
    let nan = |v: f64| v.is_nan();
    if a.0 < b.0 {
        !nan(a.1) || nan(b.1)
    } else if a.0 > b.0 {
        nan(b.1) && !nan(a.1)
    } else if a.0 == b.0 || (nan(a.0) && nan(b.0)) {
        a.1 < b.1 || (nan(b.1) && !nan(a.1))
    } else {
        nan(b.0)
    }
}

/// Rows of `a` along `axis` (None: the flattened array) and how to put results back.
pub(crate) fn rows(
    a: &ArrayRef,
    axis: Option<&Value>,
) -> PyResult<(ArrayRef, usize, Option<usize>)> {
    match axis {
        None => {
            let mut c = kernels::to_contiguous(a, a.dtype)?;
            let n = c.size();
            c.strides = crate::array::layout::c_strides(&[n], c.itemsize());
            c.shape = vec![n];
            Ok((Rc::new(c), n, None))
        }
        Some(v) => {
            let nd = a.ndim().max(1);
            let ax = normalize_axis(to_i64(v)?, nd, None)?;
            if a.ndim() == 0 {
                return Err(PyErr::axis(format!(
                    "axis {} is out of bounds for array of dimension 0",
                    to_i64(v)?
                )));
            }
            Ok((axis_last(a, ax)?, a.shape[ax], Some(ax)))
        }
    }
}

/// Undo `axis_last`: a C-ordered array with the original axis order.
pub(crate) fn restore(r: NdArray, ax: Option<usize>) -> PyResult<NdArray> {
    match ax {
        Some(a) if a + 1 != r.ndim() => {
            let back = restore_view(r, ax)?;
            kernels::to_contiguous(&back, back.dtype)
        }
        // The axis is already last: `r` is in its final order.
        _ => Ok(r),
    }
}

/// Undo `axis_last` without a copy: a transposed view of `r` with the original axis
/// order, for results only read by the caller.
pub(crate) fn restore_view(r: NdArray, ax: Option<usize>) -> PyResult<NdArray> {
    let Some(ax) = ax.filter(|&a| a + 1 != r.ndim()) else {
        return Ok(r);
    };
    let nd = r.ndim() as i64;
    let mut perm: Vec<i64> = (0..nd - 1).collect();
    perm.insert(ax, nd - 1);
    transpose(&Rc::new(r), Some(&perm))
}

/// The sorted copy (`want_index` false) or the sorting indices, along an axis.
fn sorted(a: &ArrayRef, axis: Option<&Value>, want_index: bool) -> PyResult<NdArray> {
    let (src, n, ax) = rows(a, axis)?;
    let r = crate::array::dtype::with_dtype!(a.dtype, T, {
        let v = kernels::to_vec::<T>(&src)?;
        if want_index {
            let mut idx: Vec<i64> = Vec::with_capacity(v.len());
            for row in v.chunks(n.max(1)) {
                if crate::interrupt::pending() {
                    break;
                }
                if argsort_by_keys(row, &mut idx) {
                    continue;
                }
                let mut p: Vec<usize> = (0..row.len()).collect();
                super::stable_sort::sort_by(&mut p, |&i, &j| order(&row[i], &row[j]));
                idx.extend(p.into_iter().map(|i| i as i64));
            }
            NdArray::from_vec(idx, &src.shape)?
        } else {
            let mut v = v;
            let mut keys = Vec::new();
            for row in v.chunks_mut(n.max(1)) {
                if crate::interrupt::pending() {
                    break;
                }
                if !sort_by_keys(row, &mut keys) {
                    super::stable_sort::sort_by(row, order);
                }
            }
            NdArray::from_vec(v, &src.shape)?
        }
    });
    restore(r, ax)
}

/// NumPy's `kind=` converter: None or a name whose first letter picks quick / heap /
/// merge / stable sorting (all of them give the same result here: sorts are stable).
fn check_kind(v: &Option<Value>) -> PyResult<()> {
    let Some(k) = given(v) else { return Ok(()) };
    let s = crate::format::str_of(k);
    match s.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('q' | 'h' | 'm' | 's') => Ok(()),
        _ => Err(PyErr::value(format!(
            "sort kind must be one of 'quick', 'heap', or 'stable' (got '{}')",
            s
        ))),
    }
}

fn default_axis(v: &Option<Value>) -> Option<Value> {
    match v {
        None => Some(Value::Int(-1)),
        Some(Value::None) => None,
        Some(x) => Some(x.clone()),
    }
}

/// `ndarray.sort()`: sorts the array's own memory and returns None.
pub fn sort_inplace(a: &ArrayRef, args: &Args) -> PyResult<Value> {
    let p = args.bind("sort", &["axis", "kind", "order", "*stable"], 0)?;
    a.check_writeable()?;
    check_kind(&p[1])?;
    let axis = default_axis(&p[0]).unwrap_or(Value::Int(-1));
    let r = sorted(a, Some(&axis), false)?;
    if crate::interrupt::pending() {
        // Ctrl-C stopped the sort: the array keeps its old contents.
        return Ok(Value::None);
    }
    kernels::copy_into(a, &r)?;
    Ok(Value::None)
}

/// `np.unique`. It sees a non-native array as stored (byteorder.rs lists it as such):
/// NumPy's hash table hashes the stored bytes, and the values keep the input's order.
fn unique(args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "unique",
        &[
            "ar",
            "return_index",
            "return_inverse",
            "return_counts",
            "axis",
            "*equal_nan",
            "*sorted",
        ],
        1,
    )?;
    let input = match p[0].as_ref().unwrap_or(&Value::None) {
        Value::Array(a) => a.clone(),
        other => operand(other)?.array,
    };
    let a = crate::numpy::byteorder::native(&input)?;
    let flag = |v: &Option<Value>| given_flag(v, false);
    let (want_index, want_inverse, want_counts) = (flag(&p[1])?, flag(&p[2])?, flag(&p[3])?);
    let equal_nan = given_flag(&p[5], true)?;
    let sorted = given_flag(&p[6], true)?;
    let want = (want_index, want_inverse, want_counts);
    if let Some(ax) = given(&p[4]) {
        if a.ndim() != 1 {
            let r = crate::numpy::sets::unique_axis(&a, ax, want)?;
            return if input.swapped {
                values_swapped(r)
            } else {
                Ok(r)
            };
        }
        // A 1-d array along its axis is the flattened case, as in NumPy.
        normalize_axis(to_i64(ax)?, 1, None)?;
    }
    // NumPy's hash table serves the values-only case of integers and complex numbers.
    // Sorted integers come out the same by sorting alone; complex values are the table's
    // (which, of a non-native array, tells nans and zeros apart by their stored bytes),
    // then sorted.
    let hashed = !(want_index || want_inverse || want_counts) && (!sorted || a.dtype.is_complex());
    let r = match hashed
        .then(|| hash_order(&input, equal_nan))
        .transpose()?
        .flatten()
    {
        Some(order) => pick(&a, &order, sorted)?,
        None => unique_1d(&a, want, equal_nan)?,
    };
    if input.swapped {
        values_swapped(r)
    } else {
        Ok(r)
    }
}

/// A boolean keyword's value (`default` when not given).
fn given_flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    Ok(given(v).map(truthy).transpose()?.unwrap_or(default))
}

/// NumPy's hash-table order of the unique values of `a` (flattened, its stored bytes),
/// for the dtypes NumPy hashes (integers and complex); None for the others, which NumPy
/// sorts.
fn hash_order(a: &ArrayRef, equal_nan: bool) -> PyResult<Option<Vec<usize>>> {
    use crate::array::dtype::Kind;
    let kind = a.dtype.kind();
    if !matches!(kind, Kind::Int | Kind::UInt | Kind::Complex) {
        return Ok(None);
    }
    let stored = kernels::to_bytes(a)?;
    let size = a.dtype.itemsize();
    Ok(Some(if kind == Kind::Complex {
        crate::numpy::unique_hash::complex_order(&stored, size, equal_nan)
    } else {
        crate::numpy::unique_hash::integer_order(&stored, size)
    }))
}

/// The elements of the flattened `a` at `order`, as a new 1-d array (sorted, stably,
/// when asked).
fn pick(a: &ArrayRef, order: &[usize], sorted: bool) -> PyResult<Value> {
    let r = crate::array::dtype::with_dtype!(a.dtype, T, {
        let v = kernels::to_vec::<T>(a)?;
        let mut kept: Vec<T> = order.iter().map(|&i| v[i]).collect();
        if sorted {
            kept.sort_by(self::order);
        }
        NdArray::from_vec(kept, &[order.len()])?
    });
    Ok(Value::Array(Rc::new(r)))
}

/// The values array of a unique result (the result itself, or the first item of its
/// tuple) stored in the non-native order of the input, in a buffer of its own.
fn values_swapped(r: Value) -> PyResult<Value> {
    Ok(match r {
        Value::Tuple(t) if !t.is_empty() => {
            let mut items = t.to_vec();
            let first = std::mem::replace(&mut items[0], Value::None);
            items[0] = values_swapped(first)?;
            Value::tuple(items)
        }
        Value::Array(x) => {
            let own = match Rc::try_unwrap(x) {
                Ok(x) if x.owns_data() && std::sync::Arc::strong_count(&x.buffer) == 1 => x,
                Ok(x) => kernels::to_contiguous(&x, x.dtype)?,
                Err(x) => kernels::to_contiguous(&x, x.dtype)?,
            };
            Value::Array(Rc::new(crate::array::byteorder::into_swapped(own)))
        }
        other => other,
    })
}

/// `np.unique` of the flattened array by sorting, with the index, inverse and count
/// outputs asked for.
fn unique_1d(a: &ArrayRef, want: (bool, bool, bool), equal_nan: bool) -> PyResult<Value> {
    let (want_index, want_inverse, want_counts) = want;
    if !(want_index || want_inverse || want_counts) {
        return unique_values(a, equal_nan);
    }
    let n = a.size();
    let (values, first, inverse, counts) = crate::array::dtype::with_dtype!(a.dtype, T, {
        let v = kernels::to_vec::<T>(a)?;
        let mut perm: Vec<usize> = (0..n).collect();
        super::stable_sort::sort_by(&mut perm, |&i, &j| order(&v[i], &v[j]));
        let mut values: Vec<T> = Vec::new();
        let mut first: Vec<i64> = Vec::new();
        let mut counts: Vec<i64> = Vec::new();
        let mut inverse = vec![0i64; n];
        for &i in &perm {
            let same = values
                .last()
                .is_some_and(|last: &T| same_value(last, &v[i], equal_nan));
            if !same {
                values.push(v[i]);
                first.push(i as i64);
                counts.push(0);
            }
            let k = values.len() - 1;
            counts[k] += 1;
            inverse[i] = k as i64;
        }
        let len = values.len();
        (NdArray::from_vec(values, &[len])?, first, inverse, counts)
    });
    let mut out = vec![Value::Array(Rc::new(values))];
    let ints = |v: Vec<i64>, shape: &[usize]| -> PyResult<Value> {
        Ok(Value::Array(Rc::new(NdArray::from_vec(v, shape)?)))
    };
    if want_index {
        let len = first.len();
        out.push(ints(first, &[len])?);
    }
    if want_inverse {
        out.push(ints(inverse, &a.shape)?);
    }
    if want_counts {
        let len = counts.len();
        out.push(ints(counts, &[len])?);
    }
    Ok(if out.len() == 1 {
        out.remove(0)
    } else {
        Value::tuple(out)
    })
}

/// Whether `x` (the last value kept) and `y` are one unique value: equal in sort order
/// (so `-0.0` and `0.0` are one), nans one value only under `equal_nan`.
fn same_value<T: Arith>(x: &T, y: &T, equal_nan: bool) -> bool {
    if x.is_nan() && y.is_nan() {
        return equal_nan;
    }
    order(x, y) == Ordering::Equal
}

/// `np.unique(a)` with no index, inverse or counts: the values themselves sorted and
/// deduplicated, with no permutation. The sort is stable, so of equal values (`-0.0` and
/// `0.0`, nans) the first in the input is kept, as NumPy's hash table keeps the first
/// inserted.
fn unique_values(a: &ArrayRef, equal_nan: bool) -> PyResult<Value> {
    let r = crate::array::dtype::with_dtype!(a.dtype, T, {
        let mut v = kernels::to_vec::<T>(a)?;
        super::stable_sort::sort_by(&mut v, order);
        v.dedup_by(|later, kept| same_value(kept, later, equal_nan));
        let len = v.len();
        NdArray::from_vec(v, &[len])?
    });
    Ok(Value::Array(Rc::new(r)))
}

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        match name {
            "sort" | "argsort" => {
                let p = args.bind(name, &["a", "axis", "kind", "order", "*stable"], 1)?;
                let mut a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
                check_kind(&p[2])?;
                if name == "argsort" && a.ndim() == 0 {
                    // argsort sees a 0-d array as 1-d (np.argsort(np.array(3)) is [0]).
                    a = crate::numpy::shape::reshape(&a, &[1], false)?;
                }
                let axis = default_axis(&p[1]);
                let r = sorted(&a, axis.as_ref(), name == "argsort")?;
                if name == "sort" && r.shape == a.shape {
                    // `np.sort` sorts `a.copy(order='K')`: the result keeps a's memory order.
                    let out = crate::numpy::shape::copy_laid_out_as(
                        &r,
                        &a,
                        r.dtype,
                        crate::array::layout::Order::K,
                    )?;
                    return Ok(Value::Array(Rc::new(out)));
                }
                Ok(Value::Array(Rc::new(r)))
            }
            _ => unique(&args),
        }
    })())
}
