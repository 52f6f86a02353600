//! IPython-style `%magic` lines: `%timeit`, `%time`, `%whos`.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::eval::value::Value;
use std::time::{Duration, Instant};

pub fn run(it: &mut Interp, name: &str, rest: &str) -> PyResult<()> {
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
        other => Err(PyErr::new(
            "UsageError",
            format!("Line magic function `%{}` not found.", other),
        )),
    }
}

fn run_code(it: &mut Interp, code: &str, display: bool) -> PyResult<()> {
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

fn timeit(it: &mut Interp, code: &str) -> PyResult<()> {
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
    it.out.clear();
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

fn whos(it: &mut Interp) {
    let vars = it.user_vars();
    if vars.is_empty() {
        it.print("Interactive namespace is empty.\n");
        return;
    }
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING);
    table.set_header(vec!["Variable", "Type", "Data/Info"]);
    for (name, v) in vars {
        let info = match &v {
            Value::Array(a) => format!(
                "{}: {} elems, type `{}`, {} bytes{}",
                a.shape
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join("x"),
                a.size(),
                a.dtype.name(),
                a.nbytes(),
                if a.owns_data() {
                    String::new()
                } else {
                    format!(" (view of buffer #{})", a.buffer.id())
                }
            ),
            other => {
                let r = crate::format::repr(other);
                if r.len() > 60 {
                    format!(
                        "{}...",
                        &r[..r.char_indices().nth(57).map(|(i, _)| i).unwrap_or(r.len())]
                    )
                } else {
                    r
                }
            }
        };
        table.add_row(vec![name, v.type_of().short_name(), info]);
    }
    // IPython's layout: left-aligned columns two spaces apart, the header, a rule as wide
    // as the table, then the rows.
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    let text = table.to_string();
    let width = text
        .lines()
        .map(|l| l.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    for (i, line) in text.lines().enumerate() {
        it.print(line.trim_end());
        it.print("\n");
        if i == 0 {
            it.print(&"-".repeat(width));
            it.print("\n");
        }
    }
}
