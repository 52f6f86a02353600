//! Scalar text: `repr`/`str` of NumPy scalars (`scalartypes.c.src`) and of
//! Python's own `float` and `complex`.
//!
//! A scalar prints its shortest round-trip digits, positional in a middle range
//! and scientific outside it. NumPy ≥ 2.3 ends that range at 1e3 for `float16`
//! and 1e6 for `float32` (1e16 for `float64`, like Python).

use super::float::{format_positional, format_scientific, Dragon4Opts, Trim};
use super::{Elem, ElemKind, FloatWidth, PrintOptions};
use crate::format::spec::float_digits;

/// The upper end of the positional range of scalar floats.
fn positional_limit(width: FloatWidth, legacy: bool) -> f64 {
    if legacy {
        return 1e16;
    }
    match width {
        FloatWidth::F16 => 1e3,
        FloatWidth::F32 => 1e6,
        FloatWidth::F64 => 1e16,
    }
}

/// `@name@type_@kind@_either`: positional or scientific by magnitude.
fn float_either(
    x: f64,
    width: FloatWidth,
    trim_pos: Trim,
    trim_sci: Trim,
    sign: bool,
    legacy: bool,
) -> String {
    let a = x.abs();
    let o = |trim| Dragon4Opts {
        sign,
        ..Dragon4Opts::unique(trim)
    };
    if a == 0.0 || (1e-4..positional_limit(width, legacy)).contains(&a) {
        format_positional(x, width, &o(trim_pos))
    } else {
        format_scientific(x, width, &o(trim_sci))
    }
}

/// A float scalar's text: `0.1`, `1.0`, `1e-05`, `nan`, `-inf`.
fn float_text(x: f64, width: FloatWidth, legacy: bool) -> String {
    float_either(x, width, Trim::LeaveOneZero, Trim::DptZeros, false, legacy)
}

/// A complex scalar's `str`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
fn complex_text(re: f64, im: f64, width: FloatWidth, legacy: bool) -> String {
    let t = Trim::DptZeros;
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", float_either(im, width, t, t, false, legacy));
    }
    let r = if re.is_finite() {
        float_either(re, width, t, t, false, legacy)
    } else if re.is_nan() {
        "nan".to_string()
    } else if re > 0.0 {
        "inf".to_string()
    } else {
        "-inf".to_string()
    };
    let i = if im.is_finite() {
        float_either(im, width, t, t, true, legacy)
    } else if im.is_nan() {
        "+nan".to_string()
    } else if im > 0.0 {
        "+inf".to_string()
    } else {
        "-inf".to_string()
    };
    format!("({r}{i}j)")
}

/// NumPy 1.13's float scalar text (`legacy='1.13'`): C's `%.{prec}g`, with `.0`
/// appended when only digits are left (`65504.0`, `10000000000000000.0`).
fn legacy_float(x: f64, prec: usize, plus: bool) -> String {
    let body = float_digits(x.abs(), 'g', prec, false, false);
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    };
    let text = format!("{sign}{body}");
    if !plus && body.bytes().all(|b| b.is_ascii_digit()) {
        text + ".0"
    } else {
        text
    }
}

/// NumPy 1.13's complex scalar text: `2j`, `(1-2j)`, `(nan+inf*j)` — a non-finite
/// imaginary part gets a `*`, a non-finite real part no digits.
fn legacy_complex(re: f64, im: f64, prec: usize) -> String {
    let star = if im.is_finite() { "" } else { "*" };
    if re == 0.0 && re.is_sign_positive() {
        let i = float_digits(im.abs(), 'g', prec, false, false);
        let sign = if im.is_sign_negative() && !im.is_nan() {
            "-"
        } else {
            ""
        };
        return format!("{sign}{i}{star}j");
    }
    // `%g` already gives `nan`/`inf` for a non-finite real part.
    let r = float_digits(re.abs(), 'g', prec, false, false);
    let r_sign = if re.is_sign_negative() && !re.is_nan() {
        "-"
    } else {
        ""
    };
    let i = legacy_float(im, prec, true);
    format!("({r_sign}{r}{i}{star}j)")
}

