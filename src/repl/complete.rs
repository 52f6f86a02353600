//! Tab-completion candidates: variables and keywords, attributes after a dot (modules,
//! arrays, dtypes), and keyword-argument names inside a call.

use crate::eval::interp::Interp;
use crate::syntax::lexical::KEYWORDS;
use crate::value::Value;

/// Array attributes (methods come from `numpy::methods::array_method_names`).
const ARRAY_ATTRS: &[&str] = &[
    "T",
    "base",
    "data",
    "dtype",
    "flags",
    "itemsize",
    "nbytes",
    "ndim",
    "shape",
    "size",
    "strides",
    "real",
    "imag",
    "__array_interface__",
];

const DTYPE_ATTRS: &[&str] = &[
    "itemsize",
    "name",
    "kind",
    "char",
    "str",
    "num",
    "byteorder",
    "type",
    "alignment",
    "descr",
];

/// Keywords offered inside calls of functions missing from `SIGNATURES`.
const KWARGS: &[&str] = &[
    "dtype",
    "out",
    "axis",
    "order",
    "keepdims",
    "copy",
    "shape",
    "strides",
    "writeable",
    "count",
    "offset",
    "endpoint",
    "size",
    "casting",
    "where",
    "num",
];

/// Completions for the text before the cursor's current word: `prefix` is the dotted word
/// being typed (`np.ara`, `x.sh`, `arr`).
pub fn candidates(it: &mut Interp, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = match prefix.rfind('.') {
        Some(dot) => {
            let (obj, part) = (&prefix[..dot], &prefix[dot + 1..]);
            attr_names(it, obj)
                .into_iter()
                .filter(|n| n.starts_with(part))
                .map(|n| format!("{}.{}", obj, n))
                .collect()
        }
        None => {
            let mut v: Vec<String> = it
                .names()
                .into_iter()
                .filter(|n| n.starts_with(prefix))
                .collect();
            v.extend(
                KEYWORDS
                    .iter()
                    .filter(|k| k.starts_with(prefix))
                    .map(|k| k.to_string()),
            );
            v
        }
    };
    out.sort();
    out.dedup();
    out
}

/// Keyword parameters of the functions and methods people call most, by final name, so
/// `np.zeros(3, d<Tab>` offers that function's own keywords.
const SIGNATURES: &[(&str, &[&str])] = &[
    ("zeros", &["shape", "dtype", "order"]),
    ("ones", &["shape", "dtype", "order"]),
    ("empty", &["shape", "dtype", "order"]),
    ("full", &["shape", "fill_value", "dtype", "order"]),
    ("arange", &["start", "stop", "step", "dtype"]),
    ("linspace", &["start", "stop", "num", "endpoint", "dtype"]),
    ("array", &["object", "dtype", "copy", "order", "ndmin"]),
    ("asarray", &["a", "dtype", "order", "copy"]),
    ("reshape", &["shape", "order", "copy"]),
    (
        "as_strided",
        &["x", "shape", "strides", "subok", "writeable"],
    ),
    ("broadcast_to", &["array", "shape", "subok"]),
    ("frombuffer", &["buffer", "dtype", "count", "offset"]),
    ("view", &["dtype", "type"]),
    ("astype", &["dtype", "order", "casting", "subok", "copy"]),
    (
        "sum",
        &["axis", "dtype", "out", "keepdims", "initial", "where"],
    ),
    ("print", &["sep", "end"]),
    ("info", &["object", "maxwidth", "output", "toplevel"]),
    ("round", &["ndigits", "decimals"]),
    ("min", &["default", "key", "axis", "out", "keepdims"]),
    ("max", &["default", "key", "axis", "out", "keepdims"]),
];

/// The function whose argument list the cursor is in: the dotted name before the
/// innermost unclosed `(` of `before` (`np.zeros` for `x = np.zeros(3, d`).
pub fn open_call(before: &str) -> Option<&str> {
    let mut depth = 0i32;
    for (i, c) in before.char_indices().rev() {
        match c {
            ')' | ']' | '}' => depth += 1,
            '[' | '{' if depth > 0 => depth -= 1,
            '(' if depth > 0 => depth -= 1,
            '[' | '{' => return None,
            '(' => {
                let head = &before[..i];
                let start = head
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                    .map(|k| k + 1)
                    .unwrap_or(0);
                let name = &head[start..];
                return (!name.is_empty()).then_some(name);
            }
            _ => {}
        }
    }
    None
}

