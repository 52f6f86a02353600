//! Bounded integers: NumPy's `random_bounded_*_fill` family
//! (`distributions.c`) and the scalar-bounds checks of `_rand_<dtype>`
//! (`_bounded_integers.pyx.in`).
//!
//! Each dtype width has its own algorithm because the number of bits consumed
//! per draw differs: 64-bit ranges draw 64-bit words, ranges that fit in 32
//! bits draw 32-bit words, and 8/16-bit/bool dtypes carve several values out
//! of one buffered 32-bit draw. Legacy `RandomState` uses masked rejection
//! sampling, `Generator` uses Lemire's multiply-shift rejection.

use super::{BitGenerator, IntKind, RandomError};

/// Which rejection scheme to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    /// Draw, AND with the smallest all-ones mask >= rng, reject if > rng.
    Masked,
    /// Lemire's nearly-divisionless multiply-shift method.
    Lemire,
}

/// NumPy's `format_bounds_error`: `low == 0` is the one-argument form
/// (`randint(k)`), so it talks about `high` instead.
fn bounds_error(closed: bool, low: i128) -> RandomError {
    let msg = match (low == 0, closed) {
        (true, true) => "high < 0",
        (true, false) => "high <= 0",
        (false, true) => "low > high",
        (false, false) => "low >= high",
    };
    RandomError::value(msg)
}

/// Validate `[low, high)` (or `[low, high]` when `closed`) for `kind`, in
/// NumPy's order, and return the inclusive span `high' - low`.
fn check_bounds(low: i128, high: i128, closed: bool, kind: IntKind) -> Result<u64, RandomError> {
    let (lb, ub) = kind.bounds();
    let high = if closed { high } else { high.saturating_sub(1) };
    if low < lb {
        return Err(RandomError::value(format!(
            "low is out of bounds for {}",
            kind.name()
        )));
    }
    if high > ub {
        return Err(RandomError::value(format!(
            "high is out of bounds for {}",
            kind.name()
        )));
    }
    if low > high {
        return Err(bounds_error(closed, low));
    }
    // Both ends lie within a 64-bit dtype here, so the span fits in u64.
    u64::try_from(high - low).map_err(|_| RandomError::value("range too large"))
}

/// `n` integers uniformly from `[low, high)` (`[low, high]` if `closed`),
/// exactly as NumPy's `_rand_<kind>` scalar path produces them.
///
/// NumPy returns an empty array for a zero-sized request before validating
/// the bounds, so `n == 0` never errors.
pub(crate) fn bounded_integers<B: BitGenerator>(
    bg: &mut B,
    low: i128,
    high: i128,
    n: usize,
    kind: IntKind,
    closed: bool,
    method: Method,
) -> Result<Vec<i128>, RandomError> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let rng = check_bounds(low, high, closed, kind)?;
    // The generator works with an unsigned offset `off` = low reinterpreted in
    // the dtype's width and wraps `off + draw`; reinterpreting the sum as the
    // signed dtype is the same as adding the draw to `low` directly.
    let draws: Vec<u64> = match kind {
        IntKind::I64 | IntKind::U64 => fill_u64(bg, rng, n, method),
        // check_bounds keeps rng within the dtype's width, so these casts are
        // lossless.
        IntKind::I32 | IntKind::U32 => fill_u32(bg, rng as u32, n, method),
        IntKind::I16 | IntKind::U16 => fill_narrow(bg, rng as u32, n, method, 16),
        IntKind::I8 | IntKind::U8 => fill_narrow(bg, rng as u32, n, method, 8),
        IntKind::Bool => fill_bool(bg, rng, n),
    };
    Ok(draws.into_iter().map(|d| low + i128::from(d)).collect())
}

/// Smallest all-ones bit mask >= `max`.
fn gen_mask(max: u64) -> u64 {
    if max == 0 {
        0
    } else {
        u64::MAX >> max.leading_zeros()
    }
}

/// `random_bounded_uint64_fill`.
fn fill_u64<B: BitGenerator>(bg: &mut B, rng: u64, n: usize, method: Method) -> Vec<u64> {
    if rng == 0 {
        vec![0; n]
    } else if rng <= u64::from(u32::MAX) {
        // Ranges that fit in 32 bits use 32-bit draws (no buffering at this
        // width: each value consumes one full `next_uint32`).
        fill_u32(bg, rng as u32, n, method)
    } else if rng == u64::MAX {
        (0..n).map(|_| bg.next_u64()).collect()
    } else {
        match method {
            Method::Masked => {
                let mask = gen_mask(rng);
                (0..n).map(|_| masked_u64(bg, rng, mask)).collect()
            }
            Method::Lemire => (0..n).map(|_| lemire_u64(bg, rng)).collect(),
        }
    }
}

/// One draw in `[0, rng]` (`random_bounded_uint64` with `off = 0`), the
/// single-value form `Generator.choice` uses for Floyd's algorithm and its
/// integer shuffle.
pub(crate) fn bounded_u64<B: BitGenerator>(bg: &mut B, rng: u64, method: Method) -> u64 {
    fill_u64(bg, rng, 1, method).first().copied().unwrap_or(0)
}