/// `%g` precisions of NumPy 1.13's scalar `repr` and `str`: float16 and float32 print
/// as C floats (8 and 6 digits), float64 as doubles (17 and 12).
fn legacy_precision(kind: ElemKind, repr: bool) -> usize {
    let single = matches!(
        kind,
        ElemKind::Float(FloatWidth::F16 | FloatWidth::F32)
            | ElemKind::Complex(FloatWidth::F16 | FloatWidth::F32)
    );
    match (single, repr) {
        (true, true) => 8,
        (true, false) => 6,
        (false, true) => 17,
        (false, false) => 12,
    }
}

/// A float or complex scalar's text in `legacy='1.13'` mode, or None for other kinds.
fn legacy_113_text(e: Elem, kind: ElemKind, repr: bool) -> Option<String> {
    let prec = legacy_precision(kind, repr);
    match (kind, e) {
        (ElemKind::Complex(_), Elem::Complex(re, im)) => Some(legacy_complex(re, im, prec)),
        (ElemKind::Complex(_), Elem::Float(x)) => Some(legacy_complex(x, 0.0, prec)),
        (_, Elem::Float(x)) => Some(legacy_float(x, prec, false)),
        (_, Elem::Complex(re, im)) => Some(legacy_complex(re, im, prec)),
        _ => None,
    }
}

/// `str(scalar)`: `0.1`, `True`, `3`, `(1+2j)`.
pub fn scalar_str(e: Elem, kind: ElemKind, opts: &PrintOptions) -> String {
    if opts.legacy_113() {
        if let Some(t) = legacy_113_text(e, kind, false) {
            return t;
        }
    }
    match (kind, e) {
        (_, Elem::Bool(b)) => py_bool(b),
        (_, Elem::Int(i)) => i.to_string(),
        (_, Elem::UInt(u)) => u.to_string(),
        (ElemKind::Complex(w), Elem::Complex(re, im)) => complex_text(re, im, w, opts.legacy_202()),
        (ElemKind::Complex(w), Elem::Float(x)) => complex_text(x, 0.0, w, opts.legacy_202()),
        (ElemKind::Float(w), Elem::Float(x)) => float_text(x, w, opts.legacy_202()),
        (_, Elem::Float(x)) => float_text(x, FloatWidth::F64, opts.legacy_202()),
        (_, Elem::Complex(re, im)) => complex_text(re, im, FloatWidth::F64, opts.legacy_202()),
    }
}

/// `repr(scalar)`: `np.float64(0.1)`, `np.int64(3)`, `np.True_`, `np.complex128(1+2j)`.
/// With `legacy` the bare value is printed, as NumPy < 2 did.
pub fn scalar_repr(e: Elem, kind: ElemKind, dtype_name: &str, opts: &PrintOptions) -> String {
    if opts.legacy_113() {
        if let Some(t) = legacy_113_text(e, kind, true) {
            return t;
        }
    }
    let text = scalar_str(e, kind, opts);
    if opts.legacy_125() {
        return text;
    }
    if let Elem::Bool(b) = e {
        return format!("np.{}_", py_bool(b));
    }
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(&text);
    format!("np.{dtype_name}({inner})")
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

/// Python's `repr(float)`: shortest round-trip digits, scientific when the
/// decimal exponent is below -4 or at least 16.
pub fn python_float_repr(x: f64) -> String {
    float_text(x, FloatWidth::F64, false)
}

/// Python's `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn python_complex_repr(re: f64, im: f64) -> String {
    complex_text(re, im, FloatWidth::F64, false)
}

/// `repr(a.item())`, which legacy 1.13 mode prints for 0-d arrays.
pub(crate) fn legacy_item_repr(e: Elem) -> String {
    match e {
        Elem::Bool(b) => py_bool(b),
        Elem::Int(i) => i.to_string(),
        Elem::UInt(u) => u.to_string(),
        Elem::Float(x) => python_float_repr(x),
        Elem::Complex(re, im) => python_complex_repr(re, im),
    }
}
