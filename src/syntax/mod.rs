//! Source text to syntax tree: the tokenizing pass that cuts source into statements
//! (`tokenize`), the pest grammar (`parser`), and the tree builder (`build`, with
//! `precedence` for operators and `literals` for numbers and strings).

pub mod ast;
pub mod blocks;
mod build;
mod comprehensions;
mod fstring;
mod functions;
mod literals;
pub mod parser;
mod precedence;
pub mod scope;
mod statements;
pub mod tokenize;
