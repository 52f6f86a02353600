//! `np.info(array)`: NumPy's plain-text block describing an array's memory layout.

use crate::array::layout::tuple_str;
use crate::array::object::NdArray;

/// The block `np.info(x)` prints for an ndarray, with the real data pointer.
pub fn array_info(a: &NdArray) -> String {
    let b = |x: bool| if x { "True" } else { "False" };
    let shape = tuple_str(a.shape.iter().map(|d| d.to_string()));
    let strides = tuple_str(a.strides.iter().map(|d| d.to_string()));
    let byteorder = "little";
    format!(
        "class:  ndarray\nshape:  {}\nstrides:  {}\nitemsize:  {}\naligned:  {}\ncontiguous:  {}\nfortran:  {}\ndata pointer: 0x{:x}\nbyteorder:  {}\nbyteswap:  False\ntype: {}\n",
        shape,
        strides,
        a.itemsize(),
        b(a.is_aligned()),
        b(a.is_c_contiguous()),
        b(a.is_f_contiguous()),
        a.data_addr(),
        byteorder,
        a.dtype.name()
    )
}
