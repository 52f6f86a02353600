//! `help(x)`, `x?` and `np.info(non-array)`: a short description of a value.

use crate::format::repr;
use crate::value::Value;

/// A help text for any value, ending in a newline.
pub fn help_text(v: &Value) -> String {
    match v {
        Value::Array(a) => format!(
            "Type:            ndarray\nString form:\n{}\nLength:          {}\nFile:            (arrsh)\nDocstring:       N-dimensional array: shape {}, dtype {}, {} bytes{}\n",
            crate::format::array_str(a),
            a.shape.first().copied().unwrap_or(0),
            crate::array::layout::shape_str(&a.shape),
            a.dtype.name(),
            a.nbytes(),
            if a.owns_data() { ", owns its memory" } else { ", a view of another array's memory" }
        ),
        Value::Func(f) if builtin_doc(f).is_some() => {
            let name = f.trim_start_matches("builtins.");
            format!(
                "Help on built-in function {} in module builtins:\n{}",
                name,
                builtin_doc(f).unwrap_or_default()
            )
        }
        Value::Func(f) if &**f == "arrsh.show" => SHOW_HELP.to_string(),
        // `str.lower`: a method of one of Python's types.
        Value::Func(f) if f.starts_with("builtins.") && f.matches('.').count() == 2 => {
            let (ty, m) = f["builtins.".len()..].split_once('.').unwrap_or(("", f));
            format!(
                "Help on method_descriptor:\n\n{}(...)\n    Python's {}.{} as arrsh implements it.\n",
                m, ty, m
            )
        }
        Value::Func(f) if f.starts_with("math.") || f.starts_with("functools.") || f.starts_with("itertools.") => {
            let (module, name) = f.split_once('.').unwrap_or(("", f));
            format!(
                "Help on built-in function {} in module {}:\n\n{}(...)\n    Python's {}.{} as arrsh implements it.\n",
                name, module, name, module, name
            )
        }
        Value::Func(f) => {
            let short = f.rsplit('.').next().unwrap_or(f);
            let mut t = format!(
                "Help on function {}:\n\n{}\n    NumPy's {} as arrsh implements it.\n",
                f,
                signature(f).unwrap_or(&format!("{}(...)", short)),
                f
            );
            t.push_str(&returns_text(short));
            t
        }
        // `x.reshape`: an array method NumPy documents.
        Value::Method(m)
            if matches!(m.receiver, Value::Array(_))
                && signature(&format!("numpy.ndarray.{}", m.name)).is_some() =>
        {
            let key = format!("numpy.ndarray.{}", m.name);
            format!(
                "Help on method_descriptor {}:\n\n{}\n    NumPy's ndarray.{} as arrsh implements it.\n{}",
                key,
                signature(&key).unwrap_or_default(),
                m.name,
                returns_text(&m.name)
            )
        }
        Value::Module(m) => format!("Help on module {}:\n\nNAME\n    {}\n", m, m),
        other => format!("Type:            {}\nString form:     {}\n", other.type_of().short_name(), repr(other)),
    }
}

/// NumPy's signature for a function or method by qualified name (see
/// `numpy_signatures`, generated from `inspect.signature`).
fn signature(name: &str) -> Option<&'static str> {
    super::numpy_signatures::SIGNATURES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// What a function returns memory-wise, from the table `%views` prints (empty if it is
/// not in the table).
fn returns_text(short: &str) -> String {
    match super::views::entry_for(short) {
        Some(e) => format!(
            "\n    returns: {} ({}: {})\n",
            e.returns.label(),
            e.name,
            e.rule
        ),
        None => String::new(),
    }
}

/// arrsh's own `show`, which NumPy does not have.
const SHOW_HELP: &str = "Help on function show in arrsh:

show(x)
    Draw x in the terminal: a PIL image as it is, a 2-d (or 1-d) numeric array as a
    heatmap with a colour bar from its min to its max, a boolean array in black (False)
    and white (True), an (h, w, 3|4) uint8 array as RGB. Uses the kitty, iTerm2 or sixel
    graphics protocol where the terminal has it, truecolor half-blocks otherwise
    (ARRSH_GRAPHICS=kitty|iterm|sixel|blocks chooses). When output is not a terminal it
    saves a PNG in the temporary folder and says where on standard error.
";

/// Python's help text for a builtin function value named `builtins.NAME`.
fn builtin_doc(f: &str) -> Option<&'static str> {
    let name = f.strip_prefix("builtins.")?;
    super::builtin_docs::BUILTIN_DOCS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}
