//! `np.info(array)`: NumPy's plain-text block describing an array's memory layout.

use crate::array::layout::tuple_str;
use crate::array::object::NdArray;

/// The block `np.info(x)` prints for an ndarray, with the real data pointer.
pub fn array_info(a: &NdArray) -> String {
    let b = |x: bool| if x { "True" } else { "False" };
    let shape = tuple_str(a.shape.iter().map(|d| d.to_string()));
    let strides = tuple_str(a.strides.iter().map(|d| d.to_string()));
    let native = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    let other = if native == "little" { "big" } else { "little" };
    let byteorder = if a.swapped { other } else { native };
    let class = if a.memmap { "memmap" } else { "ndarray" };
    let mapping = match a.buffer.map_info() {
        Some(m) => format!(
            "mapped file: {} (offset {}, mode '{}')\n",
            m.path.display(),
            m.offset,
            match m.mode {
                crate::array::raw::MapMode::ReadOnly => "r",
                crate::array::raw::MapMode::ReadWrite => "r+",
                crate::array::raw::MapMode::CopyOnWrite => "c",
            }
        ),
        None => String::new(),
    };
    format!(
        "class:  {}\nshape:  {}\nstrides:  {}\nitemsize:  {}\naligned:  {}\ncontiguous:  {}\nfortran:  {}\ndata pointer: 0x{:x}\nbyteorder:  {}\nbyteswap:  {}\ntype: {}\n{}",
        class,
        shape,
        strides,
        a.itemsize(),
        b(a.is_aligned()),
        b(a.is_c_contiguous()),
        b(a.is_f_contiguous()),
        a.data_addr(),
        byteorder,
        b(a.swapped),
        crate::array::byteorder::dtype_str(a.dtype, a.swapped),
        mapping
    )
}
