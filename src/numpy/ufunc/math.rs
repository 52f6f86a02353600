//! Scalar kernels of the math ufuncs Rust's std has no exact equivalent for, written as
//! NumPy's C (`npy_math`) computes them: `spacing` (with NumPy's own float16 variant, always
//! positive), `nextafter` on bits, `ldexp` as musl's `scalbn` (no double rounding in the
//! subnormal range), `logaddexp`/`logaddexp2`, `heaviside`, the integer `reciprocal`
//! (`1.0 / x` converted back as C converts), `gcd`/`lcm`, and the complex `reciprocal`,
//! `expm1` and `log1p`.

use super::ops::FpFlags;
use crate::array::element::Element;
use half::f16;
use num_complex::Complex;

/// What `f32` and `f64` share for the kernels below.
pub trait Float: Element + num_traits::Float + Into<f64> {
    const BITS_ONE: u64;
    const LN2: Self;
    const LOG2E: Self;
    /// `180 / pi` and `pi / 180` in this type, as NumPy's `npy_rad2deg(f)` use them.
    const RAD2DEG: Self;
    const DEG2RAD: Self;
    fn to_bits64(self) -> u64;
    fn from_bits64(b: u64) -> Self;
    fn scalbn(self, n: i64) -> Self;
}

/// Whether any of `r` is infinite or nan: a reduction the compiler vectorizes, which
/// decides whether a block's results need the exact per-element flag tests (every flag a
/// float loop raises comes with a non-finite result).
#[inline(always)]
pub(super) fn any_nonfinite<T: Float>(r: &[T]) -> bool {
    r.iter()
        .fold(false, |acc, &v| acc | !num_traits::Float::is_finite(v))
}

impl Float for f64 {
    const BITS_ONE: u64 = 1;
    const LN2: f64 = std::f64::consts::LN_2;
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const RAD2DEG: f64 = 180.0 / std::f64::consts::PI;
    const DEG2RAD: f64 = std::f64::consts::PI / 180.0;
    fn to_bits64(self) -> u64 {
        self.to_bits()
    }
    fn from_bits64(b: u64) -> Self {
        f64::from_bits(b)
    }
    /// musl's `scalbn`.
    fn scalbn(self, n: i64) -> f64 {
        let mut y = self;
        let mut n = n;
        let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
        let m = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                y *= p1023;
                n = (n - 1023).min(1023);
            }
        } else if n < -1022 {
            y *= m;
            n += 1022 - 53;
            if n < -1022 {
                y *= m;
                n = (n + 1022 - 53).max(-1022);
            }
        }
        y * f64::from_bits(((0x3ff + n) as u64) << 52)
    }
}

impl Float for f32 {
    const BITS_ONE: u64 = 1;
    const LN2: f32 = std::f32::consts::LN_2;
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const RAD2DEG: f32 = 180.0 / std::f32::consts::PI;
    const DEG2RAD: f32 = std::f32::consts::PI / 180.0;
    fn to_bits64(self) -> u64 {
        self.to_bits() as u64
    }
    fn from_bits64(b: u64) -> Self {
        f32::from_bits(b as u32)
    }
    /// musl's `scalbnf`.
    fn scalbn(self, n: i64) -> f32 {
        let mut y = self;
        let mut n = n;
        let p127 = f32::from_bits(0x7f00_0000);
        let m = f32::from_bits(0x0080_0000) * f32::from_bits(0x4b80_0000);
        if n > 127 {
            y *= p127;
            n -= 127;
            if n > 127 {
                y *= p127;
                n = (n - 127).min(127);
            }
        } else if n < -126 {
            y *= m;
            n += 126 - 24;
            if n < -126 {
                y *= m;
                n = (n + 126 - 24).max(-126);
            }
        }
        y * f32::from_bits(((0x7f + n) as u32) << 23)
    }
}

