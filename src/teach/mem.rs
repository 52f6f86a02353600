//! `%mem` (a table of every array variable and the memory held), `%mem y` and `mem(y)`,
//! `mem(x, y)`: pictures of the buffer an array lives in, each element marked and numbered
//! in the array's order, with the offset arithmetic spelled out.

use super::facts::{array_names, sharing_name};
use super::magic::Shell;
use crate::array::layout;
use crate::array::object::{ArrayRef, NdArray};
use crate::array::raw::{allocation_stats, mapped_bytes};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;
use owo_colors::OwoColorize;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;

thread_local! {
    /// Total bytes ever allocated when the current line started, and what the previous line
    /// allocated (for `%mem`'s footer).
    static LINE_START: Cell<u64> = const { Cell::new(0) };
    static LAST_LINE: Cell<u64> = const { Cell::new(0) };
    /// Colour for pictures: set by the REPL on a terminal without NO_COLOR.
    static COLOR: Cell<bool> = const { Cell::new(false) };
}

pub fn set_color(on: bool) {
    COLOR.with(|c| c.set(on));
}

/// The session calls this as each logical line starts (two counter reads).
pub fn line_started() {
    let total = allocation_stats().1;
    LINE_START.with(|s| {
        LAST_LINE.with(|l| l.set(total - s.get()));
        s.set(total);
    });
}

/// The arrays among a list of variables.
fn arrays_in(vars: Vec<(String, Value)>) -> Vec<(String, ArrayRef)> {
    vars.into_iter()
        .filter_map(|(n, v)| match v {
            Value::Array(a) => Some((n, a)),
            _ => None,
        })
        .collect()
}

/// `%mem` and `%mem NAME`.
pub fn magic(it: &mut dyn Shell, rest: &str) -> PyResult<()> {
    let names = arrays_in(it.user_vars());
    if rest.is_empty() {
        let t = table(&names);
        it.print(&t);
        return Ok(());
    }
    let vars = it.user_vars();
    let mut arrays = Vec::new();
    for name in rest.split([' ', ',']).filter(|s| !s.is_empty()) {
        match vars.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
            Some(Value::Array(a)) => arrays.push((name.to_string(), a.clone())),
            Some(_) => return Err(PyErr::type_err(format!("{} is not an array", name))),
            None => return Err(PyErr::name(format!("name '{}' is not defined", name))),
        }
    }
    let text = picture(&names, &arrays)?;
    it.print(&text);
    Ok(())
}

/// `mem(y)`, `mem(x, y)`: the picture, printed; returns None.
pub fn call(it: &mut dyn Shell, args: &Args) -> PyResult<Value> {
    let names = array_names(it);
    if args.pos.is_empty() {
        let t = table(&names);
        it.print(&t);
        return Ok(Value::None);
    }
    let mut arrays = Vec::new();
    for (k, v) in args.pos.iter().enumerate() {
        let Value::Array(a) = v else {
            return Err(PyErr::type_err(format!(
                "mem() takes arrays, not '{}'",
                v.type_of().short_name()
            )));
        };
        let name = names
            .iter()
            .find(|(n, b)| n != "_" && Rc::ptr_eq(a, b))
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| format!("arg{}", k + 1));
        arrays.push((name, a.clone()));
    }
    let text = picture(&names, &arrays)?;
    it.print(&text);
    Ok(Value::None)
}

/// "owns" or "view of NAME" (or of buffer #N when no name holds the memory). An array that
/// is a view only of an unnamed temporary (`a = (np.arange(6) % 4).reshape(2, 3)`) and
/// spans its whole buffer is the memory's only user: it is listed as owning it, saying so.
fn base_text(names: &[(String, ArrayRef)], name: &str, a: &ArrayRef) -> String {
    if a.owns_data() {
        return match a.buffer.map_info() {
            Some(m) => format!("owns: maps {} at offset {}", m.path.display(), m.offset),
            None => "owns".into(),
        };
    }
    let chain = super::facts::base_chain(a);
    let named_base = names
        .iter()
        .any(|(n, b)| n != name && chain.iter().any(|c| Rc::ptr_eq(c, b)));
    match sharing_name(names, a, name) {
        Some(n) if named_base => format!("view of {}", n),
        _ if super::facts::spans_buffer(a) => "owns (its base is an unnamed temporary)".into(),
        Some(n) => format!("view of {}", n),
        None => format!("view of buffer #{}", a.buffer.id()),
    }
}

