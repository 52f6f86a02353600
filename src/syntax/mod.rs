//! Source text to syntax tree: logical-line splitting, the pest grammar and the AST builder.

pub mod ast;
pub mod lines;
pub mod parser;
