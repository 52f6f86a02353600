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

/// Run `%name rest`; `at` is the byte offset of `rest` in the source, for error carets.
pub fn run(it: &mut dyn Shell, name: &str, rest: &str, at: usize) -> PyResult<()> {
    match name {
        "timeit" => timeit(it, rest, at),
        "time" => {
            let start = Instant::now();
            run_code(it, rest, at, true)?;
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

fn run_code(it: &mut dyn Shell, code: &str, at: usize, display: bool) -> PyResult<()> {
    let lines = crate::syntax::parser::parse_line(code, at)?;
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

/// `%timeit`'s options, as IPython's `parse_options(line, "n:r:tcp:qo")` reads them from
/// the front of the line: `-n` loops per run (0: find a count), `-r` runs, `-p` digits
/// shown, `-q` quiet; `-t`/`-c` (the clock) change nothing here.
struct TimeitOptions {
    loops: u64,
    runs: u64,
    precision: usize,
    quiet: bool,
}

/// Split `%timeit`'s line into its options and the statement's text with its offset.
fn timeit_options(line: &str, at: usize) -> PyResult<(TimeitOptions, &str, usize)> {
    let mut o = TimeitOptions {
        loops: 0,
        runs: 7,
        precision: 3,
        quiet: false,
    };
    let mut rest = line;
    let number = |v: &str| {
        v.parse::<u64>()
            .map_err(|_| PyErr::value(format!("invalid literal for int() with base 10: '{}'", v)))
    };
    while let Some(word) = rest.strip_prefix('-').filter(|w| !w.starts_with(' ')) {
        let end = word.find(char::is_whitespace).unwrap_or(word.len());
        let mut flags = &word[..end];
        rest = word[end..].trim_start();
        while let Some(c) = flags.chars().next() {
            flags = &flags[1..];
            match c {
                'q' => o.quiet = true,
                't' | 'c' => {}
                'n' | 'r' | 'p' => {
                    // The value is the rest of the word, or else the next word.
                    let value = if flags.is_empty() {
                        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                        let v = &rest[..end];
                        rest = rest[end..].trim_start();
                        v
                    } else {
                        std::mem::take(&mut flags)
                    };
                    if value.is_empty() {
                        return Err(PyErr::new(
                            "UsageError",
                            format!("option -{} requires argument", c),
                        ));
                    }
                    let v = number(value)?;
                    match c {
                        'n' => o.loops = v,
                        'r' => o.runs = v,
                        _ => o.precision = v as usize,
                    }
                }
                'o' => {
                    return Err(PyErr::new(
                        "UsageError",
                        "%timeit -o (a TimeitResult object) is not supported by arrsh",
                    ))
                }
                other => {
                    return Err(PyErr::new(
                        "UsageError",
                        format!(
                            "option -{} not recognized ( allowed: \"n:r:tcp:qo\" )",
                            other
                        ),
                    ))
                }
            }
        }
    }
    let offset = at + (line.len() - rest.len());
    Ok((o, rest, offset))
}

/// IPython's `%timeit`: a loop count found by powers of ten until one run takes 0.2 s
/// (unless `-n` gives it), `-r` runs (7), the mean and standard deviation per loop in
/// IPython's words and digits, and its warning when the slowest run took over four times
/// the fastest.
fn timeit(it: &mut dyn Shell, line: &str, at: usize) -> PyResult<()> {
    let (opts, code, at) = timeit_options(line, at)?;
    let stmts = crate::syntax::parser::parse_line(code, at)?;
    if stmts.is_empty() {
        // Nothing to time; IPython would time `pass` for millions of loops.
        return Err(PyErr::new(
            "UsageError",
            "%timeit needs a statement to time, e.g. %timeit x + 1",
        ));
    }
    let run = |it: &mut dyn Shell, loops: u64| -> PyResult<f64> {
        let start = Instant::now();
        for _ in 0..loops {
            for st in &stmts {
                it.exec(st, false)?;
            }
        }
        Ok(start.elapsed().as_secs_f64())
    };
    let mut loops = opts.loops;
    if loops == 0 {
        for power in 0..10 {
            loops = 10u64.pow(power);
            if run(it, loops)? >= 0.2 {
                break;
            }
        }
    }
    let mut all = Vec::new();
    for _ in 0..opts.runs {
        all.push(run(it, loops)?);
    }
    it.clear_output();
    if opts.quiet {
        return Ok(());
    }
    let per: Vec<f64> = all.iter().map(|t| t / loops as f64).collect();
    let n = per.len().max(1) as f64;
    let mean = per.iter().sum::<f64>() / n;
    let sd = (per.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
    let best = per.iter().cloned().fold(f64::INFINITY, f64::min);
    let worst = per.iter().cloned().fold(0.0, f64::max);
    if worst > 4.0 * best && best > 0.0 && worst > 1e-6 {
        it.print(&format!(
            "The slowest run took {:.2} times longer than the fastest. This could mean that an intermediate result is being cached.\n",
            worst / best
        ));
    }
    let plural = |k: u64| if k == 1 { "" } else { "s" };
    it.print(&format!(
        "{} ± {} per loop (mean ± std. dev. of {} run{}, {} loop{} each)\n",
        timespan(mean, opts.precision),
        timespan(sd, opts.precision),
        opts.runs,
        plural(opts.runs),
        thousands(loops),
        plural(loops)
    ));
    Ok(())
}

/// IPython's `_format_time`: `%.*g` in s, ms, µs or ns (the largest unit the time fills),
/// or days/hours/minutes/seconds from a minute up.
fn timespan(t: f64, precision: usize) -> String {
    if t >= 60.0 {
        let mut parts = Vec::new();
        let mut left = t;
        for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
            let value = (left / length) as u64;
            if value > 0 {
                left %= length;
                parts.push(format!("{}{}", value, suffix));
            }
            if left < 1.0 {
                break;
            }
        }
        return parts.join(" ");
    }
    let order = if t > 0.0 {
        // Python's `min(-int(floor(log10(t)) // 3), 3)`, floor division included.
        (-(t.log10().floor() as i64).div_euclid(3)).clamp(0, 3) as usize
    } else {
        3
    };
    let scale = [1.0, 1e3, 1e6, 1e9][order];
    let unit = ["s", "ms", "µs", "ns"][order];
    let digits = crate::format::spec::float_digits(t * scale, 'g', precision, false, false);
    format!("{} {}", digits, unit)
}

/// `format(n, ',')`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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

#[cfg(test)]
mod tests {
    /// `timespan` against IPython's `_format_time` (tools/gen_timeit_fixture.py).
    #[test]
    fn times_print_as_ipython_formats_them() {
        let fixture = include_str!("../../tests/fixtures/timeit/format.txt");
        for line in fixture.lines() {
            let mut parts = line.splitn(3, ' ');
            let t: f64 = parts.next().unwrap().parse().unwrap();
            let p: usize = parts.next().unwrap().parse().unwrap();
            assert_eq!(super::timespan(t, p), parts.next().unwrap(), "{t} {p}");
        }
    }

    /// `thousands` against Python's `format(n, ',')` (tools/gen_timeit_fixture.py).
    #[test]
    fn loop_counts_group_thousands() {
        let fixture = include_str!("../../tests/fixtures/timeit/thousands.txt");
        for line in fixture.lines() {
            let (n, want) = line.split_once(' ').unwrap();
            assert_eq!(super::thousands(n.parse().unwrap()), want);
        }
    }
}
