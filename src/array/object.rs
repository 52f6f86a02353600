//! The NumPy-style array object: a shared buffer seen through an offset, a shape, byte
//! strides and a dtype. Views share the buffer; `base` points at the array owning it.

use super::dtype::with_dtype;
use super::dtype::DType;
use super::element::{Element, Num};
use super::layout;
use super::raw::{AllocError, Buffer};
use crate::error::{PyErr, PyResult};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

pub type ArrayRef = Rc<NdArray>;

/// What owns the memory an array sees, as `.base` reports it.
#[derive(Clone, Debug)]
pub enum Base {
    /// The array owns its buffer (`OWNDATA` is true).
    Owner,
    /// A view: the array whose memory this is (already collapsed to the owner).
    Array(ArrayRef),
    /// Memory of a `bytes` object (`np.frombuffer(b'...')`); never writeable.
    Bytes(Rc<Vec<u8>>),
    /// Memory exposed by a memoryview of an array (`np.frombuffer(x.data)`).
    Memory(ArrayRef),
    /// Memory exposed through `__array_interface__` by a helper object, as NumPy's
    /// `as_strided` does with its `DummyArray`.
    Interface(Rc<InterfaceHolder>),
}

/// The helper object an `as_strided` result reports as its `.base` (NumPy's
/// `numpy.lib._stride_tricks_impl.DummyArray`); it keeps the source array alive.
#[derive(Debug)]
pub struct InterfaceHolder {
    pub array: ArrayRef,
}

#[derive(Debug)]
pub struct NdArray {
    pub buffer: Arc<Buffer>,
    /// Byte offset of the element at index (0, 0, …) inside `buffer`.
    pub offset: usize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub dtype: DType,
    pub base: Base,
    pub writeable: Cell<bool>,
    /// False for arrays NumPy marks as never writeable (broadcast results, read-only bases).
    pub may_write: bool,
    /// The elements are stored in the non-native byte order (`>i4` on this little-endian
    /// machine). Byte order belongs to the dtype in NumPy; arrsh keeps it beside `dtype` so
    /// the fourteen kernels' types stay native: element reads and casts swap, and
    /// operations read a non-native array through a swapping copy (`native`).
    pub swapped: bool,
    /// The array is a `numpy.memmap` (a memory map or a view of one, as NumPy's subclass).
    pub memmap: bool,
}

/// NumPy's MemoryError text for a failed allocation (its `_size_to_string` rules).
pub fn memory_error(shape: &[usize], dtype: DType, bytes: u128) -> PyErr {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let bits = 128 - bytes.leading_zeros() as usize;
    let mut unit = (bits.saturating_sub(1)).max(1) / 10;
    let mut n = bytes as f64 / (1u128 << (unit * 10).min(127)) as f64;
    if n.round() == 1024.0 {
        unit += 1;
        n /= 1024.0;
    }
    if unit >= units.len() {
        n *= (1u128 << ((unit - (units.len() - 1)) * 10)) as f64;
        unit = units.len() - 1;
    }
    let amount = if unit == 0 {
        format!("{:.0}", n)
    } else if n.round() < 1000.0 {
        let digits = if n < 9.995 {
            2
        } else if n < 99.95 {
            1
        } else {
            0
        };
        let t = format!("{:.*}", digits, n);
        if digits == 0 {
            format!("{}.", t)
        } else {
            t
        }
    } else {
        format!("{:.0}.", n)
    };
    PyErr::memory(format!(
        "Unable to allocate {} {} for an array with shape {} and data type {}",
        amount,
        units[unit],
        layout::shape_str(shape),
        dtype.name()
    ))
}

impl NdArray {
    /// `self` with another shape and strides over the same memory, everything else kept
    /// (the base stays `self`'s): a re-description, as `a.shape = ...` makes in place or
    /// a kernel makes to walk an operand in another axis order.
    pub fn regeometry(&self, shape: Vec<usize>, strides: Vec<isize>) -> NdArray {
        NdArray {
            buffer: self.buffer.clone(),
            offset: self.offset,
            shape,
            strides,
            dtype: self.dtype,
            base: self.base.clone(),
            writeable: Cell::new(self.writeable.get()),
            may_write: self.may_write,
            swapped: self.swapped,
            memmap: self.memmap,
        }
    }

    /// A new zero-filled C-contiguous array that owns its memory.
    pub fn zeros(shape: &[usize], dtype: DType) -> PyResult<NdArray> {
        NdArray::fresh(shape, dtype, Buffer::zeroed)
    }