fn masked_u64<B: BitGenerator>(bg: &mut B, rng: u64, mask: u64) -> u64 {
    loop {
        let v = bg.next_u64() & mask;
        if v <= rng {
            return v;
        }
    }
}

fn lemire_u64<B: BitGenerator>(bg: &mut B, rng: u64) -> u64 {
    let rng_excl = rng + 1; // rng < u64::MAX here
    let mut m = u128::from(bg.next_u64()) * u128::from(rng_excl);
    let mut leftover = m as u64;
    if leftover < rng_excl {
        let threshold = (u64::MAX - rng) % rng_excl;
        while leftover < threshold {
            m = u128::from(bg.next_u64()) * u128::from(rng_excl);
            leftover = m as u64;
        }
    }
    (m >> 64) as u64
}

/// `random_bounded_uint32_fill`.
fn fill_u32<B: BitGenerator>(bg: &mut B, rng: u32, n: usize, method: Method) -> Vec<u64> {
    if rng == 0 {
        return vec![0; n];
    }
    if rng == u32::MAX {
        return (0..n).map(|_| u64::from(bg.next_u32())).collect();
    }
    match method {
        Method::Masked => {
            let mask = gen_mask(u64::from(rng)) as u32;
            (0..n)
                .map(|_| loop {
                    let v = bg.next_u32() & mask;
                    if v <= rng {
                        break u64::from(v);
                    }
                })
                .collect()
        }
        Method::Lemire => (0..n).map(|_| u64::from(lemire_u32(bg, rng))).collect(),
    }
}

fn lemire_u32<B: BitGenerator>(bg: &mut B, rng: u32) -> u32 {
    let rng_excl = rng + 1; // rng < u32::MAX here
    let mut m = u64::from(bg.next_u32()) * u64::from(rng_excl);
    let mut leftover = m as u32;
    if leftover < rng_excl {
        let threshold = (u32::MAX - rng) % rng_excl;
        while leftover < threshold {
            m = u64::from(bg.next_u32()) * u64::from(rng_excl);
            leftover = m as u32;
        }
    }
    (m >> 32) as u32
}

/// NumPy's `buffered_uint8/16`/bool helpers: one 32-bit draw is consumed
/// `bits` at a time from the least significant end before drawing again.
/// The buffer lives only for one fill call, exactly as in NumPy.
struct Buffered {
    buf: u32,
    remaining: u32,
    bits: u32,
}

impl Buffered {
    fn new(bits: u32) -> Self {
        Buffered {
            buf: 0,
            remaining: 0,
            bits,
        }
    }

    fn next<B: BitGenerator>(&mut self, bg: &mut B) -> u32 {
        if self.remaining == 0 {
            self.buf = bg.next_u32();
            self.remaining = 32 / self.bits - 1;
        } else {
            self.buf >>= self.bits;
            self.remaining -= 1;
        }
        self.buf & (u32::MAX >> (32 - self.bits))
    }
}

/// `random_bounded_uint8_fill` / `random_bounded_uint16_fill`.
fn fill_narrow<B: BitGenerator>(
    bg: &mut B,
    rng: u32,
    n: usize,
    method: Method,
    bits: u32,
) -> Vec<u64> {
    let max = u32::MAX >> (32 - bits);
    if rng == 0 {
        return vec![0; n];
    }
    let mut buf = Buffered::new(bits);
    if rng == max {
        return (0..n).map(|_| u64::from(buf.next(bg))).collect();
    }
    match method {
        Method::Masked => {
            let mask = gen_mask(u64::from(rng)) as u32;
            (0..n)
                .map(|_| loop {
                    let v = buf.next(bg) & mask;
                    if v <= rng {
                        break u64::from(v);
                    }
                })
                .collect()
        }
        Method::Lemire => {
            let rng_excl = rng + 1;
            let threshold = (max - rng) % rng_excl;
            (0..n)
                .map(|_| {
                    let mut m = buf.next(bg) * rng_excl;
                    let mut leftover = m & max;
                    if leftover < rng_excl {
                        while leftover < threshold {
                            m = buf.next(bg) * rng_excl;
                            leftover = m & max;
                        }
                    }
                    u64::from(m >> bits)
                })
                .collect()
        }
    }
}

/// `random_bounded_bool_fill`: one bit per value from a buffered 32-bit draw.
fn fill_bool<B: BitGenerator>(bg: &mut B, rng: u64, n: usize) -> Vec<u64> {
    if rng == 0 {
        return vec![0; n];
    }
    let mut buf = Buffered::new(1);
    (0..n).map(|_| u64::from(buf.next(bg))).collect()
}

/// `random_interval(max)`: uniform in `[0, max]` by masked rejection, using
/// 32-bit draws when `max` fits. Used by the shuffles.
pub(crate) fn random_interval<B: BitGenerator>(bg: &mut B, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    if max <= u64::from(u32::MAX) {
        loop {
            let v = u64::from(bg.next_u32()) & mask;
            if v <= max {
                return v;
            }
        }
    }
    loop {
        let v = bg.next_u64() & mask;
        if v <= max {
            return v;
        }
    }
}
