//! Source text to syntax tree: the tokenizing pass that cuts source into statements
//! (`tokenize`), the pest grammar (`parser`), and the tree builder (`build`, with
//! `precedence` for operators and `literals` for numbers and strings). A hand-written
//! parser (`fast`, on `fast_lex` tokens) takes the common statements first and builds the
//! same tree; it leaves everything else, and every error, to the grammar.

pub mod ast;
pub mod blocks;
mod build;
mod comprehensions;
mod fast;
mod fast_lex;
#[cfg(test)]
mod fast_tests;
mod fstring;
mod functions;
pub mod lexical;
mod literals;
pub mod parser;
mod precedence;
pub mod scope;
mod statements;
pub mod tokenize;
mod yield_lowering;
