//! Picks the element formatter for a dtype (`_get_format_function`) and holds
//! the small ones: `IntegerFormat` and `BoolFormat`.

use super::complex_format::ComplexFormat;
use super::float_format::FloatFormat;
use super::{Elem, ElemKind, PrintOptions};

/// One formatter for all shown elements of an array.
#[derive(Clone, Debug)]
pub(crate) enum ElemFormatter {
    /// `' True'` in arrays so it lines up with `'False'`; `'True'` in 0-d arrays.
    Bool {
        truestr: &'static str,
    },
    /// Right-aligned in a field as wide as the widest of max and min.
    Int {
        width: usize,
        sign: char,
    },
    Float(FloatFormat),
    Complex(ComplexFormat),
}

/// An element as a real number (for float data that holds ints, or the reverse).
fn as_f64(e: Elem) -> f64 {
    match e {
        Elem::Bool(b) => f64::from(u8::from(b)),
        Elem::Int(i) => i as f64,
        Elem::UInt(u) => u as f64,
        Elem::Float(f) => f,
        Elem::Complex(re, _) => re,
    }
}

fn as_i128(e: Elem) -> i128 {
    match e {
        Elem::Bool(b) => i128::from(b),
        Elem::Int(i) => i128::from(i),
        Elem::UInt(u) => i128::from(u),
        Elem::Float(f) => f as i128,
        Elem::Complex(re, _) => re as i128,
    }
}

fn as_complex(e: Elem) -> (f64, f64) {
    match e {
        Elem::Complex(re, im) => (re, im),
        other => (as_f64(other), 0.0),
    }
}

impl ElemFormatter {
    /// Builds the formatter from the shown elements (`data`), as NumPy does
    /// after cutting a summarized array down to its corners.
    pub(crate) fn new(kind: ElemKind, data: &[Elem], opts: &PrintOptions, is_0d: bool) -> Self {
        match kind {
            ElemKind::Bool => ElemFormatter::Bool {
                truestr: if is_0d { "True" } else { " True" },
            },
            ElemKind::Int | ElemKind::UInt => {
                let mut sign = opts.effective_sign();
                let mut width = 0;
                let max = data.iter().map(|e| as_i128(*e)).max();
                let min = data.iter().map(|e| as_i128(*e)).min();
                if let (Some(max), Some(min)) = (max, min) {
                    let mut max_len = max.to_string().len();
                    if sign == ' ' && min < 0 {
                        sign = '-';
                    }
                    if max >= 0 && (sign == '+' || sign == ' ') {
                        max_len += 1;
                    }
                    width = max_len.max(min.to_string().len());
                }
                ElemFormatter::Int { width, sign }
            }
            ElemKind::Float(w) => {
                let vals: Vec<f64> = data.iter().map(|e| as_f64(*e)).collect();
                ElemFormatter::Float(FloatFormat::new(
                    &vals,
                    w,
                    opts,
                    opts.floatmode,
                    opts.effective_sign(),
                    is_0d,
                ))
            }
            ElemKind::Complex(w) => {
                let vals: Vec<(f64, f64)> = data.iter().map(|e| as_complex(*e)).collect();
                ElemFormatter::Complex(ComplexFormat::new(&vals, w, opts, is_0d))
            }
        }
    }

    pub(crate) fn format(&self, e: Elem) -> String {
        match self {
            ElemFormatter::Bool { truestr } => {
                let v = match e {
                    Elem::Bool(b) => b,
                    other => as_f64(other) != 0.0,
                };
                if v { truestr } else { "False" }.to_string()
            }
            ElemFormatter::Int { width, sign } => {
                let v = as_i128(e);
                let s = match sign {
                    '+' => format!("{v:+}"),
                    ' ' if v >= 0 => format!(" {v}"),
                    _ => v.to_string(),
                };
                format!("{s:>width$}")
            }
            ElemFormatter::Float(f) => f.format(as_f64(e)),
            ElemFormatter::Complex(c) => {
                let (re, im) = as_complex(e);
                c.format(re, im)
            }
        }
    }
}
