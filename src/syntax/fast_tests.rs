//! The fast parser against the grammar: on every logical line of the conformance suite,
//! the docstring transcripts, the examples, hand-picked edge cases and a seeded random
//! generator of statements (valid and broken), wherever the fast parser takes a line the
//! grammar must take it too and build the same tree, spans included.

use super::fast;
use super::parser::{parse_with_grammar, Line};
use super::tokenize;
use std::path::Path;

/// Compare the two parsers on one logical line; true if the fast one took it.
fn check(text: &str, base: usize) -> bool {
    let Some(quick) = fast::parse_line(text, base) else {
        return false;
    };
    match parse_with_grammar(text, base) {
        Ok(Line::Stmts(full)) => {
            assert_eq!(
                format!("{:?}", quick),
                format!("{:?}", full),
                "trees differ for {:?}",
                text
            );
            assert!(quick == full, "trees differ for {:?}", text);
        }
        other => panic!(
            "the fast parser took {:?}, the grammar gave {:?}",
            text, other
        ),
    }
    true
}

/// Every logical line of a source text, as `blocks::parse` cuts them; (taken, all).
fn check_source(src: &str) -> (usize, usize) {
    let (mut taken, mut all) = (0, 0);
    for chunk in tokenize::statements(src) {
        if chunk.error.is_some() {
            continue;
        }
        for l in tokenize::logical_lines(src, &chunk) {
            let text = &src[l.start..l.end];
            all += 1;
            taken += usize::from(check(text, l.start));
        }
    }
    (taken, all)
}

/// The code of a doctest transcript (`>>> ` and `... ` lines).
fn transcript_code(src: &str) -> String {
    let mut out = String::new();
    for line in src.lines() {
        if let Some(code) = line
            .strip_prefix(">>> ")
            .or_else(|| line.strip_prefix("... "))
        {
            out.push_str(code);
            out.push('\n');
        } else if line == ">>>" || line == "..." {
            out.push('\n');
        }
    }
    out
}

fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn agrees_on_the_suite_and_examples() {
    let mut sources = Vec::new();
    for (dir, ext) in [
        ("tests/conformance", "py"),
        ("examples", "arr"),
        ("fuzz/corpus", "arr"),
    ] {
        for p in files(dir, ext) {
            sources.push(std::fs::read_to_string(&p).unwrap_or_default());
        }
    }
    for p in files("tests/docstrings", "py") {
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        sources.push(src.clone());
        sources.push(transcript_code(&src));
    }
    assert!(sources.len() > 100, "only {} sources found", sources.len());
    let (mut taken, mut all) = (0, 0);
    for src in &sources {
        let (t, a) = check_source(src);
        taken += t;
        all += a;
    }
    // Most lines people write are simple statements: the fast parser must take them.
    assert!(
        taken * 2 > all,
        "the fast parser took only {} of {} lines",
        taken,
        all
    );
}

