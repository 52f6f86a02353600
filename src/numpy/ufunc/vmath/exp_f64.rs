//! float64 `exp` bit for bit as NumPy 2.4 computes it on an AVX-512 (x86-64-v4) machine.
//!
//! There NumPy's `exp` loop calls Intel's SVML `__svml_exp8_ha` (NumPy vendors SVML and
//! links it on x86-64 Linux), not libm, so its results differ from glibc's `exp` in the
//! last bit for a few percent of inputs. This is the same algorithm written out in plain
//! Rust: Tang's table method with 16 table entries, a degree-5 polynomial with fused
//! multiply-adds, and SVML's own scalar routine for the rare inputs (|x| ≥ 707.7, inf,
//! nan), which are the only ones that raise floating-point flags (overflow past 709.78).

/// `log2(e)`, the shifter `1.5·2^48 + 1023` whose last four mantissa bits hold `x·log2(e)`
/// truncated to sixteenths, and `ln 2` in two parts.
const L2E: f64 = f64::from_bits(0x3ff71547652b82fe);
const SHIFTER: f64 = f64::from_bits(0x42f8000000003ff0);
const LN2_HI: f64 = f64::from_bits(0x3fe62e42fefa39ef);
const LN2_LO: f64 = f64::from_bits(0x3c7abc9e3b39803f);
/// The polynomial for `(exp(r) - 1) / r`, highest degree first.
const C5: f64 = f64::from_bits(0x3f57411836940c04);
const C4: f64 = f64::from_bits(0x3f81101cbbc265c0);
const C3: f64 = f64::from_bits(0x3fa55557242d68fe);
const C2: f64 = f64::from_bits(0x3fc5555553939732);
const C1: f64 = f64::from_bits(0x3fe000000000d008);
const C0: f64 = f64::from_bits(0x3fefffffffffff70);
/// From this magnitude on (and for inf) the vector path hands the lane to [`rare`].
const RARE: f64 = f64::from_bits(0x40861da04cbafe44);

/// `2^(j/16)` rounded, and the rounding error of each entry.
const T16_HI: [u64; 16] = [
    0x3ff0000000000000,
    0x3ff0b5586cf9890f,
    0x3ff172b83c7d517b,
    0x3ff2387a6e756238,
    0x3ff306fe0a31b715,
    0x3ff3dea64c123422,
    0x3ff4bfdad5362a27,
    0x3ff5ab07dd485429,
    0x3ff6a09e667f3bcd,
    0x3ff7a11473eb0187,
    0x3ff8ace5422aa0db,
    0x3ff9c49182a3f090,
    0x3ffae89f995ad3ad,
    0x3ffc199bdd85529c,
    0x3ffd5818dcfba487,
    0x3ffea4afa2a490da,
];
const T16_LO: [u64; 16] = [
    0x0000000000000000,
    0x3c979aa65d837b6d,
    0xbc801b15eaa59348,
    0x3c968efde3a8a894,
    0x3c834d754db0abb6,
    0x3c859f48a72a4c6d,
    0x3c7690cebb7aafb0,
    0x3c9063e1e21c5409,
    0xbc93b3efbf5e2228,
    0xbc7b32dcb94da51d,
    0x3c8db72fc1f0eab4,
    0x3c71affc2b91ce27,
    0x3c8c1a7792cb3387,
    0x3c736eae30af0cb3,
    0x3c74a385a63d07a7,
    0xbc8ff7128fd391f0,
];

/// NumPy's `exp` over a block: the vector path for every lane (branch-free, so the loop
/// vectorizes), then SVML's scalar routine for the lanes it leaves (|x| ≥ 707.7 or inf).
#[inline(always)]
pub fn exp_block(xs: &[f64], rs: &mut [f64]) {
    for (r, &x) in rs.iter_mut().zip(xs) {
        *r = vector_lane(x);
    }
    // Rare lanes are looked for with a vector reduction first (they are rare).
    if xs.iter().fold(false, |any, &x| any | (x.abs() >= RARE)) {
        for (r, &x) in rs.iter_mut().zip(xs) {
            if x.abs() >= RARE {
                *r = rare(x);
            }
        }
    }
}

