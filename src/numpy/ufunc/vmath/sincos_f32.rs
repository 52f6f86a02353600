//! float32 `sin` and `cos` bit for bit as NumPy 2.4 computes them on a machine with FMA
//! (`simd_sincos_f32` in its `loops_trigonometric` source; float64 `sin`/`cos` are libm's
//! there and here): Cody–Waite reduction by π/2 in three fused steps, minimax polynomials
//! for sine and cosine on [-π/4, π/4] chosen and negated by the quadrant. Arguments past
//! 117435.992 (`sin`) or 71476.0625 (`cos`), infinities included, go to libm's `sinf`/
//! `cosf` as NumPy sends them; a nan gives NumPy's nan without raising a flag.

/// `2/π`, `-π/2` in three parts, the rounding shifter `1.5·2^23`.
const TWO_OVER_PI: f32 = f32::from_bits(0x3f22_f983);
const PIO2_HI: f32 = f32::from_bits(0xbfc9_0fd8);
const PIO2_MED: f32 = f32::from_bits(0xb4a8_885a);
const PIO2_LO: f32 = f32::from_bits(0xa7c2_34c4);
const MAGIC: f32 = f32::from_bits(0x4b40_0000);
/// Cosine polynomial in x² (degree 8 down to 0) and sine's (x⁹ down to x³).
const COS: [f32; 5] = [
    f32::from_bits(0x37cc_730b),
    f32::from_bits(0xbab6_036e),
    f32::from_bits(0x3d2a_aa9e),
    -0.5,
    1.0,
];
const SIN: [f32; 4] = [
    f32::from_bits(0x363e_9dde),
    f32::from_bits(0xb950_35dd),
    f32::from_bits(0x3c08_88cd),
    f32::from_bits(0xbe2a_aaab),
];
/// The largest |x| reduced in the vector path, for `sin` and for `cos`.
const MAX_SIN: f32 = 117_435.99;
const MAX_COS: f32 = 71_476.06;

/// NumPy's float32 `sin` (`cos` when `cos` is set) over a block: the vector path for
/// every lane (branch-free), then libm for the lanes out of its range.
#[inline(always)]
pub fn block(cos: bool, xs: &[f32], rs: &mut [f32]) {
    let max = if cos { MAX_COS } else { MAX_SIN };
    for (r, &x) in rs.iter_mut().zip(xs) {
        *r = lane(cos, max, x);
    }
    for (r, &x) in rs.iter_mut().zip(xs) {
        if x.abs() > max {
            *r = if cos { x.cos() } else { x.sin() };
        }
    }
}

#[inline(always)]
fn lane(cos: bool, max: f32, x_in: f32) -> f32 {
    let x = if x_in.abs() <= max { x_in } else { 0.0 };
    // NumPy writes a multiply and an add; GCC contracts them into one FMA.
    let q = x.mul_add(TWO_OVER_PI, MAGIC) - MAGIC;
    let y = q.mul_add(PIO2_HI, x);
    let y = q.mul_add(PIO2_MED, y);
    let y = q.mul_add(PIO2_LO, y);
    let y2 = y * y;
    let c = COS[0].mul_add(y2, COS[1]);
    let c = c.mul_add(y2, COS[2]);
    let c = c.mul_add(y2, COS[3]);
    let c = c.mul_add(y2, COS[4]);
    let s = SIN[0].mul_add(y2, SIN[1]);
    let s = s.mul_add(y2, SIN[2]);
    let s = s.mul_add(y2, SIN[3]);
    let s = s.mul_add(y2, 0.0);
    let s = s.mul_add(y, y);
    let k = q as i32 + cos as i32;
    let v = if k & 1 == 0 { s } else { c };
    let v = if k & 2 == 2 { 0.0 - v } else { v };
    if x_in.is_nan() {
        f32::NAN
    } else {
        v
    }
}