    /// A new C-contiguous array whose every element the caller writes before anything
    /// reads it (a ufunc's result, a cast copy): its memory may be a freed buffer's, kept
    /// by the reuse pool (`array::pool`), still holding old values. Anything that may leave
    /// an element unwritten (other than a Ctrl-C, whose partial result never reaches a
    /// name) must use [`NdArray::zeros`].
    pub fn for_overwrite(shape: &[usize], dtype: DType) -> PyResult<NdArray> {
        NdArray::fresh(shape, dtype, Buffer::for_overwrite)
    }

    fn fresh(
        shape: &[usize],
        dtype: DType,
        alloc: fn(usize) -> Result<Buffer, AllocError>,
    ) -> PyResult<NdArray> {
        layout::check_too_big(shape, dtype.itemsize())?;
        let bytes = shape.iter().fold(dtype.itemsize() as u128, |acc, &d| {
            acc.saturating_mul(d as u128)
        });
        if bytes > isize::MAX as u128 {
            return Err(memory_error(shape, dtype, bytes));
        }
        let buffer =
            alloc(bytes as usize).map_err(|AllocError { .. }| memory_error(shape, dtype, bytes))?;
        Ok(NdArray::owning(Arc::new(buffer), shape.to_vec(), dtype))
    }

    /// A 0-d array holding one scalar operand (`10` in `x += 10`), in a cell the
    /// allocation counter does not count: the bytes are the scalar's, not an array's.
    pub fn scalar_operand(dtype: DType, value: crate::array::element::Num) -> PyResult<NdArray> {
        let cell = Buffer::scalar_cell(dtype.itemsize())
            .map_err(|AllocError { .. }| memory_error(&[], dtype, dtype.itemsize() as u128))?;
        let a = NdArray::owning(Arc::new(cell), Vec::new(), dtype);
        a.set(&[], value);
        Ok(a)
    }

    /// A C-contiguous array over a whole fresh buffer.
    pub fn owning(buffer: Arc<Buffer>, shape: Vec<usize>, dtype: DType) -> NdArray {
        let strides = layout::fresh_strides(&shape, layout::c_strides(&shape, dtype.itemsize()));
        NdArray {
            buffer,
            offset: 0,
            shape,
            strides,
            dtype,
            base: Base::Owner,
            writeable: Cell::new(true),
            may_write: true,
            swapped: false,
            memmap: false,
        }
    }

    /// A C-contiguous array holding `values` (zeros after them if there are fewer than the
    /// shape holds). One memcpy into a buffer the reuse pool may supply: a result built in
    /// a `Vec` (a sort, a partition) costs no fresh zeroed pages when a freed buffer of its
    /// size is waiting.
    pub fn from_vec<T: Element>(values: Vec<T>, shape: &[usize]) -> PyResult<NdArray> {
        let full = shape.iter().product::<usize>() == values.len();
        let a = if full {
            NdArray::for_overwrite(shape, T::DTYPE)?
        } else {
            NdArray::zeros(shape, T::DTYPE)?
        };
        if let Some(run) = a
            .buffer
            .run::<T>(0, std::mem::size_of::<T>() as isize, values.len())
        {
            // In pieces that Ctrl-C can stop (the statement then fails before `a` is used).
            let piece = crate::array::kernels::COPY_CHECK;
            for (k, part) in values.chunks(piece).enumerate() {
                if crate::interrupt::pending() {
                    break;
                }
                run.copy_from(k * piece, part);
            }
        }
        Ok(a)
    }

