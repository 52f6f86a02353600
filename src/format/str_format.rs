//! `str.format`: CPython 3.11's replacement-field parser (`MarkupIterator`, `parse_field`,
//! `FieldNameIterator` in `unicode_format.h`): literal text with `{{`/`}}`, fields with
//! automatic or explicit numbering and names, `.attr` and `[key]` lookups, `!r`/`!s`/`!a`
//! conversions and format specs that may hold nested fields, with its error messages.
//! Attribute and item lookups belong to the interpreter and come in as callbacks.

use super::spec::format_value;
use crate::error::{PyErr, PyResult};
use crate::value::Value;

/// Looks up `obj.name`.
pub type AttrFn<'a> = dyn FnMut(&Value, &str) -> PyResult<Value> + 'a;
/// Looks up `obj[key]`.
pub type ItemFn<'a> = dyn FnMut(&Value, &Value) -> PyResult<Value> + 'a;

/// Automatic (`{}`) or manual (`{0}`) numbering, which a format string may not mix.
#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct Formatter<'a, 'b> {
    args: &'a [Value],
    kwargs: &'a [(String, Value)],
    /// `format_map`'s mapping: named fields are its items, positional ones an error.
    mapping: Option<&'a Value>,
    attr: &'a mut AttrFn<'b>,
    item: &'a mut ItemFn<'b>,
    numbering: Numbering,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    fmt: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    attr: &mut AttrFn,
    item: &mut ItemFn,
) -> PyResult<String> {
    let mut f = Formatter {
        args,
        kwargs,
        mapping: None,
        attr,
        item,
        numbering: Numbering::Unset,
    };
    let chars: Vec<char> = fmt.chars().collect();
    f.render(&chars, 2)
}

/// `fmt.format_map(mapping)`: `str.format` with the named fields looked up as
/// `mapping[name]` (so a missing one is the mapping's KeyError).
pub fn str_format_map(
    fmt: &str,
    mapping: &Value,
    attr: &mut AttrFn,
    item: &mut ItemFn,
) -> PyResult<String> {
    let mut f = Formatter {
        args: &[],
        kwargs: &[],
        mapping: Some(mapping),
        attr,
        item,
        numbering: Numbering::Unset,
    };
    let chars: Vec<char> = fmt.chars().collect();
    f.render(&chars, 2)
}

/// A field's conversion (`!r`, `!s`, `!a`), as `str.format` and f-strings apply it
/// before formatting.
pub fn convert(obj: &Value, conversion: char) -> PyResult<Value> {
    Ok(Value::str(&match conversion {
        'r' => crate::format::try_repr(obj)?,
        's' => crate::format::try_str(obj)?,
        'a' => super::percent::ascii_of(obj)?,
        other => {
            let shown = if (other as u32) > 32 && (other as u32) < 127 {
                other.to_string()
            } else {
                format!("\\x{:x}", other as u32)
            };
            return Err(PyErr::value(format!(
                "Unknown conversion specifier {}",
                shown
            )));
        }
    }))
}

