//! `@` / `np.matmul` (the gufunc `(n?,k),(k,m?)->(n?,m?)` with broadcast batch axes) and
//! `np.dot` (any number of dimensions, `out=`), with NumPy's error texts.

use super::ops::Arith;
use super::{apply_binary, operand, result_type, wrap, Op, Opts};
use crate::array::dtype::{Casting, DType};
use crate::array::element::Element;
use crate::array::iter::broadcast_shapes;
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::array::raw::Pod;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::ops::BinOp;
use crate::value::Value;
use std::rc::Rc;

const SIG: &str = "(n?,k),(k,m?)->(n?,m?)";

/// Batched matrix product of C-contiguous `a` (batch…, n, k) and `b` (batch…, k, m), both
/// already broadcast to the same batch shape, written into `out` (batch…, n, m).
fn product<T: Arith>(a: &[T], b: &[T], (n, k, m): (usize, usize, usize), out: &mut [T]) {
    let zero = T::from_num(crate::array::element::Num::Int(0));
    for t in 0..out.len() / (n * m).max(1) {
        let (ab, bb, ob) = (t * n * k, t * k * m, t * n * m);
        for i in 0..n {
            for j in 0..m {
                let mut acc = zero;
                for p in 0..k {
                    acc = acc.add(a[ab + i * k + p].mul(b[bb + p * m + j]));
                }
                out[ob + i * m + j] = acc;
            }
        }
    }
}

/// The batched product of float32/float64/complex operands through a real GEMM:
/// `ndarray::linalg::general_mat_mul` over views of the C-ordered data (ndarray hands
/// these types to the `matrixmultiply` crate's blocked, vectorized kernels). Its sums run
/// in a different order than a plain loop or NumPy's OpenBLAS, so results can differ from
/// NumPy's in the last bits (see docs/differences.md).
fn gemm<T: ndarray::LinalgScalar + Send + Sync>(
    a: &[T],
    b: &[T],
    (n, k, m): (usize, usize, usize),
    out: &mut [T],
) -> PyResult<()> {
    let shape_err = |_| PyErr::value("matmul: inconsistent operand shapes");
    for t in 0..out.len() / (n * m).max(1) {
        let av = ndarray::ArrayView2::from_shape((n, k), &a[t * n * k..(t + 1) * n * k])
            .map_err(shape_err)?;
        let bv = ndarray::ArrayView2::from_shape((k, m), &b[t * k * m..(t + 1) * k * m])
            .map_err(shape_err)?;
        let cv = ndarray::ArrayViewMut2::from_shape((n, m), &mut out[t * n * m..(t + 1) * n * m])
            .map_err(shape_err)?;
        gemm_rows(
            T::one(),
            av,
            bv,
            T::zero(),
            cv,
            crate::array::parallel::threads(),
        );
    }
    Ok(())
}

/// Products at least this large (n * k * m multiply-adds) split their rows across threads.
const PAR_GEMM: usize = 1 << 21;

/// `c = alpha a b + beta c` with the rows of `a` and `c` cut into one band per thread:
/// each element of `c` is still the same dot product computed by the same kernel (the
/// GEMM blocks only along k change a sum's grouping, and those stay as they are), so the
/// result does not depend on the thread count. Also the trailing update of the blocked LU.
pub(crate) fn gemm_rows<T: ndarray::LinalgScalar + Send + Sync>(
    alpha: T,
    a: ndarray::ArrayView2<'_, T>,
    b: ndarray::ArrayView2<'_, T>,
    beta: T,
    c: ndarray::ArrayViewMut2<'_, T>,
    threads: usize,
) {
    let (n, k) = a.dim();
    let m = b.dim().1;
    if threads < 2 || n < 2 * 8 || n.saturating_mul(k).saturating_mul(m) < PAR_GEMM {
        // Bands of rows of about 2^28 multiply-adds each, so Ctrl-C stops a long product
        // between two bands (a band's rows are computed exactly as in one call: the
        // kernels' order over `k` does not depend on the number of rows).
        let band = ((1usize << 28) / k.saturating_mul(m).max(1))
            .div_ceil(8)
            .max(1)
            * 8;
        let mut rest = (a, c);
        loop {
            let (a, mut c) = rest;
            if a.dim().0 <= band {
                ndarray::linalg::general_mat_mul(alpha, &a, &b, beta, &mut c);
                return;
            }
            let (a0, a1) = a.split_at(ndarray::Axis(0), band);
            let (mut c0, c1) = c.split_at(ndarray::Axis(0), band);
            ndarray::linalg::general_mat_mul(alpha, &a0, &b, beta, &mut c0);
            if crate::interrupt::pending() {
                return;
            }
            rest = (a1, c1);
        }
    }
    // Split at a multiple of 8 rows (the kernels' register tile height).
    let half = (n / 2).div_ceil(8) * 8;
    let (a0, a1) = a.split_at(ndarray::Axis(0), half);
    let (c0, c1) = c.split_at(ndarray::Axis(0), half);
    let left = threads / 2;
    std::thread::scope(|s| {
        s.spawn(|| gemm_rows(alpha, a1, b, beta, c1, threads - left));
        gemm_rows(alpha, a0, b, beta, c0, left);
    });
}