/// Lines chosen for the grammar's corners: spans that take trailing whitespace and
/// comments, literals, operators the grammar reads with a lookahead, and lines it rejects.
const EDGES: &[&str] = &[
    "y = x[4:100:5]",
    "b = a + 1",
    "x = 1, 2   # a comment",
    "x = 1, 2,  # a comment",
    "a < b  # c",
    "not not a  ",
    "f(a < b , c) ",
    "x[1: ]",
    "x[ :2 ]",
    "x[::]",
    "x[1:2:3, ::-1, ..., None]",
    "x[1 :: 2 ]",
    "x[a, b,]",
    "x[*a]",
    "x[*a, 1:2]",
    "x[a:=1]",
    "x[lambda: 1]",
    "x[lambda: 1:2]",
    "(a := 1)",
    "f(a=1, *b, c=2, **d)",
    "f(a==1)",
    "f(a= =1)",
    "f(a,)",
    "f(,)",
    "f(x for x in y)",
    "{}",
    "{1, *a}",
    "{1: 2, **m, 3: 4}",
    "{1: 2, 3}",
    "{1, 2: 3}",
    "{**m}",
    "()",
    "(1,)",
    "(*a,)",
    "(*a)",
    "[*a, b]",
    "[a for a in b]",
    "'a' 'b'  'c'",
    "b'a' b'c'",
    "'a' b'c'",
    "f'{x}' 'y'",
    "rb'\\n' Rb\"x\" ub'x' ff'x'",
    "'''a\nb''' \"\"\"c\"\"\"",
    "x = 'unterminated",
    "1_000 + 0x1F + 0o17 + 0b101 + 1e5 + 1.5j + .5 + 1. + 1.e3",
    "0x_1",
    "0x_f_F + 0B_1_0 + 0o_17",
    "0x__1",
    "0x1_",
    "0b12",
    "1__0",
    "1_",
    "0777",
    "1.real",
    "1 .real",
    "1..real",
    "1if x else 2",
    "1else",
    "x.5",
    "a if b else c if d else e",
    "a if b else lambda: 1",
    "lambda: 0",
    "lambda x, y=2,: x + y",
    "lambda x, x: 1",
    "lambda x=1, y: 1",
    "lambda *a: 1",
    "lambda: lambda: 1",
    "-2**-1 ** ~3",
    "a - -b + +c * ~d // e % f @ g | h ^ i & j << k >> l",
    "a < < b",
    "a <<b",
    "a << = b",
    "a <<= b",
    "a **= 2",
    "a //= 2; b >>= 1; c @= d;",
    "a;;",
    ";",
    "a is not b is c not in d in e",
    "a not b",
    "a is notb",
    "not a == b and c or d and not e",
    "a or b or c or d or e",
    "a = b = c, d",
    "a, *b = c",
    "*a, *b = c",
    "*a = b",
    "[a, b] = c",
    "f() = 1",
    "1 = x",
    "a + 1 = 2",
    "(a) = 1",
    "a, = b",
    "x += 1, 2",
    "a, b += 1",
    "[a] += 1",
    "x?",
    "x ?",
    "x, y?",
    "x??",
    "x: int = 3",
    "pass",
    "pass; break; continue",
    "return",
    "return a, b  # c",
    "passed = 1",
    "return_ = 1",
    "import numpy as np",
    "if x: y = 1",
    "for i in range(3): pass",
    "%timeit x + 1",
    "@deco",
    "del x",
    "await x",
    "x = yield",
    "f(a)(b)[c].d",
    "f(\n  a,  # one\n  b,\n)",
    "x = \\\n  1",
    "x = 1 \\ 2",
    "x = é",
    "x = $",
    "a -> b",
    "a != b <> c",
    "a ! = b",
    "...",
    "x[...]",
    "a...",
    ". . .",
    "None.x",
    "x.None",
    "True + False",
    "12345678901234567890123456789012345678901234567890",
    "x = ((((((((((((((((((((1))))))))))))))))))))",
];

#[test]
fn agrees_on_edge_cases() {
    for text in EDGES {
        check(text, 0);
        check(text, 17);
    }
    // The statements the benchmarks repeat are the fast parser's, and both parsers take
    // `<` and `>` before a comment or a line continuation (as CPython takes them).
    for text in [
        "y = x[4:100:5]",
        "b = a + 1",
        "x = np.sqrt(a**2 + b**2)",
        "(a < # c\n b)",
        "a >\\\n b",
    ] {
        assert!(check(text, 0), "the fast parser declined {:?}", text);
    }
}

#[test]
fn leaves_deep_trees_to_the_grammar() {
    // Comparing and dropping trees thousands of nodes tall recurses: a big stack, as the
    // interpreter's own thread has.
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(deep_trees)
        .map(|t| t.join());
    assert!(matches!(run, Ok(Ok(()))));
}

fn deep_trees() {
    // Past the height limit, the grammar's RecursionError; near it, the same tree.
    for n in [100, 1000, 2998, 2999, 3000, 5000] {
        let minus = format!("x = {}1", "-".repeat(n));
        let plus = format!("x = 1{}", " + 1".repeat(n));
        let attrs = format!("x = a{}", ".b".repeat(n));
        let nots = format!("x = {}a", "not ".repeat(n));
        for text in [minus, plus, attrs, nots] {
            check(&text, 0);
        }
    }
}

