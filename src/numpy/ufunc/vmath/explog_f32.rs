//! float32 `exp` and `log` bit for bit as NumPy 2.4 computes them on an AVX-512 machine
//! (`simd_exp_FLOAT` / `simd_log_FLOAT` in its `loops_exponent_log` source): rational
//! minimax approximations with fused multiply-adds, not libm. NumPy's contiguous, strided
//! and one-element calls all go through these kernels, so every float32 `exp`/`log` does.
//! NumPy decides the floating-point flags from the inputs alone (`exp`: overflow for a
//! finite x ≥ 88.72…; `log`: divide for ±0, invalid for x < 0), which the ufunc loop's
//! result-based rule reproduces.

const fn f(bits: u32) -> f32 {
    f32::from_bits(bits)
}

/// Cody–Waite `-ln 2` in two parts, the rounding shifter `1.5·2^23`, and the inputs from
/// which `exp` is inf (88.72…) or 0 (-103.97…).
const LN2_HI: f32 = f(0xbf31_7200);
const LN2_LO: f32 = f(0xb5bf_be8e);
const MAGIC: f32 = f(0x4b40_0000);
const EXP_MAX: f32 = f(0x42b1_7218);
const EXP_MIN: f32 = f(0xc2cf_f1b5);
/// `exp(y) ≈ P(y) / Q(y)`, coefficients from degree 0 up.
const EP: [f32; 6] = [
    f(0x3f80_0000),
    f(0x3f39_cbd5),
    f(0x3e7d_4c58),
    f(0x3d51_7d8c),
    f(0x3bdd_7159),
    f(0x3a05_3dd8),
];
const EQ: [f32; 3] = [f(0x3f80_0000), f(0xbe8c_6857), f(0x3cb0_e832)];

/// NumPy's float32 `exp` of one value: `x = q·ln 2 + y`, `exp(y)` as a ratio of
/// polynomials (degree 5 over degree 2), scaled by `2^q` with one rounding (`scalef`).
/// Branch-free, so a loop over it vectorizes.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
    let special = x.is_nan() || x >= EXP_MAX || x <= EXP_MIN;
    let x0 = if special { 0.0 } else { x };
    let q = (x0 * std::f32::consts::LOG2_E + MAGIC) - MAGIC;
    let y = q.mul_add(LN2_HI, x0);
    let y = q.mul_add(LN2_LO, y);
    let num = EP[5].mul_add(y, EP[4]);
    let num = num.mul_add(y, EP[3]);
    let num = num.mul_add(y, EP[2]);
    let num = num.mul_add(y, EP[1]);
    let num = num.mul_add(y, EP[0]);
    let den = EQ[2].mul_add(y, EQ[1]);
    let den = den.mul_add(y, EQ[0]);
    // poly·2^q is exact in float64 (q ≥ -150), so the cast is scalef's one rounding.
    let r = (f64::from(num / den) * f64::from_bits(((q as i64 + 1023) as u64) << 52)) as f32;
    if x.is_nan() {
        f32::NAN
    } else if x >= EXP_MAX {
        f32::INFINITY
    } else if x <= EXP_MIN {
        0.0
    } else {
        r
    }
}

/// `log(1 + z) ≈ P(z) / Q(z)`, coefficients from degree 0 up.
const LP: [f32; 6] = [
    0.0,
    f(0x3f80_0000),
    f(0x4007_361c),
    f(0x3fbd_70a9),
    f(0x3ec3_0333),
    f(0x3cd4_2bcd),
];
const LQ: [f32; 6] = [
    f(0x3f80_0000),
    f(0x4027_361c),
    f(0x401c_fe0d),
    f(0x3f7c_8ae4),
    f(0x3e1e_5bf3),
    f(0x3bc0_83df),
];

/// NumPy's float32 `log` of one value: `x = m·2^e` with `m` in (√½, √2], `log(m)` as a
/// ratio of two degree-5 polynomials in `m - 1`, plus `e·ln 2` (one fused multiply-add).
/// Branch-free.
#[inline(always)]
pub fn log(x: f32) -> f32 {
    let normal = x > 0.0 && x < f32::INFINITY;
    let x0 = if normal { x } else { 1.0 };
    // getexp/getmant: x = m·2^e with m in [0.5, 1), subnormals included.
    let tiny = x0 < f32::MIN_POSITIVE;
    let xs = if tiny { x0 * 16_777_216.0 } else { x0 };
    let b = xs.to_bits();
    let e = ((b >> 23) & 0xff) as i32 - 126 - if tiny { 24 } else { 0 };
    let m = f32::from_bits((b & 0x807f_ffff) | 0x3f00_0000);
    let low = m <= std::f32::consts::FRAC_1_SQRT_2;
    let z = if low { m + m } else { m } - 1.0;
    let e = e as f32 - if low { 1.0 } else { 0.0 };
    let num = LP[5].mul_add(z, LP[4]);
    let num = num.mul_add(z, LP[3]);
    let num = num.mul_add(z, LP[2]);
    let num = num.mul_add(z, LP[1]);
    let num = num.mul_add(z, LP[0]);
    let den = LQ[5].mul_add(z, LQ[4]);
    let den = den.mul_add(z, LQ[3]);
    let den = den.mul_add(z, LQ[2]);
    let den = den.mul_add(z, LQ[1]);
    let den = den.mul_add(z, LQ[0]);
    let r = e.mul_add(std::f32::consts::LN_2, num / den);
    if x.is_nan() {
        f32::NAN
    } else if x < 0.0 {
        -f32::NAN
    } else if x == 0.0 {
        f32::NEG_INFINITY
    } else if x == f32::INFINITY {
        x
    } else {
        r
    }
}
