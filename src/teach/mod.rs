//! What NumPy hides, shown: help texts, `%whos` tables and other IPython-style magics.

mod builtin_docs;
pub mod help;
pub mod magic;
