//! The interpreter: runs statements, evaluates expressions, and owns what only it can do —
//! attributes, subscripts, Python's builtins, and the mapping of the syntax tree's
//! operators onto the runtime's. It works on the vocabulary in `crate::value` and calls
//! into the `np` namespace with a narrow `numpy::context::Context`.

pub mod attrs;
mod augmented;
mod builtin_arity;
pub mod builtins;
mod bytes_ctor;
mod comprehension;
mod context;
mod control;
mod displays;
mod dynamic;
pub mod exceptions;
mod fstring;
pub mod function;
mod fused;
mod generator;
pub mod interp;
pub mod introspect;
pub mod iterators;
pub mod lazy;
mod list_slices;
pub mod numeric;
mod object;
mod operators;
pub mod pymodules;
pub mod pytypes;
pub mod subscript;
