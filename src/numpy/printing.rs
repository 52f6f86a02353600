//! Print options and the printing functions of the `numpy` namespace:
//! `set_printoptions`, `get_printoptions` (process-global in NumPy, session-global here),
//! `array2string`, `array_repr` and `array_str`, and the Dragon4 float formatters.

mod format_float;

use super::Family;
use crate::array::object::ArrayRef;
use crate::error::{PyErr, PyResult};
use crate::format::arrayprint::{FloatMode, HeldValue, Legacy, PrintOptions};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, to_int, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "set_printoptions",
        "get_printoptions",
        "array2string",
        "array_repr",
        "array_str",
        "format_float_positional",
        "format_float_scientific",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "set_printoptions" => set_printoptions(it, &args),
        "get_printoptions" => args
            .bind("get_printoptions", &[], 0)
            .map(|_| get_printoptions(it)),
        "array2string" => array2string(it, &args),
        "array_repr" => array_repr_or_str(it, &args, "array_repr"),
        "array_str" => array_repr_or_str(it, &args, "array_str"),
        "format_float_positional" => format_float::positional(it, &args),
        "format_float_scientific" => format_float::scientific(it, &args),
        _ => return None,
    })
}

/// The options a call overrides, by NumPy's parameter names (`None` = not given).
#[derive(Default)]
struct Overrides<'a> {
    precision: Option<&'a Value>,
    threshold: Option<&'a Value>,
    edgeitems: Option<&'a Value>,
    linewidth: Option<&'a Value>,
    suppress: Option<&'a Value>,
    nanstr: Option<&'a Value>,
    infstr: Option<&'a Value>,
    formatter: Option<&'a Value>,
    sign: Option<&'a Value>,
    floatmode: Option<&'a Value>,
    legacy: Option<&'a Value>,
    /// `np.array2string`: a `formatter` not given keeps the print option's, where
    /// `set_printoptions` resets it (NumPy's `_set_printoptions` always stores it).
    formatter_call: bool,
}

/// A `str` argument's text, or NumPy's comparison failing against the allowed strings.
fn text(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// `_make_options_dict` plus the update of `_set_printoptions`: validates in NumPy's order
/// and applies the given options to `o`. Returns the threshold as given, when it was.
fn apply<'a>(
    it: &mut dyn Context,
    o: &mut PrintOptions,
    ov: &Overrides<'a>,
) -> PyResult<Option<&'a Value>> {
    let modes = ["fixed", "unique", "maxprec", "maxprec_equal"];
    let floatmode = match ov.floatmode {
        None => None,
        Some(v) => match text(v).and_then(|s| modes.iter().position(|m| *m == s)) {
            Some(i) => Some(
                [
                    FloatMode::Fixed,
                    FloatMode::Unique,
                    FloatMode::MaxPrec,
                    FloatMode::MaxPrecEqual,
                ][i],
            ),
            None => {
                return Err(PyErr::value(
                    "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"",
                ))
            }
        },
    };
    let sign = match ov.sign {
        None => None,
        Some(v) => match text(v) {
            Some("-") => Some('-'),
            Some("+") => Some('+'),
            Some(" ") => Some(' '),
            _ => return Err(PyErr::value("sign option must be one of ' ', '+', or '-'")),
        },
    };
    let legacy = match ov.legacy {
        None => None,
        Some(Value::Bool(false)) => Some(Legacy::Off),
        Some(v) => match text(v).and_then(Legacy::from_name) {
            Some(l) => Some(l),
            // `legacy == False` without being `False`: 0, 0.0, np.False_ ...
            _ if crate::value::convert::to_f64(v).ok() == Some(0.0) => {
                it.warn(
                    "FutureWarning",
                    &format!("Passing `legacy={}` is deprecated.", crate::format::repr(v)),
                );
                Some(Legacy::Off)
            }
            _ => {
                // NumPy warns, then keeps the string, which breaks every later print;
                // arrsh warns and ignores it.
                it.warn(
                    "UserWarning",
                    "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`",
                );
                None
            }
        },
    };
    let threshold = match ov.threshold {
        None => None,
        Some(v) => Some(threshold_count(v)?),
    };
    let precision = match ov.precision {
        None => None,
        Some(v) => Some(
            to_int(v)
                .ok()
                .and_then(|i| i64::try_from(i).ok())
                .ok_or_else(|| PyErr::type_err("precision must be an integer"))?,
        ),
    };
    let count = |v: &Value, what: &str| -> PyResult<usize> {
        let i = to_i64(v).map_err(|_| PyErr::type_err(format!("{what} must be an integer")))?;
        usize::try_from(i).map_err(|_| PyErr::value(format!("{what} must be >= 0")))
    };
    if let Some(v) = ov.edgeitems {
        o.edgeitems = count(v, "edgeitems")?;
    }
    if let Some(v) = ov.linewidth {
        o.linewidth = count(v, "linewidth")?;
    }
    match ov.formatter {
        Some(Value::None) | None if !ov.formatter_call => o.formatter = None,
        Some(Value::None) | None => {}
        Some(f) => o.formatter = Some(HeldValue(Rc::new(f.clone()))),
    }
    if let Some(v) = ov.suppress {
        o.suppress = truthy(v)?;
    }
    if let Some(v) = ov.nanstr {
        o.nanstr = crate::format::str_of(v);
    }
    if let Some(v) = ov.infstr {
        o.infstr = crate::format::str_of(v);
    }
    if let Some(p) = precision {
        o.precision = p;
    }
    if let Some(t) = threshold {
        o.threshold = t;
    }
    if let Some(s) = sign {
        o.sign = s;
    }
    if let Some(m) = floatmode {
        o.floatmode = m;
    }
    if let Some(l) = legacy {
        o.legacy = l;
    }
    Ok(ov.threshold)
}