/// A decimal index (`get_integer`): None when the text is not all digits.
fn decimal(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

impl Formatter<'_, '_> {
    fn render(&mut self, s: &[char], depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(PyErr::value("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut pos = 0;
        while pos < s.len() {
            let c = s[pos];
            pos += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            if s.get(pos) == Some(&c) {
                out.push(c);
                pos += 1;
                continue;
            }
            if c == '}' {
                return Err(PyErr::value("Single '}' encountered in format string"));
            }
            if pos >= s.len() {
                return Err(PyErr::value("Single '{' encountered in format string"));
            }
            let (name, conversion, spec, nested, next) = parse_field(s, pos)?;
            pos = next;
            let obj = self.field_value(name)?;
            let obj = match conversion {
                None => obj,
                Some(c) => convert(&obj, c)?,
            };
            let spec = if nested {
                self.render(spec, depth - 1)?
            } else {
                spec.iter().collect()
            };
            out.push_str(&format_value(&obj, &spec)?);
        }
        Ok(out)
    }

    /// The object a field name designates: an argument, then each `.attr` / `[key]`.
    fn field_value(&mut self, name: &[char]) -> PyResult<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let mut obj = if first.is_empty() {
            let n = match self.numbering {
                Numbering::Manual => return Err(PyErr::value(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Auto(n) => n,
                Numbering::Unset => 0,
            };
            self.numbering = Numbering::Auto(n + 1);
            self.positional(n)?
        } else if let Some(n) = decimal(first)? {
            if let Numbering::Auto(_) = self.numbering {
                return Err(PyErr::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional(n)?
        } else {
            let key: String = first.iter().collect();
            if let Some(m) = self.mapping {
                (self.item)(m, &Value::str(&key))?
            } else {
                self.kwargs
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| PyErr::key(crate::format::str_repr(&key)))?
            }
        };
        let mut pos = first_end;
        while pos < name.len() {
            let c = name[pos];
            pos += 1;
            if c == '.' {
                let end = name[pos..]
                    .iter()
                    .position(|&c| c == '.' || c == '[')
                    .map_or(name.len(), |i| pos + i);
                if end == pos {
                    return Err(PyErr::value("Empty attribute in format string"));
                }
                let attr: String = name[pos..end].iter().collect();
                obj = (self.attr)(&obj, &attr)?;
                pos = end;
            } else {
                let Some(close) = name[pos..].iter().position(|&c| c == ']') else {
                    return Err(PyErr::value("Missing ']' in format string"));
                };
                let key = &name[pos..pos + close];
                if key.is_empty() {
                    return Err(PyErr::value("Empty attribute in format string"));
                }
                let key_value = match decimal(key)? {
                    Some(n) => Value::Int(n as i128),
                    None => Value::str(&key.iter().collect::<String>()),
                };
                obj = (self.item)(&obj, &key_value)?;
                pos += close + 1;
                if pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    return Err(PyErr::value(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
        }
        Ok(obj)
    }

    fn positional(&self, n: usize) -> PyResult<Value> {
        if self.mapping.is_some() {
            return Err(PyErr::value("Format string contains positional fields"));
        }
        self.args.get(n).cloned().ok_or_else(|| {
            PyErr::index(format!(
                "Replacement index {} out of range for positional args tuple",
                n
            ))
        })
    }
}

/// One field after its `{` (CPython's `parse_field`): its name, conversion, format spec,
/// whether the spec holds nested fields, and the position after its `}`.
#[allow(clippy::type_complexity)]
fn parse_field(
    s: &[char],
    start: usize,
) -> PyResult<(&[char], Option<char>, &[char], bool, usize)> {
    let mut pos = start;
    let mut last = '\0';
    while pos < s.len() {
        last = s[pos];
        pos += 1;
        match last {
            '{' => return Err(PyErr::value("unexpected '{' in field name")),
            '[' => {
                while pos < s.len() && s[pos] != ']' {
                    pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    if !matches!(last, '}' | ':' | '!') {
        return Err(PyErr::value("expected '}' before end of string"));
    }
    let name = &s[start..pos - 1];
    if last == '}' {
        return Ok((name, None, &[], false, pos));
    }
    let mut conversion = None;
    if last == '!' {
        let Some(&conv) = s.get(pos) else {
            return Err(PyErr::value(
                "end of string while looking for conversion specifier",
            ));
        };
        conversion = Some(conv);
        pos += 1;
        if let Some(&c) = s.get(pos) {
            pos += 1;
            if c == '}' {
                return Ok((name, conversion, &[], false, pos));
            }
            if c != ':' {
                return Err(PyErr::value("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut count = 1;
    let mut nested = false;
    while pos < s.len() {
        let c = s[pos];
        pos += 1;
        match c {
            '{' => {
                nested = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    return Ok((name, conversion, &s[spec_start..pos - 1], nested, pos));
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value("unmatched '{' in format spec"))
}