/// `%mem`: one row per array variable, then the memory totals.
fn table(names: &[(String, ArrayRef)]) -> String {
    let names: Vec<(String, ArrayRef)> = names.iter().filter(|(n, _)| n != "_").cloned().collect();
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_header(vec![
        "name",
        "dtype",
        "shape",
        "strides",
        "nbytes",
        "buffer",
        "data",
        "C",
        "F",
        "writeable",
    ]);
    let yes = |b: bool| if b { "yes" } else { "no" };
    // Heap buffers and file mappings apart: a mapping allocates nothing, its pages are
    // the file's and are read only when touched.
    let mut held: BTreeMap<u64, usize> = BTreeMap::new();
    let mut mapped: BTreeMap<u64, usize> = BTreeMap::new();
    for (n, a) in &names {
        match a.buffer.map_info() {
            Some(_) => mapped.insert(a.buffer.id(), a.buffer.len()),
            None => held.insert(a.buffer.id(), a.buffer.len()),
        };
        t.add_row(vec![
            n.clone(),
            crate::array::byteorder::dtype_str(a.dtype, a.swapped),
            crate::array::layout::shape_str(&a.shape),
            layout::tuple_str(a.strides.iter().map(|d| d.to_string())),
            a.nbytes().to_string(),
            match a.buffer.map_info() {
                Some(_) => format!("#{} (file map)", a.buffer.id()),
                None => format!("#{}", a.buffer.id()),
            },
            base_text(&names, n, a),
            yes(a.is_c_contiguous()).into(),
            yes(a.is_f_contiguous()).into(),
            yes(a.writeable.get()).into(),
        ]);
    }
    let (live, _) = allocation_stats();
    let named: usize = held.values().sum();
    let mut out = if names.is_empty() {
        "no array variables\n".to_string()
    } else {
        format!("{}\n", t)
    };
    out.push_str(&format!(
        "buffers held by these names: {} ({} bytes); all live buffers: {} bytes; the last statement allocated {} bytes\n",
        held.len(),
        named,
        live,
        LAST_LINE.with(|l| l.get())
    ));
    let kept = crate::array::pool::kept_bytes();
    if kept > 0 {
        out.push_str(&format!(
            "freed buffers kept for reuse: {} bytes (no array holds them; a new result of their size takes one, as a new buffer)\n",
            kept
        ));
    }
    if !mapped.is_empty() || mapped_bytes() > 0 {
        out.push_str(&format!(
            "file maps held by these names: {} ({} bytes); all live maps: {} bytes (mapped, not allocated: pages are read from the file when touched)\n",
            mapped.len(),
            mapped.values().sum::<usize>(),
            mapped_bytes()
        ));
    }
    out
}

/// One cell of a picture: which element (in each array's C order) lives there, and how many
/// of that array's elements cover it.
#[derive(Clone, Default)]
struct Cell2 {
    marks: Vec<Option<(usize, usize)>>,
}

