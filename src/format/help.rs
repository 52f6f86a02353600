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
        Value::Func(f) => {
            let short = f.rsplit('.').next().unwrap_or(f);
            let mut t = format!(
                "Help on function {}:\n\n{}(...)\n    NumPy's {} as arrsh implements it.\n",
                f, short, f
            );
            // What it returns memory-wise, from the table %views prints.
            if let Some(e) = crate::teach::views::entry_for(short) {
                t.push_str(&format!(
                    "\n    returns: {} ({}: {})\n",
                    e.returns.label(),
                    e.name,
                    e.rule
                ));
            }
            t
        }
        Value::Module(m) => format!("Help on module {}:\n\nNAME\n    {}\n", m, m),
        other => format!("Type:            {}\nString form:     {}\n", other.type_of().short_name(), repr(other)),
    }
}

/// Python's help text for a builtin function value named `builtins.NAME`.
fn builtin_doc(f: &str) -> Option<&'static str> {
    let name = f.strip_prefix("builtins.")?;
    super::builtin_docs::BUILTIN_DOCS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}
