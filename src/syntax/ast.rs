//! The syntax tree: every node carries the byte span of its source text, so errors can put a
//! caret under the failing part.

use crate::error::Span;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    /// The sub-expressions evaluated as part of this one, left to right (not the bodies of
    /// lambdas and comprehensions, which run later or in their own scope; not f-string
    /// fields).
    pub fn children(&self) -> Vec<&Expr> {
        use ExprKind::*;
        match &self.kind {
            Binary(_, a, b) | Subscript(a, b) | And(a, b) | Or(a, b) | Walrus(a, b) => {
                vec![a, b]
            }
            Unary(_, a) | Attr(a, _) | Not(a) | Starred(a) => vec![a],
            Tuple(v) | List(v) | Set(v) => v.iter().collect(),
            Dict(pairs) => pairs.iter().flat_map(|(k, v)| [k, v]).collect(),
            Compare(a, rest) => std::iter::once(a.as_ref())
                .chain(rest.iter().map(|(_, e)| e))
                .collect(),
            IfElse { cond, then, other } => vec![cond, then, other],
            Slice(a, b, c) => [a, b, c]
                .into_iter()
                .flatten()
                .map(|e| e.as_ref())
                .collect(),
            Call(f, args) => std::iter::once(f.as_ref())
                .chain(args.iter().map(|a| match a {
                    Arg::Pos(x) | Arg::Kw(_, x) | Arg::Star(x) | Arg::DoubleStar(x) => x,
                }))
                .collect(),
            Yield(v, _) => v.iter().map(|e| e.as_ref()).collect(),
            _ => Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    And,
    Or,
    Xor,
    LShift,
    RShift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Int(i128),
    /// An int literal too big for i128 (`12345678901234567890123456789012345678901234567890`).
    BigInt(std::rc::Rc<num_bigint::BigInt>),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Name(String),
    NoneLit,
    True,
    False,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    /// `a < b <= c`: Python's chained comparison.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfElse {
        cond: Box<Expr>,
        then: Box<Expr>,
        other: Box<Expr>,
    },
    Call(Box<Expr>, Vec<Arg>),
    Attr(Box<Expr>, String),
    /// `x[index]`; a multi-item index is a `Tuple`.
    Subscript(Box<Expr>, Box<Expr>),
    /// `start:stop:step`, only inside subscripts.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `{1, 2}`
    Set(Vec<Expr>),
    /// `*xs` inside a literal or an assignment target.
    Starred(Box<Expr>),
    /// `name := value`; the target is a name (or, inside a function, its slot).
    Walrus(Box<Expr>, Box<Expr>),
    Lambda(Rc<FuncDef>),
    /// List, set and dict comprehensions and generator expressions.
    Comp(Rc<Comprehension>),
    /// An f-string: literal text and formatted fields.
    FString(Vec<FPart>),
    /// A function's local variable, by slot (resolved by `syntax::scope`).
    Local(usize, Rc<str>),
    /// A variable of an enclosing function, by its index in the closure.
    Free(usize, Rc<str>),
    /// `yield value` (`None` without one); `yield from xs` when the flag is set.
    Yield(Option<Box<Expr>>, bool),
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    Lit(String),
    Field {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, itself an f-string (`{x:{width}}`).
        spec: Vec<FPart>,
        /// `f"{x=}"`: the text before the value, `x=`.
        debug: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// `[elt for target in iter if cond …]`: its own scope, as in Python 3.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub kind: CompKind,
    pub elt: Expr,
    /// The value of a dict comprehension (`elt` is its key).
    pub value: Option<Expr>,
    pub clauses: Vec<CompFor>,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub conds: Vec<Expr>,
}

/// What `syntax::scope` found out about a function or comprehension: its local variables
/// (slots, parameters first) and where each closure cell comes from in the defining scope.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    pub locals: Vec<Rc<str>>,
    pub free: Vec<FreeFrom>,
    /// The closure cells' names, in `free`'s order (for `locals()`).
    pub free_names: Vec<Rc<str>>,
}

