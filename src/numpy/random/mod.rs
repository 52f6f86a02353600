//! NumPy-compatible random number generation.
//!
//! The point of this module is *bit-for-bit* agreement with NumPy 2.x: for the
//! same seed, `RandomState` (legacy `np.random.*`, MT19937) and `Generator`
//! (`np.random.default_rng`, PCG64 seeded through `SeedSequence`) produce the
//! same numbers as NumPy. Every algorithm here mirrors the one in NumPy's
//! sources (`numpy/random/src/...`, `_bounded_integers.pyx.in`, `mtrand.pyx`,
//! `_generator.pyx`, `bit_generator.pyx`), including the quirks that affect
//! the stream (buffered 32-bit draws for narrow integer types, the cached
//! second Gaussian of the legacy polar method, ...).
//!
//! Values are returned flat, in C order, for a requested total size `n`; the
//! caller shapes them. All fallible entry points return a [`RandomError`]
//! carrying the Python exception class and NumPy's exact message.

mod bounded;
pub mod distributions;
mod entropy;
mod generator;
mod legacy;
mod mt19937;
mod pcg64;
mod seed_sequence;
mod ziggurat;
mod ziggurat_exp;

#[cfg(test)]
mod tests;

pub use generator::Generator;
pub use legacy::RandomState;
pub use mt19937::Mt19937;
pub use pcg64::Pcg64;
pub use seed_sequence::SeedSequence;

use std::fmt;

/// 128 bits of fresh OS entropy, as an unseeded `SeedSequence()` takes.
pub fn fresh_entropy() -> u128 {
    entropy::random_u128()
}

/// The integer dtypes accepted by `randint` / `integers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// NumPy's name for the dtype, as used in error messages.
    pub fn name(self) -> &'static str {
        match self {
            IntKind::Bool => "bool",
            IntKind::I8 => "int8",
            IntKind::I16 => "int16",
            IntKind::I32 => "int32",
            IntKind::I64 => "int64",
            IntKind::U8 => "uint8",
            IntKind::U16 => "uint16",
            IntKind::U32 => "uint32",
            IntKind::U64 => "uint64",
        }
    }

    /// Parse a NumPy dtype name (`"int8"`, `"uint64"`, `"bool"`, ...);
    /// `"int"`/`"uint"` are the platform-default 64-bit types.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "bool" | "bool_" => IntKind::Bool,
            "int8" => IntKind::I8,
            "int16" => IntKind::I16,
            "int32" => IntKind::I32,
            "int64" | "int" | "int_" | "intp" => IntKind::I64,
            "uint8" => IntKind::U8,
            "uint16" => IntKind::U16,
            "uint32" => IntKind::U32,
            "uint64" | "uint" | "uintp" => IntKind::U64,
            _ => return None,
        })
    }

    /// Inclusive `(min, max)` of values representable by the dtype.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            IntKind::Bool => (0, 1),
            IntKind::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntKind::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntKind::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntKind::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntKind::U8 => (0, u8::MAX.into()),
            IntKind::U16 => (0, u16::MAX.into()),
            IntKind::U32 => (0, u32::MAX.into()),
            IntKind::U64 => (0, u64::MAX.into()),
        }
    }
}

/// A NumPy-style error: Python exception class name and message.
#[derive(Debug, Clone, PartialEq)]
pub struct RandomError {
    pub class: &'static str,
    pub message: String,
}

impl RandomError {
    pub(crate) fn value(message: impl Into<String>) -> Self {
        RandomError {
            class: "ValueError",
            message: message.into(),
        }
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        RandomError {
            class: "OverflowError",
            message: message.into(),
        }
    }

    /// NumPy's allocation failure for a 1-d array of `len` items.
    pub(crate) fn memory(len: usize, dtype: crate::array::dtype::DType) -> Self {
        let bytes = len as u128 * dtype.itemsize() as u128;
        RandomError {
            class: "MemoryError",
            message: crate::array::object::memory_error(&[len], dtype, bytes)
                .msg
                .clone(),
        }
    }
}

/// An empty `Vec` with room for `len` items, or a `MemoryError` instead of
/// aborting when an internal work array (e.g. `arange(a)` for `choice`) is
/// too large.
pub(crate) fn try_with_capacity<T>(
    len: usize,
    dtype: crate::array::dtype::DType,
) -> Result<Vec<T>, RandomError> {
    let mut v = Vec::new();
    v.try_reserve_exact(len)
        .map_err(|_| RandomError::memory(len, dtype))?;
    Ok(v)
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for RandomError {}

/// The raw-bits interface every distribution is written against, mirroring
/// NumPy's `bitgen_t` (`next_uint64`, `next_uint32`, `next_double`).
///
/// The three methods are *not* derivable from each other in general: MT19937
/// builds a 64-bit word from two 32-bit draws while PCG64 hands out the two
/// halves of one 64-bit draw as successive 32-bit values, and the two
/// generators build doubles differently. Keeping them separate is what makes
/// the streams match NumPy's.
pub trait BitGenerator {
    fn next_u64(&mut self) -> u64;
    fn next_u32(&mut self) -> u32;
    fn next_double(&mut self) -> f64;
}
