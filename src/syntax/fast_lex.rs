//! Tokens for the fast parser (`syntax::fast`): one scan over a logical line with the
//! grammar's own lexical rules — its whitespace and comments, its number, string and
//! identifier rules (ASCII identifiers, the grammar's keyword list) — so that a token here
//! is exactly what the grammar would match at that byte. Anything the grammar has no rule
//! for at that point (a stray backslash, a non-ASCII letter, `$`, `!`) is `Tok::Bad`, and
//! the fast parser then leaves the line to the grammar.

use super::ast::{BinOp, CmpOp};
use super::lexical;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Name,
    Number,
    /// One string literal, with its prefix.
    Str,
    Kw(Kw),
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    /// `x?` (IPython's help).
    Question,
    Assign,
    /// `+=`, `**=`, …
    AugAssign(BinOp),
    /// `+ - * ** / // % @ | ^ & << >>` (`*`, `**`, `+`, `-` also star, double star, prefix).
    Bin(BinOp),
    Tilde,
    /// `== != < <= > >=` (`in`, `is` and `not` are keywords).
    Cmp(CmpOp),
    /// Something the fast parser does not take (`:=`, `->`, a stray character).
    Bad,
    End,
}

/// The keywords that can appear in the statements the fast parser takes; every other
/// keyword of the grammar is `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    Not,
    And,
    Or,
    If,
    Else,
    In,
    Is,
    Lambda,
    None,
    True,
    False,
    Pass,
    Break,
    Continue,
    Return,
    Other,
}

/// The keywords the fast parser tells apart; the others (`syntax::lexical::KEYWORDS`) are
/// `Kw::Other`. None of them is an identifier.
fn keyword(w: &[u8]) -> Option<Kw> {
    Some(match w {
        b"not" => Kw::Not,
        b"and" => Kw::And,
        b"or" => Kw::Or,
        b"if" => Kw::If,
        b"else" => Kw::Else,
        b"in" => Kw::In,
        b"is" => Kw::Is,
        b"lambda" => Kw::Lambda,
        b"None" => Kw::None,
        b"True" => Kw::True,
        b"False" => Kw::False,
        b"pass" => Kw::Pass,
        b"break" => Kw::Break,
        b"continue" => Kw::Continue,
        b"return" => Kw::Return,
        _ if lexical::is_keyword(w) => Kw::Other,
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub tok: Tok,
    /// Byte range in the line's text.
    pub start: usize,
    pub end: usize,
}

fn ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The grammar's implicit whitespace and comments from `i` on: where the next token
/// starts, or `None` at a backslash that does not continue the line.
fn skip(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' | b'\r' | b'\n' | b'\x0C' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' => match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\n'), _) => i += 2,
                (Some(b'\r'), Some(b'\n')) => i += 3,
                _ => return None,
            },
            _ => break,
        }
    }
    Some(i)
}

/// `digits = ASCII_DIGIT ~ ("_"? ~ ASCII_DIGIT)*` from `i` (which holds a digit).
fn digits(b: &[u8], mut i: usize) -> usize {
    i += 1;
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_digit() => i += 1,
            Some(b'_') if b.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 2,
            _ => return i,
        }
    }
}

/// The grammar's `number` from `i`: a radix integer, else a decimal with an optional
/// fraction, exponent and `j`.
fn number(b: &[u8], i: usize) -> usize {
    if b[i] == b'0' {
        let radix: Option<fn(&u8) -> bool> = match b.get(i + 1) {
            Some(b'x' | b'X') => Some(u8::is_ascii_hexdigit),
            Some(b'b' | b'B') => Some(|c| matches!(c, b'0' | b'1')),
            Some(b'o' | b'O') => Some(|c| matches!(c, b'0'..=b'7')),
            _ => None,
        };
        if let Some(ok) = radix {
            // Digits, each after at most one underscore (`0x_ff`, `0b1_0`).
            let mut j = i + 2;
            loop {
                let k = j + usize::from(b.get(j) == Some(&b'_'));
                match b.get(k) {
                    Some(c) if ok(c) => j = k + 1,
                    _ => break,
                }
            }
            if j > i + 2 {
                return j;
            }
        }
    }
    let mut j = if b[i] == b'.' {
        digits(b, i + 1)
    } else {
        let j = digits(b, i);
        match b.get(j) {
            Some(b'.') if b.get(j + 1).is_some_and(u8::is_ascii_digit) => digits(b, j + 1),
            Some(b'.') => j + 1,
            _ => j,
        }
    };
    if matches!(b.get(j), Some(b'e' | b'E')) {
        let k = j + 1 + usize::from(matches!(b.get(j + 1), Some(b'+' | b'-')));
        if b.get(k).is_some_and(u8::is_ascii_digit) {
            j = digits(b, k);
        }
    }
    if matches!(b.get(j), Some(b'j' | b'J')) {
        j += 1;
    }
    j
}

