//! Print options: `np.set_printoptions` and `np.get_printoptions` (process-global in
//! NumPy, session-global here).

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::eval::args::{given, Args};
use crate::eval::convert::{to_i64, truthy};
use crate::eval::interp::Interp;
use crate::eval::value::Value;
use crate::format::arrayprint::{FloatMode, PrintOptions};
use std::cell::RefCell;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["set_printoptions", "get_printoptions"],
    call,
};

fn call(_it: &mut Interp, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "set_printoptions" => set_printoptions(&args),
        "get_printoptions" => Ok(get_printoptions()),
        _ => return None,
    })
}

fn set_printoptions(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "set_printoptions",
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
    let mut o = crate::format::options();
    let uint = |v: &Value, what: &str| -> PyResult<usize> {
        let i = to_i64(v).map_err(|_| PyErr::type_err(format!("{} must be an integer", what)))?;
        usize::try_from(i).map_err(|_| PyErr::value(format!("{} must be >= 0", what)))
    };
    if let Some(v) = given(&a[0]) {
        o.precision = uint(v, "precision")?;
    }
    if let Some(v) = given(&a[1]) {
        o.threshold = uint(v, "threshold")?;
    }
    if let Some(v) = given(&a[2]) {
        o.edgeitems = uint(v, "edgeitems")?;
    }
    if let Some(v) = given(&a[3]) {
        o.linewidth = uint(v, "linewidth")?;
    }
    if let Some(v) = given(&a[4]) {
        o.suppress = truthy(v)?;
    }
    if let Some(v) = given(&a[5]) {
        o.nanstr = crate::format::str_of(v);
    }
    if let Some(v) = given(&a[6]) {
        o.infstr = crate::format::str_of(v);
    }
    if given(&a[7]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: custom formatters are not supported",
        ));
    }
    if let Some(v) = given(&a[8]) {
        let s = crate::format::str_of(v);
        o.sign = match s.as_str() {
            "-" => '-',
            "+" => '+',
            " " => ' ',
            _ => return Err(PyErr::value("sign option must be one of ' ', '+', or '-'")),
        };
    }
    if let Some(v) = given(&a[9]) {
        let s = crate::format::str_of(v);
        o.floatmode = match s.as_str() {
            "fixed" => FloatMode::Fixed,
            "unique" => FloatMode::Unique,
            "maxprec" => FloatMode::MaxPrec,
            "maxprec_equal" => FloatMode::MaxPrecEqual,
            _ => return Err(PyErr::value(
                "floatmode option must be one of 'fixed', 'unique', 'maxprec', or 'maxprec_equal'",
            )),
        };
    }
    if let Some(v) = given(&a[10]) {
        let s = crate::format::str_of(v);
        o.legacy = match s.as_str() {
            "1.13" => true,
            "False" => false,
            _ => {
                return Err(PyErr::not_implemented(format!(
                    "arrsh supports legacy='1.13' or False only, not {}",
                    s
                )))
            }
        };
    }
    crate::format::set_options(o);
    Ok(Value::None)
}

fn get_printoptions() -> Value {
    let o: PrintOptions = crate::format::options();
    let d = |k: &str, v: Value| (Value::str(k), v);
    let mode = match o.floatmode {
        FloatMode::Fixed => "fixed",
        FloatMode::Unique => "unique",
        FloatMode::MaxPrec => "maxprec",
        FloatMode::MaxPrecEqual => "maxprec_equal",
    };
    Value::Dict(Rc::new(RefCell::new(vec![
        d("edgeitems", Value::Int(o.edgeitems as i128)),
        d("threshold", Value::Int(o.threshold as i128)),
        d("floatmode", Value::str(mode)),
        d("precision", Value::Int(o.precision as i128)),
        d("suppress", Value::Bool(o.suppress)),
        d("linewidth", Value::Int(o.linewidth as i128)),
        d("nanstr", Value::str(&o.nanstr)),
        d("infstr", Value::str(&o.infstr)),
        d("sign", Value::str(&o.sign.to_string())),
        d("formatter", Value::None),
        d(
            "legacy",
            if o.legacy {
                Value::str("1.13")
            } else {
                Value::Bool(false)
            },
        ),
        d("override_repr", Value::None),
    ])))
}