/// One lane of `__svml_exp8_ha` for |x| < 707.7 or nan (other lanes get a value that
/// [`rare`] replaces).
#[inline(always)]
fn vector_lane(x: f64) -> f64 {
    // k = x·log2(e)·16 rounded toward zero onto the shifter's grid (SVML's one
    // round-toward-zero FMA): round to nearest, then step down if that went up. Below
    // 707.7 `n` stays in the shifter's binade, whose last bit is 1/16, so `d·16` is the
    // difference of the two bit patterns (integer arithmetic, no float-to-int conversion,
    // which would cost a saturation fix-up per lane); other lanes are replaced later.
    let n = x.mul_add(L2E, SHIFTER);
    let d = n - SHIFTER;
    let k = (n.to_bits() as i64).wrapping_sub(SHIFTER.to_bits() as i64);
    let k = if x.mul_add(L2E, -d) < 0.0 {
        k.wrapping_sub(1)
    } else {
        k
    };
    let t = k as f64 * 0.0625;
    let j = (k & 15) as usize;
    let r = (-t).mul_add(LN2_HI, x);
    let r = (-t).mul_add(LN2_LO, r);
    let r2 = r * r;
    let a = r.mul_add(C5, C4);
    let b = r.mul_add(C3, C2);
    let c = r.mul_add(C1, C0);
    let a = r2.mul_add(a, b);
    let a = r2.mul_add(a, c);
    let hi = f64::from_bits(T16_HI[j]);
    let p = a.mul_add(r, f64::from_bits(T16_LO[j]));
    let y = hi.mul_add(p, hi);
    // |x| < 707.7 keeps 2^(k>>4) and the product normal, so the scaling is exact; a nan
    // stays the (quieted) input nan, as SVML's scalef returns it.
    let scaled = y * f64::from_bits(((k >> 4).wrapping_add(1023) as u64 & 0x7ff) << 52);
    if x.is_nan() {
        x + x
    } else {
        scaled
    }
}

/// `64/ln 2`, the shifter `1.5·2^52`, `ln 2 / 64` in two parts.
const R64: f64 = f64::from_bits(0x40571547652b82fe);
const SH52: f64 = f64::from_bits(0x4338000000000000);
const LN2_64_HI: f64 = f64::from_bits(0x3f862e42fefa0000);
const LN2_64_LO: f64 = f64::from_bits(0x3d1cf79abc9e3b3a);
/// Taylor coefficients 1/720 … 1/2 (as SVML rounds them).
const D6: f64 = f64::from_bits(0x3f56c16a1c2a3ffd);
const D5: f64 = f64::from_bits(0x3f8111123aaf20d3);
const D4: f64 = f64::from_bits(0x3fa5555555558fcc);
const D3: f64 = f64::from_bits(0x3fc55555555548f8);
const D2: f64 = 0.5;
/// Above this exp overflows; below `UNDER` it is 0; below `DENORMAL` it is subnormal.
const OVER: f64 = f64::from_bits(0x40862e42fefa39ef);
const UNDER: f64 = f64::from_bits(0xc0874910d52d3051);
const DENORMAL: f64 = f64::from_bits(0xc086232bdd7abcd2);
/// `2^-60`, and `1.5·2^32` (splits a double into its high 21 bits and the rest).
const TWO_M60: f64 = f64::from_bits(0x3c30000000000000);
const SPLIT: f64 = f64::from_bits(0x41f8000000000000);

