//! Python's `time`, the clocks NumPy code times itself with: `time`, `time_ns`,
//! `perf_counter`, `monotonic`, `process_time` (and their `_ns` forms), read from the same
//! POSIX clocks CPython reads on Linux, and `sleep`, which waits in short slices so Ctrl-C
//! ends it with `KeyboardInterrupt` as it ends CPython's.

use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::to_int;
use crate::value::Value;
use nix::time::{clock_gettime, ClockId};
use std::time::Duration;

pub const NAMES: &[&str] = &[
    "monotonic",
    "monotonic_ns",
    "perf_counter",
    "perf_counter_ns",
    "process_time",
    "process_time_ns",
    "sleep",
    "time",
    "time_ns",
];

/// How long `sleep` waits between looks at the Ctrl-C flag.
const SLICE: Duration = Duration::from_millis(20);

/// A clock's reading in nanoseconds (`CLOCK_REALTIME` for `time`, `CLOCK_MONOTONIC` for
/// `monotonic` and `perf_counter`, `CLOCK_PROCESS_CPUTIME_ID` for `process_time`).
fn clock_ns(id: ClockId) -> PyResult<i128> {
    let t = clock_gettime(id)
        .map_err(|e| PyErr::new("OSError", format!("[Errno {}] {}", e as i32, e.desc())))?;
    Ok(i128::from(t.tv_sec()) * 1_000_000_000 + i128::from(t.tv_nsec()))
}

fn clock_of(name: &str) -> Option<ClockId> {
    Some(match name.trim_end_matches("_ns") {
        "time" => ClockId::CLOCK_REALTIME,
        "monotonic" | "perf_counter" => ClockId::CLOCK_MONOTONIC,
        "process_time" => ClockId::CLOCK_PROCESS_CPUTIME_ID,
        _ => return None,
    })
}

/// `sleep`'s argument as nanoseconds, by CPython's `_PyTime_FromSecondsObject` with
/// `_PyTime_ROUND_TIMEOUT` (a float rounds away from zero): a float (or `np.float64`, a
/// float subclass) or anything with `__index__`, within a C `int64` of nanoseconds.
fn sleep_ns(v: &Value) -> PyResult<i128> {
    let f = match v {
        Value::Float(f) | Value::Scalar(DType::F64, Num::Float(f)) => Some(*f),
        _ => None,
    };
    if let Some(f) = f {
        if f.is_nan() {
            return Err(PyErr::value("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        let ns = if ns < 0.0 { ns.floor() } else { ns.ceil() };
        if !((i64::MIN as f64) <= ns && ns < -(i64::MIN as f64)) {
            return Err(PyErr::overflow(
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(ns as i128);
    }
    let too_large = || PyErr::overflow("timestamp too large to convert to C _PyTime_t");
    let n = match v {
        Value::BigInt(_) => return Err(too_large()),
        // NumPy 2's bool has no `__index__`.
        Value::Scalar(DType::Bool, _) => {
            return Err(PyErr::type_err(
                "'numpy.bool' object cannot be interpreted as an integer",
            ))
        }
        Value::Array(a) if a.ndim() != 0 || !a.dtype.is_int() => {
            return Err(PyErr::type_err(
                "only integer scalar arrays can be converted to a scalar index",
            ))
        }
        other => to_int(other)?,
    };
    n.checked_mul(1_000_000_000)
        .filter(|ns| i64::try_from(*ns).is_ok())
        .ok_or_else(too_large)
}

/// `time.sleep(secs)`: wait, looking at the Ctrl-C flag every `SLICE`.
fn sleep(args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err("time.sleep() takes no keyword arguments"));
    }
    let [secs] = args.pos.as_slice() else {
        return Err(PyErr::type_err(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let ns = sleep_ns(secs)?;
    if ns < 0 {
        return Err(PyErr::value("sleep length must be non-negative"));
    }
    let end = std::time::Instant::now() + Duration::from_nanos(ns as u64);
    loop {
        if crate::interrupt::pending() && crate::interrupt::take() {
            return Err(PyErr::keyboard_interrupt(""));
        }
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(SLICE));
    }
}

pub fn call(name: &str, args: Args) -> PyResult<Value> {
    if name == "sleep" {
        return sleep(args);
    }
    let Some(id) = clock_of(name).filter(|_| NAMES.contains(&name)) else {
        return Err(PyErr::attribute(format!(
            "module 'time' has no attribute '{}'",
            name
        )));
    };
    crate::eval::pytypes::arity::no_args("time", name, &args)?;
    let ns = clock_ns(id)?;
    Ok(if name.ends_with("_ns") {
        Value::Int(ns)
    } else {
        Value::Float(ns as f64 / 1e9)
    })
}