/// The token starting at `i` (where `skip` stopped).
pub fn token(b: &[u8], i: usize) -> Token {
    let at = |tok, len| Token {
        tok,
        start: i,
        end: i + len,
    };
    let Some(&c) = b.get(i) else {
        return at(Tok::End, 0);
    };
    let next = b.get(i + 1).copied().unwrap_or(0);
    let third = b.get(i + 2).copied().unwrap_or(0);
    if c.is_ascii_digit() || (c == b'.' && next.is_ascii_digit()) {
        return at(Tok::Number, number(b, i) - i);
    }
    if c.is_ascii_alphabetic() || c == b'_' {
        let n = b[i..].iter().take_while(|&&c| ident_char(c)).count();
        let word = &b[i..i + n];
        if matches!(b.get(i + n), Some(b'"' | b'\'')) && lexical::is_string_prefix(word) {
            return match lexical::string_end(b, i + n) {
                Ok(e) => at(Tok::Str, e - i),
                Err(_) => at(Tok::Bad, n),
            };
        }
        return at(keyword(word).map_or(Tok::Name, Tok::Kw), n);
    }
    let aug = |op| {
        if next == b'=' {
            at(Tok::AugAssign(op), 2)
        } else {
            at(Tok::Bin(op), 1)
        }
    };
    match c {
        b'"' | b'\'' => match lexical::string_end(b, i) {
            Ok(e) => at(Tok::Str, e - i),
            Err(_) => at(Tok::Bad, 1),
        },
        b'(' => at(Tok::LParen, 1),
        b')' => at(Tok::RParen, 1),
        b'[' => at(Tok::LBracket, 1),
        b']' => at(Tok::RBracket, 1),
        b'{' => at(Tok::LBrace, 1),
        b'}' => at(Tok::RBrace, 1),
        b',' => at(Tok::Comma, 1),
        b';' => at(Tok::Semi, 1),
        b'?' => at(Tok::Question, 1),
        b'~' => at(Tok::Tilde, 1),
        b':' if next == b'=' => at(Tok::Bad, 2),
        b':' => at(Tok::Colon, 1),
        b'.' if next == b'.' && third == b'.' => at(Tok::Ellipsis, 3),
        b'.' => at(Tok::Dot, 1),
        b'=' if next == b'=' => at(Tok::Cmp(CmpOp::Eq), 2),
        b'=' => at(Tok::Assign, 1),
        b'!' if next == b'=' => at(Tok::Cmp(CmpOp::Ne), 2),
        b'<' if next == b'<' && third == b'=' => at(Tok::AugAssign(BinOp::LShift), 3),
        b'<' if next == b'<' => at(Tok::Bin(BinOp::LShift), 2),
        b'<' if next == b'=' => at(Tok::Cmp(CmpOp::Le), 2),
        b'<' => at(Tok::Cmp(CmpOp::Lt), 1),
        b'>' if next == b'>' && third == b'=' => at(Tok::AugAssign(BinOp::RShift), 3),
        b'>' if next == b'>' => at(Tok::Bin(BinOp::RShift), 2),
        b'>' if next == b'=' => at(Tok::Cmp(CmpOp::Ge), 2),
        b'>' => at(Tok::Cmp(CmpOp::Gt), 1),
        b'*' if next == b'*' && third == b'=' => at(Tok::AugAssign(BinOp::Pow), 3),
        b'*' if next == b'*' => at(Tok::Bin(BinOp::Pow), 2),
        b'*' => aug(BinOp::Mul),
        b'/' if next == b'/' && third == b'=' => at(Tok::AugAssign(BinOp::FloorDiv), 3),
        b'/' if next == b'/' => at(Tok::Bin(BinOp::FloorDiv), 2),
        b'/' => aug(BinOp::Div),
        b'-' if next == b'>' => at(Tok::Bad, 2),
        b'-' => aug(BinOp::Sub),
        b'+' => aug(BinOp::Add),
        b'%' => aug(BinOp::Mod),
        b'@' => aug(BinOp::MatMul),
        b'|' => aug(BinOp::Or),
        b'^' => aug(BinOp::Xor),
        b'&' => aug(BinOp::And),
        _ => at(Tok::Bad, 1),
    }
}

/// The next token at or after byte `i`: whitespace and comments skipped.
pub fn next_token(b: &[u8], i: usize) -> Token {
    match skip(b, i) {
        Some(s) => token(b, s),
        None => Token {
            tok: Tok::Bad,
            start: i,
            end: i,
        },
    }
}
