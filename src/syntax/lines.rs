//! Splitting source text into logical lines: a newline ends a statement unless it is inside
//! brackets, a triple-quoted string or after a backslash — Python's rule. The REPL uses the
//! same scan to decide whether Enter should continue the statement.

/// One logical line: its byte range in the source (without the final newline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
}

/// The logical lines of `src` that contain code or a comment, and whether the text ends in
/// the middle of a statement (open bracket, open triple-quoted string, trailing backslash).
pub fn split(src: &str) -> (Vec<Chunk>, bool) {
    let bytes = src.as_bytes();
    let mut chunks = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0usize;
    let mut i = 0usize;
    let mut continued = false;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                if triple {
                    i += 3;
                    loop {
                        if i >= bytes.len() {
                            // Unterminated triple-quoted string.
                            return (finish(src, chunks, start, bytes.len()), true);
                        }
                        if bytes[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if bytes[i] == c
                            && bytes.get(i + 1) == Some(&c)
                            && bytes.get(i + 2) == Some(&c)
                        {
                            i += 3;
                            break;
                        }
                        i += 1;
                    }
                    continue;
                }
                i += 1;
                while i < bytes.len() && bytes[i] != c && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => {
                i += 2;
                continued = true;
                continue;
            }
            b'\n' if depth <= 0 => {
                push_chunk(src, &mut chunks, start, i);
                start = i + 1;
                depth = 0;
            }
            _ => {}
        }
        continued = false;
        i += 1;
    }
    let incomplete = depth > 0 || continued;
    (finish(src, chunks, start, bytes.len()), incomplete)
}

fn finish(src: &str, mut chunks: Vec<Chunk>, start: usize, end: usize) -> Vec<Chunk> {
    push_chunk(src, &mut chunks, start, end);
    chunks
}

fn push_chunk(src: &str, chunks: &mut Vec<Chunk>, start: usize, end: usize) {
    let text = src.get(start..end).unwrap_or("");
    if text.trim().is_empty() {
        return;
    }
    chunks.push(Chunk { start, end });
}