/// The picture of the buffer the arrays live in (they must share one).
fn picture(names: &[(String, ArrayRef)], arrays: &[(String, ArrayRef)]) -> PyResult<String> {
    let Some((_, first)) = arrays.first() else {
        return Ok(String::new());
    };
    if arrays
        .iter()
        .any(|(_, a)| !std::sync::Arc::ptr_eq(&a.buffer, &first.buffer))
    {
        return Err(PyErr::value(
            "mem() draws one buffer: these arrays do not share memory",
        ));
    }
    let color = COLOR.with(|c| c.get());
    let buf = &first.buffer;
    // The cell size: the smallest item size involved (byte cells after x.view(np.uint8)).
    let owner = names
        .iter()
        .filter(|(n, a)| {
            n != "_" && super::facts::spans_buffer(a) && std::sync::Arc::ptr_eq(&a.buffer, buf)
        })
        .map(|(n, a)| (n.clone(), a.clone()))
        .next();
    let unit = arrays
        .iter()
        .map(|(_, a)| a.itemsize())
        .chain(owner.iter().map(|(_, a)| a.itemsize()))
        .min()
        .unwrap_or(1)
        .max(1);
    let ncells = buf.len().div_ceil(unit);
    // Layout: rows follow the owner's last axis when it is C-contiguous, else 8 cells.
    let per_row = match &owner {
        Some((_, o)) if o.ndim() >= 2 && o.is_c_contiguous() => {
            (o.shape[o.ndim() - 1] * o.itemsize() / unit).max(1)
        }
        _ => (8 * 8 / unit).clamp(8, 16),
    };
    let rows = ncells.div_ceil(per_row);
    // The marked region comes from stride arithmetic alone, so which rows are drawn is known
    // before any element is visited: a 10 GB array is never turned into 10^10 cells.
    let (lo_row, hi_row) = arrays
        .iter()
        .filter_map(|(_, a)| byte_extent(a))
        .map(|(lo, hi)| (lo / unit / per_row, (hi - 1) / unit / per_row))
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
        .unwrap_or((0, 0));
    // Abridge: a few rows of context around the marked region, and inside a tall marked
    // region only its first and last rows; skipped bytes are stated.
    const CONTEXT: usize = 1;
    const KEEP: usize = 12;
    let start = lo_row.saturating_sub(CONTEXT);
    let end = (hi_row + CONTEXT).min(rows.saturating_sub(1));
    let drawn = |r: usize| {
        (start..=end).contains(&r) && (end - start < 2 * KEEP || r < start + KEEP || r + KEEP > end)
    };
    // The same rows as `drawn` picks, listed without visiting the skipped ones.
    let shown: Vec<usize> = if end - start < 2 * KEEP {
        (start..=end).collect()
    } else {
        (start..start + KEEP).chain(end + 1 - KEEP..=end).collect()
    };
    let abridged = shown.len() < end + 1 - start;
    // The drawn rows as byte ranges: only elements touching them are visited.
    let row_bytes = per_row * unit;
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for &r in &shown {
        match ranges.last_mut() {
            Some(last) if last.1 == r * row_bytes => last.1 += row_bytes,
            _ => ranges.push((r * row_bytes, (r + 1) * row_bytes)),
        }
    }
    let mut cells: BTreeMap<usize, Cell2> = BTreeMap::new();
    for (k, (_, a)) in arrays.iter().enumerate() {
        // Axes of stride 0 (broadcasting) repeat the same bytes: walk the others once and
        // count each cell as many times as those axes repeat it.
        let repeat: usize = a
            .shape
            .iter()
            .zip(&a.strides)
            .filter(|(_, &s)| s == 0)
            .map(|(&d, _)| d)
            .product();
        let walked: Vec<usize> = a
            .shape
            .iter()
            .zip(&a.strides)
            .map(|(&d, &s)| if s == 0 { d.min(1) } else { d })
            .collect();
        let c_strides = layout::c_strides(&a.shape, 1);
        touching(a, &walked, &ranges, &mut |i, off| {
            for c in (off / unit)..((off + a.itemsize()).div_ceil(unit)) {
                if !drawn(c / per_row) {
                    continue;
                }
                let flat = i
                    .iter()
                    .zip(&c_strides)
                    .map(|(&x, &s)| x * s as usize)
                    .sum();
                let cell = cells.entry(c).or_insert_with(|| Cell2 {
                    marks: vec![None; arrays.len()],
                });
                cell.marks[k] = Some(match cell.marks[k] {
                    None => (flat, repeat),
                    Some((f, n)) => (f, n + repeat),
                });
            }
        });
    }
    let mut out = String::new();
    // Heading: the buffer, then each array's geometry and the address arithmetic.
    out.push_str(&format!(
        "buffer #{}: {} bytes at {:#x}{}\n",
        buf.id(),
        buf.len(),
        buf.addr(),
        match &owner {
            Some((n, a)) if a.owns_data() => format!(", owned by {}", n),
            Some((n, _)) => format!(", all of it seen by {}", n),
            None => String::new(),
        }
    ));
    for (n, a) in arrays {
        out.push_str(&format!(
            "{}: {} {}, strides {}, data at {:#x} = buffer + {}\n",
            n,
            a.dtype.name(),
            crate::array::layout::shape_str(&a.shape),
            layout::tuple_str(a.strides.iter().map(|d| d.to_string())),
            a.data_addr(),
            a.offset
        ));
        out.push_str(&format!("    {}\n", arithmetic(n, a)));
    }
    let width = cells
        .values()
        .map(|c| label(c).chars().count())
        .max()
        .unwrap_or(1);
    out.push_str(&format!(
        "cells of {} byte{}{}, {} per row:\n",
        unit,
        if unit == 1 { "" } else { "s" },
        if arrays.len() > 1 {
            format!(
                "; numbers are {} element indices",
                arrays
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join("/")
            )
        } else {
            String::new()
        },
        per_row
    ));
    let mut prev: Option<usize> = None;
    if start > 0 {
        out.push_str(&format!("  … {} bytes before …\n", start * per_row * unit));
    }
    for r in shown {
        if let Some(p) = prev {
            if r > p + 1 {
                out.push_str(&format!("  … {} bytes …\n", (r - p - 1) * per_row * unit));
            }
        }
        prev = Some(r);
        out.push_str(&format!("  {:>6} ", r * per_row * unit));
        for c in r * per_row..((r + 1) * per_row).min(ncells) {
            match cells.get(&c) {
                Some(cell) => {
                    let l = format!("{:>w$}", label(cell), w = width);
                    if color {
                        out.push_str(&format!("[{}]", l.cyan().bold()));
                    } else {
                        out.push_str(&format!("[{}]", l));
                    }
                }
                None => {
                    let l = format!(" {:>w$} ", ".", w = width);
                    if color {
                        out.push_str(&format!("{}", l.dimmed()));
                    } else {
                        out.push_str(&l);
                    }
                }
            }
        }
        out.push('\n');
    }
    if end + 1 < rows {
        out.push_str(&format!(
            "  … {} bytes after …\n",
            buf.len().saturating_sub((end + 1) * per_row * unit)
        ));
    }
    // Overlap: how often the most-covered cell is seen.
    for (k, (n, _)) in arrays.iter().enumerate() {
        let most = cells
            .values()
            .filter_map(|c| c.marks[k].map(|m| m.1))
            .max()
            .unwrap_or(0);
        if most > 1 {
            out.push_str(&format!(
                "{}'s elements overlap: a {}cell is covered up to {} times (shown as index×count)\n",
                n,
                if abridged { "drawn " } else { "" },
                most
            ));
        }
    }
    Ok(out)
}

