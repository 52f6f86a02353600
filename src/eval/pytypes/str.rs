//! `str` methods. Python indexes strings by code point, so the searching methods work on
//! the characters, not the UTF-8 bytes.

use super::arity::{keywords, no_args, parse_tuple, positional};
use super::clamp_range;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::{iter_values, to_i64};
use crate::value::Value;

pub const METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "index",
    "isalnum",
    "isalpha",
    "isdecimal",
    "isdigit",
    "islower",
    "isnumeric",
    "isspace",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
    // Answered by `builtins::str_format` (see `pytypes::call`).
    "format",
    "format_map",
];

/// Python's `str.isspace` for one character (which, unlike Rust, counts the separators
/// U+001C..U+001F).
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

/// A `str` argument, with CPython's message naming what was given instead.
fn str_arg(what: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::type_err(format!(
            "{} must be str, not {}",
            what,
            other.type_of().short_name()
        ))),
    }
}

/// `chars` of `strip`: None means whitespace.
fn strip_chars(name: &str, args: &Args) -> PyResult<Option<Vec<char>>> {
    let a = positional("str", name, args, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.chars().collect())),
        Some(_) => Err(PyErr::type_err(format!("{} arg must be None or str", name))),
    }
}

/// The part of `s` between code points `start` and `end` (Python's clamped slice
/// bounds) and the code point it starts at, or None when `start` is past the end. Found
/// in place: byte offsets for ASCII text, a walk over the characters otherwise.
fn window<'a>(
    s: &'a str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(&'a str, usize)>> {
    if start.is_none() && end.is_none() {
        return Ok(Some((s, 0)));
    }
    let ascii = s.is_ascii();
    let n = char_len(s);
    let Some((lo, hi)) = clamp_range(n, start, end)? else {
        return Ok(None);
    };
    let byte = |k: usize| match ascii {
        true => k,
        false => s.char_indices().nth(k).map_or(s.len(), |(b, _)| b),
    };
    Ok(Some((&s[byte(lo)..byte(hi)], lo)))
}

/// Code points in `s` (one per byte for ASCII).
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `find`/`rfind`/`index`/`rindex`/`count`: `(sub[, start[, end]])`, searched in the
/// UTF-8 text itself (a UTF-8 match is a code-point match) and answered in code points.
fn search(s: &str, name: &str, args: &Args) -> PyResult<Value> {
    parse_tuple("str", name, args, 1, 3)?;
    let a = &args.pos;
    let sub: &str = match &a[0] {
        Value::Str(x) => x,
        other => {
            return Err(PyErr::type_err(format!(
                "must be str, not {}",
                other.type_of().short_name()
            )))
        }
    };
    let range = window(s, a.get(1), a.get(2))?;
    if name == "count" {
        // Non-overlapping, left to right; an empty `sub` matches at every boundary.
        return Ok(Value::Int(match range {
            Some((w, _)) => w.matches(sub).count() as i128,
            None => 0,
        }));
    }
    let found = range.and_then(|(w, lo)| {
        let at = match name.starts_with('r') {
            true => w.rfind(sub),
            false => w.find(sub),
        };
        at.map(|b| lo + char_len(&w[..b]))
    });
    match found {
        Some(i) => Ok(Value::Int(i as i128)),
        None if name.ends_with("find") => Ok(Value::Int(-1)),
        None => Err(PyErr::value("substring not found")),
    }
}

