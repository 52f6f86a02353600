//! Dragon4: exact decimal digits of binary floats, as NumPy's `dragon4.c` makes them.
//!
//! NumPy prints every float through its own port of Ryan Juckett's Dragon4 with
//! a `unique` (shortest round-trip) mode, an `exact` mode, digit cutoffs counted
//! either from the decimal point or from the first digit, a minimum digit count,
//! and half-to-even rounding of the *exact* binary value at the cutoff. Reusing a
//! shortest-digits library (ryu) would give the same digits only when no cutoff
//! applies, so the whole algorithm is reproduced here with exact big integers;
//! that also covers `float16` and `float32`, whose shortest digits are computed
//! against their own neighbours.

use super::bigint::BigInt;
use super::FloatWidth;

/// Whether digits stop at the shortest round-trip string or at the cutoff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DigitMode {
    Unique,
    Exact,
}

/// How `precision` / `min_digits` count: past the decimal point, or all digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CutoffMode {
    Total,
    Fraction,
}

/// NumPy's `trim` argument: `'k'`, `'.'`, `'0'`, `'-'`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Trim {
    /// `'k'`: keep trailing zeros and the decimal point.
    None,
    /// `'.'`: trim trailing zeros, keep the decimal point.
    Zeros,
    /// `'0'`: trim trailing zeros but leave one after the point (`1.0`).
    LeaveOneZero,
    /// `'-'`: trim trailing zeros and the decimal point.
    DptZeros,
}

/// Options of one `dragon4_positional` / `dragon4_scientific` call; `-1` means
/// "not given", exactly as in the C code.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dragon4Opts {
    pub digit_mode: DigitMode,
    pub cutoff_mode: CutoffMode,
    pub precision: i32,
    pub min_digits: i32,
    pub sign: bool,
    pub trim: Trim,
    pub pad_left: i32,
    pub pad_right: i32,
    pub exp_digits: i32,
}

