//! A hand-written parser for the statements people write most — expression statements,
//! assignments (`a = b = …`, `x += 1`), `pass`/`break`/`continue`/`return`, over names,
//! literals, tuples/lists/dicts/sets, calls with keywords, subscripts and slices, attribute
//! access, unary/binary/comparison/boolean operators, conditional expressions and simple
//! lambdas — one token at a time with precedence climbing, no backtracking.
//!
//! The grammar (grammar/arrsh.pest) stays the parser of record: this one builds exactly the
//! tree its builder builds (the same spans, the same nodes, the same height limit; operator
//! chains and string literals go through the builder's own `precedence::climb` and
//! `literals`), and for anything else — a construct it does not know, any error, a tree
//! near the height limit — it declines, and the grammar parses the line and words any
//! error. `syntax::fast_tests` checks the two agree on every statement of the test suite,
//! the examples and a random generator.
//!
//! Spans follow the grammar's rules: a rule that ends in an optional or repeated part that
//! matched nothing also takes the whitespace and comments after its last token (pest skips
//! them before trying the part), so such a node ends where the next token starts; one whose
//! last part matched ends where that part does. `P::end` carries that end up the rules.

use super::ast::*;
use super::build::{balanced, if_else_chain, lambda_node, node, Builder, Built};
use super::fast_lex::{next_token, Kw, Tok, Token};
use super::precedence::{self, Piece};
use super::statements::{check_aug_target, check_starred_target, check_target};
use crate::error::Span;
use std::rc::Rc;

/// How deeply brackets and conditional expressions may nest before the grammar takes the
/// line (keeps this parser's own recursion small).
const MAX_DEPTH: usize = 50;

/// The statements of one logical line starting at byte `base` of the source, or `None`
/// when the grammar must parse it.
pub fn parse_line(text: &str, base: usize) -> Option<Vec<Statement>> {
    let b = text.as_bytes();
    let mut p = P {
        text,
        b,
        tok: next_token(b, 0),
        prev_end: 0,
        end: 0,
        depth: 0,
        bld: Builder { base },
        peeked: None,
    };
    let mut out = Vec::with_capacity(1);
    if p.tok.tok == Tok::End {
        return Some(out);
    }
    loop {
        out.push(p.stmt()?);
        match p.tok.tok {
            Tok::End => return Some(out),
            Tok::Semi => {
                p.bump();
                if p.tok.tok == Tok::End {
                    return Some(out);
                }
            }
            _ => return None,
        }
    }
}

/// A declined parse: the grammar takes the line.
type R<T> = Option<T>;

struct P<'a> {
    text: &'a str,
    b: &'a [u8],
    /// The next token, not yet consumed.
    tok: Token,
    /// The end of the last token consumed.
    prev_end: usize,
    /// Where the grammar's span of the rule just parsed ends.
    end: usize,
    depth: usize,
    bld: Builder,
    /// The token after `tok`, when `peek` has lexed it already.
    peeked: Option<Token>,
}

/// Can `t` start an expression (`expr` of the grammar, or a starred item)?
fn starts_expr(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Number
            | Tok::Str
            | Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Ellipsis
            | Tok::Tilde
            | Tok::Bin(BinOp::Add | BinOp::Sub | BinOp::Mul)
            | Tok::Kw(Kw::Not | Kw::Lambda | Kw::None | Kw::True | Kw::False)
    )
}