/// xorshift64*: a small deterministic generator, so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const ATOMS: &[&str] = &[
    "x", "a", "np", "_b1", "1", "0", "2.5", "1e3", "3j", "0x1f", "1_0", ".5", "'s'", "b'b'",
    "\"d\"", "f'{x}'", "None", "True", "False", "...", "[]", "()", "{}",
];
const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "@", "|", "^", "&", "<<", ">>", "<", ">", "==", "!=",
    "<=", ">=", "in", "not in", "is", "is not", "and", "or",
];
const SPACES: &[&str] = &["", " ", " ", "  ", "\t", " # c\n", "\\\n"];
const NOISE: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ",", ":", "=", "*", "**", ".", "not", "if", "else", "lambda",
    "for", ";", "?", "+=", ":=", "-", "~", "1", "x", "'", "#",
];

/// A random expression of depth at most `d`.
fn gen_expr(r: &mut Rng, d: usize, out: &mut String) {
    let ws = |r: &mut Rng, out: &mut String| out.push_str(r.pick(SPACES));
    if d == 0 {
        out.push_str(r.pick(ATOMS));
        return;
    }
    match r.below(14) {
        0 | 1 => {
            gen_expr(r, d - 1, out);
            ws(r, out);
            out.push_str(r.pick(BINOPS));
            ws(r, out);
            gen_expr(r, d - 1, out);
        }
        2 => {
            out.push_str(r.pick(&["-", "+", "~", "not "]));
            ws(r, out);
            gen_expr(r, d - 1, out);
        }
        3 => {
            out.push('(');
            gen_list(r, d, out);
            out.push(')');
        }
        4 => {
            out.push('[');
            gen_list(r, d, out);
            out.push(']');
        }
        5 => {
            out.push('{');
            for i in 0..r.below(3) {
                if i > 0 {
                    out.push_str(", ");
                }
                match r.below(3) {
                    0 => out.push_str("**m"),
                    _ => {
                        gen_expr(r, d - 1, out);
                        if r.below(4) > 0 {
                            out.push_str(": ");
                            gen_expr(r, d - 1, out);
                        }
                    }
                }
            }
            out.push('}');
        }
        6 => {
            gen_expr(r, 0, out);
            out.push('(');
            for i in 0..r.below(4) {
                if i > 0 {
                    out.push(',');
                    ws(r, out);
                }
                out.push_str(r.pick(&["", "", "*", "**", "k=", "key = "]));
                gen_expr(r, d - 1, out);
            }
            if r.below(4) == 0 {
                out.push(',');
            }
            out.push(')');
        }
        7 => {
            gen_expr(r, d - 1, out);
            out.push('[');
            for i in 0..1 + r.below(3) {
                if i > 0 {
                    out.push(',');
                    ws(r, out);
                }
                for j in 0..r.below(4) {
                    if j > 0 {
                        out.push(':');
                        ws(r, out);
                    }
                    if r.below(3) > 0 {
                        gen_expr(r, d - 1, out);
                    }
                }
            }
            out.push(']');
        }
        8 => {
            gen_expr(r, d - 1, out);
            out.push_str(r.pick(&[".", " . "]));
            out.push_str(r.pick(&["T", "shape", "sum", "if"]));
        }
        9 => {
            gen_expr(r, d - 1, out);
            out.push_str(" if ");
            gen_expr(r, d - 1, out);
            out.push_str(" else ");
            gen_expr(r, d - 1, out);
        }
        10 => {
            out.push_str(r.pick(&["lambda: ", "lambda x: ", "lambda x, y=1: ", "lambda *a: "]));
            gen_expr(r, d - 1, out);
        }
        11 => {
            out.push('*');
            gen_expr(r, d - 1, out);
        }
        _ => gen_expr(r, d - 1, out),
    }
}

