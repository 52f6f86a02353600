//! Test support: floats as the oracle scripts write them (`float.hex()` text), shared by the
//! value floor's and the printer's oracle tests.

/// A float as the generators write it: `float.hex()` text, `nan`, `inf`, `-inf`.
pub(crate) fn parse_float(s: &str) -> f64 {
    match s {
        "nan" => f64::NAN,
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        hex => parse_hex_float(hex),
    }
}

/// Python's `float.hex()` text back to the float (`-0x1.8p+1`).
fn parse_hex_float(s: &str) -> f64 {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let body = body.trim_start_matches("0x");
    let (mant, exp) = body.split_once('p').unwrap_or((body, "0"));
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m = u64::from_str_radix(int_part, 16).unwrap_or(0) as f64;
    for (k, c) in frac.chars().enumerate() {
        m += c.to_digit(16).unwrap_or(0) as f64 * 16f64.powi(-(k as i32 + 1));
    }
    let e: i32 = exp.parse().unwrap_or(0);
    // Scale in two steps so subnormal results are exact.
    let v = m * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if neg {
        -v
    } else {
        v
    }
}
