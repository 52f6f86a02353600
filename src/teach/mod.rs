//! What NumPy hides, shown: help texts, `%whos` tables and other IPython-style magics.

pub mod help;
pub mod magic;
