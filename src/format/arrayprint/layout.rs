//! The recursive block layout of `_formatArray`: brackets, separators, line
//! wrapping at `linewidth`, blank lines between blocks of 3-d+ arrays, and the
//! `...` of summarized arrays.
//!
//! Only the elements that will be shown are fetched (the "corners" NumPy cuts
//! out with `_leading_trailing`), so a summarized 10^8-element array costs a
//! few thousand `get` calls.

use super::{Elem, Printable};

/// The shown elements of an array, in C order over the cut-down shape.
pub(crate) struct Corners {
    /// The array's real shape.
    pub shape: Vec<usize>,
    /// Per axis, how many indices are kept.
    pub kept: Vec<usize>,
    /// Whether the array is summarized (size above `threshold`).
    pub summarize: bool,
    pub edgeitems: usize,
    pub data: Vec<Elem>,
}

/// Product of the dimensions, saturating instead of overflowing.
pub(crate) fn size_of(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |acc, &d| acc.saturating_mul(d))
}

/// How many indices along an axis of length `n` are shown (the length of `kept_indices`).
fn kept_len(n: usize, summarize: bool, edge: usize) -> usize {
    if summarize && n > edge.saturating_mul(2) {
        (2 * edge).max(1)
    } else {
        n
    }
}

/// Printing holds every shown element at once: as an `Elem`, as its text and as its share
/// of the result. With `threshold` raised that can be more memory than there is (NumPy then
/// raises a bare `MemoryError`; an infallible allocation would abort), so the printer asks
/// for its memory up front: untouched address space, given back at once.
pub(crate) fn printer_memory_available(shape: &[usize], threshold: usize, edge: usize) -> bool {
    let summarize = size_of(shape) > threshold;
    let shown = size_of(
        &shape
            .iter()
            .map(|&n| kept_len(n, summarize, edge))
            .collect::<Vec<_>>(),
    );
    if shown < 1 << 20 {
        return true;
    }
    let per_element = std::mem::size_of::<Elem>() + std::mem::size_of::<String>() + 48;
    Vec::<u8>::new()
        .try_reserve_exact(shown.saturating_mul(per_element))
        .is_ok()
}

/// Which original indices along an axis of length `n` are shown.
fn kept_indices(n: usize, summarize: bool, edge: usize) -> Vec<usize> {
    if summarize && n > edge.saturating_mul(2) {
        if edge == 0 {
            // NumPy's `a[-0:]` keeps the whole axis here, but only the last
            // element is ever printed; widths come from that one alone.
            vec![n - 1]
        } else {
            (0..edge).chain(n - edge..n).collect()
        }
    } else {
        (0..n).collect()
    }
}

/// The elements an array's text shows, in the order the printer turns them into words
/// (all of them, or the corners of a summarized array).
pub(crate) fn shown_elems(a: &dyn Printable, opts: &super::PrintOptions) -> Vec<super::Elem> {
    let summarize = size_of(a.shape()) > opts.threshold;
    Corners::gather(a, summarize, opts.edgeitems).data
}

impl Corners {
    pub(crate) fn gather(a: &dyn Printable, summarize: bool, edgeitems: usize) -> Corners {
        let shape = a.shape().to_vec();
        let axes: Vec<Vec<usize>> = shape
            .iter()
            .map(|&n| kept_indices(n, summarize, edgeitems))
            .collect();
        let kept: Vec<usize> = axes.iter().map(Vec::len).collect();
        let total = size_of(&kept);
        let mut data = Vec::with_capacity(total);
        if total > 0 {
            let mut pos = vec![0usize; shape.len()];
            let mut index: Vec<usize> = axes.iter().map(|ix| ix[0]).collect();
            // Ctrl-C stops the gathering; the printer's caller raises KeyboardInterrupt.
            while !crate::interrupt::pending() {
                data.push(a.get(&index));
                // Advance the odometer from the last axis.
                let mut ax = shape.len();
                loop {
                    if ax == 0 {
                        return Corners {
                            shape,
                            kept,
                            summarize,
                            edgeitems,
                            data,
                        };
                    }
                    ax -= 1;
                    pos[ax] += 1;
                    if pos[ax] < kept[ax] {
                        index[ax] = axes[ax][pos[ax]];
                        break;
                    }
                    pos[ax] = 0;
                    index[ax] = axes[ax][0];
                }
            }
        }
        Corners {
            shape,
            kept,
            summarize,
            edgeitems,
            data,
        }
    }
}

