//! Tab-completion candidates: variables and keywords, attributes after a dot (modules,
//! arrays, dtypes), and keyword-argument names inside a call.

use crate::eval::interp::Interp;
use crate::eval::value::Value;

const KEYWORDS: &[&str] = &[
    "and", "del", "else", "False", "from", "if", "import", "in", "is", "None", "not", "or", "pass",
    "True",
];

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
    "reshape",
    "transpose",
    "view",
    "astype",
    "copy",
    "flatten",
    "fill",
    "item",
    "tolist",
    "tobytes",
    "ravel",
    "squeeze",
    "swapaxes",
    "all",
    "any",
    "nonzero",
    "sum",
    "prod",
    "min",
    "max",
    "mean",
    "std",
    "var",
    "argmin",
    "argmax",
    "cumsum",
    "cumprod",
    "round",
    "clip",
    "sort",
    "argsort",
    "repeat",
    "take",
    "diagonal",
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

const KWARGS: &[&str] = &[
    "dtype=",
    "out=",
    "axis=",
    "order=",
    "keepdims=",
    "copy=",
    "shape=",
    "strides=",
    "writeable=",
    "count=",
    "offset=",
    "endpoint=",
    "size=",
    "casting=",
    "where=",
    "num=",
    "sep=",
    "end=",
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

/// Keyword-argument names matching `part` (offered inside call parentheses).
pub fn kwarg_candidates(part: &str) -> Vec<String> {
    KWARGS
        .iter()
        .filter(|k| k.starts_with(part))
        .map(|k| k.to_string())
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
        Value::Array(_) => ARRAY_ATTRS.iter().map(|s| s.to_string()).collect(),
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
        _ => vec![],
    }
}

fn module_names(m: &str) -> Vec<String> {
    match m {
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
            .map(|s| s.to_string())
            .collect(),
        "PIL" => vec!["Image".into()],
        "PIL.Image" => vec!["fromarray".into()],
        _ => vec![],
    }
}