/// The bytes `[lo, hi)` of the buffer that `a`'s elements cover; `None` when it has none.
/// Call `f(index, byte offset)` for each element of `a` (over the `walked` extents) whose
/// bytes touch one of the sorted, disjoint byte `ranges`, in C order. Sub-blocks that miss
/// every range are skipped whole and the last axis is solved by arithmetic, so the cost
/// follows what is drawn, not the array's size (`mem` of a 10^9-element array is instant).
fn touching(
    a: &NdArray,
    walked: &[usize],
    ranges: &[(usize, usize)],
    f: &mut dyn FnMut(&[usize], usize),
) {
    if walked.contains(&0) {
        return;
    }
    let nd = walked.len();
    let mut w = Touching {
        walked,
        strides: &a.strides,
        ranges,
        lo: vec![0; nd + 1],
        hi: vec![a.itemsize() as i128; nd + 1],
        idx: vec![0; nd],
    };
    for d in (0..nd).rev() {
        let span = (walked[d] as i128 - 1) * a.strides[d] as i128;
        w.lo[d] = w.lo[d + 1] + span.min(0);
        w.hi[d] = w.hi[d + 1] + span.max(0);
    }
    w.axis(0, a.offset as i128, f);
}

/// The state of [`touching`]'s walk.
struct Touching<'a> {
    walked: &'a [usize],
    strides: &'a [isize],
    ranges: &'a [(usize, usize)],
    /// Byte extent, relative to a sub-block's first item, of the axes from `d` on (the
    /// last entry is one item).
    lo: Vec<i128>,
    hi: Vec<i128>,
    idx: Vec<usize>,
}

impl Touching<'_> {
    fn touches(&self, a: i128, b: i128) -> bool {
        self.ranges
            .iter()
            .any(|&(r0, r1)| a < r1 as i128 && (r0 as i128) < b)
    }

    fn axis(&mut self, d: usize, off: i128, f: &mut dyn FnMut(&[usize], usize)) {
        let nd = self.walked.len();
        if !self.touches(off + self.lo[d], off + self.hi[d]) {
            return;
        }
        if d == nd {
            f(&self.idx, off.max(0) as usize);
            return;
        }
        let (n, s) = (self.walked[d] as i128, self.strides[d] as i128);
        if d + 1 < nd || s == 0 {
            for i in 0..self.walked[d] {
                self.idx[d] = i;
                self.axis(d + 1, off + i as i128 * s, f);
            }
            return;
        }
        // The last axis: the positions whose item [off + i*s, off + i*s + item) meets a
        // range, merged across ranges so each element is visited once.
        let item = self.hi[nd];
        let mut spans: Vec<(i128, i128)> = self
            .ranges
            .iter()
            .map(|&(r0, r1)| {
                let (r0, r1) = (r0 as i128, r1 as i128);
                let (first, last) = if s > 0 {
                    let need = r0 - item + 1 - off;
                    (
                        need.div_euclid(s) + i128::from(need.rem_euclid(s) != 0),
                        (r1 - 1 - off).div_euclid(s),
                    )
                } else {
                    let t = -s;
                    (
                        (off - r1).div_euclid(t) + 1,
                        (off + item - r0 - 1).div_euclid(t),
                    )
                };
                (first.max(0), last.min(n - 1))
            })
            .filter(|(a, b)| a <= b)
            .collect();
        spans.sort_unstable();
        let mut next = 0i128;
        for (first, last) in spans {
            for i in first.max(next)..=last {
                self.idx[d] = i as usize;
                f(&self.idx, (off + i * s).max(0) as usize);
            }
            next = next.max(last + 1);
        }
    }
}

