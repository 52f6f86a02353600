//! `FloatingFormat`: one layout (positional or scientific, padding, digit
//! counts) chosen for all the shown elements of a float array, so decimal
//! points line up. Port of the class of the same name in `arrayprint.py`.

use super::float::{format_positional, format_scientific, DigitMode, Dragon4Opts, Trim};
use super::{FloatMode, FloatWidth, PrintOptions};

/// A formatter fixed by a first pass over the data, applied to each element.
#[derive(Clone, Debug)]
pub(crate) struct FloatFormat {
    width: FloatWidth,
    sign: char,
    exp_format: bool,
    precision: i32,
    min_digits: i32,
    unique: bool,
    trim: Trim,
    pad_left: i32,
    pad_right: i32,
    exp_size: i32,
    nanstr: String,
    infstr: String,
}

/// Python's `len` of a string.
fn plen(s: &str) -> i32 {
    s.chars().count() as i32
}

/// `x` rounded to `width`, as NumPy converts a Python float that meets a
/// `float16`/`float32` scalar in a comparison (NEP 50 weak scalars).
fn round_to(x: f64, width: FloatWidth) -> f64 {
    match width {
        FloatWidth::F64 => x,
        FloatWidth::F32 => f64::from(x as f32),
        FloatWidth::F16 => half::f16::from_f64(x).to_f64(),
    }
}

/// `a / b` computed in the array's own dtype (it may overflow to `inf`).
fn div_in(a: f64, b: f64, width: FloatWidth) -> f64 {
    match width {
        FloatWidth::F64 => a / b,
        FloatWidth::F32 => f64::from(a as f32 / b as f32),
        FloatWidth::F16 => half::f16::from_f32(a as f32 / b as f32).to_f64(),
    }
}

/// `10 ** min(8, np.finfo(dtype).precision)`: above this, NumPy ≥ 2.3 switches to
/// scientific notation (1e8 before, and with `legacy <= '2.2'`).
fn exp_cutoff_max(width: FloatWidth, legacy: bool) -> f64 {
    if legacy {
        return 1e8;
    }
    match width {
        FloatWidth::F16 => 1e3,
        FloatWidth::F32 => 1e6,
        FloatWidth::F64 => 1e8,
    }
}

impl FloatFormat {
    /// Whether the elements print in scientific notation.
    pub(crate) fn is_exp(&self) -> bool {
        self.exp_format
    }

    /// `FloatingFormat(data, precision, floatmode, suppress, sign, legacy)`.
    /// `data` holds the shown elements; `is_0d` says the array has no axes.
    pub(crate) fn new(
        data: &[f64],
        width: FloatWidth,
        opts: &PrintOptions,
        floatmode: FloatMode,
        sign: char,
        is_0d: bool,
    ) -> Self {
        let legacy = opts.legacy_113();
        let sign = if legacy && !is_0d && sign == '-' {
            ' '
        } else {
            sign
        };
        let precision = if floatmode == FloatMode::Unique {
            -1
        } else {
            opts.precision_i32()
        };
        let mut f = FloatFormat {
            width,
            sign,
            exp_format: false,
            precision,
            min_digits: -1,
            unique: true,
            trim: Trim::Zeros,
            pad_left: 0,
            pad_right: 0,
            exp_size: -1,
            nanstr: opts.nanstr.clone(),
            infstr: opts.infstr.clone(),
        };
        let cutoff = exp_cutoff_max(width, opts.legacy_202());
        f.fill(data, floatmode, opts.suppress, legacy, cutoff);
        f
    }