/// Where a closure cell is found when the function is made: a local slot of the defining
/// function, or one of the defining function's own closure cells.
#[derive(Clone, Debug, PartialEq)]
pub enum FreeFrom {
    Local(usize),
    Free(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Rc<str>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    /// Positional-or-keyword parameters (the first `posonly` of them positional only).
    pub positional: Vec<Param>,
    pub posonly: usize,
    pub varargs: Option<Rc<str>>,
    pub kwonly: Vec<Param>,
    pub varkw: Option<Rc<str>>,
}

/// A `def` or a `lambda`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDef {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub params: Params,
    pub body: Vec<Statement>,
    /// A lambda's body is one expression, returned.
    pub is_lambda: bool,
    pub doc: Option<String>,
    /// `@d` lines above a `def`, top first; applied bottom first.
    pub decorators: Vec<Expr>,
    /// Its body yields: calling it makes a generator.
    pub is_generator: bool,
    pub scope: Scope,
    /// Names declared `global` in the body.
    pub globals: Vec<Rc<str>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Pos(Expr),
    Kw(String, Expr),
    Star(Expr),
    DoubleStar(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    Del(Vec<Expr>),
    /// `import a.b as c, d`: each module with its alias.
    Import(Vec<(String, Option<String>)>),
    FromImport {
        module: String,
        names: Vec<(String, Option<String>)>,
    },
    /// `%name rest-of-line`: the name, the rest (trimmed) and the rest's byte offset in
    /// the source, so errors in the code a magic runs point into its line.
    Magic(String, String, usize),
    /// `expr?`
    Help(Expr),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    If(Vec<(Expr, Vec<Statement>)>, Vec<Statement>),
    While(Expr, Vec<Statement>, Vec<Statement>),
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Statement>,
        orelse: Vec<Statement>,
    },
    /// `def name(...)`: the function is made and bound to `target` (a name or a slot).
    Def(Rc<FuncDef>, Expr),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Try {
        body: Vec<Statement>,
        handlers: Vec<Handler>,
        orelse: Vec<Statement>,
        finally: Vec<Statement>,
    },
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>),
    With(Vec<(Expr, Option<Expr>)>, Vec<Statement>),
}

/// `except ValueError as e:` — no class catches everything.
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub class: Option<Expr>,
    pub name: Option<Expr>,
    pub body: Vec<Statement>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub stmt: Stmt,
    pub span: Span,
}

impl Statement {
    /// The `yield` this statement suspends at, if it is one of the forms arrsh can suspend
    /// (`syntax::yield_lowering` rewrites the others): `yield v`, `x = yield v`.
    pub fn yield_point(&self) -> Option<(&Option<Box<Expr>>, bool)> {
        match &self.stmt {
            Stmt::Expr(e) | Stmt::Assign(_, e) => match &e.kind {
                ExprKind::Yield(v, from) => Some((v, *from)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The blocks nested directly in this statement (bodies, branches, handlers), in source
    /// order; the body of a `def` is not one of them (it is another scope).
    pub fn blocks(&self) -> Vec<&[Statement]> {
        match &self.stmt {
            Stmt::If(branches, orelse) => branches
                .iter()
                .map(|(_, b)| b.as_slice())
                .chain([orelse.as_slice()])
                .collect(),
            Stmt::While(_, body, orelse) | Stmt::For { body, orelse, .. } => vec![body, orelse],
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => [body.as_slice()]
                .into_iter()
                .chain(handlers.iter().map(|h| h.body.as_slice()))
                .chain([orelse.as_slice(), finally.as_slice()])
                .collect(),
            Stmt::With(_, body) => vec![body],
            _ => Vec::new(),
        }
    }

    /// Does this statement, or a block inside it, yield (functions defined in it aside)?
    pub fn yields(&self) -> bool {
        self.yield_point().is_some()
            || self
                .blocks()
                .iter()
                .any(|b| b.iter().any(Statement::yields))
    }
}

/// A block header line, before `syntax::blocks` gives it its body.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub kind: HeaderKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum HeaderKind {
    If(Expr),
    Elif(Expr),
    Else,
    For(Expr, Expr),
    While(Expr),
    Def(Rc<str>, Params),
    Try,
    Except(Option<Expr>, Option<Expr>),
    Finally,
    With(Vec<(Expr, Option<Expr>)>),
    Class,
}
