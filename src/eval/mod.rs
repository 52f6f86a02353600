//! Evaluation: values, the interpreter, argument binding, conversions, attributes,
//! subscripts, Python's own operators and builtins.

pub mod args;
pub mod attrs;
pub mod builtins;
pub mod convert;
pub mod interp;
pub mod pyops;
pub mod subscript;
pub mod value;