/// Python's `len`.
fn plen(s: &str) -> isize {
    s.chars().count() as isize
}

/// Everything the recursion needs besides its position.
pub(crate) struct Layout<'a> {
    pub corners: &'a Corners,
    pub words: &'a [String],
    pub separator: &'a str,
    pub legacy: bool,
}

impl Layout<'_> {
    /// `_formatArray(...)`: the whole text, first line unindented.
    pub(crate) fn format(&self, next_line_prefix: &str, line_width: isize) -> String {
        let strides = self.strides();
        self.recurse(0, 0, &strides, next_line_prefix, line_width)
    }

    fn strides(&self) -> Vec<usize> {
        let kept = &self.corners.kept;
        let mut strides = vec![1usize; kept.len()];
        for ax in (0..kept.len().saturating_sub(1)).rev() {
            strides[ax] = strides[ax + 1] * kept[ax + 1];
        }
        strides
    }

    /// `_extendLine`: start a new line if `word` would pass `width`.
    fn extend_line(
        &self,
        s: &mut String,
        line: &mut String,
        word: &str,
        width: isize,
        prefix: &str,
    ) {
        let mut needs_wrap = plen(line) + plen(word) > width;
        if !self.legacy && plen(line) <= plen(prefix) {
            needs_wrap = false;
        }
        if needs_wrap {
            s.push_str(line.trim_end());
            s.push('\n');
            *line = prefix.to_string();
        }
        line.push_str(word);
    }

    fn recurse(
        &self,
        axis: usize,
        offset: usize,
        strides: &[usize],
        hanging: &str,
        curr_width: isize,
    ) -> String {
        if crate::interrupt::pending() {
            return String::new();
        }
        let ndim = self.corners.shape.len();
        let axes_left = ndim - axis;
        if axes_left == 0 {
            return self.words.get(offset).cloned().unwrap_or_default();
        }
        let next_hanging = format!("{hanging} ");
        let next_width = if self.legacy {
            curr_width
        } else {
            curr_width - 1
        };
        let a_len = self.corners.shape[axis];
        let m = self.corners.kept[axis];
        if m == 0 {
            return "[]".to_string();
        }
        let edge = self.corners.edgeitems;
        let show_summary = self.corners.summarize && edge.saturating_mul(2) < a_len;
        let (leading, trailing) = if show_summary {
            (edge.min(m), edge.min(m))
        } else {
            (0, m)
        };
        let stride = strides[axis];
        let child = |i: usize| {
            self.recurse(
                axis + 1,
                offset + i * stride,
                strides,
                &next_hanging,
                next_width,
            )
        };
        let sep_r = self.separator.trim_end();
        let mut s = String::new();
        if axes_left == 1 {
            let mut elem_width = if self.legacy {
                curr_width - plen(sep_r)
            } else {
                curr_width - plen(sep_r).max(1)
            };
            let mut line = hanging.to_string();
            for i in 0..leading {
                let word = child(i);
                self.extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(self.separator);
            }
            if show_summary {
                self.extend_line(&mut s, &mut line, "...", elem_width, hanging);
                line.push_str(if self.legacy { ", " } else { self.separator });
            }
            for i in (2..=trailing).rev() {
                let word = child(m - i);
                self.extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(self.separator);
            }
            if self.legacy {
                elem_width = curr_width;
            }
            let word = child(m - 1);
            self.extend_line(&mut s, &mut line, &word, elem_width, hanging);
            s.push_str(&line);
        } else {
            let line_sep = format!("{sep_r}{}", "\n".repeat(axes_left - 1));
            for i in 0..leading {
                s.push_str(hanging);
                s.push_str(&child(i));
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging);
                s.push_str("...");
                s.push_str(if self.legacy { ", \n" } else { &line_sep });
            }
            for i in (2..=trailing).rev() {
                s.push_str(hanging);
                s.push_str(&child(m - i));
                s.push_str(&line_sep);
            }
            s.push_str(hanging);
            s.push_str(&child(m - 1));
        }
        let body: String = s.chars().skip(hanging.chars().count()).collect();
        format!("[{body}]")
    }
}