fn gen_list(r: &mut Rng, d: usize, out: &mut String) {
    let n = r.below(4);
    for i in 0..n {
        if i > 0 {
            out.push_str(r.pick(&[",", ", ", " ,"]));
        }
        gen_expr(r, d - 1, out);
    }
    if n > 0 && r.below(3) == 0 {
        out.push(',');
    }
}

/// A random statement: an expression, an assignment or an augmented assignment, maybe
/// with a comment, maybe broken by one token put in, taken out or swapped.
fn gen_stmt(r: &mut Rng) -> String {
    let mut s = String::new();
    for i in 0..1 + r.below(2) {
        if i > 0 {
            s.push_str("; ");
        }
        match r.below(5) {
            0 => {
                gen_expr(r, 1, &mut s);
                s.push_str(r.pick(&[" = ", " += ", " **= ", "="]));
                gen_expr(r, 3, &mut s);
            }
            1 => {
                s.push_str(r.pick(&["x", "a, b", "x[1:2]", "*a, b", "x.y"]));
                s.push_str(" = ");
                gen_expr(r, 3, &mut s);
            }
            2 => s.push_str(r.pick(&["pass", "return", "return x", "break"])),
            _ => gen_expr(r, 4, &mut s),
        }
    }
    if r.below(4) == 0 {
        s.push_str(r.pick(&["  # note", " ", ";", "?"]));
    }
    if r.below(3) == 0 && !s.is_empty() {
        // Break it: put a token in, take a byte out, or cut the line short.
        let mut at = r.below(s.len());
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match r.below(3) {
            0 => s.insert_str(at, r.pick(NOISE)),
            1 => {
                s.remove(at);
            }
            _ => s.truncate(at),
        }
    }
    s
}

#[test]
fn agrees_on_random_statements() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut taken, mut all) = (0, 0);
    for _ in 0..30_000 {
        let s = gen_stmt(&mut r);
        // Only lines the tokenizer passes reach either parser.
        let chunks: Vec<_> = tokenize::statements(&s).collect();
        if chunks.len() != 1 || chunks[0].error.is_some() || s.contains('\n') && s.ends_with('\\') {
            continue;
        }
        for l in tokenize::logical_lines(&s, &chunks[0]) {
            all += 1;
            taken += usize::from(check(&s[l.start..l.end], l.start));
        }
    }
    assert!(all > 10_000 && taken * 4 > all, "took {} of {}", taken, all);
}

/// The grammar's string prefixes are `lexical::is_string_prefix`'s, and the fast parser
/// agrees with it on every prefix of up to three letters.
#[test]
fn string_prefixes_follow_the_shared_rule() {
    let letters = ["", "r", "R", "b", "B", "u", "U", "f", "F", "x"];
    for a in letters {
        for b in letters {
            for c in ["", "r", "b", "f", "u"] {
                let prefix = format!("{}{}{}", a, b, c);
                for q in ["\"x\"", "'x'", "'''x'''"] {
                    let text = format!("{}{}", prefix, q);
                    check(&text, 0);
                    let grammar = matches!(parse_with_grammar(&text, 0), Ok(Line::Stmts(_)));
                    let rule = super::lexical::is_string_prefix(prefix.as_bytes());
                    assert_eq!(grammar, rule, "prefix {:?}", prefix);
                }
            }
        }
    }
}

/// The grammar's keywords are `lexical::KEYWORDS`: none can be assigned to, and the soft
/// keywords and near misses can.
#[test]
fn keywords_follow_the_shared_list() {
    for k in super::lexical::KEYWORDS {
        let text = format!("{} = 1", k);
        check(&text, 0);
        assert!(parse_with_grammar(&text, 0).is_err(), "{:?}", text);
        let near = format!("{}_ = 1", k);
        assert!(check(&near, 0), "{:?}", near);
    }
    for w in [
        "match",
        "case",
        "_",
        "type",
        "print",
        "exec",
        "nonlocals",
        "Async",
    ] {
        let text = format!("{} = 1", w);
        assert!(check(&text, 0), "{:?}", text);
    }
}
