//! IPython-style `%magic` lines: `%timeit`, `%time`, `%whos`, and arrsh's own `%explain`,
//! `%trace`/`%untrace`, `%mem` and `%views`; `%history` and `%save` live in `history`.

use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::syntax::ast::Statement;
use crate::value::Value;
use std::time::{Duration, Instant};

/// The session's module-level names, read without running anything: what explain mode's
/// snapshots, the live hint and the error carets look up. The interpreter implements it.
pub trait Names {
    /// The value bound to `name`, if any.
    fn var(&self, name: &str) -> Option<&Value>;
    /// Call `f` on every binding (start-up names and `_` included), in no set order.
    fn each_var(&self, f: &mut dyn FnMut(&str, &Value));
}

/// What a magic may do beyond an `np` function: run statements (`%time`, `%timeit`) and
/// drop the output of the runs it only timed. The interpreter implements it.
pub trait Shell: Context + Names {
    /// Run one statement, displaying an expression's value when `display` is set.
    fn exec(&mut self, st: &Statement, display: bool) -> PyResult<()>;
    /// Forget what the current statement has printed so far.
    fn clear_output(&mut self);
}

pub fn run(it: &mut dyn Shell, name: &str, rest: &str) -> PyResult<()> {
    match name {
        "timeit" => timeit(it, rest),
        "time" => {
            let start = Instant::now();
            run_code(it, rest, true)?;
            let t = start.elapsed();
            it.print(&format!("Wall time: {}\n", human(t)));
            Ok(())
        }
        "whos" => {
            whos(it);
            Ok(())
        }
        "explain" => match rest.trim() {
            "on" | "" => {
                super::explain::set_explain(true);
                Ok(())
            }
            "off" => {
                super::explain::set_explain(false);
                Ok(())
            }
            other => Err(PyErr::new(
                "UsageError",
                format!("%explain takes on or off, not '{}'", other),
            )),
        },
        "trace" => super::trace::trace(it, rest.trim()),
        "untrace" => super::trace::untrace(it, rest.trim()),
        "views" => {
            it.print(&crate::format::views::table_text());
            Ok(())
        }
        "mem" => super::mem::magic(it, rest.trim()),
        "history" => super::history::history(it, rest),
        "save" => super::history::save(it, rest),
        other => Err(PyErr::new(
            "UsageError",
            format!("Line magic function `%{}` not found.", other),
        )),
    }
}

fn run_code(it: &mut dyn Shell, code: &str, display: bool) -> PyResult<()> {
    let lines = crate::syntax::parser::parse_line(code, 0)?;
    for st in &lines {
        it.exec(st, display)?;
    }
    Ok(())
}

/// IPython's time formatting: 3 significant digits in s, ms, µs or ns.
fn human(t: Duration) -> String {
    let s = t.as_secs_f64();
    let (v, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else if s >= 1e-6 {
        (s * 1e6, "µs")
    } else {
        (s * 1e9, "ns")
    };
    format!("{:.3} {}", v, unit).replace(".000 ", " ")
}

fn timeit(it: &mut dyn Shell, code: &str) -> PyResult<()> {
    let stmts = crate::syntax::parser::parse_line(code, 0)?;
    if stmts.is_empty() {
        // Nothing to time; IPython would time `pass` for millions of loops.
        return Err(PyErr::new(
            "UsageError",
            "%timeit needs a statement to time, e.g. %timeit x + 1",
        ));
    }
    // Pick a loop count so one run takes at least 0.2 s (IPython's rule), at most 7 runs.
    let mut loops = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..loops {
            for st in &stmts {
                it.exec(st, false)?;
            }
        }
        let t = start.elapsed();
        if t >= Duration::from_millis(200) || loops >= 1 << 30 {
            break;
        }
        loops *= 10;
    }
    let mut per: Vec<f64> = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        for _ in 0..loops {
            for st in &stmts {
                it.exec(st, false)?;
            }
        }
        per.push(start.elapsed().as_secs_f64() / loops as f64);
    }
    it.clear_output();
    let mean = per.iter().sum::<f64>() / per.len() as f64;
    let sd = (per.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / per.len() as f64).sqrt();
    it.print(&format!(
        "{} ± {} per loop (mean ± std. dev. of 7 runs, {} loop{} each)\n",
        human(Duration::from_secs_f64(mean)),
        human(Duration::from_secs_f64(sd)),
        loops,
        if loops == 1 { "" } else { "s" }
    ));
    Ok(())
}

/// IPython's `%whos`: name and type columns 3 spaces wider than their longest entry, a
/// rule, then one row per user variable. Arrays show IPython's
/// `shape: n elems, type `dtype`, bytes` (plus kb/Mb above 100000 bytes); arrsh adds
/// which buffer a view lives in. Other values show `str(x)`, shortened as IPython does.
fn whos(it: &mut dyn Shell) {
    let vars = it.user_vars();
    if vars.is_empty() {
        it.print("Interactive namespace is empty.\n");
        return;
    }
    let rows: Vec<[String; 3]> = vars
        .iter()
        .map(|(name, v)| [name.clone(), v.type_of().short_name(), whos_info(v)])
        .collect();
    const GAP: usize = 3;
    let name_w = rows
        .iter()
        .map(|r| r[0].chars().count())
        .max()
        .unwrap_or(0)
        .max("Variable".len())
        + GAP;
    let type_w = rows
        .iter()
        .map(|r| r[1].chars().count())
        .max()
        .unwrap_or(0)
        .max("Type".len())
        + GAP;
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING);
    table.set_header(vec!["Variable", "Type", "Data/Info"]);
    for r in &rows {
        table.add_row(r.to_vec());
    }
    // Padding makes the first two columns exactly IPython's widths (the type column
    // carries the one space IPython prints before the data).
    let pads = [(name_w, 0), (type_w + 1, 0), (0, 0)];
    for (column, (width, _)) in table.column_iter_mut().zip(pads) {
        column.set_padding((0, 0));
        if width > 0 {
            column.set_constraint(comfy_table::ColumnConstraint::Absolute(
                comfy_table::Width::Fixed(width as u16),
            ));
        }
    }
    let text = table.to_string();
    for (k, line) in text.lines().enumerate() {
        it.print(line.trim_end());
        it.print("\n");
        if k == 0 {
            it.print(&"-".repeat(name_w + type_w + "Data/Info".len() + 1));
            it.print("\n");
        }
    }
}

/// The Data/Info column of `%whos` for one value.
fn whos_info(v: &Value) -> String {
    match v {
        Value::Array(a) => {
            let shape = a
                .shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("x");
            let bytes = a.nbytes();
            let mut s = format!(
                "{}: {} elems, type `{}`, {} bytes",
                shape,
                a.size(),
                a.dtype.name(),
                bytes
            );
            if bytes >= 100_000 {
                let (kb, mb) = (1024.0, 1024.0 * 1024.0);
                let b = bytes as f64;
                s.push_str(&if b < mb {
                    format!(" ({} kb)", crate::format::float_repr(b / kb))
                } else {
                    format!(" ({} Mb)", crate::format::float_repr(b / mb))
                });
            }
            if !a.owns_data() {
                s.push_str(&format!(" (view of buffer #{})", a.buffer.id()));
            }
            s
        }
        other => {
            let text = crate::format::str_of(other).replace('\n', "\\n");
            let chars: Vec<char> = text.chars().collect();
            if chars.len() < 50 {
                text
            } else {
                let head: String = chars[..25].iter().collect();
                let tail: String = chars[chars.len() - 25..].iter().collect();
                format!("{}<...>{}", head, tail)
            }
        }
    }
}
