//! Python's format-spec mini-language (`format(v, spec)`, `f"{x:>10.3f}"`, `str.format`):
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` for ints, floats,
//! complex numbers and strings, with CPython 3.11's parsing, padding, grouping and error
//! messages (`Objects/stringlib/unicode_format.h`, `Python/formatter_unicode.c`).
//! [`format_value`] is the single entry point for `__format__`: NumPy scalars format as the
//! Python number they convert to, arrays as NumPy's `ndarray.__format__` does.

use crate::error::{PyErr, PyResult};
use crate::value::Value;
use num_bigint::BigInt;

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_`; `_` on b/o/x/X groups by four.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn too_many_digits() -> PyErr {
    PyErr::value("Too many decimal digits in format string")
}

/// Digits at `pos` as a count (CPython's `get_integer`); None when there are none.
fn integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(n))
}

/// A character in an error message: itself when printable ASCII, else `\x..`.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 127 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> PyErr {
    PyErr::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(c),
        type_name
    ))
}

/// Parse a spec as CPython's `parse_internal_render_format_spec` does (`default_ty` is
/// the type's own default presentation, which the grouping check also sees).
pub fn parse(
    spec: &str,
    type_name: &str,
    default_align: char,
    default_ty: Option<char>,
) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: Option<&char>| matches!(ch, Some('<' | '>' | '=' | '^'));
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let (mut fill_given, mut align_given) = (false, false);
    if is_align(c.get(1)) {
        s.fill = c[0];
        s.align = c[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if is_align(c.first()) {
        s.align = c[0];
        align_given = true;
        pos = 1;
    }
    if let Some(&ch @ ('+' | '-' | ' ')) = c.get(pos) {
        s.sign = Some(ch);
        pos += 1;
    }
    if c.get(pos) == Some(&'z') {
        s.no_neg_zero = true;
        pos += 1;
    }
    if c.get(pos) == Some(&'#') {
        s.alternate = true;
        pos += 1;
    }
    if !fill_given && c.get(pos) == Some(&'0') {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    s.width = integer(&c, &mut pos)?;
    let both = || PyErr::value("Cannot specify both ',' and '_'.");
    if c.get(pos) == Some(&',') {
        s.grouping = Some(',');
        pos += 1;
    }
    if c.get(pos) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if c.get(pos) == Some(&',') && s.grouping == Some('_') {
        return Err(both());
    }
    if c.get(pos) == Some(&'.') {
        pos += 1;
        s.precision = Some(
            integer(&c, &mut pos)?
                .ok_or_else(|| PyErr::value("Format specifier missing precision"))?,
        );
    }
    if c.len() - pos > 1 {
        return Err(PyErr::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    s.ty = c.get(pos).copied().or(default_ty);
    if let Some(g) = s.grouping {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(PyErr::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    g,
                    code_text(t)
                )))
            }
        }
    }
    Ok(s)
}

/// Digits grouped from the right in groups of `size`, padded with zeros to at least
/// `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group(digits: &str, sep: Option<char>, size: usize, min_width: isize) -> String {
    let Some(sep) = sep else {
        let pad = (min_width - digits.len() as isize).max(0) as usize;
        return "0".repeat(pad) + digits;
    };
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut parts: Vec<String> = Vec::new();
    let size = size as isize;
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let zeros = (l - remaining).max(0);
        let take = remaining.min(l).max(0);
        let end = remaining as usize;
        let start = (remaining - take) as usize;
        parts.push("0".repeat(zeros as usize) + &d[start..end].iter().collect::<String>());
        remaining -= take;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// A number laid out in its field: sign, prefix, (grouped) digits, remainder, padding,
/// as CPython's `calc_number_widths` and `fill_number` do.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    /// After the integer digits: `.` and fraction, exponent, `%`, or `inf`/`nan`.
    remainder: &'a str,
    group_size: usize,
}

