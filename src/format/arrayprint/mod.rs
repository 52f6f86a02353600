//! NumPy's array and scalar printing, ported from `numpy/_core/arrayprint.py`
//! (NumPy 2.4) and the Dragon4 float printer in `dragon4.c`.
//!
//! The text must equal NumPy's byte for byte, so the code follows NumPy's own
//! structure: a formatter is chosen once from the *shown* elements of an array
//! (`elem_format`, `float_format`, `complex_format`), every shown element is
//! turned into a word with it, and the words are laid out recursively with
//! wrapping and summarization (`layout`). `repr` adds the prefix and suffixes
//! (`repr`); scalars have their own rules (`scalar`).
//!
//! Known limits: `Legacy::V1_13` reproduces the array layout rules of
//! `legacy='1.13'`, but its scalars print as `legacy='1.25'` does (without
//! the `np.float64(...)` wrapper, digits as NumPy 2 makes them); with `edgeitems = 0` element widths come from
//! the last element only, where NumPy would scan the whole axis; `legacy` with
//! `FloatMode::Unique` is a `TypeError` in NumPy (for arrays needing scientific
//! notation) but prints here, so callers ask `legacy_unique_fails` first.

mod bigint;
mod complex_format;
mod elem_format;
mod float;
mod float_format;
mod layout;
mod options;
mod repr;
mod scalar;
#[cfg(test)]
mod tests;

pub(crate) use layout::printer_memory_available;
pub(crate) use layout::shown_elems;
pub use options::{FloatMode, HeldValue, Legacy, PrintOptions};
pub use repr::{
    array2string, array2string_with, array_repr, array_repr_words, array_str, array_str_words,
    legacy_unique_fails,
};
pub use scalar::{python_complex_repr, python_float_repr, scalar_repr, scalar_str};

/// Width of a binary float (also the width of each part of a complex).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatWidth {
    F16,
    F32,
    F64,
}

/// The printing family of a dtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemKind {
    Bool,
    Int,
    UInt,
    Float(FloatWidth),
    Complex(FloatWidth),
}

/// One element. Floats of narrower widths are passed exactly widened to `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Elem {
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Complex(f64, f64),
}

/// What the printer needs from an array. `get` is called only for elements that are shown,
/// so printing a 10^8-element array (summarized) must take milliseconds.
pub trait Printable {
    fn shape(&self) -> &[usize];
    fn kind(&self) -> ElemKind;
    /// NumPy dtype name: "bool", "int8", …, "uint64", "float16", "float32", "float64", "complex64", "complex128".
    fn dtype_name(&self) -> &str;
    /// `index.len() == shape().len()`.
    fn get(&self, index: &[usize]) -> Elem;
    /// The name `repr` starts with (`array`, or `memmap` for NumPy's subclass).
    fn class_name(&self) -> &str {
        "array"
    }
}

/// Formats one float as `np.format_float_positional(x, unique=True, trim='-')`
/// for the given width: handy for messages that quote values.
pub fn format_float_positional(x: f64, width: FloatWidth) -> String {
    float::format_positional(x, width, &float::Dragon4Opts::unique(float::Trim::DptZeros))
}

/// The arguments of `np.format_float_positional` / `np.format_float_scientific` after
/// NumPy's checks; `-1` means "not given", as in `dragon4.c`.
#[derive(Clone, Copy, Debug)]
pub struct Dragon4Args {
    pub unique: bool,
    /// Positional only: `precision`/`min_digits` count digits after the point.
    pub fractional: bool,
    pub precision: i32,
    pub min_digits: i32,
    pub sign: bool,
    /// `'k'`, `'.'`, `'0'` or `'-'`.
    pub trim: char,
    pub pad_left: i32,
    pub pad_right: i32,
    pub exp_digits: i32,
}

impl Dragon4Args {
    fn opts(&self) -> float::Dragon4Opts {
        float::Dragon4Opts {
            digit_mode: if self.unique {
                float::DigitMode::Unique
            } else {
                float::DigitMode::Exact
            },
            cutoff_mode: if self.fractional {
                float::CutoffMode::Fraction
            } else {
                float::CutoffMode::Total
            },
            precision: self.precision,
            min_digits: self.min_digits,
            sign: self.sign,
            trim: match self.trim {
                '.' => float::Trim::Zeros,
                '0' => float::Trim::LeaveOneZero,
                '-' => float::Trim::DptZeros,
                _ => float::Trim::None,
            },
            pad_left: self.pad_left,
            pad_right: self.pad_right,
            exp_digits: self.exp_digits,
        }
    }
}

/// `np.format_float_positional(x, ...)` for a value of the given width.
pub fn dragon4_positional(x: f64, width: FloatWidth, a: &Dragon4Args) -> String {
    float::format_positional(x, width, &a.opts())
}

/// `np.format_float_scientific(x, ...)` for a value of the given width.
pub fn dragon4_scientific(x: f64, width: FloatWidth, a: &Dragon4Args) -> String {
    float::format_scientific(x, width, &a.opts())
}