    /// A view of `parent`'s memory with new geometry. Fails (ValueError) if any element
    /// would lie outside the buffer — NumPy's `as_strided` would read foreign memory there.
    pub fn view(
        parent: &ArrayRef,
        offset: isize,
        shape: Vec<usize>,
        strides: Vec<isize>,
        dtype: DType,
    ) -> PyResult<NdArray> {
        layout::check_too_big(&shape, dtype.itemsize())?;
        let (lo, hi) = layout::byte_extent(&shape, &strides, dtype.itemsize());
        let inside = offset >= 0
            && offset.checked_add(lo).is_some_and(|l| l >= 0)
            && offset
                .checked_add(hi)
                .is_some_and(|h| h as usize <= parent.buffer.len());
        if !inside && !shape.contains(&0) {
            return Err(PyErr::value(
                "arrsh refuses a view that reaches outside its array's memory (NumPy would read foreign memory here)",
            ));
        }
        // NumPy collapses `.base` to the first array that owns its data, but stops at an
        // array whose base is not an array (a frombuffer result is the base of its views).
        let base = match &parent.base {
            Base::Array(owner) => Base::Array(owner.clone()),
            Base::Owner | Base::Bytes(_) | Base::Memory(_) | Base::Interface(_) => {
                Base::Array(parent.clone())
            }
        };
        Ok(NdArray {
            buffer: parent.buffer.clone(),
            offset: offset.max(0) as usize,
            shape,
            strides,
            dtype,
            base,
            writeable: Cell::new(parent.writeable.get()),
            may_write: parent.may_write,
            // A view keeps its parent's byte order unless it reinterprets the elements.
            swapped: parent.swapped && dtype == parent.dtype,
            memmap: parent.memmap,
        })
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
    pub fn size(&self) -> usize {
        layout::size_of(&self.shape)
    }
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize()
    }
    pub fn nbytes(&self) -> usize {
        self.size() * self.itemsize()
    }
    /// The real address of element (0, 0, …).
    pub fn data_addr(&self) -> usize {
        self.buffer.addr() + self.offset
    }
    pub fn owns_data(&self) -> bool {
        matches!(self.base, Base::Owner)
    }
    pub fn is_c_contiguous(&self) -> bool {
        layout::is_c_contiguous(&self.shape, &self.strides, self.itemsize())
    }
    pub fn is_f_contiguous(&self) -> bool {
        layout::is_f_contiguous(&self.shape, &self.strides, self.itemsize())
    }
    pub fn is_aligned(&self) -> bool {
        layout::is_aligned(
            self.data_addr(),
            &self.shape,
            &self.strides,
            self.dtype.alignment(),
        )
    }

    /// Byte offset in the buffer of the element at a full index (caller keeps it in range).
    pub fn offset_of(&self, index: &[usize]) -> usize {
        let off = index
            .iter()
            .zip(&self.strides)
            .fold(self.offset as isize, |acc, (&i, &s)| acc + i as isize * s);
        off.max(0) as usize
    }

    pub fn get(&self, index: &[usize]) -> Num {
        let off = self.offset_of(index);
        if self.swapped {
            return super::byteorder::read_swapped(&self.buffer, off, self.dtype);
        }
        with_dtype!(self.dtype, T, { self.buffer.read::<T>(off).to_num() })
    }

    pub fn set(&self, index: &[usize], value: Num) {
        let off = self.offset_of(index);
        if self.swapped {
            return super::byteorder::write_swapped(&self.buffer, off, self.dtype, value);
        }
        with_dtype!(self.dtype, T, {
            self.buffer.write::<T>(off, T::from_num(value))
        })
    }

    /// The same memory and geometry read as native bytes (for byte-exact copies).
    pub fn raw_bytes_view(&self) -> NdArray {
        NdArray {
            buffer: self.buffer.clone(),
            offset: self.offset,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            dtype: self.dtype,
            base: self.base.clone(),
            writeable: Cell::new(self.writeable.get()),
            may_write: self.may_write,
            swapped: false,
            memmap: false,
        }
    }

    /// The error NumPy raises when writing to this array is not allowed, if it isn't.
    pub fn check_writeable(&self) -> PyResult<()> {
        if self.writeable.get() {
            Ok(())
        } else {
            Err(PyErr::value("assignment destination is read-only"))
        }
    }

    /// Visit every index in C order.
    pub fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize])) {
        if shape.contains(&0) {
            return;
        }
        let mut idx = vec![0usize; shape.len()];
        loop {
            f(&idx);
            let mut ax = shape.len();
            loop {
                if ax == 0 {
                    return;
                }
                ax -= 1;
                idx[ax] += 1;
                if idx[ax] < shape[ax] {
                    break;
                }
                idx[ax] = 0;
            }
        }
    }

    /// All elements in C order as dynamic values (slow path; for small arrays and printing).
    /// Fallible: a zero-stride view can claim far more elements than memory holds.
    pub fn to_nums(&self) -> PyResult<Vec<Num>> {
        let mut out = super::kernels::vec_for_array(self.size(), &self.shape, self.dtype)?;
        NdArray::for_each_index(&self.shape, |i| out.push(self.get(i)));
        Ok(out)
    }
}