/// `2^(j/64)` rounded (even entries) and each one's rounding error (odd entries).
const T64: [u64; 128] = [
    0x3ff0000000000000,
    0x0000000000000000,
    0x3ff02c9a3e778061,
    0xbc7160139cd8dc5d,
    0x3ff059b0d3158574,
    0x3c8cd2523567f613,
    0x3ff0874518759bc8,
    0x3c60f74e61e6c861,
    0x3ff0b5586cf9890f,
    0x3c979aa65d837b6d,
    0x3ff0e3ec32d3d1a2,
    0x3c3ebe3d702f9cd1,
    0x3ff11301d0125b51,
    0xbc9556522a2fbd0e,
    0x3ff1429aaea92de0,
    0xbc91c923b9d5f416,
    0x3ff172b83c7d517b,
    0xbc801b15eaa59348,
    0x3ff1a35beb6fcb75,
    0x3c8b898c3f1353bf,
    0x3ff1d4873168b9aa,
    0x3c9aecf73e3a2f60,
    0x3ff2063b88628cd6,
    0x3c8a6f4144a6c38d,
    0x3ff2387a6e756238,
    0x3c968efde3a8a894,
    0x3ff26b4565e27cdd,
    0x3c80472b981fe7f2,
    0x3ff29e9df51fdee1,
    0x3c82f7e16d09ab31,
    0x3ff2d285a6e4030b,
    0x3c8b3782720c0ab4,
    0x3ff306fe0a31b715,
    0x3c834d754db0abb6,
    0x3ff33c08b26416ff,
    0x3c8fdd395dd3f84a,
    0x3ff371a7373aa9cb,
    0xbc924aedcc4b5068,
    0x3ff3a7db34e59ff7,
    0xbc71d1e83e9436d2,
    0x3ff3dea64c123422,
    0x3c859f48a72a4c6d,
    0x3ff4160a21f72e2a,
    0xbc58a78f4817895b,
    0x3ff44e086061892d,
    0x3c4363ed60c2ac11,
    0x3ff486a2b5c13cd0,
    0x3c6ecce1daa10379,
    0x3ff4bfdad5362a27,
    0x3c7690cebb7aafb0,
    0x3ff4f9b2769d2ca7,
    0xbc8f94340071a38e,
    0x3ff5342b569d4f82,
    0xbc78dec6bd0f385f,
    0x3ff56f4736b527da,
    0x3c93350518fdd78e,
    0x3ff5ab07dd485429,
    0x3c9063e1e21c5409,
    0x3ff5e76f15ad2148,
    0x3c9432e62b64c035,
    0x3ff6247eb03a5585,
    0xbc8c33c53bef4da8,
    0x3ff6623882552225,
    0xbc93cedd78565858,
    0x3ff6a09e667f3bcd,
    0xbc93b3efbf5e2228,
    0x3ff6dfb23c651a2f,
    0xbc6367efb86da9ee,
    0x3ff71f75e8ec5f74,
    0xbc781f647e5a3ecf,
    0x3ff75feb564267c9,
    0xbc8619321e55e68a,
    0x3ff7a11473eb0187,
    0xbc7b32dcb94da51d,
    0x3ff7e2f336cf4e62,
    0x3c65ebe1abd66c55,
    0x3ff82589994cce13,
    0xbc9369b6f13b3734,
    0x3ff868d99b4492ed,
    0xbc94d450d872576e,
    0x3ff8ace5422aa0db,
    0x3c8db72fc1f0eab4,
    0x3ff8f1ae99157736,
    0x3c7bf68359f35f44,
    0x3ff93737b0cdc5e5,
    0xbc5da9b88b6c1e29,
    0x3ff97d829fde4e50,
    0xbc92434322f4f9aa,
    0x3ff9c49182a3f090,
    0x3c71affc2b91ce27,
    0x3ffa0c667b5de565,
    0xbc87c50422622263,
    0x3ffa5503b23e255d,
    0xbc91bbd1d3bcbb15,
    0x3ffa9e6b5579fdbf,
    0x3c8469846e735ab3,
    0x3ffae89f995ad3ad,
    0x3c8c1a7792cb3387,
    0x3ffb33a2b84f15fb,
    0xbc55c3d956dcaeba,
    0x3ffb7f76f2fb5e47,
    0xbc68d6f438ad9334,
    0x3ffbcc1e904bc1d2,
    0x3c74ffd70a5fddcd,
    0x3ffc199bdd85529c,
    0x3c736eae30af0cb3,
    0x3ffc67f12e57d14b,
    0x3c84e08fd10959ac,
    0x3ffcb720dcef9069,
    0x3c676b2c6c921968,
    0x3ffd072d4a07897c,
    0xbc8fad5d3ffffa6f,
    0x3ffd5818dcfba487,
    0x3c74a385a63d07a7,
    0x3ffda9e603db3285,
    0x3c8e5a50d5c192ac,
    0x3ffdfc97337b9b5f,
    0xbc82d52107b43e1f,
    0x3ffe502ee78b3ff6,
    0x3c74b604603a88d3,
    0x3ffea4afa2a490da,
    0xbc8ff7128fd391f0,
    0x3ffefa1bee615a27,
    0x3c8ec3bc41aa2008,
    0x3fff50765b6e4540,
    0x3c8a64a931d185ee,
    0x3fffa7c1819e90d8,
    0x3c77893b4d91cd9d,
];

/// SVML's scalar `exp` for the lanes the vector path leaves: infinities, overflow to inf
/// (the operation that raises the overflow flag), underflow to 0, and subnormal results,
/// which are rounded once from a two-part sum.
#[cold]
fn rare(x: f64) -> f64 {
    if x.is_infinite() {
        return if x > 0.0 { x } else { 0.0 };
    }
    if x > OVER {
        return f64::INFINITY;
    }
    if x < UNDER {
        return 0.0;
    }
    let s = R64 * x + SH52;
    let nn = s.to_bits() as u32 as i32;
    let nd = s - SH52;
    let j = (nn & 63) as usize;
    let r = x - nd * LN2_64_HI;
    let r = r - nd * LN2_64_LO;
    let mut p = D6 * r + D5;
    p = p * r + D4;
    p = p * r + D3;
    p = p * r + D2;
    p = p * r * r + r;
    let hi = f64::from_bits(T64[2 * j]);
    p = (p + f64::from_bits(T64[2 * j + 1])) * hi;
    let m = nn >> 6;
    let scale = |e: i32| f64::from_bits(((e & 0x7ff) as u64) << 52);
    if x >= DENORMAL {
        let y = p + hi;
        let biased = (m + 1023) & 0x7ff;
        if biased == 0x7ff {
            // 2^1024 is not a double: scale by 2^1023 and then by 2.
            y * scale(biased - 1) * 2.0
        } else {
            y * scale(biased)
        }
    } else {
        let b = (m + 1083) & 0x7ff;
        let (ps, hs) = (p * scale(b), hi * scale(b));
        let a = hs + ps;
        if b <= 50 {
            return a * TWO_M60;
        }
        let lo = (hs - a) + ps;
        let c = a * SPLIT;
        let ahi = (a + c) - c;
        let lo = lo + (a - ahi);
        ahi * TWO_M60 + lo * TWO_M60
    }
}