/// `startswith`/`endswith`: a prefix or a tuple of them, optional start and end.
fn affix(s: &str, name: &str, args: &Args) -> PyResult<Value> {
    parse_tuple("str", name, args, 1, 3)?;
    let a = &args.pos;
    let Some((part, _)) = window(s, a.get(1), a.get(2))? else {
        return Ok(Value::Bool(false));
    };
    // A UTF-8 prefix (suffix) is a code-point one.
    let test = |p: &str| match name {
        "startswith" => part.starts_with(p),
        _ => part.ends_with(p),
    };
    match &a[0] {
        Value::Str(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(items) => {
            for x in items.iter() {
                match x {
                    Value::Str(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(PyErr::type_err(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            other.type_of().short_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_err(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            other.type_of().short_name()
        ))),
    }
}

/// `split`/`rsplit` on runs of whitespace, at most `max` times (negative: no limit).
fn split_whitespace(s: &str, max: i64, reverse: bool) -> Vec<Value> {
    let chars: Vec<char> = if reverse {
        s.chars().rev().collect()
    } else {
        s.chars().collect()
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    let n = chars.len();
    loop {
        while i < n && is_space(chars[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if max >= 0 && out.len() as i64 == max {
            let rest: String = chars[i..].iter().collect();
            out.push(rest);
            break;
        }
        let start = i;
        while i < n && !is_space(chars[i]) {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    if reverse {
        out.reverse();
        out.iter()
            .map(|w| Value::str(&w.chars().rev().collect::<String>()))
            .collect()
    } else {
        out.iter().map(|w| Value::str(w)).collect()
    }
}

fn split(s: &str, name: &str, args: &Args) -> PyResult<Value> {
    let a = keywords(name, args, &["sep", "maxsplit"], 0)?;
    let max = match &a[1] {
        None => -1,
        Some(v) => to_i64(v)?,
    };
    let reverse = name == "rsplit";
    let sep = match &a[0] {
        None | Some(Value::None) => return Ok(Value::list(split_whitespace(s, max, reverse))),
        Some(Value::Str(x)) => x.to_string(),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "must be str or None, not {}",
                other.type_of().short_name()
            )))
        }
    };
    if sep.is_empty() {
        return Err(PyErr::value("empty separator"));
    }
    let parts: Vec<Value> = match (reverse, usize::try_from(max)) {
        (false, Ok(m)) => s.splitn(m + 1, sep.as_str()).map(Value::str).collect(),
        (false, Err(_)) => s.split(sep.as_str()).map(Value::str).collect(),
        (true, Ok(m)) => {
            let mut v: Vec<Value> = s.rsplitn(m + 1, sep.as_str()).map(Value::str).collect();
            v.reverse();
            v
        }
        (true, Err(_)) => s.split(sep.as_str()).map(Value::str).collect(),
    };
    Ok(Value::list(parts))
}

/// `splitlines([keepends])`: every line boundary Python knows.
fn splitlines(s: &str, args: &Args) -> PyResult<Value> {
    let a = keywords("splitlines", args, &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => crate::value::convert::truthy(v)?,
        None => false,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\u{0b}'
                | '\u{0c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line_end = if keep { end } else { i };
            out.push(Value::str(
                &chars[start..line_end].iter().collect::<String>(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(Value::str(&chars[start..].iter().collect::<String>()));
    }
    Ok(Value::list(out))
}

/// `ljust`/`rjust`/`center`: `(width[, fillchar])`.
fn justify(s: &str, name: &str, args: &Args) -> PyResult<Value> {
    let a = positional("str", name, args, 1, 2)?;
    let width = to_i64(&a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_err(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "{}() argument 2 must be str of length 1, not {}",
                name,
                other.type_of().short_name()
            )))
        }
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(Value::str(s));
    }
    let marg = width - n;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        // CPython's `pad`: the odd space goes left only when the width is odd too.
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let pad = |k: i64| std::iter::repeat_n(fill, k as usize).collect::<String>();
    Ok(Value::str(&format!("{}{}{}", pad(left), s, pad(right))))
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = is_cased(c);
    }
    out
}

/// A predicate over every character: false for the empty string, as in Python.
fn all_chars(s: &str, f: impl Fn(char) -> bool) -> Value {
    Value::Bool(!s.is_empty() && s.chars().all(f))
}

/// `isupper`/`islower`: some cased character and none of the other case.
fn case_test(s: &str, upper: bool) -> Value {
    let mut cased = false;
    for c in s.chars() {
        if (upper && c.is_lowercase()) || (!upper && c.is_uppercase()) {
            return Value::Bool(false);
        }
        cased |= is_cased(c);
    }
    Value::Bool(cased)
}

/// Python's full case folding: the generated exceptions, else each character's lowercase.
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match super::casefold_table::FOLDS.binary_search_by_key(&(c as u32), |f| f.0) {
            Ok(i) => out.push_str(super::casefold_table::FOLDS[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.expandtabs`: each tab up to the next multiple of `size` columns, the column
/// counted from the last newline or carriage return; a size of 0 or less drops tabs.
fn expandtabs(s: &str, size: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

pub fn call(s: &str, name: &str, args: Args) -> PyResult<Value> {
    let bare = |args: &Args| no_args("str", name, args);
    Ok(match name {
        "upper" => {
            bare(&args)?;
            Value::str(&s.to_uppercase())
        }
        "lower" => {
            bare(&args)?;
            Value::str(&s.to_lowercase())
        }
        "casefold" => {
            bare(&args)?;
            Value::str(&casefold(s))
        }
        "expandtabs" => {
            let a = keywords("expandtabs", &args, &["tabsize"], 0)?;
            let size = a[0].as_ref().map(to_i64).transpose()?.unwrap_or(8);
            Value::str(&expandtabs(s, size))
        }
        "swapcase" => {
            bare(&args)?;
            let mut out = String::new();
            for c in s.chars() {
                if c.is_uppercase() {
                    out.extend(c.to_lowercase());
                } else {
                    out.extend(c.to_uppercase());
                }
            }
            Value::str(&out)
        }
        "title" => {
            bare(&args)?;
            Value::str(&title(s))
        }
        "capitalize" => {
            bare(&args)?;
            let mut c = s.chars();
            let out = match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            };
            Value::str(&out)
        }
        "isdigit" | "isnumeric" | "isdecimal" => {
            bare(&args)?;
            all_chars(s, |c| {
                c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
            })
        }
        "isalpha" => {
            bare(&args)?;
            all_chars(s, char::is_alphabetic)
        }
        "isalnum" => {
            bare(&args)?;
            all_chars(s, char::is_alphanumeric)
        }
        "isspace" => {
            bare(&args)?;
            all_chars(s, is_space)
        }
        "isupper" | "islower" => {
            bare(&args)?;
            case_test(s, name == "isupper")
        }
        "strip" | "lstrip" | "rstrip" => {
            let chars = strip_chars(name, &args)?;
            let hit = |c: char| match &chars {
                None => is_space(c),
                Some(set) => set.contains(&c),
            };
            Value::str(match name {
                "strip" => s.trim_matches(hit),
                "lstrip" => s.trim_start_matches(hit),
                _ => s.trim_end_matches(hit),
            })
        }
        "join" => {
            let a = positional("str", "join", &args, 1, 1)?;
            let items = iter_values(&a[0])?;
            let mut parts = Vec::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                match x {
                    Value::Str(p) => parts.push(p.to_string()),
                    other => {
                        return Err(PyErr::type_err(format!(
                            "sequence item {}: expected str instance, {} found",
                            i,
                            other.type_of().short_name()
                        )))
                    }
                }
            }
            Value::str(&parts.join(s))
        }
        "split" | "rsplit" => return split(s, name, &args),
        "splitlines" => return splitlines(s, &args),
        "replace" => {
            let a = positional("str", "replace", &args, 2, 3)?;
            let old = str_arg("replace() argument 1", &a[0])?;
            let new = str_arg("replace() argument 2", &a[1])?;
            let count = match a.get(2) {
                Some(v) => to_i64(v)?,
                None => -1,
            };
            Value::str(&match usize::try_from(count) {
                Ok(c) if old.is_empty() => {
                    let mut out = String::new();
                    let mut k = 0;
                    for ch in s.chars() {
                        if k < c {
                            out.push_str(&new);
                            k += 1;
                        }
                        out.push(ch);
                    }
                    if k < c {
                        out.push_str(&new);
                    }
                    out
                }
                Ok(c) => s.replacen(old.as_str(), &new, c),
                Err(_) => s.replace(old.as_str(), &new),
            })
        }
        "startswith" | "endswith" => return affix(s, name, &args),
        "find" | "rfind" | "index" | "rindex" | "count" => return search(s, name, &args),
        "ljust" | "rjust" | "center" => return justify(s, name, &args),
        "zfill" => {
            let a = positional("str", "zfill", &args, 1, 1)?;
            let width = to_i64(&a[0])?;
            let n = s.chars().count() as i64;
            if width <= n {
                Value::str(s)
            } else {
                let zeros = "0".repeat((width - n) as usize);
                match s.chars().next() {
                    Some(c @ ('+' | '-')) => {
                        Value::str(&format!("{}{}{}", c, zeros, &s[c.len_utf8()..]))
                    }
                    _ => Value::str(&format!("{}{}", zeros, s)),
                }
            }
        }
        "partition" | "rpartition" => {
            let a = positional("str", name, &args, 1, 1)?;
            let sep = match &a[0] {
                Value::Str(x) => x.to_string(),
                other => {
                    return Err(PyErr::type_err(format!(
                        "must be str, not {}",
                        other.type_of().short_name()
                    )))
                }
            };
            if sep.is_empty() {
                return Err(PyErr::value("empty separator"));
            }
            let found = if name == "partition" {
                s.find(sep.as_str())
            } else {
                s.rfind(sep.as_str())
            };
            let parts = match found {
                Some(i) => [&s[..i], sep.as_str(), &s[i + sep.len()..]],
                None if name == "partition" => [s, "", ""],
                None => ["", "", s],
            };
            Value::tuple(parts.iter().map(|p| Value::str(p)).collect())
        }
        "removeprefix" | "removesuffix" => {
            let a = positional("str", name, &args, 1, 1)?;
            let p = str_arg(&format!("{}() argument", name), &a[0])?;
            Value::str(if name == "removeprefix" {
                s.strip_prefix(p.as_str()).unwrap_or(s)
            } else {
                s.strip_suffix(p.as_str()).unwrap_or(s)
            })
        }
        _ => {
            return Err(PyErr::attribute(format!(
                "'str' object has no attribute '{}'",
                name
            )))
        }
    })
}