    fn fill(
        &mut self,
        data: &[f64],
        floatmode: FloatMode,
        suppress: bool,
        legacy: bool,
        exp_cutoff: f64,
    ) {
        let width = self.width;
        let finite: Vec<f64> = data.iter().copied().filter(|v| v.is_finite()).collect();
        let mut nonzero = finite.iter().filter(|v| **v != 0.0).map(|v| v.abs());
        if let Some(first) = nonzero.next() {
            let (mut max_val, mut min_val) = (first, first);
            for v in nonzero {
                max_val = max_val.max(v);
                min_val = min_val.min(v);
            }
            if max_val >= exp_cutoff
                || (!suppress
                    && (min_val < round_to(0.0001, width)
                        || div_in(max_val, min_val, width) > 1000.0))
            {
                self.exp_format = true;
            }
        }
        let plus = self.sign == '+';
        if finite.is_empty() {
            self.pad_left = 0;
            self.pad_right = 0;
            self.trim = Trim::Zeros;
            self.exp_size = -1;
            self.unique = true;
            self.min_digits = -1;
        } else if self.exp_format {
            let (trim, unique) = if floatmode == FloatMode::Fixed || legacy {
                (Trim::None, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = Dragon4Opts {
                digit_mode: mode(unique),
                precision: self.precision,
                sign: plus,
                ..Dragon4Opts::unique(trim)
            };
            let (mut int_w, mut frac_w, mut exp_w) = (0, 0, 0);
            for &x in &finite {
                if crate::interrupt::pending() {
                    break;
                }
                let s = format_scientific(x, width, &o);
                let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), ""));
                let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
                int_w = int_w.max(plen(ip));
                frac_w = frac_w.max(plen(fp));
                exp_w = exp_w.max(plen(exp));
            }
            self.exp_size = exp_w - 1;
            self.trim = Trim::None;
            self.precision = frac_w;
            self.min_digits = frac_w;
            self.unique = unique;
            self.pad_left = if legacy { 3 } else { int_w };
            self.pad_right = self.exp_size + 2 + self.precision;
        } else {
            let (trim, unique) = if floatmode == FloatMode::Fixed {
                (Trim::None, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = Dragon4Opts {
                digit_mode: mode(unique),
                precision: self.precision,
                sign: plus,
                ..Dragon4Opts::unique(trim)
            };
            let (mut int_w, mut frac_w) = (0, 0);
            for &x in &finite {
                if crate::interrupt::pending() {
                    break;
                }
                let s = format_positional(x, width, &o);
                let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
                let iw = if legacy {
                    1 + plen(ip.trim_start_matches(['-', '+']))
                } else {
                    plen(ip)
                };
                int_w = int_w.max(iw);
                frac_w = frac_w.max(plen(fp));
            }
            self.pad_left = int_w;
            self.pad_right = frac_w;
            self.exp_size = -1;
            self.unique = unique;
            if matches!(floatmode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                self.precision = frac_w;
                self.min_digits = frac_w;
                self.trim = Trim::None;
            } else {
                self.trim = Trim::Zeros;
                self.min_digits = 0;
            }
        }
        if !legacy && self.sign == ' ' && !finite.iter().any(|v| v.is_sign_negative()) {
            self.pad_left += 1;
        }
        if finite.len() != data.len() {
            let neginf = self.sign != '-' || data.iter().any(|v| v.is_infinite() && *v < 0.0);
            let offset = self.pad_right + 1;
            self.pad_left = self
                .pad_left
                .max(plen(&self.nanstr) - offset)
                .max(plen(&self.infstr) + i32::from(neginf) - offset);
        }
    }

    /// Formats one element with the layout chosen for the whole array.
    pub(crate) fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let ret = if x.is_nan() {
                let s = if self.sign == '+' { "+" } else { "" };
                format!("{s}{}", self.nanstr)
            } else {
                let s = if x < 0.0 {
                    "-"
                } else if self.sign == '+' {
                    "+"
                } else {
                    ""
                };
                format!("{s}{}", self.infstr)
            };
            let pad = (self.pad_left + self.pad_right + 1 - plen(&ret)).max(0);
            return format!("{}{ret}", " ".repeat(pad as usize));
        }
        let o = Dragon4Opts {
            digit_mode: mode(self.unique),
            precision: self.precision,
            min_digits: self.min_digits,
            sign: self.sign == '+',
            pad_left: self.pad_left,
            pad_right: self.pad_right,
            exp_digits: self.exp_size,
            ..Dragon4Opts::unique(self.trim)
        };
        if self.exp_format {
            let o = Dragon4Opts { pad_right: -1, ..o };
            format_scientific(x, self.width, &o)
        } else {
            format_positional(x, self.width, &o)
        }
    }
}

fn mode(unique: bool) -> DigitMode {
    if unique {
        DigitMode::Unique
    } else {
        DigitMode::Exact
    }
}