/// The float/complex product as a new array: the result buffer first (NumPy's MemoryError
/// for the result's shape), then both operands broadcast to their full batch shapes and
/// copied to C order, then the GEMM.
fn gemm_result<T: ndarray::LinalgScalar + Element>(
    a: &ArrayRef,
    full_a: &[usize],
    b: &ArrayRef,
    full_b: &[usize],
    dims: (usize, usize, usize),
    out_shape: &[usize],
) -> PyResult<NdArray> {
    let len = out_shape.iter().product::<usize>();
    let mut out = kernels::filled_vec(len, <T as Pod>::zero(), out_shape)?;
    gemm::<T>(
        &batch_data(a, full_a)?,
        &batch_data(b, full_b)?,
        dims,
        &mut out,
    )?;
    NdArray::from_vec(out, out_shape)
}

/// `a` viewed with `shape` (broadcasting its batch axes), copied to C order as `T`.
fn batch_data<T: Element>(a: &ArrayRef, shape: &[usize]) -> PyResult<Vec<T>> {
    let strides = crate::array::iter::broadcast_strides(&a.shape, &a.strides, shape);
    let v = NdArray::view(a, a.offset as isize, shape.to_vec(), strides, a.dtype)?;
    kernels::to_vec::<T>(&v)
}

pub fn matmul(x: &Value, y: &Value, dtype: Option<DType>) -> PyResult<Value> {
    let (oa, ob) = (operand(x)?, operand(y)?);
    for (i, o) in [&oa, &ob].iter().enumerate() {
        if o.array.ndim() == 0 {
            return Err(PyErr::value(format!(
                "matmul: Input operand {} does not have enough dimensions (has 0, gufunc core with signature {} requires 1)",
                i, SIG
            )));
        }
    }
    let dtype = match dtype {
        // `dtype=` picks the loop; the inputs must cast to it under 'same_kind'.
        Some(d) => {
            for (i, o) in [&oa, &ob].iter().enumerate() {
                if !o.array.dtype.can_cast(d, Casting::SameKind) {
                    return Err(super::cast_error(
                        "matmul",
                        &format!("input {}", i),
                        o.array.dtype,
                        d,
                        Casting::SameKind,
                    ));
                }
            }
            d
        }
        None => result_type(&[&oa, &ob]),
    };
    let (a, b) = (oa.array.clone(), ob.array.clone());
    let (a_vec, b_vec) = (a.ndim() == 1, b.ndim() == 1);
    let ashape: Vec<usize> = if a_vec {
        vec![1, a.shape[0]]
    } else {
        a.shape.clone()
    };
    let bshape: Vec<usize> = if b_vec {
        vec![b.shape[0], 1]
    } else {
        b.shape.clone()
    };
    let (n, k) = (ashape[ashape.len() - 2], ashape[ashape.len() - 1]);
    let (k2, m) = (bshape[bshape.len() - 2], bshape[bshape.len() - 1]);
    if k != k2 {
        return Err(PyErr::value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {} (size {} is different from {})",
            SIG, k2, k
        )));
    }
    let batch = broadcast_shapes(&[&ashape[..ashape.len() - 2], &bshape[..bshape.len() - 2]])?;
    let batches: usize = batch.iter().product();
    let reshaped = |arr: &ArrayRef, shape: &[usize]| -> PyResult<ArrayRef> {
        let mut c = kernels::to_contiguous(arr, dtype)?;
        c.strides = crate::array::layout::fresh_strides(
            shape,
            crate::array::layout::c_strides(shape, dtype.itemsize()),
        );
        c.shape = shape.to_vec();
        Ok(Rc::new(c))
    };
    let a2 = reshaped(&a, &ashape)?;
    let b2 = reshaped(&b, &bshape)?;
    let full_a: Vec<usize> = batch.iter().copied().chain([n, k]).collect();
    let full_b: Vec<usize> = batch.iter().copied().chain([k, m]).collect();
    let mut out_shape = batch.clone();
    if !a_vec {
        out_shape.push(n);
    }
    if !b_vec {
        out_shape.push(m);
    }
    use crate::array::element::{C32, C64};
    let dims = (n, k, m);
    let len = batches * n * m;
    let result = match dtype {
        DType::F32 => gemm_result::<f32>(&a2, &full_a, &b2, &full_b, dims, &out_shape)?,
        DType::F64 => gemm_result::<f64>(&a2, &full_a, &b2, &full_b, dims, &out_shape)?,
        DType::C64 => gemm_result::<C32>(&a2, &full_a, &b2, &full_b, dims, &out_shape)?,
        DType::C128 => gemm_result::<C64>(&a2, &full_a, &b2, &full_b, dims, &out_shape)?,
        // Integers, booleans and float16: the exact loop in the result dtype.
        _ => crate::array::dtype::with_dtype!(dtype, T, {
            let mut out = kernels::filled_vec(len, <T as Pod>::zero(), &out_shape)?;
            product::<T>(
                &batch_data::<T>(&a2, &full_a)?,
                &batch_data::<T>(&b2, &full_b)?,
                dims,
                &mut out,
            );
            NdArray::from_vec(out, &out_shape)?
        }),
    };
    Ok(wrap(Rc::new(result)))
}