/// NumPy compares `a.size > threshold` for any real `threshold`; as a count that is its
/// floor, clamped at zero (every non-empty array is then summarized).
fn threshold_count(v: &Value) -> PyResult<usize> {
    let f = match v {
        Value::Int(i) => return Ok(usize::try_from((*i).max(0)).unwrap_or(usize::MAX)),
        Value::Bool(b) => *b as u8 as f64,
        Value::Float(f) => *f,
        Value::Scalar(d, n) if !d.is_complex() => n.as_f64(),
        _ => return Err(PyErr::type_err("threshold must be numeric")),
    };
    if f.is_nan() {
        return Err(PyErr::value(
            "threshold must be non-NAN, try sys.maxsize for untruncated representation",
        ));
    }
    // `as` saturates: inf gives usize::MAX, negatives give 0.
    Ok(f.floor() as usize)
}

fn set_printoptions(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    set_printoptions_as(it, args, "set_printoptions")
}

/// `set_printoptions` under the name its errors give: `np.printoptions(...)` enters
/// through NumPy's internal `_set_printoptions`.
pub(super) fn set_printoptions_as(
    it: &mut dyn Context,
    args: &Args,
    name: &str,
) -> PyResult<Value> {
    let a = args.bind(
        name,
        &[
            "precision",
            "threshold",
            "edgeitems",
            "linewidth",
            "suppress",
            "nanstr",
            "infstr",
            "formatter",
            "sign",
            "floatmode",
            "*legacy",
            "*override_repr",
        ],
        0,
    )?;
    if given(&a[11]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: override_repr is not supported",
        ));
    }
    let ov = Overrides {
        precision: given(&a[0]),
        threshold: given(&a[1]),
        edgeitems: given(&a[2]),
        linewidth: given(&a[3]),
        suppress: given(&a[4]),
        nanstr: given(&a[5]),
        infstr: given(&a[6]),
        formatter: given(&a[7]),
        sign: given(&a[8]),
        floatmode: given(&a[9]),
        legacy: given(&a[10]),
        formatter_call: false,
    };
    let mut o = it.print_options();
    let threshold = apply(it, &mut o, &ov)?;
    if o.legacy == Legacy::V1_13 {
        // `_set_printoptions` stores sign='-' with legacy='1.13'.
        o.sign = '-';
    }
    if let Some(t) = threshold {
        let shown = match t {
            Value::Scalar(_, n) => Value::Float(n.as_f64()),
            other => other.clone(),
        };
        o.threshold_given = Some(HeldValue(Rc::new(shown)));
    }
    it.set_print_options(o);
    Ok(Value::None)
}

fn get_printoptions(it: &dyn Context) -> Value {
    let o: PrintOptions = it.print_options();
    let d = |k: &str, v: Value| (Value::str(k), v);
    let mode = match o.floatmode {
        FloatMode::Fixed => "fixed",
        FloatMode::Unique => "unique",
        FloatMode::MaxPrec => "maxprec",
        FloatMode::MaxPrecEqual => "maxprec_equal",
    };
    let threshold = held(&o.threshold_given).unwrap_or(Value::Int(o.threshold as i128));
    Value::dict(crate::value::dict::PyDict::from(vec![
        d("edgeitems", Value::Int(o.edgeitems as i128)),
        d("threshold", threshold),
        d("floatmode", Value::str(mode)),
        d("precision", Value::Int(o.precision as i128)),
        d("suppress", Value::Bool(o.suppress)),
        d("linewidth", Value::Int(o.linewidth as i128)),
        d("nanstr", Value::str(&o.nanstr)),
        d("infstr", Value::str(&o.infstr)),
        d("sign", Value::str(&o.sign.to_string())),
        d("formatter", held(&o.formatter).unwrap_or(Value::None)),
        d(
            "legacy",
            o.legacy.name().map_or(Value::Bool(false), Value::str),
        ),
        d("override_repr", Value::None),
    ]))
}

