//! The lexical rules every scanner shares — the statement cutter (`tokenize`), the fast
//! parser's tokens (`fast_lex`), the prompt's highlighter and completer — so they cannot
//! disagree: Python's keywords, its string prefixes and where a string literal ends. The
//! grammar (grammar/arrsh.pest) spells the same rules in pest; the unit tests in
//! `syntax::fast_tests` check it against these.

/// CPython 3.11's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Is `w` one of Python's keywords?
pub fn is_keyword(w: &[u8]) -> bool {
    KEYWORDS.iter().any(|k| k.as_bytes() == w)
}

/// Is `p` a string prefix CPython accepts: `r u f b fr rf br rb` in any case?
pub fn is_string_prefix(p: &[u8]) -> bool {
    let lower = p.to_ascii_lowercase();
    matches!(
        lower.as_slice(),
        b"" | b"r" | b"u" | b"f" | b"b" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// Where the string literal whose opening quote is at `q` ends: `Ok(index after its closing
/// quote)`, or `Err(index)` of the newline (single-quoted) or the text's end where it was
/// found unterminated. A backslash escapes the next character, a line break (`\n` or
/// `\r\n`) included.
pub fn string_end(b: &[u8], q: usize) -> Result<usize, usize> {
    let quote = b[q];
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    let mut i = q + if triple { 3 } else { 1 };
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => {
                i += match (b.get(i + 1), b.get(i + 2)) {
                    (Some(b'\r'), Some(b'\n')) => 3,
                    _ => 2,
                };
                continue;
            }
            b'\n' if !triple => return Err(i),
            _ if c == quote => {
                if !triple {
                    return Ok(i + 1);
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    return Ok(i + 3);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(b.len())
}