/// `np.dot(a, b, out=None)`: products with scalars, inner products of vectors, matrix
/// products, and above two dimensions NumPy's sum over the last axis of `a` and the
/// second-to-last of `b` (`dot(a, b)[i,j,k,m] = sum(a[i,j,:] * b[k,:,m])`).
pub fn dot(it: &mut dyn Context, x: &Value, y: &Value, out: Option<&Value>) -> PyResult<Value> {
    let (a, b) = (operand(x)?.array, operand(y)?.array);
    let out = match out {
        None | Some(Value::None) => None,
        Some(Value::Array(o)) => Some(o.clone()),
        Some(_) => return Err(PyErr::type_err("'out' must be an array")),
    };
    let r = if a.ndim() == 0 || b.ndim() == 0 {
        apply_binary(it, Op::Bin(BinOp::Mul), x, y, &Opts::default())?
    } else {
        let ka = a.shape[a.ndim() - 1];
        let kb_axis = if b.ndim() == 1 { 0 } else { b.ndim() - 2 };
        if ka != b.shape[kb_axis] {
            return Err(PyErr::value(format!(
                "shapes {} and {} not aligned: {} (dim {}) != {} (dim {})",
                crate::array::layout::shape_str(&a.shape).replace(' ', ""),
                crate::array::layout::shape_str(&b.shape).replace(' ', ""),
                ka,
                a.ndim() - 1,
                b.shape[kb_axis],
                kb_axis
            )));
        }
        if b.ndim() <= 2 {
            // matmul's broadcasting gives dot's shapes when b has at most two axes.
            matmul(x, y, None)?
        } else {
            stacked_dot(it, &a, &b)?
        }
    };
    match out {
        None => Ok(r),
        Some(o) => {
            let r = operand(&r)?.array;
            if o.dtype != r.dtype || o.ndim() != r.ndim() || !o.is_c_contiguous() {
                return Err(PyErr::value(
                    "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)",
                ));
            }
            if o.shape != r.shape {
                return Err(PyErr::value("output array has wrong dimensions"));
            }
            kernels::copy_into(&o, &r)?;
            // NumPy hands back a 0-d `out` as its scalar.
            Ok(match o.ndim() {
                0 => Value::Scalar(o.dtype, o.get(&[])),
                _ => Value::Array(o),
            })
        }
    }
}

/// `dot` when `b` has three or more axes: one 2-d product of `a` as rows of length K with
/// `b`'s K axis moved first and the others flattened, reshaped to
/// `a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`.
fn stacked_dot(it: &mut dyn Context, a: &ArrayRef, b: &ArrayRef) -> PyResult<Value> {
    use crate::numpy::compose::np1;
    let ints = |d: &[usize]| Value::ints(d.iter().map(|&v| v as i128));
    let k = a.shape[a.ndim() - 1];
    let rows: usize = a.shape[..a.ndim() - 1].iter().product();
    let a2 = np1(
        it,
        "reshape",
        vec![Value::Array(a.clone()), ints(&[rows, k])],
    )?;
    let nb = b.ndim() as i128;
    let bk = np1(
        it,
        "moveaxis",
        vec![Value::Array(b.clone()), Value::Int(nb - 2), Value::Int(0)],
    )?;
    let nb_axes = b.ndim();
    let cols: usize = b.shape[..nb_axes - 2]
        .iter()
        .chain(&b.shape[nb_axes - 1..])
        .product();
    let b2 = np1(it, "reshape", vec![bk, ints(&[k, cols])])?;
    let r = matmul(&a2, &b2, None)?;
    let shape: Vec<usize> = a.shape[..a.ndim() - 1]
        .iter()
        .chain(&b.shape[..b.ndim() - 2])
        .chain(&b.shape[b.ndim() - 1..])
        .copied()
        .collect();
    np1(it, "reshape", vec![r, ints(&shape)])
}