fn render_number(n: &Number, s: &Spec, sign_override: Option<char>) -> String {
    let sign = if n.negative {
        "-"
    } else {
        match sign_override.or(s.sign) {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let width = s.width.map(|w| w as isize);
    let fixed = (sign.len() + n.prefix.len() + n.remainder.chars().count()) as isize;
    let min_width = match width {
        Some(w) if s.fill == '0' && s.align == '=' && !n.digits.is_empty() => w - fixed,
        _ => 0,
    };
    let digits = if n.digits.is_empty() {
        String::new()
    } else {
        group(n.digits, s.grouping, n.group_size, min_width)
    };
    let body_len = fixed + digits.chars().count() as isize;
    let pad = width.map_or(0, |w| (w - body_len).max(0)) as usize;
    let fill = |k: usize| s.fill.to_string().repeat(k);
    let (l, mid, r) = match s.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    format!(
        "{}{}{}{}{}{}{}",
        fill(l),
        sign,
        n.prefix,
        fill(mid),
        digits,
        n.remainder,
        fill(r)
    )
}

/// Pad `text` (already signed) to the spec's width with its fill and alignment.
fn pad_text(text: &str, s: &Spec) -> String {
    let len = text.chars().count();
    let pad = s.width.map_or(0, |w| w.saturating_sub(len));
    let fill = |k: usize| s.fill.to_string().repeat(k);
    match s.align {
        '<' => format!("{}{}", text, fill(pad)),
        '^' => format!("{}{}{}", fill(pad / 2), text, fill(pad - pad / 2)),
        _ => format!("{}{}", fill(pad), text),
    }
}

/// Refuse outputs too large to build (CPython would raise MemoryError as well).
fn check_size(s: &Spec) -> PyResult<()> {
    const LIMIT: usize = 1 << 28;
    if s.width.unwrap_or(0) > LIMIT || s.precision.unwrap_or(0) > LIMIT {
        return Err(PyErr::memory(""));
    }
    Ok(())
}

/// `str.__format__`.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse(spec, "str", '<', Some('s'))?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if let Some(sign) = s.sign {
        return Err(PyErr::value(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if s.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(PyErr::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == '=' {
        return Err(PyErr::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_size(&s)?;
    let t: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad_text(&t, &s))
}

/// A Python int's sign and magnitude digits in `radix` (lowercase).
fn int_digits(v: &BigInt, radix: u32) -> (bool, String) {
    (
        v.sign() == num_bigint::Sign::Minus,
        v.magnitude().to_str_radix(radix),
    )
}

/// `int.__format__` (also for bools given a non-empty spec).
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse(spec, type_name, '>', Some('d'))?;
    let ty = s.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::value::bigint::to_f64(v)?;
            return float_with(f, &s);
        }
        t => return Err(unknown_code(t, type_name)),
    }
    if s.precision.is_some() {
        return Err(PyErr::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_size(&s)?;
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(PyErr::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(PyErr::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if num_traits::ToPrimitive::to_i64(v).is_none() {
            return Err(PyErr::overflow("Python int too large to convert to C long"));
        }
        let ch = num_traits::ToPrimitive::to_u32(v)
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
        return Ok(pad_text(&ch.to_string(), &s));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, mut digits) = int_digits(v, radix);
    if radix == 10 && digits.len() > crate::value::bigint::MAX_STR_DIGITS {
        crate::value::bigint::to_decimal(v)?;
    }
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let n = Number {
        negative,
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
        group_size: if radix == 10 { 3 } else { 4 },
    };
    Ok(render_number(&n, &s, None))
}

/// Python's `e` notation exponent: `e+05`, `e-100`.
fn py_exponent(rust_exp: &str, upper: bool) -> String {
    let (neg, digits) = match rust_exp.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, rust_exp),
    };
    format!(
        "{}{}{:0>2}",
        if upper { 'E' } else { 'e' },
        if neg { '-' } else { '+' },
        digits
    )
}

/// `|x|` in `e` notation with `prec` digits after the point: (mantissa, exponent).
fn e_parts(x: f64, prec: usize) -> (String, i32) {
    let t = format!("{:.*e}", prec, x);
    match t.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse().unwrap_or(0)),
        None => (t, 0),
    }
}

/// CPython's `PyOS_double_to_string` for a non-negative finite or non-finite `x` (the
/// caller adds the sign): `ty` one of `e E f F g G r`, with the ALT (`#`) and
/// ADD_DOT_0 flags.
pub fn float_digits(x: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        return if upper { t.to_uppercase() } else { t.into() };
    }
    let mut out = match ty {
        'f' | 'F' => {
            let t = format!("{:.*}", prec, x);
            if alt && prec == 0 {
                t + "."
            } else {
                t
            }
        }
        'e' | 'E' => {
            let (m, e) = e_parts(x, prec);
            let dot = if alt && prec == 0 { "." } else { "" };
            format!("{}{}{}", m, dot, py_exponent(&e.to_string(), upper))
        }
        'g' | 'G' => {
            let p = prec.max(1);
            let (_, exp) = e_parts(x, p - 1);
            // With ADD_DOT_0 (no type, a precision) CPython leaves fixed notation one
            // digit earlier, so the added `.0` never shows a digit the precision lacks.
            let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let mut t = if -4 <= exp && (exp as i64) < limit {
                format!("{:.*}", (p as i64 - 1 - exp as i64) as usize, x)
            } else {
                let (m, e) = e_parts(x, p - 1);
                format!("{}{}", m, py_exponent(&e.to_string(), upper))
            };
            let (mant, exp_part) = match t.find(['e', 'E']) {
                Some(i) => (t[..i].to_string(), t[i..].to_string()),
                None => (t.clone(), String::new()),
            };
            let mant = if alt {
                if mant.contains('.') {
                    mant
                } else {
                    mant + "."
                }
            } else if mant.contains('.') {
                mant.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                mant
            };
            t = mant + &exp_part;
            if add_dot_0 && !t.contains(['.', 'e', 'E']) {
                t.push_str(".0");
            }
            t
        }
        _ => {
            // 'r': the shortest repr (`1.0` only with ADD_DOT_0: complex parts show `1`).
            let mut t = crate::format::float_repr(x);
            if !add_dot_0 && t.ends_with(".0") {
                t.truncate(t.len() - 2);
            }
            if alt && !t.contains('.') {
                match t.find('e') {
                    Some(i) => format!("{}.{}", &t[..i], &t[i..]),
                    None => t + ".",
                }
            } else {
                t
            }
        }
    };
    if upper {
        out = out.to_uppercase();
    }
    out
}