impl P<'_> {
    fn bump(&mut self) {
        self.prev_end = self.tok.end;
        self.tok = match self.peeked.take() {
            Some(t) => t,
            None => next_token(self.b, self.tok.end),
        };
    }

    /// The token after the current one, lexed once: `bump` moves onto it.
    fn peek(&mut self) -> Token {
        match self.peeked {
            Some(t) => t,
            None => {
                let t = next_token(self.b, self.tok.end);
                self.peeked = Some(t);
                t
            }
        }
    }

    fn eat(&mut self, t: Tok) -> R<()> {
        if self.tok.tok != t {
            return None;
        }
        self.bump();
        Some(())
    }

    /// A span in the whole source from statement offsets.
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.bld.base + start, self.bld.base + end)
    }

    /// Where a rule whose optional last part matched nothing ends: at the next token.
    fn soft(&self) -> usize {
        self.tok.start
    }

    /// The rule just parsed ended with an optional part that matched nothing.
    fn soft_end(&mut self) {
        self.end = self.tok.start;
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn stmt(&mut self) -> R<Statement> {
        let start = self.tok.start;
        let keyword = match self.tok.tok {
            Tok::Kw(k @ (Kw::Pass | Kw::Break | Kw::Continue)) => Some(k),
            _ => None,
        };
        if let Some(k) = keyword {
            // `pass_stmt = { kw_pass }`: the statement is the keyword.
            self.bump();
            let stmt = match k {
                Kw::Pass => Stmt::Pass,
                Kw::Break => Stmt::Break,
                _ => Stmt::Continue,
            };
            let span = self.span(start, self.prev_end);
            return Some(Statement { stmt, span });
        }
        if self.tok.tok == Tok::Kw(Kw::Return) {
            self.bump();
            let value = if starts_expr(self.tok.tok) {
                Some(self.expr_list()?.0)
            } else {
                self.soft_end();
                None
            };
            let span = self.span(start, self.end);
            return Some(Statement {
                stmt: Stmt::Return(value),
                span,
            });
        }
        let first = self.expr_list()?.0;
        let stmt = match self.tok.tok {
            Tok::Assign => {
                let mut targets = vec![first];
                while self.tok.tok == Tok::Assign {
                    self.bump();
                    targets.push(self.expr_list()?.0);
                }
                // `assign_tail = { ("=" ~ expr_list)+ }`: one `= value` ends softly.
                if targets.len() == 2 {
                    self.soft_end();
                }
                let value = targets.pop()?;
                for t in &targets {
                    check_target(t, false).ok()?;
                    check_starred_target(t).ok()?;
                }
                Stmt::Assign(targets, value)
            }
            Tok::AugAssign(op) => {
                check_aug_target(&first).ok()?;
                self.bump();
                Stmt::AugAssign(first, op, self.expr_list()?.0)
            }
            Tok::Question => {
                self.bump();
                if matches!(first.kind, ExprKind::Tuple(_)) {
                    return None;
                }
                let span = self.span(start, self.prev_end);
                return Some(Statement {
                    stmt: Stmt::Help(first),
                    span,
                });
            }
            _ => {
                self.soft_end();
                Stmt::Expr(first)
            }
        };
        let span = self.span(start, self.end);
        Some(Statement { stmt, span })
    }

    /// `a, *b` (a tuple), `a,` (a tuple) or `a` (itself).
    fn expr_list(&mut self) -> R<Built> {
        let start = self.tok.start;
        let first = self.list_item()?;
        if self.tok.tok != Tok::Comma {
            self.soft_end();
            return Some(first);
        }
        let mut h = first.1;
        let mut items = vec![first.0];
        let mut end = None;
        while self.tok.tok == Tok::Comma {
            self.bump();
            if !starts_expr(self.tok.tok) {
                end = Some(self.prev_end);
                break;
            }
            let (e, eh) = self.list_item()?;
            h = h.max(eh);
            items.push(e);
        }
        let end = end.unwrap_or(self.soft());
        self.end = end;
        self.node(ExprKind::Tuple(items), start, end, h + 1)
    }

    fn node(&self, kind: ExprKind, start: usize, end: usize, h: usize) -> R<Built> {
        node(kind, self.span(start, end), h).ok()
    }

    /// `*x` or an expression.
    fn list_item(&mut self) -> R<Built> {
        if self.tok.tok == Tok::Bin(BinOp::Mul) {
            self.star()
        } else {
            self.expr()
        }
    }

    /// `star_expr = { "*" ~ arith }`
    fn star(&mut self) -> R<Built> {
        let start = self.tok.start;
        self.bump();
        let (e, h) = self.arith()?;
        self.node(ExprKind::Starred(Box::new(e)), start, self.end, h + 1)
    }

    /// The grammar's `expr`: a lambda or a conditional expression.
    fn expr(&mut self) -> R<Built> {
        self.enter()?;
        let e = if self.tok.tok == Tok::Kw(Kw::Lambda) {
            self.lambda()
        } else {
            self.conditional()
        };
        self.depth -= 1;
        e
    }

    /// `a if c else b if d else e`, read flat as the grammar does and nested to the right.
    fn conditional(&mut self) -> R<Built> {
        let first = self.disjunction()?;
        if self.tok.tok != Tok::Kw(Kw::If) {
            self.soft_end();
            return Some(first);
        }
        // v0, c1, v1, c2, v2, …
        let mut parts = vec![first];
        while self.tok.tok == Tok::Kw(Kw::If) {
            self.bump();
            parts.push(self.disjunction()?);
            self.eat(Tok::Kw(Kw::Else))?;
            parts.push(self.disjunction()?);
        }
        let end = self.end;
        let acc = if_else_chain(parts).ok()?;
        self.end = end;
        Some(acc)
    }

    fn disjunction(&mut self) -> R<Built> {
        let first = self.conjunction()?;
        if self.tok.tok != Tok::Kw(Kw::Or) {
            self.soft_end();
            return Some(first);
        }
        let mut operands = vec![first];
        while self.tok.tok == Tok::Kw(Kw::Or) {
            self.bump();
            operands.push(self.conjunction()?);
        }
        balanced(operands, true).ok()
    }

    fn conjunction(&mut self) -> R<Built> {
        let first = self.inversion()?;
        if self.tok.tok != Tok::Kw(Kw::And) {
            self.soft_end();
            return Some(first);
        }
        let mut operands = vec![first];
        while self.tok.tok == Tok::Kw(Kw::And) {
            self.bump();
            operands.push(self.inversion()?);
        }
        balanced(operands, false).ok()
    }

    /// `not not x`: every `not` node spans the whole inversion, as the grammar's rule does.
    fn inversion(&mut self) -> R<Built> {
        let start = self.tok.start;
        let mut nots = 0;
        while self.tok.tok == Tok::Kw(Kw::Not) {
            self.bump();
            nots += 1;
        }
        let (mut e, mut h) = self.comparison()?;
        let end = self.end;
        for _ in 0..nots {
            (e, h) = self.node(ExprKind::Not(Box::new(e)), start, end, h + 1)?;
        }
        Some((e, h))
    }

    fn comparison(&mut self) -> R<Built> {
        let start = self.tok.start;
        let (first, mut h) = self.arith()?;
        let mut rest = Vec::new();
        loop {
            let op = match self.tok.tok {
                Tok::Cmp(op) => op,
                Tok::Kw(Kw::In) => CmpOp::In,
                Tok::Kw(Kw::Not) => {
                    self.bump();
                    if self.tok.tok != Tok::Kw(Kw::In) {
                        return None;
                    }
                    CmpOp::NotIn
                }
                Tok::Kw(Kw::Is) => {
                    self.bump();
                    if self.tok.tok == Tok::Kw(Kw::Not) {
                        CmpOp::IsNot
                    } else {
                        // `is` alone: the operand follows.
                        let (e, eh) = self.arith()?;
                        h = h.max(eh);
                        rest.push((CmpOp::Is, e));
                        continue;
                    }
                }
                _ => break,
            };
            self.bump();
            let (e, eh) = self.arith()?;
            h = h.max(eh);
            rest.push((op, e));
        }
        if rest.is_empty() {
            self.soft_end();
            return Some((first, h));
        }
        self.node(
            ExprKind::Compare(Box::new(first), rest),
            start,
            self.end,
            h + 1,
        )
    }

    /// Unary and binary operators below comparisons: the operands and operators in source
    /// order, grouped by the builder's own precedence pass.
    fn arith(&mut self) -> R<Built> {
        if !matches!(self.tok.tok, Tok::Tilde | Tok::Bin(BinOp::Add | BinOp::Sub)) {
            let first = self.primary()?;
            if !matches!(self.tok.tok, Tok::Bin(_)) {
                self.soft_end();
                return Some(first);
            }
            let mut pieces = vec![Piece::Operand(first)];
            self.arith_rest(&mut pieces)?;
            return self.climb(pieces);
        }
        let mut pieces = Vec::new();
        self.operand(&mut pieces)?;
        if !matches!(self.tok.tok, Tok::Bin(_)) {
            self.soft_end();
        }
        self.arith_rest(&mut pieces)?;
        self.climb(pieces)
    }

    fn climb(&self, pieces: Vec<Piece>) -> R<Built> {
        precedence::climb(pieces.into_iter().map(Ok)).ok()
    }

    /// `(infix prefix* primary)*`
    fn arith_rest(&mut self, pieces: &mut Vec<Piece>) -> R<()> {
        while let Tok::Bin(op) = self.tok.tok {
            self.bump();
            pieces.push(Piece::Infix(op));
            self.operand(pieces)?;
        }
        Some(())
    }

    /// `prefix* primary`
    fn operand(&mut self, pieces: &mut Vec<Piece>) -> R<()> {
        loop {
            let op = match self.tok.tok {
                Tok::Bin(BinOp::Sub) => UnaryOp::Neg,
                Tok::Bin(BinOp::Add) => UnaryOp::Pos,
                Tok::Tilde => UnaryOp::Invert,
                _ => break,
            };
            pieces.push(Piece::Prefix(op, self.bld.base + self.tok.start));
            self.bump();
        }
        pieces.push(Piece::Operand(self.primary()?));
        Some(())
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    fn primary(&mut self) -> R<Built> {
        let (mut e, mut h) = self.atom()?;
        // `primary = { atom ~ trailer* }`: soft with no trailer.
        self.soft_end();
        loop {
            let start = e.span.start;
            let (kind, th) = match self.tok.tok {
                Tok::Dot => {
                    self.bump();
                    if self.tok.tok != Tok::Name {
                        return None;
                    }
                    let name = self.text[self.tok.start..self.tok.end].to_string();
                    self.bump();
                    (ExprKind::Attr(Box::new(e), name), 0)
                }
                Tok::LParen => {
                    self.enter()?;
                    let (args, ah) = self.call_args()?;
                    self.depth -= 1;
                    (ExprKind::Call(Box::new(e), args), ah)
                }
                Tok::LBracket => {
                    self.enter()?;
                    let (index, ih) = self.subscript()?;
                    self.depth -= 1;
                    (ExprKind::Subscript(Box::new(e), Box::new(index)), ih)
                }
                _ => return Some((e, h)),
            };
            let sp = Span::new(start, self.bld.base + self.prev_end);
            (e, h) = node(kind, sp, 1 + h.max(th)).ok()?;
            self.end = self.prev_end;
        }
    }

    /// `(args)`, the `(` being the next token; generator arguments are the grammar's.
    fn call_args(&mut self) -> R<(Vec<Arg>, usize)> {
        self.bump();
        let mut args = Vec::new();
        let mut ah = 0;
        while self.tok.tok != Tok::RParen {
            let kw = self.tok.tok == Tok::Name && self.peek().tok == Tok::Assign;
            let arg = match self.tok.tok {
                Tok::Bin(BinOp::Pow) => {
                    self.bump();
                    let (v, vh) = self.expr()?;
                    ah = ah.max(vh + 1);
                    Arg::DoubleStar(v)
                }
                Tok::Bin(BinOp::Mul) => {
                    self.bump();
                    let (v, vh) = self.expr()?;
                    ah = ah.max(vh + 1);
                    Arg::Star(v)
                }
                Tok::Name if kw => {
                    let name = self.text[self.tok.start..self.tok.end].to_string();
                    self.bump();
                    self.bump();
                    let (v, vh) = self.expr()?;
                    ah = ah.max(vh);
                    Arg::Kw(name, v)
                }
                _ => {
                    let (v, vh) = self.expr()?;
                    ah = ah.max(vh);
                    Arg::Pos(v)
                }
            };
            args.push(arg);
            match self.tok.tok {
                Tok::Comma => self.bump(),
                Tok::RParen => {}
                _ => return None,
            }
        }
        self.bump();
        // Misplaced arguments are errors the grammar words.
        if super::functions::call_args_error(&args, Span::new(0, 0)).is_some() {
            return None;
        }
        Some((args, ah))
    }

    /// `[items]`, the `[` being the next token: the index (a tuple for several items) and
    /// its height.
    fn subscript(&mut self) -> R<Built> {
        let open = self.tok.start;
        self.bump();
        let mut items = Vec::new();
        let mut trailing = false;
        let mut ih = 0;
        loop {
            let (item, h) = self.sub_item()?;
            ih = ih.max(h);
            items.push(item);
            match self.tok.tok {
                Tok::RBracket => break,
                Tok::Comma => {
                    self.bump();
                    if self.tok.tok == Tok::RBracket {
                        trailing = true;
                        break;
                    }
                }
                _ => return None,
            }
        }
        self.bump();
        if items.len() == 1 && !trailing {
            return Some((items.pop()?, ih));
        }
        self.node(ExprKind::Tuple(items), open, self.prev_end, ih + 1)
    }

    /// A slice, a starred item or an expression.
    fn sub_item(&mut self) -> R<Built> {
        if self.tok.tok == Tok::Bin(BinOp::Mul) {
            return self.star();
        }
        let start = self.tok.start;
        let lower = if self.tok.tok == Tok::Colon {
            None
        } else {
            let e = self.expr()?;
            if self.tok.tok != Tok::Colon {
                // Not a slice: the item itself.
                return Some(e);
            }
            Some(e)
        };
        self.bump();
        let mut h = lower.as_ref().map_or(0, |e| e.1);
        let mut part = |p: &mut Self| -> R<Option<Box<Expr>>> {
            if !starts_expr(p.tok.tok) || p.tok.tok == Tok::Bin(BinOp::Mul) {
                return Some(None);
            }
            let (e, eh) = p.expr()?;
            h = h.max(eh);
            Some(Some(Box::new(e)))
        };
        let upper = part(self)?;
        // `slice = { slice_part ~ ":" ~ slice_part ~ (":" ~ slice_part)? }`: it ends where a
        // step does, else softly.
        let step = if self.tok.tok == Tok::Colon {
            self.bump();
            part(self)?
        } else {
            None
        };
        let end = if step.is_some() {
            self.end
        } else {
            self.soft()
        };
        let lower = lower.map(|e| Box::new(e.0));
        self.node(ExprKind::Slice(lower, upper, step), start, end, h + 1)
    }

    fn atom(&mut self) -> R<Built> {
        let t = self.tok;
        let kind = match t.tok {
            Tok::Name => ExprKind::Name(self.text[t.start..t.end].to_string()),
            Tok::Number => {
                let span = self.span(t.start, t.end);
                super::literals::number(&self.text[t.start..t.end], span).ok()?
            }
            Tok::Str => return self.strings(),
            Tok::Ellipsis => ExprKind::Ellipsis,
            Tok::Kw(Kw::None) => ExprKind::NoneLit,
            Tok::Kw(Kw::True) => ExprKind::True,
            Tok::Kw(Kw::False) => ExprKind::False,
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                self.enter()?;
                let e = match t.tok {
                    Tok::LParen => self.paren(),
                    Tok::LBracket => self.list(),
                    _ => self.braces(),
                };
                self.depth -= 1;
                return e;
            }
            _ => return None,
        };
        self.bump();
        Some((
            Expr {
                kind,
                span: self.span(t.start, t.end),
            },
            1,
        ))
    }

    /// Adjacent string literals, through the builder's own literal code.
    fn strings(&mut self) -> R<Built> {
        let start = self.tok.start;
        let mut lits = Vec::with_capacity(1);
        while self.tok.tok == Tok::Str {
            lits.push((&self.text[self.tok.start..self.tok.end], self.tok.start));
            self.bump();
        }
        // `strings = { string+ }`: one literal ends softly, more end at the last.
        let end = if lits.len() == 1 {
            self.soft()
        } else {
            self.prev_end
        };
        let span = self.span(start, end);
        self.bld.literals(lits.into_iter(), span).ok()
    }

    /// The items of `( … )`, `[ … ]` or `{ … }` (no comprehension clauses), the opening
    /// bracket being the next token, up to and including the closing one: items, whether
    /// a comma ended them, the tallest item's height.
    fn items(&mut self, close: Tok) -> R<(Vec<Expr>, bool, usize)> {
        self.bump();
        let mut items = Vec::new();
        let mut trailing = false;
        let mut h = 0;
        while self.tok.tok != close {
            let (e, eh) = self.list_item()?;
            h = h.max(eh);
            items.push(e);
            match self.tok.tok {
                Tok::Comma => {
                    self.bump();
                    trailing = true;
                }
                t if t == close => trailing = false,
                _ => return None,
            }
        }
        self.bump();
        Some((items, trailing, h))
    }

    fn paren(&mut self) -> R<Built> {
        let start = self.tok.start;
        let (mut items, trailing, h) = self.items(Tok::RParen)?;
        if items.len() == 1 && !trailing {
            let mut e = items.pop()?;
            if matches!(e.kind, ExprKind::Starred(_)) {
                return None;
            }
            e.span = self.span(start, self.prev_end);
            return Some((e, h));
        }
        self.node(ExprKind::Tuple(items), start, self.prev_end, h + 1)
    }

    fn list(&mut self) -> R<Built> {
        let start = self.tok.start;
        let (items, _, h) = self.items(Tok::RBracket)?;
        self.node(ExprKind::List(items), start, self.prev_end, h + 1)
    }

    /// `{…}`: a dict (its first item has a `:` or is `**m`) or a set; `{}` is a dict.
    fn braces(&mut self) -> R<Built> {
        let start = self.tok.start;
        self.bump();
        let mut pairs = Vec::new();
        let mut set = Vec::new();
        let mut h = 0;
        while self.tok.tok != Tok::RBrace {
            let item_start = self.tok.start;
            match self.tok.tok {
                Tok::Bin(BinOp::Pow) => {
                    // `**m`: written as a `Starred` key with no value.
                    self.bump();
                    let (m, mh) = self.arith()?;
                    h = h.max(mh + 1);
                    let sp = self.span(item_start, self.end);
                    let key = Expr {
                        kind: ExprKind::Starred(Box::new(m)),
                        span: sp,
                    };
                    let none = Expr {
                        kind: ExprKind::NoneLit,
                        span: sp,
                    };
                    pairs.push((key, none));
                }
                Tok::Bin(BinOp::Mul) => {
                    let (e, eh) = self.star()?;
                    h = h.max(eh);
                    set.push(e);
                }
                _ => {
                    let (k, kh) = self.expr()?;
                    if self.tok.tok == Tok::Colon {
                        self.bump();
                        let (v, vh) = self.expr()?;
                        h = h.max(kh).max(vh);
                        pairs.push((k, v));
                    } else {
                        h = h.max(kh);
                        set.push(k);
                    }
                }
            }
            if !pairs.is_empty() && !set.is_empty() {
                return None;
            }
            match self.tok.tok {
                Tok::Comma => self.bump(),
                Tok::RBrace => {}
                _ => return None,
            }
        }
        self.bump();
        let end = self.prev_end;
        if set.is_empty() {
            self.node(ExprKind::Dict(pairs), start, end, h + 1)
        } else {
            self.node(ExprKind::Set(set), start, end, h + 1)
        }
    }

    /// `lambda a, b=1: body` with plain parameters; `*`, `/` and `**` are the grammar's.
    fn lambda(&mut self) -> R<Built> {
        let start = self.tok.start;
        self.bump();
        let mut params = Params::default();
        let mut h = 0;
        while self.tok.tok == Tok::Name {
            let name: Rc<str> = Rc::from(&self.text[self.tok.start..self.tok.end]);
            if params.positional.iter().any(|p| p.name == name) {
                return None;
            }
            self.bump();
            let default = if self.tok.tok == Tok::Assign {
                self.bump();
                let (e, eh) = self.expr()?;
                h = h.max(eh);
                Some(e)
            } else {
                if params
                    .positional
                    .last()
                    .is_some_and(|p| p.default.is_some())
                {
                    return None;
                }
                None
            };
            params.positional.push(Param { name, default });
            if self.tok.tok != Tok::Comma {
                break;
            }
            self.bump();
        }
        self.eat(Tok::Colon)?;
        let body = self.expr()?;
        let span = self.span(start, self.end);
        lambda_node(params, body, span, h).ok()
    }
}
