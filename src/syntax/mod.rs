//! Source text to syntax tree: the tokenizing pass that cuts source into statements, the
//! pest grammar and the AST builder.

pub mod ast;
pub mod parser;
pub mod tokenize;