/// One step of `x`'s magnitude away from zero (the sign kept; 0 steps to the smallest
/// positive subnormal).
fn step_out<T: Float>(x: T) -> T {
    if x == zero::<T>() {
        T::from_bits64(T::BITS_ONE)
    } else {
        T::from_bits64(x.to_bits64() + 1)
    }
}

/// `npy_spacing`: the distance to the next value away from zero; nan for infinities.
pub fn spacing<T: Float>(x: T) -> T {
    if x.is_nan() || x.is_infinite() {
        return T::nan();
    }
    step_out(x) - x
}

/// `npy_deg2rad`.
pub fn deg2rad<T: Float>(x: T) -> T {
    x * T::DEG2RAD
}

/// `npy_rad2deg`.
pub fn rad2deg<T: Float>(x: T) -> T {
    x * T::RAD2DEG
}

/// `npy_half_spacing` (float16): always positive, the smaller gap for negative powers of two.
pub fn half_spacing(h: f16) -> f16 {
    let h = h.to_bits();
    let (exp, sig) = (h & 0x7c00, h & 0x03ff);
    let r = if exp == 0x7c00 {
        0x7e00
    } else if h == 0x7bff {
        0x7c00
    } else if h & 0x8000 != 0 && sig == 0 {
        if exp > 0x2c00 {
            exp - 0x2c00
        } else if exp > 0x0400 {
            1 << ((exp >> 10) - 2)
        } else {
            1
        }
    } else if exp > 0x2800 {
        exp - 0x2800
    } else if exp > 0x0400 {
        1 << ((exp >> 10) - 1)
    } else {
        1
    };
    f16::from_bits(r)
}

/// `nextafter(x, y)` on the bits; overflow when it steps from the largest finite value.
pub fn nextafter<T: Float>(x: T, y: T, f: &mut FpFlags) -> T {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    let r = if x == zero::<T>() {
        let tiny = T::from_bits64(T::BITS_ONE);
        if y < zero::<T>() {
            -tiny
        } else {
            tiny
        }
    } else if (x < y) == (x > zero::<T>()) {
        T::from_bits64(x.to_bits64() + 1)
    } else {
        T::from_bits64(x.to_bits64() - 1)
    };
    if r.is_infinite() {
        f.overflow = true;
    }
    r
}

/// `npy_half_nextafter`.
pub fn half_nextafter(x: f16, y: f16, f: &mut FpFlags) -> f16 {
    if x.is_nan() || y.is_nan() {
        return f16::NAN;
    }
    let (xb, yb) = (x.to_bits(), y.to_bits());
    let r = if xb & 0x7fff == 0 && yb & 0x7fff == 0 || x == y {
        y
    } else if xb & 0x7fff == 0 {
        f16::from_bits((yb & 0x8000) | 1)
    } else if (x < y) == (xb & 0x8000 == 0) {
        f16::from_bits(xb + 1)
    } else {
        f16::from_bits(xb - 1)
    };
    if r.is_infinite() && x.is_finite() {
        f.overflow = true;
    }
    r
}

/// `npy_logaddexp`.
pub fn logaddexp<T: Float>(x: T, y: T) -> T {
    if x == y {
        return x + T::LN2;
    }
    let d = x - y;
    if d > zero::<T>() {
        x + (-d).exp().ln_1p()
    } else if d <= zero::<T>() {
        y + d.exp().ln_1p()
    } else {
        d
    }
}

/// `npy_logaddexp2`.
pub fn logaddexp2<T: Float>(x: T, y: T) -> T {
    if x == y {
        return x + T::one();
    }
    let d = x - y;
    if d > zero::<T>() {
        x + T::LOG2E * (-d).exp2().ln_1p()
    } else if d <= zero::<T>() {
        y + T::LOG2E * d.exp2().ln_1p()
    } else {
        d
    }
}

