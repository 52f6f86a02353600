//! float64 `log` bit for bit as NumPy 2.4 computes it on an AVX-512 machine, where its
//! loop calls Intel's SVML `__svml_log8_ha` (vendored by NumPy) rather than libm.
//!
//! SVML splits `x = m·2^e` (m in [1, 2)), takes `rc`, the reciprocal of `m` from the
//! CPU's 14-bit `vrcp14pd` rounded to a multiple of 1/32, and computes
//! `log x = e·ln 2 - log(rc) + log(1 + r)` with `r = rc·m - 1` exact (one FMA), a table of
//! `-log(rc)` in two parts, a degree-9 polynomial and a compensated final sum. Only
//! `vrcp14pd` is not plain arithmetic: it depends on the top bits of `m` alone, and
//! rounded to 1/32 it steps down at the sixteen `m` of [`RCP_STEPS`], measured on an
//! AVX-512 CPU by binary search around each midpoint `64/(2n+1)` (all in [1, 2), so
//! everything else is exact rounding of 32/m). Zeros, negatives, infinities and nans
//! take SVML's scalar routine: `-inf` (divide by zero) for ±0, the default nan `-nan`
//! (invalid) below 0, and `x·x` for +inf and nan.

/// The `m` from which `round32(rcp14(m))` is `n/32` rather than `(n+1)/32`, n = 16..31
/// (descending `m`).
const RCP_STEPS: [u64; 16] = [
    0x3fff080000000000,
    0x3ffd41c000000000,
    0x3ffbad0000000000,
    0x3ffa41a000000000,
    0x3ff8f9c000000000,
    0x3ff7d07000000000,
    0x3ff6c15000000000,
    0x3ff5c99000000000,
    0x3ff4e5f000000000,
    0x3ff4143000000000,
    0x3ff3523000000000,
    0x3ff29e6000000000,
    0x3ff1f70000000000,
    0x3ff15b4000000000,
    0x3ff0c97000000000,
    0x3ff040f000000000,
];

/// `-log(rc)` for `rc = 1` (entry 0) and `rc = 1/2 + i/32` (entries 1..15, less `ln 2`
/// below 3/4, where the exponent is raised by one instead), high part with trailing
/// zeros, and the remainder.
const T_HI: [u64; 16] = [
    0x0000000000000000,
    0xbfaf0a30c0120000,
    0xbfbe27076e2b0000,
    0xbfc5ff3070a78000,
    0xbfcc8ff7c79a8000,
    0xbfd1675cababc000,
    0xbfd4618bc21c4000,
    0xbfd739d7f6bbc000,
    0x3fd269621134c000,
    0x3fcf991c6cb38000,
    0x3fca93ed3c8b0000,
    0x3fc5bf406b540000,
    0x3fc1178e82280000,
    0x3fb9335e5d590000,
    0x3fb08598b59e0000,
    0x3fa0415d89e80000,
];
const T_LO: [u64; 16] = [
    0x0000000000000000,
    0x3d53ab33d066d1d2,
    0x3d2a342c2af0003c,
    0xbd43d3c873e20a07,
    0xbd4a21ac25d81ef3,
    0x3d59f1fc63382a8f,
    0xbd5ec27d0b7b37b3,
    0xbd50069ce24c53fb,
    0x3d5b92783beb7677,
    0x3d59bcbecca0cdf3,
    0xbd530e486a0ac42d,
    0x3d5ed8fdc149767e,
    0xbd4b8421cc74be04,
    0x3d52622b8757a8fb,
    0x3d4d034451fecdfb,
    0xbd577771fd187145,
];

const fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `log(1 + r) ≈ r + r²·P(r)`: SVML's coefficients of `P`, pairwise (`r·A + B`).
const A0: f64 = f(0x3fbc81cd309d7c70);
const B0: f64 = f(0xbfc007357e93af62);
const A1: f64 = f(0x3fc249229cee81ef);
const B1: f64 = f(0xbfc55553fb28db06);
const A2: f64 = f(0x3fc9999999cc9f5c);
const B2: f64 = f(0xbfd00000000c05bd);
const A3: f64 = f(0x3fd5555555555466);
const B3: f64 = f(0xbfdfffffffffffc6);
/// `ln 2` in two parts.
const LN2_HI: f64 = f(0x3fe62e42fefa0000);
const LN2_LO: f64 = f(0x3d7cf79abc9e0000);

/// NumPy's `log` over a block, branch-free per lane (so the loop vectorizes).
#[inline(always)]
pub fn log_block(xs: &[f64], rs: &mut [f64]) {
    for (r, &x) in rs.iter_mut().zip(xs) {
        *r = lane(x);
    }
}

/// One lane of `__svml_log8_ha`, with its scalar routine's results for the special lanes.
#[inline(always)]
fn lane(x: f64) -> f64 {
    let normal = x > 0.0 && x < f64::INFINITY;
    let x0 = if normal { x } else { 1.0 };
    // getmant/getexp: x = m·2^e with m in [1, 2), subnormals included.
    let tiny = x0 < f64::MIN_POSITIVE;
    let xs = if tiny { x0 * f(0x4340000000000000) } else { x0 };
    let b = xs.to_bits();
    let e = ((b >> 52) & 0x7ff) as i32 - 1023 - if tiny { 53 } else { 0 };
    let m = f64::from_bits((b & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    let steps = RCP_STEPS.iter().filter(|&&s| m >= f(s)).count();
    let rc = (32 - steps) as f64 * 0.03125;
    let idx = if steps == 0 { 0 } else { 16 - steps };
    let e = e as f64 + if rc < 0.75 { 1.0 } else { 0.0 };
    let r = rc.mul_add(m, -1.0);
    let a0 = A0.mul_add(r, B0);
    let a1 = A1.mul_add(r, B1);
    let a2 = A2.mul_add(r, B2);
    let a3 = A3.mul_add(r, B3);
    let r2 = r * r;
    let b0 = r2.mul_add(a0, a1);
    let r4 = r2 * r2;
    let b1 = r2.mul_add(a2, a3);
    let h = LN2_HI.mul_add(e, f(T_HI[idx]));
    let p = r4.mul_add(b0, b1);
    let s = h + r;
    let rlo = r - (s - h);
    let q = r2.mul_add(p, rlo);
    let l = LN2_LO.mul_add(e, f(T_LO[idx]));
    let y = s + (q + l);
    if normal {
        y
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else if x < 0.0 {
        // 0/0 on x86: the default nan, sign bit set.
        f(0xfff8_0000_0000_0000)
    } else {
        x * x
    }
}