impl Dragon4Opts {
    /// Shortest round-trip digits, no padding: the defaults of `format_float_*`.
    pub(crate) fn unique(trim: Trim) -> Self {
        Dragon4Opts {
            digit_mode: DigitMode::Unique,
            cutoff_mode: CutoffMode::Fraction,
            precision: -1,
            min_digits: -1,
            sign: false,
            trim,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    }
}

/// A finite float split into `mantissa * 2^exponent` with Dragon4's extra facts.
struct Parts {
    negative: bool,
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal_margins: bool,
}

/// Splits `x` (exactly representable in `width`) into its IEEE fields for that width.
fn decompose(x: f64, width: FloatWidth) -> Parts {
    let (bits, mant_bits, exp_bits): (u64, u32, u32) = match width {
        FloatWidth::F64 => (x.to_bits(), 52, 11),
        FloatWidth::F32 => (u64::from((x as f32).to_bits()), 23, 8),
        FloatWidth::F16 => (u64::from(half::f16::from_f64(x).to_bits()), 10, 5),
    };
    let bias = (1i32 << (exp_bits - 1)) - 1;
    let frac = bits & ((1u64 << mant_bits) - 1);
    let field = ((bits >> mant_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let negative = (bits >> (mant_bits + exp_bits)) & 1 == 1;
    if field != 0 {
        Parts {
            negative,
            mantissa: (1u64 << mant_bits) | frac,
            exponent: field - bias - mant_bits as i32,
            mantissa_bit: mant_bits,
            unequal_margins: field != 1 && frac == 0,
        }
    } else {
        Parts {
            negative,
            mantissa: frac,
            exponent: 1 - bias - mant_bits as i32,
            mantissa_bit: if frac == 0 {
                0
            } else {
                63 - frac.leading_zeros()
            },
            unequal_margins: false,
        }
    }
}

/// NumPy's output buffer size; it only bounds absurdly long outputs.
const BUFFER_SIZE: i32 = 16383;

/// The Dragon4 digit generator. Returns the digits and the decimal exponent of
/// the first digit.
fn dragon4(
    p: &Parts,
    mode: DigitMode,
    cutoff_mode: CutoffMode,
    cutoff_max: i32,
    cutoff_min: i32,
    buffer_size: i32,
) -> (Vec<u8>, i32) {
    if p.mantissa == 0 {
        return (vec![b'0'], 0);
    }
    let is_even = p.mantissa.is_multiple_of(2);
    let mut value = BigInt::from_u64(p.mantissa);
    let mut scale;
    let mut margin_low;
    // The high margin is either equal to the low one or twice it.
    let unequal = p.unequal_margins;
    if unequal {
        if p.exponent > 0 {
            value.shl(p.exponent as u32 + 2);
            scale = BigInt::from_u64(4);
            margin_low = BigInt::pow2(p.exponent as u32);
        } else {
            value.shl(2);
            scale = BigInt::pow2((-p.exponent + 2) as u32);
            margin_low = BigInt::from_u64(1);
        }
    } else if p.exponent > 0 {
        value.shl(p.exponent as u32 + 1);
        scale = BigInt::from_u64(2);
        margin_low = BigInt::pow2(p.exponent as u32);
    } else {
        value.shl(1);
        scale = BigInt::pow2((-p.exponent + 1) as u32);
        margin_low = BigInt::from_u64(1);
    }
    let high_of = |low: &BigInt| {
        if unequal {
            let mut h = low.clone();
            h.shl(1);
            h
        } else {
            low.clone()
        }
    };

    let log10_2 = std::f64::consts::LOG10_2;
    let mut digit_exp =
        ((f64::from(p.mantissa_bit as i32 + p.exponent)) * log10_2 - 0.69).ceil() as i32;
    if cutoff_max >= 0 && cutoff_mode == CutoffMode::Fraction && digit_exp <= -cutoff_max {
        digit_exp = -cutoff_max + 1;
    }
    if digit_exp > 0 {
        scale = scale.mul(&BigInt::pow10(digit_exp as u32));
    } else if digit_exp < 0 {
        let p10 = BigInt::pow10((-digit_exp) as u32);
        value = value.mul(&p10);
        margin_low = margin_low.mul(&p10);
    }
    if value >= scale {
        digit_exp += 1;
    } else {
        value.mul_small(10);
        margin_low.mul_small(10);
    }
    let mut margin_high = high_of(&margin_low);

    let mut cutoff_max_exp = digit_exp - buffer_size;
    if cutoff_max >= 0 {
        let desired = match cutoff_mode {
            CutoffMode::Total => digit_exp - cutoff_max,
            CutoffMode::Fraction => -cutoff_max,
        };
        cutoff_max_exp = cutoff_max_exp.max(desired);
    }
    let mut cutoff_min_exp = digit_exp;
    if cutoff_min >= 0 {
        let desired = match cutoff_mode {
            CutoffMode::Total => digit_exp - cutoff_min,
            CutoffMode::Fraction => -cutoff_min,
        };
        cutoff_min_exp = cutoff_min_exp.min(desired);
    }
    let mut out_exp = digit_exp - 1;
    let mut digits: Vec<u8> = Vec::with_capacity(24);
    let mut low = false;
    let mut high = false;
    let mut digit;
    match mode {
        DigitMode::Unique => loop {
            digit_exp -= 1;
            digit = value.div_rem_small_quotient(&scale);
            let value_high = value.add(&margin_high);
            let c = value.cmp(&margin_low);
            low = if is_even { c.is_le() } else { c.is_lt() };
            let c = value_high.cmp(&scale);
            high = if is_even { c.is_ge() } else { c.is_gt() };
            if ((low || high) && digit_exp <= cutoff_min_exp) || digit_exp == cutoff_max_exp {
                break;
            }
            digits.push(b'0' + digit as u8);
            value.mul_small(10);
            margin_low.mul_small(10);
            margin_high = high_of(&margin_low);
        },
        DigitMode::Exact => loop {
            digit_exp -= 1;
            digit = value.div_rem_small_quotient(&scale);
            if value.is_zero() || digit_exp == cutoff_max_exp {
                break;
            }
            digits.push(b'0' + digit as u8);
            value.mul_small(10);
        },
    }

    let mut round_down = low;
    if low == high {
        value.shl(1);
        let c = value.cmp(&scale);
        round_down = c.is_lt();
        if c.is_eq() {
            round_down = digit & 1 == 0;
        }
    }
    if round_down {
        digits.push(b'0' + digit as u8);
    } else if digit == 9 {
        // Carry through trailing nines.
        loop {
            match digits.pop() {
                None => {
                    digits.push(b'1');
                    out_exp += 1;
                    break;
                }
                Some(b'9') => {}
                Some(d) => {
                    digits.push(d + 1);
                    break;
                }
            }
        }
    } else {
        digits.push(b'0' + digit as u8 + 1);
    }
    (digits, out_exp)
}

/// Strips trailing `'0'`s (but never the decimal point) and returns how many went.
fn strip_zeros(buf: &mut String) -> i32 {
    let mut n = 0;
    while buf.ends_with('0') {
        buf.pop();
        n += 1;
    }
    n
}

/// `inf`/`nan` as Dragon4 prints them (only infinities get a sign).
fn inf_nan(x: f64, sign: bool) -> String {
    if x.is_nan() {
        "nan".to_string()
    } else if x < 0.0 {
        "-inf".to_string()
    } else if sign {
        "+inf".to_string()
    } else {
        "inf".to_string()
    }
}

/// NumPy's `dragon4_positional(x, ...)` for a value of the given width.
pub(crate) fn format_positional(x: f64, width: FloatWidth, o: &Dragon4Opts) -> String {
    if !x.is_finite() {
        return inf_nan(x, o.sign);
    }
    let p = decompose(x, width);
    let mut buf = String::new();
    let has_sign = if p.negative {
        buf.push('-');
        1
    } else if o.sign {
        buf.push('+');
        1
    } else {
        0
    };
    let (digits, print_exp) = dragon4(
        &p,
        o.digit_mode,
        o.cutoff_mode,
        o.precision,
        o.min_digits,
        BUFFER_SIZE - has_sign,
    );
    let num_digits = digits.len() as i32;
    let text = String::from_utf8_lossy(&digits);
    let num_whole;
    let mut num_frac = 0;
    if print_exp >= 0 {
        num_whole = print_exp + 1;
        if num_digits <= num_whole {
            buf.push_str(&text);
            for _ in 0..(num_whole - num_digits) {
                buf.push('0');
            }
        } else {
            let w = num_whole as usize;
            buf.push_str(&text[..w]);
            buf.push('.');
            buf.push_str(&text[w..]);
            num_frac = num_digits - num_whole;
        }
    } else {
        let zeros = -(print_exp + 1);
        buf.push_str("0.");
        for _ in 0..zeros {
            buf.push('0');
        }
        buf.push_str(&text);
        num_frac = num_digits + zeros;
        num_whole = 1;
    }
    if o.trim != Trim::DptZeros && num_frac == 0 {
        buf.push('.');
    }
    let add_digits = if o.digit_mode == DigitMode::Unique {
        o.min_digits
    } else {
        o.precision
    };
    let desired_frac = match o.cutoff_mode {
        CutoffMode::Fraction => add_digits.max(0),
        CutoffMode::Total => add_digits - num_whole,
    };
    if o.trim == Trim::LeaveOneZero {
        if num_frac == 0 {
            buf.push('0');
            num_frac += 1;
        }
    } else if o.trim == Trim::None && desired_frac > num_frac {
        for _ in 0..(desired_frac - num_frac) {
            buf.push('0');
        }
        num_frac = desired_frac;
    }
    if o.trim != Trim::None && num_frac > 0 {
        num_frac -= strip_zeros(&mut buf);
        if buf.ends_with('.') {
            match o.trim {
                Trim::LeaveOneZero => {
                    buf.push('0');
                    num_frac += 1;
                }
                Trim::DptZeros => {
                    buf.pop();
                }
                _ => {}
            }
        }
    }
    if o.pad_right >= num_frac {
        if o.trim == Trim::DptZeros && num_frac == 0 {
            buf.push(' ');
        }
        for _ in 0..(o.pad_right - num_frac) {
            buf.push(' ');
        }
    }
    let shift = o.pad_left - (num_whole + has_sign);
    if shift > 0 {
        buf.insert_str(0, &" ".repeat(shift as usize));
    }
    buf
}

/// NumPy's `dragon4_scientific(x, ...)` for a value of the given width.
pub(crate) fn format_scientific(x: f64, width: FloatWidth, o: &Dragon4Opts) -> String {
    if !x.is_finite() {
        return inf_nan(x, o.sign);
    }
    let p = decompose(x, width);
    let mut buf = String::new();
    let sign_char = if p.negative {
        Some('-')
    } else if o.sign {
        Some('+')
    } else {
        None
    };
    let leftchars = 1 + i32::from(sign_char.is_some());
    if o.pad_left > leftchars {
        buf.push_str(&" ".repeat((o.pad_left - leftchars) as usize));
    }
    if let Some(c) = sign_char {
        buf.push(c);
    }
    let (digits, mut print_exp) = dragon4(
        &p,
        o.digit_mode,
        CutoffMode::Total,
        if o.precision < 0 { -1 } else { o.precision + 1 },
        if o.min_digits < 0 {
            -1
        } else {
            o.min_digits + 1
        },
        BUFFER_SIZE + 1 - buf.len() as i32,
    );
    let text = String::from_utf8_lossy(&digits);
    buf.push_str(&text[..1]);
    let mut num_frac = digits.len() as i32 - 1;
    if num_frac > 0 {
        buf.push('.');
        buf.push_str(&text[1..]);
    }
    if o.trim != Trim::DptZeros && num_frac == 0 {
        buf.push('.');
    }
    let add_digits = if o.digit_mode == DigitMode::Unique {
        o.min_digits
    } else {
        o.precision
    }
    .max(0);
    if o.trim == Trim::LeaveOneZero {
        if num_frac == 0 {
            buf.push('0');
            num_frac += 1;
        }
    } else if o.trim == Trim::None && add_digits > num_frac {
        for _ in 0..(add_digits - num_frac) {
            buf.push('0');
        }
        num_frac = add_digits;
    }
    if o.trim != Trim::None && num_frac > 0 {
        strip_zeros(&mut buf);
        if o.trim == Trim::LeaveOneZero && buf.ends_with('.') {
            buf.push('0');
        }
    }
    let exp_digits = if o.exp_digits < 0 {
        2
    } else {
        o.exp_digits.min(5)
    };
    buf.push('e');
    if print_exp >= 0 {
        buf.push('+');
    } else {
        buf.push('-');
        print_exp = -print_exp;
    }
    let e = print_exp.to_string();
    for _ in e.len() as i32..exp_digits {
        buf.push('0');
    }
    buf.push_str(&e);
    buf
}