/// `npy_heaviside`: 0 below zero, `h0` at zero, 1 above, nan for nan.
pub fn heaviside<T: Float>(x: T, h0: T) -> T {
    if x.is_nan() {
        T::nan()
    } else if x == zero::<T>() {
        h0
    } else if x < zero::<T>() {
        zero::<T>()
    } else {
        T::one()
    }
}

/// Integer `reciprocal`: NumPy computes `1.0 / x` and converts back, so 0 gives C's
/// "integer indefinite" (the type's minimum for int32/int64, its low bits otherwise) with
/// divide-by-zero and invalid flags.
pub fn int_reciprocal<T: Element>(x: T, min: T, f: &mut FpFlags) -> T {
    use crate::array::element::Num;
    let v = x.to_num().as_f64();
    if v == 0.0 {
        f.divide = true;
        f.invalid = true;
        return min;
    }
    T::from_num(Num::Int((1.0 / v).trunc() as i128))
}

/// The value of "integer indefinite" a C conversion of inf gives in a type of `bits` bits.
pub fn indefinite(bits: u32, signed: bool) -> i128 {
    match (bits, signed) {
        (32, true) => i32::MIN as i128,
        (64, true) => i64::MIN as i128,
        _ => 0,
    }
}

/// `gcd` of two integers held in i128 (the caller wraps the result to its type).
pub fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `lcm`: `|a| / gcd * |b|` (wrapped to the type by the caller), 0 when both are 0.
pub fn lcm(a: i128, b: i128) -> i128 {
    let g = gcd(a, b);
    if g == 0 {
        0
    } else {
        (a.abs() / g).wrapping_mul(b.abs())
    }
}

/// Complex `reciprocal` by Smith's method, as NumPy's loop.
pub fn complex_reciprocal<T: Float>(z: Complex<T>) -> Complex<T> {
    let (a, b) = (z.re, z.im);
    if b.abs() <= a.abs() {
        let r = b / a;
        let d = a + b * r;
        Complex::new(T::one() / d, -r / d)
    } else {
        let r = a / b;
        let d = a * r + b;
        Complex::new(r / d, -T::one() / d)
    }
}

/// NumPy's `nc_expm1`.
pub fn complex_expm1<T: Float>(z: Complex<T>) -> Complex<T> {
    let a = (z.im / (T::one() + T::one())).sin();
    let two = T::one() + T::one();
    Complex::new(
        z.re.exp_m1() * z.im.cos() - two * a * a,
        z.re.exp() * z.im.sin(),
    )
}

/// NumPy's `nc_log1p`.
pub fn complex_log1p<T: Float>(z: Complex<T>) -> Complex<T> {
    let re = z.re + T::one();
    Complex::new(re.hypot(z.im).ln(), z.im.atan2(re))
}

/// C's `modf`: (fractional part, integral part), both with `x`'s sign; an infinity has
/// fraction ±0.
pub fn modf<T: Float>(x: T) -> (T, T) {
    let i = x.trunc();
    if x.is_infinite() {
        return (zero::<T>().copysign(x), x);
    }
    ((x - i).copysign(x), i)
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`; zero, inf and nan give `(x, 0)`.
pub fn frexp<T: Float>(x: T) -> (T, i32) {
    if x == zero::<T>() || !x.is_finite() {
        return (x, 0);
    }
    let (_, exp, _) = num_traits::Float::integer_decode(x);
    // integer_decode gives x = mantissa * 2**exp with an integer mantissa; scale the
    // value into [0.5, 1) with the exact power of two.
    let bits = if std::mem::size_of::<T>() == 8 {
        53
    } else {
        24
    };
    let mut e = exp as i32 + bits;
    let mut m = x.scalbn(-(e as i64));
    while m.abs() < T::from(0.5).unwrap_or(m) {
        m = m + m;
        e -= 1;
    }
    (m, e)
}

/// Zero of a float type (`Pod` has a `zero` too).
fn zero<T: Float>() -> T {
    num_traits::Zero::zero()
}
