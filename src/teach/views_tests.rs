//! The views-or-copies table (`format::views`) against what arrsh has: every function it
//! lists exists, and every row has NumPy's signature for `help()`. (Here, not in
//! `format/`, because checking needs the `np` namespace above the printer.)

use crate::format::views::*;

/// Every `np.NAME` the table lists is a function arrsh has.
#[test]
fn every_listed_function_exists() {
    let have = crate::numpy::function_names();
    for e in TABLE {
        for part in e.name.split(", ") {
            if let Some(f) = part.strip_prefix("np.") {
                let f = f.split('(').next().unwrap_or(f);
                assert!(have.contains(&f), "{} in the views table is not in np", f);
            }
        }
    }
}

/// Every function the table names shows NumPy's signature in `help` (the data file
/// tools/gen_numpy_signatures.py writes is in step with the table).
#[test]
fn every_listed_function_has_its_numpy_signature() {
    for e in TABLE {
        for part in e.name.split(", ") {
            let Some(f) = part.strip_prefix("np.") else {
                continue;
            };
            let f = f.split('(').next().unwrap_or(f);
            let help =
                crate::format::help::help_text(&crate::value::Value::func(&format!("numpy.{}", f)));
            assert!(
                !help.contains("(...)"),
                "no signature for np.{}: {}",
                f,
                help
            );
        }
    }
}

#[test]
fn lookups_find_functions_and_methods() {
    assert_eq!(
        entry_for("numpy.reshape").map(|e| e.returns),
        Some(Returns::ViewWhenPossible)
    );
    assert_eq!(entry_for("flatten").map(|e| e.returns), Some(Returns::Copy));
    assert_eq!(
        entry_for("ascontiguousarray").map(|e| e.returns),
        Some(Returns::SameWhenPossible)
    );
    assert!(entry_for("sum").is_none());
}
