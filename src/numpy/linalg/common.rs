//! What every `np.linalg` routine shares: NumPy's input checks (`_assert_stacked_2d`,
//! `_assert_stacked_square`), the dtype it computes in and returns (`_commonType`: float64
//! inside, float32 out only when every input was float32), and moving stacks of matrices
//! in and out of row-major `f64` buffers.

use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::convert::as_array;
use crate::value::Value;
use std::rc::Rc;

pub fn linalg_error(msg: &str) -> PyErr {
    PyErr::new("LinAlgError", msg)
}

/// The array an argument slot holds (`None` when it was not given).
pub fn arg_array(slot: &Option<Value>) -> PyResult<ArrayRef> {
    as_array(slot.as_ref().unwrap_or(&Value::None))
}

/// NumPy's `_assert_stacked_2d`.
pub fn stacked_2d(a: &NdArray) -> PyResult<()> {
    if a.ndim() < 2 {
        return Err(linalg_error(&format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    Ok(())
}

/// NumPy's `_assert_stacked_2d` and `_assert_stacked_square`.
pub fn square_stack(a: &NdArray) -> PyResult<()> {
    stacked_2d(a)?;
    let n = a.ndim();
    if a.shape[n - 1] != a.shape[n - 2] {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    Ok(())
}

/// The result dtype of `_commonType` for real inputs: float32 only when every input was.
/// float16 is refused as NumPy refuses it; complex matrices are not supported yet.
pub fn compute_dtype(dts: &[DType]) -> PyResult<DType> {
    let mut single = true;
    for &d in dts {
        if d == DType::F16 {
            return Err(PyErr::type_err(
                "array type float16 is unsupported in linalg",
            ));
        }
        if d.is_complex() {
            return Err(PyErr::not_implemented(
                "arrsh: np.linalg on complex matrices is not implemented yet",
            ));
        }
        if d != DType::F32 {
            single = false;
        }
    }
    Ok(if single { DType::F32 } else { DType::F64 })
}

/// A stack of `rows`×`cols` matrices as one row-major `f64` buffer, the stack shape first.
pub struct Stack {
    pub shape: Vec<usize>,
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f64>,
}

impl Stack {
    pub fn of(a: &NdArray) -> PyResult<Stack> {
        let n = a.ndim();
        Ok(Stack {
            shape: a.shape[..n - 2].to_vec(),
            rows: a.shape[n - 2],
            cols: a.shape[n - 1],
            data: kernels::to_vec::<f64>(a)?,
        })
    }

    pub fn count(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn matrix(&self, s: usize) -> &[f64] {
        let k = self.rows * self.cols;
        &self.data[s * k..(s + 1) * k]
    }
}

/// `shape` followed by `tail`.
pub fn with_tail(shape: &[usize], tail: &[usize]) -> Vec<usize> {
    let mut s = shape.to_vec();
    s.extend_from_slice(tail);
    s
}

/// A float64 array of `values` in `shape`, cast to `dtype` (a scalar when 0-d).
pub fn result(values: Vec<f64>, shape: &[usize], dtype: DType) -> PyResult<Value> {
    cast(NdArray::from_vec(values, shape)?, dtype)
}

/// A float64 array of `values` in `shape` cast to `dtype`, always an array.
pub fn result_array(values: Vec<f64>, shape: &[usize], dtype: DType) -> PyResult<Value> {
    let r = NdArray::from_vec(values, shape)?;
    let r = if dtype == DType::F64 {
        r
    } else {
        kernels::to_contiguous(&r, dtype)?
    };
    Ok(Value::Array(Rc::new(r)))
}

/// The result in NumPy's result type (float32 only when every input was float32).
pub fn cast(r: NdArray, dtype: DType) -> PyResult<Value> {
    let r = if r.dtype == dtype {
        r
    } else {
        kernels::to_contiguous(&r, dtype)?
    };
    Ok(crate::numpy::ufunc::wrap(Rc::new(r)))
}

/// `a` broadcast (as a view) to `shape`.
pub fn broadcast(a: &ArrayRef, shape: &[usize]) -> PyResult<ArrayRef> {
    let strides = crate::array::iter::broadcast_strides(&a.shape, &a.strides, shape);
    Ok(Rc::new(NdArray::view(
        a,
        a.offset as isize,
        shape.to_vec(),
        strides,
        a.dtype,
    )?))
}
