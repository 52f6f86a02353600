//! The array model: dtypes, raw buffers (the only `unsafe` code), layout arithmetic, the
//! array object, indexing and whole-array kernels. It uses nothing above it: only the
//! bottom-level `error` and `interrupt` modules.

pub mod byteorder;
pub mod dtype;
pub mod element;
pub mod fancy;
pub mod index;
pub mod iter;
pub mod kernels;
pub mod layout;
pub mod object;
pub mod parallel;
pub mod pool;
pub mod raw;
