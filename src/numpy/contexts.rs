//! NumPy's floating-point error modes (`np.seterr`, `np.geterr`) and its two context
//! managers, `np.errstate(...)` and `np.printoptions(...)`, which `with` enters and exits.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::objects::{host_mut, HostObject};
use crate::value::args::Args;
use crate::value::host::HostRef;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["seterr", "geterr", "errstate", "printoptions"],
    call,
};

/// What happens on a floating-point error of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrMode {
    Ignore,
    Warn,
    Raise,
    Call,
    Print,
    Log,
}

impl ErrMode {
    fn name(self) -> &'static str {
        match self {
            ErrMode::Ignore => "ignore",
            ErrMode::Warn => "warn",
            ErrMode::Raise => "raise",
            ErrMode::Call => "call",
            ErrMode::Print => "print",
            ErrMode::Log => "log",
        }
    }

    fn parse(v: &Value) -> PyResult<ErrMode> {
        let s = crate::format::str_of(v);
        Ok(match s.as_str() {
            "ignore" => ErrMode::Ignore,
            "warn" => ErrMode::Warn,
            "raise" => ErrMode::Raise,
            "call" => ErrMode::Call,
            "print" => ErrMode::Print,
            "log" => ErrMode::Log,
            _ => {
                return Err(PyErr::value(format!(
                    "invalid error mode {}",
                    crate::format::repr(v)
                )))
            }
        })
    }
}

/// The error modes, NumPy's defaults: warn on everything but underflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrState {
    pub divide: ErrMode,
    pub over: ErrMode,
    pub under: ErrMode,
    pub invalid: ErrMode,
}

impl Default for ErrState {
    fn default() -> Self {
        ErrState {
            divide: ErrMode::Warn,
            over: ErrMode::Warn,
            under: ErrMode::Ignore,
            invalid: ErrMode::Warn,
        }
    }
}

impl ErrState {
    fn to_dict(self) -> Value {
        let items = [
            ("divide", self.divide),
            ("over", self.over),
            ("under", self.under),
            ("invalid", self.invalid),
        ]
        .iter()
        .map(|(k, m)| (Value::str(k), Value::str(m.name())))
        .collect::<Vec<_>>();
        Value::dict(items.into())
    }

    /// These modes with the keyword arguments of `seterr`/`errstate` applied.
    fn with(mut self, args: &Args, fname: &str) -> PyResult<ErrState> {
        args.bind(
            fname,
            &["*all", "*divide", "*over", "*under", "*invalid", "*call"],
            0,
        )?;
        if let Some((_, v)) = args.kw.iter().find(|(k, _)| k == "all") {
            if !matches!(v, Value::None) {
                let m = ErrMode::parse(v)?;
                self = ErrState {
                    divide: m,
                    over: m,
                    under: m,
                    invalid: m,
                };
            }
        }
        for (k, v) in &args.kw {
            if matches!(v, Value::None) {
                continue;
            }
            match k.as_str() {
                "divide" => self.divide = ErrMode::parse(v)?,
                "over" => self.over = ErrMode::parse(v)?,
                "under" => self.under = ErrMode::parse(v)?,
                "invalid" => self.invalid = ErrMode::parse(v)?,
                _ => {}
            }
        }
        Ok(self)
    }
}

/// A context manager `with` can enter, and what it restores on exit.
#[derive(Debug)]
pub enum Manager {
    ErrState {
        modes: ErrState,
        saved: Option<ErrState>,
    },
    PrintOptions {
        args: Args,
        saved: Option<crate::format::arrayprint::PrintOptions>,
    },
}

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "geterr" => args
            .bind("geterr", &[], 0)
            .map(|_| it.state().err.to_dict()),
        "seterr" => (|| {
            let old = it.state().err;
            it.state().err = old.with(&args, "seterr")?;
            Ok(old.to_dict())
        })(),
        "errstate" => (|| {
            let modes = it.state().err.with(&args, "errstate")?;
            Ok(manager(Manager::ErrState { modes, saved: None }))
        })(),
        "printoptions" => Ok(manager(Manager::PrintOptions { args, saved: None })),
        _ => return None,
    })
}

fn manager(m: Manager) -> Value {
    Value::Object(Rc::new(RefCell::new(HostObject::Context(m))))
}

/// `with` entering `obj`: returns what `as` binds.
pub fn enter(it: &mut dyn Context, obj: &HostRef) -> PyResult<Value> {
    let args = {
        let mut o = obj.borrow_mut();
        match host_mut(&mut *o) {
            Some(HostObject::Context(Manager::ErrState { modes, saved })) => {
                *saved = Some(it.state().err);
                it.state().err = *modes;
                return Ok(Value::None);
            }
            Some(HostObject::Context(Manager::PrintOptions { args, .. })) => args.clone(),
            // `with np.nditer(...) as it:` binds the iterator itself.
            Some(HostObject::NdIter(_)) => return Ok(Value::Object(obj.clone())),
            _ => return Err(not_a_manager(&o.py_type().tp_name())),
        }
    };
    let before = it.print_options();
    super::printing::set_printoptions_as(it, &args, "_set_printoptions")?;
    if let Some(HostObject::Context(Manager::PrintOptions { saved, .. })) =
        host_mut(&mut *obj.borrow_mut())
    {
        *saved = Some(before);
    }
    it.call(&Value::func("numpy.get_printoptions"), Args::default())
}

/// `with` leaving `obj`: restore what entering changed.
pub fn exit(it: &mut dyn Context, obj: &HostRef) -> PyResult<()> {
    // Leaving an nditer's `with` writes its cast copies back.
    if let Some(HostObject::NdIter(n)) = crate::numpy::objects::host(&*obj.borrow()) {
        return n.close(it);
    }
    let mut o = obj.borrow_mut();
    if let Some(HostObject::Context(m)) = host_mut(&mut *o) {
        match m {
            Manager::ErrState { saved, .. } => {
                if let Some(s) = saved.take() {
                    it.state().err = s;
                }
            }
            Manager::PrintOptions { saved, .. } => {
                if let Some(s) = saved.take() {
                    it.set_print_options(s);
                }
            }
        }
    }
    Ok(())
}

/// CPython's error for `with` on an object that is not a context manager.
pub fn not_a_manager(type_name: &str) -> PyErr {
    PyErr::type_err(format!(
        "'{}' object does not support the context manager protocol",
        type_name
    ))
}