/// A `str` argument (`separator`, `prefix`, `suffix`) with NumPy's default.
fn str_arg(v: &Option<Value>, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(other) => Err(PyErr::type_err(format!(
            "can only concatenate str (not \"{}\") to str",
            other.type_of().short_name()
        ))),
    }
}

/// `np.array2string(a, max_line_width=None, precision=None, suppress_small=None,
/// separator=' ', prefix='', style=<no value>, formatter=None, threshold=None,
/// edgeitems=None, sign=None, floatmode=None, suffix='', *, legacy=None)`.
fn array2string(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "array2string",
        &[
            "a",
            "max_line_width",
            "precision",
            "suppress_small",
            "separator",
            "prefix",
            "style",
            "formatter",
            "threshold",
            "edgeitems",
            "sign",
            "floatmode",
            "suffix",
            "*legacy",
        ],
        1,
    )?;
    let arr = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let ov = Overrides {
        linewidth: given(&a[1]),
        precision: given(&a[2]),
        suppress: given(&a[3]),
        formatter: given(&a[7]),
        threshold: given(&a[8]),
        edgeitems: given(&a[9]),
        sign: given(&a[10]),
        floatmode: given(&a[11]),
        legacy: given(&a[13]),
        formatter_call: true,
        ..Overrides::default()
    };
    let mut o = it.print_options();
    apply(it, &mut o, &ov)?;
    let separator = str_arg(&a[4], " ")?;
    let prefix = str_arg(&a[5], "")?;
    let suffix = str_arg(&a[12], "")?;
    if let Some(f) = formatter_for(held(&o.formatter).as_ref(), arr.dtype)? {
        // The user's function formats every element; NumPy lays the texts out.
        let words = element_words(it, &f, &arr, &o)?;
        let mut words = words.into_iter();
        let text =
            crate::format::array2string_with(&arr, &o, &separator, &prefix, &suffix, &mut |_| {
                words.next().unwrap_or_default()
            });
        return Ok(Value::str(&text));
    }
    crate::format::check_array_print(&arr, &o, true)?;
    Ok(Value::str(&crate::format::array2string(
        &arr, &o, &separator, &prefix, &suffix,
    )))
}

/// The element a printer shows, as the NumPy scalar a formatter function receives.
fn elem_num(e: crate::format::arrayprint::Elem) -> crate::array::element::Num {
    use crate::array::element::Num;
    use crate::format::arrayprint::Elem;
    match e {
        Elem::Bool(b) => Num::Bool(b),
        Elem::Int(i) => Num::Int(i as i128),
        Elem::UInt(u) => Num::Int(u as i128),
        Elem::Float(f) => Num::Float(f),
        Elem::Complex(r, i) => Num::Complex(r, i),
    }
}

/// A value the print options hold (the `formatter` dict, `threshold` as given).
fn held(h: &Option<HeldValue>) -> Option<Value> {
    h.as_ref()?.0.downcast_ref::<Value>().cloned()
}

/// The texts `f` gives the elements `a` shows, in the printer's order. NumPy splits each
/// text into lines, so a function returning anything but a `str` fails there.
fn element_words(
    it: &mut dyn Context,
    f: &Value,
    a: &ArrayRef,
    o: &PrintOptions,
) -> PyResult<Vec<String>> {
    crate::format::shown_words::shown_elems(a, o)
        .into_iter()
        .map(|e| {
            let x = Value::Scalar(a.dtype, elem_num(e));
            match it.call(f, Args::new(vec![x]))? {
                Value::Str(s) => Ok(s.to_string()),
                other => Err(PyErr::attribute(format!(
                    "'{}' object has no attribute 'splitlines'",
                    other.type_of().short_name()
                ))),
            }
        })
        .collect()
}