/// One float as text with the float options of `s` but no padding: (negative, digits).
fn float_body(f: f64, ty: char, prec: usize, s: &Spec, add_dot_0: bool) -> (bool, String) {
    let text = float_digits(f.abs(), ty, prec, s.alternate, add_dot_0);
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if negative
        && s.no_neg_zero
        && f.is_finite()
        && text.chars().all(|c| !c.is_ascii_digit() || c == '0')
    {
        negative = false;
    }
    (negative, text)
}

/// The resolved float type, precision and flags of a spec (`format_float_internal`).
fn float_mode(s: &Spec, allow_percent: bool, type_name: &str) -> PyResult<(char, usize, bool)> {
    let ty = s.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        '%' if allow_percent => {}
        t => return Err(unknown_code(t, type_name)),
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value("precision too big"));
    }
    check_size(s)?;
    let (mut t, add_dot_0) = match ty {
        '\0' => ('r', true),
        'n' => ('g', false),
        '%' => ('f', false),
        t => (t, false),
    };
    let prec = match s.precision {
        Some(p) => {
            if t == 'r' {
                t = 'g';
            }
            p
        }
        None if t == 'r' => 0,
        None => 6,
    };
    Ok((t, prec, add_dot_0))
}

/// Split float text into integer digits and the rest (`parse_number`).
fn split_digits(text: &str) -> (&str, &str) {
    let i = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(i)
}

fn float_with(f: f64, s: &Spec) -> PyResult<String> {
    let (ty, prec, add_dot_0) = float_mode(s, true, "float")?;
    let value = if s.ty == Some('%') { f * 100.0 } else { f };
    let (negative, mut text) = float_body(value, ty, prec, s, add_dot_0);
    if s.ty == Some('%') {
        text.push('%');
    }
    let (digits, rest) = split_digits(&text);
    let n = Number {
        negative,
        prefix: "",
        digits,
        remainder: rest,
        group_size: 3,
    };
    Ok(render_number(&n, s, None))
}

/// `float.__format__`.
pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    let s = parse(spec, "float", '>', None)?;
    float_with(f, &s)
}

/// `complex.__format__`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let s = parse(spec, "complex", '>', None)?;
    let (ty, prec, _) = float_mode(&s, false, "complex")?;
    if s.fill == '0' {
        return Err(PyErr::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == '=' {
        return Err(PyErr::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let plain = s.ty.is_none();
    let skip_re = plain && re == 0.0 && re.is_sign_positive();
    let parens = plain && !skip_re;
    // The parts are laid out without padding, then the whole is padded.
    let bare = Spec {
        fill: ' ',
        align: '<',
        width: None,
        ..s.clone()
    };
    let part = |v: f64, sign: Option<char>| {
        let (negative, text) = float_body(v, ty, prec, &bare, false);
        let (digits, rest) = split_digits(&text);
        let n = Number {
            negative,
            prefix: "",
            digits,
            remainder: rest,
            group_size: 3,
        };
        render_number(&n, &bare, sign)
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, None)
    };
    let im_text = part(im, if skip_re { None } else { Some('+') });
    let body = if parens {
        format!("({}{}j)", re_text, im_text)
    } else {
        format!("{}{}j", re_text, im_text)
    };
    Ok(pad_text(&body, &s))
}

/// `format(v, spec)`: Python's `__format__` of every runtime value.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Str(t) => format_str(t, spec),
        Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.into()),
        Value::Bool(b) => format_int(&BigInt::from(*b as u8), spec, "bool"),
        Value::Int(i) if spec.is_empty() => Ok(i.to_string()),
        Value::Int(i) => format_int(&BigInt::from(*i), spec, "int"),
        Value::BigInt(b) if spec.is_empty() => crate::value::bigint::to_decimal(b),
        Value::BigInt(b) => format_int(b, spec, "int"),
        Value::Float(f) => format_float(*f, spec),
        Value::Complex(re, im) => format_complex(*re, *im, spec),
        // NumPy's scalars format as the Python object they convert to (gentype_format).
        Value::Scalar(_, n) => format_value(&python_number(*n), spec),
        Value::Array(a) if a.ndim() == 0 => format_value(&python_number(a.get(&[])), spec),
        _ if spec.is_empty() => crate::format::try_str(v),
        _ => Err(PyErr::type_err(format!(
            "unsupported format string passed to {}.__format__",
            v.type_of().tp_name()
        ))),
    }
}

/// The Python number a NumPy element converts to (`item()`).
fn python_number(n: crate::array::element::Num) -> Value {
    use crate::array::element::Num;
    match n {
        Num::Bool(b) => Value::Bool(b),
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
        Num::Complex(r, i) => Value::Complex(r, i),
    }
}
