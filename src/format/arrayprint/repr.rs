//! `array_repr`, `array_str` and `array2string`: the array text around the
//! element layout (prefix, `shape=`/`dtype=` suffixes, empty and 0-d arrays).

use super::elem_format::ElemFormatter;
use super::float_format::FloatFormat;
use super::layout::{size_of, Corners, Layout};
use super::scalar::{legacy_item_repr, scalar_str};
use super::{Elem, ElemKind, FloatMode, PrintOptions, Printable};

/// Python's `len`.
fn plen(s: &str) -> usize {
    s.chars().count()
}

/// A shape as Python prints a tuple: `()`, `(3,)`, `(2, 3)`.
pub(crate) fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(usize::to_string).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// `dtype_is_implied`: the dtypes whose repr needs no `dtype=` (Python's own
/// `int`, `float`, `complex` and `bool`).
fn dtype_is_implied(name: &str, opts: &PrintOptions) -> bool {
    if opts.legacy_113() && name == "bool" {
        return false;
    }
    matches!(name, "int64" | "float64" | "complex128" | "bool")
}

/// `array2string` with the `suffix` argument `array_repr` passes.
fn array2string_impl(
    a: &dyn Printable,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    array2string_words(a, opts, separator, prefix, suffix, None)
}

/// Each shown element's text, from the user's formatter or NumPy's own.
type Word<'a> = Option<&'a mut dyn FnMut(Elem) -> String>;

/// `np.array2string(..., formatter={...})`: each shown element's text is `word(e)` (the
/// user's function), laid out as NumPy lays out its own.
pub fn array2string_with(
    a: &dyn Printable,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
    word: &mut dyn FnMut(Elem) -> String,
) -> String {
    array2string_words(a, opts, separator, prefix, suffix, Some(word))
}

fn array2string_words(
    a: &dyn Printable,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
    word: Word<'_>,
) -> String {
    let shape = a.shape();
    if opts.legacy_113() && shape.is_empty() {
        return legacy_item_repr(a.get(&[]));
    }
    let mut linewidth = opts.linewidth as isize;
    if !opts.legacy_113() {
        linewidth -= plen(suffix) as isize;
    }
    let size = size_of(shape);
    if size == 0 {
        return "[]".to_string();
    }
    let summarize = size > opts.threshold;
    let corners = Corners::gather(a, summarize, opts.edgeitems);
    // Every stage stops early on Ctrl-C (the caller raises KeyboardInterrupt).
    let shown = || {
        corners
            .data
            .iter()
            .take_while(|_| !crate::interrupt::pending())
    };
    let words: Vec<String> = match word {
        Some(w) => shown().map(|e| w(*e)).collect(),
        None => {
            let fmt = ElemFormatter::new(a.kind(), &corners.data, opts, shape.is_empty());
            shown().map(|e| fmt.format(*e)).collect()
        }
    };
    let next_line_prefix = format!(" {}", " ".repeat(plen(prefix)));
    Layout {
        corners: &corners,
        words: &words,
        separator,
        legacy: opts.legacy_113(),
    }
    .format(&next_line_prefix, linewidth)
}

/// `np.array2string(a, separator=..., prefix=..., suffix=...)`: the bracketed elements
/// only. `prefix` and `suffix` are not printed: `prefix` sets the indentation of
/// continuation lines and `suffix` shortens the usable line width.
pub fn array2string(
    a: &dyn Printable,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    array2string_impl(a, opts, separator, prefix, suffix)
}

/// `repr(a)`: `array([1, 2, 3])`, with `shape=`/`dtype=` when NumPy adds them.
pub fn array_repr(a: &dyn Printable, opts: &PrintOptions) -> String {
    array_repr_words(a, opts, None)
}

/// [`array_repr`] with the element texts given by `word` (a `formatter` print option).
pub fn array_repr_words(a: &dyn Printable, opts: &PrintOptions, word: Word<'_>) -> String {
    let prefix = format!("{}(", a.class_name());
    let prefix = prefix.as_str();
    let shape = a.shape();
    let lst = array2string_words(a, opts, ", ", prefix, ")", word);
    let size = size_of(shape);
    let mut extras = Vec::new();
    if (size == 0 && shape != [0]) || (!opts.legacy_202() && size > opts.threshold) {
        extras.push(format!("shape={}", shape_tuple(shape)));
    }
    if !dtype_is_implied(a.dtype_name(), opts) || size == 0 {
        extras.push(format!("dtype={}", a.dtype_name()));
    }
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = match arr_str.rfind('\n') {
        Some(i) => plen(&arr_str[i + 1..]),
        None => plen(&arr_str),
    };
    let spacer = if !opts.legacy_113() && last_line_len + plen(&extra_str) + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(plen(prefix)))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str(a)` / `print(a)`: `[1 2 3]`; a 0-d array prints as its scalar.
pub fn array_str(a: &dyn Printable, opts: &PrintOptions) -> String {
    array_str_words(a, opts, None)
}

/// [`array_str`] with the element texts given by `word` (a `formatter` print option;
/// a 0-d array still prints as its scalar, which no formatter touches).
pub fn array_str_words(a: &dyn Printable, opts: &PrintOptions, word: Word<'_>) -> String {
    if a.shape().is_empty() {
        let e = a.get(&[]);
        if opts.legacy_113() {
            return legacy_item_repr(e);
        }
        return scalar_str(e, a.kind(), opts);
    }
    array2string_words(a, opts, " ", "", "", word)
}

/// Whether NumPy's formatter raises `TypeError: in non-unique mode `precision` must be
/// supplied` for `a`: with `legacy='1.13'` scientific notation always asks Dragon4 for
/// exact digits, but `floatmode='unique'` leaves no precision to cut them at.
/// (0-d arrays print as their item there, so they are spared.)
pub fn legacy_unique_fails(a: &dyn Printable, opts: &PrintOptions) -> bool {
    let ElemKind::Float(width) = a.kind() else {
        return false;
    };
    let shape = a.shape();
    let size = size_of(shape);
    if !opts.legacy_113() || opts.floatmode != FloatMode::Unique || shape.is_empty() || size == 0 {
        return false;
    }
    let corners = Corners::gather(a, size > opts.threshold, opts.edgeitems);
    let data: Vec<f64> = corners
        .data
        .iter()
        .filter_map(|e| match e {
            Elem::Float(x) => Some(*x),
            _ => None,
        })
        .collect();
    FloatFormat::new(
        &data,
        width,
        opts,
        opts.floatmode,
        opts.effective_sign(),
        false,
    )
    .is_exp()
}
