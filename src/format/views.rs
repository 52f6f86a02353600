//! Which NumPy operations return views and which copy: one table read by `help(np.f)`,
//! `%views`, the wording of explain mode and the live hint at the prompt.
//!
//! The table says what an operation *can* return; explain mode never takes its kind from
//! here (it reads the facts after the statement ran), only the words that say why.

/// What an operation returns, as far as memory goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returns {
    /// Always a new array object sharing the input's memory.
    View,
    /// Always new memory.
    Copy,
    /// A view when the layout allows it, otherwise a copy.
    ViewWhenPossible,
    /// Writes into an existing array.
    InPlace,
    /// The input object itself when nothing needs changing, otherwise a copy.
    SameWhenPossible,
}

impl Returns {
    pub fn label(self) -> &'static str {
        match self {
            Returns::View => "view",
            Returns::Copy => "copy",
            Returns::ViewWhenPossible => "view when possible",
            Returns::InPlace => "in place",
            Returns::SameWhenPossible => "same object when possible",
        }
    }
}

/// One row: the name as written (`np.reshape`, `x.reshape`), what it returns, and the rule.
pub struct Entry {
    pub name: &'static str,
    pub returns: Returns,
    pub rule: &'static str,
}

const fn e(name: &'static str, returns: Returns, rule: &'static str) -> Entry {
    Entry {
        name,
        returns,
        rule,
    }
}

use Returns::*;

/// The table, in the order `%views` prints it.
pub const TABLE: &[Entry] = &[
    e("x[i, j:k:s, None, ...]", View, "basic indexing (integers, slices, None, ...) only changes offset, shape and strides"),
    e("x[[i, j]], x[mask]", Copy, "advanced indexing (an integer or boolean array in the index) always copies"),
    e("x[...] = v, x[i] = v", InPlace, "assignment through an index writes into x's buffer; every view of those bytes sees it"),
    e("x += v (any op=)", InPlace, "augmented assignment writes into the existing array; no new array"),
    e("y = x", SameWhenPossible, "assignment binds the same object: nothing is copied, ever"),
    e("x.T, np.transpose", View, "transposing permutes the strides"),
    e("np.swapaxes, np.moveaxis, np.rollaxis", View, "axes are permuted strides"),
    e("np.reshape, x.reshape", ViewWhenPossible, "a view when the new shape can be walked with strides of the old layout, else a C-order copy"),
    e("np.ravel, x.ravel", ViewWhenPossible, "a view when the array is already contiguous in the requested order, else a copy"),
    e("x.flatten", Copy, "always copies, even when ravel could return a view"),
    e("np.squeeze, x.squeeze", View, "drops length-1 axes from shape and strides"),
    e("np.expand_dims", View, "adds a length-1 axis"),
    e("np.split, np.array_split", View, "each piece is a slice of the input"),
    e("np.diagonal, x.diagonal", View, "a read-only view with stride = row stride + column stride"),
    e("np.flip, np.fliplr, np.flipud", View, "a negative stride walks the axis backwards"),
    e("x.view(dtype)", View, "the same bytes read as another dtype; nothing is converted"),
    e("x.astype(dtype)", Copy, "converts every element into a new buffer (copy=False: the same object when the dtype already matches)"),
    e("x.copy, np.copy", Copy, "always new memory"),
    e("np.array", Copy, "copies by default (copy=False: never copies, or raises)"),
    e("np.asarray", SameWhenPossible, "the very same object when dtype and order already fit, else a copy"),
    e("np.ascontiguousarray", SameWhenPossible, "the same object when already C-contiguous, else a C-order copy"),
    e("np.asfortranarray", SameWhenPossible, "the same object when already Fortran-contiguous, else a copy"),
    e("np.broadcast_to", View, "a read-only view: zero strides repeat the same bytes"),
    e("np.broadcast_arrays", View, "views with zero strides on the broadcast axes"),
    e("as_strided", View, "any offset and strides over the same buffer; elements may overlap"),
    e("np.frombuffer", View, "a view of another object's memory (read-only for bytes)"),
    e("x.real, x.imag", View, "a view with the complex parts' stride (real arrays: x.real is x's data)"),
    e("ufunc(..., out=y), np.abs(x, x)", InPlace, "the result is written into the given array; nothing new is allocated for it"),
    e("x.fill, x.sort", InPlace, "write into x's buffer"),
    e("arithmetic, np.sort, np.concatenate, np.stack, np.where, np.tile, np.repeat", Copy, "the result is always a new array"),
];

/// The row for a function or method name (`reshape`, `np.reshape`, `T`).
pub fn entry_for(name: &str) -> Option<&'static Entry> {
    let bare = name
        .trim_start_matches("numpy.")
        .trim_start_matches("np.")
        .trim_start_matches("x.");
    TABLE.iter().find(|e| {
        e.name.split(", ").any(|part| {
            let p = part.split(['(', ' ']).next().unwrap_or(part);
            let p = p.trim_start_matches("np.").trim_start_matches("x.");
            p == bare
        })
    })
}

/// `%views`: the whole table, one row per line.
pub fn table_text() -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_header(vec!["operation", "returns", "rule"]);
    for e in TABLE {
        t.add_row(vec![e.name, e.returns.label(), e.rule]);
    }
    format!("{}\n", t)
}