fn byte_extent(a: &NdArray) -> Option<(usize, usize)> {
    if a.size() == 0 {
        return None;
    }
    let (lo, hi) = layout::byte_extent(&a.shape, &a.strides, a.itemsize());
    let at = |d: isize| (a.offset as isize).saturating_add(d).max(0) as usize;
    Some((at(lo), at(hi)))
}

/// A cell's text: each array's first element index there (`×n` when n elements cover it).
fn label(c: &Cell2) -> String {
    c.marks
        .iter()
        .map(|m| match m {
            None => "·".to_string(),
            Some((i, 1)) => i.to_string(),
            Some((i, n)) => format!("{}×{}", i, n),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// "y[i, j] is at byte 16 + i*8 + j*32; y[1, 2] is byte 88".
fn arithmetic(name: &str, a: &NdArray) -> String {
    const VARS: [&str; 6] = ["i", "j", "k", "l", "m", "n"];
    if a.ndim() == 0 {
        return format!("{}[()] is at byte {}", name, a.offset);
    }
    let vars: Vec<String> = (0..a.ndim())
        .map(|d| {
            VARS.get(d)
                .map(|s| s.to_string())
                .unwrap_or(format!("i{}", d))
        })
        .collect();
    let terms: Vec<String> = vars
        .iter()
        .zip(&a.strides)
        .map(|(v, s)| format!("{}*{}", v, s))
        .collect();
    let example: Vec<usize> = a
        .shape
        .iter()
        .map(|&d| d.saturating_sub(1).min(1))
        .collect();
    if a.size() == 0 {
        return format!(
            "{}[{}] would be at byte {} + {}",
            name,
            vars.join(", "),
            a.offset,
            terms.join(" + ")
        );
    }
    let ex_terms: Vec<String> = example
        .iter()
        .zip(&a.strides)
        .map(|(i, s)| format!("{}*{}", i, s))
        .collect();
    format!(
        "{}[{}] is at byte {} + {}; {}[{}] is byte {} + {} = {}",
        name,
        vars.join(", "),
        a.offset,
        terms.join(" + "),
        name,
        example
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        a.offset,
        ex_terms.join(" + "),
        a.offset_of(&example)
    )
}

#[cfg(test)]
mod tests {
    use super::touching;
    use crate::array::dtype::DType;
    use crate::array::object::NdArray;

    /// The pruned walk visits exactly the elements a full walk finds touching the ranges,
    /// in the same order, for seeded random views (negative, zero and overlapping strides).
    #[test]
    fn touching_equals_the_full_walk() {
        let mut seed = 12345u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for _ in 0..3000 {
            let item = [1usize, 2, 4, 8][next(4) as usize];
            let len = 1 + next(300) as usize;
            let owner = std::rc::Rc::new(NdArray::zeros(&[len * 8 / item], DType::I8).unwrap());
            let nd = next(4) as usize;
            let shape: Vec<usize> = (0..nd).map(|_| next(6) as usize).collect();
            let strides: Vec<isize> = (0..nd)
                .map(|_| (next(9) as isize - 4) * [1, item as isize][next(2) as usize])
                .collect();
            let offset = next(len as u64 * 8) as isize;
            let dtype =
                [DType::I8, DType::I16, DType::I32, DType::I64][item.trailing_zeros() as usize];
            let Ok(v) = NdArray::view(&owner, offset, shape.clone(), strides, dtype) else {
                continue;
            };
            let mut ranges = Vec::new();
            let mut at = 0;
            for _ in 0..1 + next(3) {
                let a = at + next(40) as usize * 4;
                let b = a + 4 + next(40) as usize * 4;
                ranges.push((a, b));
                at = b + 4;
            }
            let mut want = Vec::new();
            NdArray::for_each_index(&shape, |i| {
                let off = v.offset_of(i);
                if ranges.iter().any(|&(a, b)| off < b && a < off + item) {
                    want.push((i.to_vec(), off));
                }
            });
            let mut got = Vec::new();
            touching(&v, &shape, &ranges, &mut |i, off| {
                got.push((i.to_vec(), off))
            });
            assert_eq!(
                got, want,
                "shape {:?} strides {:?} ranges {:?}",
                shape, v.strides, ranges
            );
        }
    }
}
