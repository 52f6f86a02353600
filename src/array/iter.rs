//! Walking N-d operands together as a sequence of 1-d runs, after merging axes that are
//! contiguous for every operand, so kernels spend their time in tight inner loops.

use crate::error::{PyErr, PyResult};

/// Where one operand's elements are: byte offset of element (0, …) and byte strides over the
/// iteration shape (0 along broadcast axes).
#[derive(Clone, Debug)]
pub struct Geo {
    pub offset: isize,
    pub strides: Vec<isize>,
}

/// Call `f(offsets, strides, n)` for each inner run of the iteration over `shape`, with one
/// offset and one stride per operand. Runs come in C order of the original shape.
pub fn for_each_run(shape: &[usize], ops: &[Geo], mut f: impl FnMut(&[isize], &[isize], usize)) {
    if shape.contains(&0) {
        return;
    }
    // Keep axes longer than one, then merge neighbours that are contiguous for all operands.
    let mut dims: Vec<usize> = Vec::new();
    let mut strides: Vec<Vec<isize>> = vec![Vec::new(); ops.len()];
    for (ax, &d) in shape.iter().enumerate() {
        if d == 1 {
            continue;
        }
        let mergeable = !dims.is_empty()
            && ops
                .iter()
                .enumerate()
                .all(|(k, g)| strides[k].last().copied() == Some(g.strides[ax] * d as isize));
        if mergeable {
            let last = dims.len() - 1;
            dims[last] *= d;
            for (k, g) in ops.iter().enumerate() {
                let l = strides[k].len() - 1;
                strides[k][l] = g.strides[ax];
            }
        } else {
            dims.push(d);
            for (k, g) in ops.iter().enumerate() {
                strides[k].push(g.strides[ax]);
            }
        }
    }
    let nd = dims.len();
    let mut offsets: Vec<isize> = ops.iter().map(|g| g.offset).collect();
    if nd == 0 {
        let zero = vec![0isize; ops.len()];
        f(&offsets, &zero, 1);
        return;
    }
    let inner_n = dims[nd - 1];
    let inner: Vec<isize> = strides.iter().map(|s| s[nd - 1]).collect();
    let mut idx = vec![0usize; nd - 1];
    loop {
        f(&offsets, &inner, inner_n);
        // Advance the outer odometer.
        let mut ax = nd - 1;
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            for k in 0..ops.len() {
                offsets[k] += strides[k][ax];
            }
            if idx[ax] < dims[ax] {
                break;
            }
            for k in 0..ops.len() {
                offsets[k] -= strides[k][ax] * dims[ax] as isize;
            }
            idx[ax] = 0;
        }
    }
}

/// NumPy's broadcasting of several shapes, with its error text.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> PyResult<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        for (i, &d) in s.iter().enumerate() {
            let o = &mut out[nd - s.len() + i];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                let parts: Vec<String> = shapes
                    .iter()
                    .map(|s| {
                        let inner: Vec<String> = s.iter().map(|d| d.to_string()).collect();
                        if inner.len() == 1 {
                            format!("({},)", inner[0])
                        } else {
                            format!("({})", inner.join(","))
                        }
                    })
                    .collect();
                return Err(PyErr::value(format!(
                    "operands could not be broadcast together with shapes {} ",
                    parts.join(" ")
                )));
            }
        }
    }
    Ok(out)
}

/// Strides that make an array of `shape`/`strides` appear with `target` shape (0 on
/// broadcast axes). The caller has checked that broadcasting is possible.
pub fn broadcast_strides(shape: &[usize], strides: &[isize], target: &[usize]) -> Vec<isize> {
    let lead = target.len() - shape.len();
    let mut out = vec![0isize; target.len()];
    for i in 0..shape.len() {
        out[lead + i] = if shape[i] == 1 && target[lead + i] != 1 {
            0
        } else {
            strides[i]
        };
    }
    out
}