/// Under a `formatter` print option, the element texts of every array that showing
/// `values` prints (inside lists, tuples and dicts too), for `format::shown_words`:
/// the user's functions are called here, where the interpreter is at hand.
pub(crate) fn display_words(
    it: &mut dyn Context,
    values: &[&Value],
) -> PyResult<Vec<(ArrayRef, Vec<String>)>> {
    let o = it.print_options();
    let Some(fv) = held(&o.formatter) else {
        return Ok(Vec::new());
    };
    let mut arrays = Vec::new();
    for v in values {
        shown_arrays(v, 0, &mut arrays);
    }
    let mut out: Vec<(ArrayRef, Vec<String>)> = Vec::new();
    let mut done = std::collections::HashSet::new();
    for a in arrays {
        if a.size() == 0 || !done.insert(Rc::as_ptr(&a)) {
            continue;
        }
        if let Some(f) = formatter_for(Some(&fv), a.dtype)? {
            let words = element_words(it, &f, &a, &o)?;
            out.push((a, words));
        }
    }
    Ok(out)
}

/// How deep [`shown_arrays`] looks into nested containers (a list that holds itself
/// prints as `[...]` past its first level anyway).
const SHOWN_DEPTH: usize = 32;

/// The arrays whose text is part of `v`'s.
fn shown_arrays(v: &Value, depth: usize, out: &mut Vec<ArrayRef>) {
    if depth > SHOWN_DEPTH {
        return;
    }
    match v {
        Value::Array(a) => out.push(a.clone()),
        Value::Tuple(items) => items.iter().for_each(|x| shown_arrays(x, depth + 1, out)),
        Value::List(items) => {
            if let Ok(items) = items.try_borrow() {
                items.iter().for_each(|x| shown_arrays(x, depth + 1, out));
            }
        }
        Value::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                d.iter().for_each(|(_, x)| shown_arrays(x, depth + 1, out));
            }
        }
        _ => {}
    }
}

/// The function of a `formatter` dict for elements of dtype `d`, as NumPy picks it: the
/// dtype's own key (`'int'`, `'float'`, `'complexfloat'`, `'bool'`), else its kind key
/// (`'int_kind'`, `'float_kind'`, `'complex_kind'`), else `'all'`.
fn formatter_for(f: Option<&Value>, d: crate::array::dtype::DType) -> PyResult<Option<Value>> {
    let Some(f) = f.filter(|f| !matches!(f, Value::None)) else {
        return Ok(None);
    };
    let Value::Dict(dict) = f else {
        // NumPy asks the formatter for its `keys()`.
        return Err(PyErr::attribute(format!(
            "'{}' object has no attribute 'keys'",
            f.type_of().short_name()
        )));
    };
    let (own, kind) = if d == crate::array::dtype::DType::Bool {
        ("bool", None)
    } else if d.is_complex() {
        ("complexfloat", Some("complex_kind"))
    } else if d.is_float() {
        ("float", Some("float_kind"))
    } else {
        ("int", Some("int_kind"))
    };
    let dict = dict.borrow();
    for key in [Some(own), kind, Some("all")].into_iter().flatten() {
        if let Some(v) = dict.get(&Value::str(key))? {
            if !matches!(v, Value::None) {
                return Ok(Some(v.clone()));
            }
        }
    }
    Ok(None)
}

/// `np.array_repr(arr, max_line_width=None, precision=None, suppress_small=None)` and
/// `np.array_str(a, ...)`: `repr`/`str` with some options overridden for this call.
fn array_repr_or_str(it: &dyn Context, args: &Args, fname: &str) -> PyResult<Value> {
    let first = if fname == "array_repr" { "arr" } else { "a" };
    let a = args.bind(
        fname,
        &[first, "max_line_width", "precision", "suppress_small"],
        1,
    )?;
    let v = a[0].as_ref().unwrap_or(&Value::None);
    let Value::Array(arr) = v else {
        return Err(PyErr::attribute(format!(
            "'{}' object has no attribute 'shape'",
            v.type_of().short_name()
        )));
    };
    let mut o = it.print_options();
    if let Some(w) = given(&a[1]) {
        o.linewidth = to_i64(w)?.max(0) as usize;
    }
    if let Some(p) = given(&a[2]) {
        o.precision = to_i64(p).map_err(|_| PyErr::type_err("precision must be an integer"))?;
    }
    if let Some(s) = given(&a[3]) {
        o.suppress = truthy(s)?;
    }
    let repr = fname == "array_repr";
    crate::format::check_array_print(arr, &o, repr || arr.ndim() > 0)?;
    Ok(Value::str(&if repr {
        crate::format::array_repr_with(arr, &o)
    } else {
        crate::format::array_str_with(arr, &o)
    }))
}