/// Keyword-argument names (`dtype=`) matching `part` inside a call of `callee`: that
/// function's own keywords when arrsh knows them, else the common NumPy ones.
pub fn kwarg_candidates(callee: &str, part: &str) -> Vec<String> {
    let last = callee.rsplit('.').next().unwrap_or(callee);
    let names: Vec<&str> = match SIGNATURES.iter().find(|(n, _)| *n == last) {
        Some((_, params)) => params.to_vec(),
        None => KWARGS.to_vec(),
    };
    names
        .into_iter()
        .filter(|k| k.starts_with(part))
        .map(|k| format!("{}=", k))
        .collect()
}

/// Attribute names of a dotted expression, evaluated without calling anything.
fn attr_names(it: &mut Interp, expr: &str) -> Vec<String> {
    let mut parts = expr.split('.');
    let Some(first) = parts.next() else {
        return vec![];
    };
    if !first.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return vec![];
    }
    let Ok(mut v) = it.lookup(first) else {
        return vec![];
    };
    for p in parts {
        match crate::eval::attrs::get_attr(it, &v, p) {
            Ok(Value::Method(_)) | Err(_) => return vec![],
            Ok(next) => v = next,
        }
    }
    match &v {
        Value::Module(m) => module_names(m),
        Value::Array(_) => ARRAY_ATTRS
            .iter()
            .copied()
            .chain(crate::numpy::methods::array_method_names())
            .map(String::from)
            .collect(),
        Value::DType(_) => DTYPE_ATTRS.iter().map(|s| s.to_string()).collect(),
        Value::Flags(_) => [
            "c_contiguous",
            "f_contiguous",
            "owndata",
            "writeable",
            "aligned",
            "writebackifcopy",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        // str, list, dict, set, tuple values and those types themselves (`str.lower`).
        Value::Type(t) => crate::eval::pytypes::method_names(*t)
            .iter()
            .map(|s| s.to_string())
            .collect(),
        other => crate::eval::pytypes::method_names(other.type_of())
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

fn module_names(m: &str) -> Vec<String> {
    match m {
        m if crate::eval::pymodules::is_python_module(m) => crate::eval::pymodules::dir(m),
        "numpy" => {
            let mut v: Vec<String> = crate::numpy::function_names()
                .into_iter()
                .map(String::from)
                .collect();
            v.extend(
                [
                    "lib",
                    "random",
                    "ndarray",
                    "newaxis",
                    "pi",
                    "e",
                    "inf",
                    "nan",
                    "bool",
                    "int8",
                    "int16",
                    "int32",
                    "int64",
                    "uint8",
                    "uint16",
                    "uint32",
                    "uint64",
                    "float16",
                    "float32",
                    "float64",
                    "complex64",
                    "complex128",
                    "True_",
                    "False_",
                ]
                .iter()
                .map(|s| s.to_string()),
            );
            v
        }
        "numpy.lib" => vec!["stride_tricks".into()],
        "numpy.lib.stride_tricks" => vec!["as_strided".into(), "sliding_window_view".into()],
        "numpy.random" => crate::numpy::random_api::NAMES
            .iter()
            .chain(crate::numpy::random_api::DISTRIBUTIONS)
            .map(|s| s.to_string())
            .collect(),
        "PIL" => vec!["Image".into()],
        "PIL.Image" => vec!["fromarray".into()],
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_innermost_open_call() {
        assert_eq!(open_call("x = np.zeros(3, d"), Some("np.zeros"));
        assert_eq!(open_call("f(a, g(1), b"), Some("f"));
        assert_eq!(open_call("np.ones((2, 3), dt"), Some("np.ones"));
        assert_eq!(open_call("x[np.arange(2)] + y"), None);
        assert_eq!(open_call("x[1, "), None);
        assert_eq!(open_call("(1 + "), None);
    }

    #[test]
    fn keywords_of_the_called_function() {
        assert_eq!(kwarg_candidates("np.zeros", "d"), vec!["dtype="]);
        assert_eq!(
            kwarg_candidates("as_strided", "s"),
            vec!["shape=", "strides=", "subok="]
        );
        assert_eq!(kwarg_candidates("print", "e"), vec!["end="]);
        assert_eq!(kwarg_candidates("np.unknown_fn", "keep"), vec!["keepdims="]);
    }
}
