//! Per-type scalar arithmetic with NumPy's semantics: wrapping integers, Python-style floor
//! division and modulo, division-by-zero results, and the floating-point error flags NumPy
//! turns into RuntimeWarnings.

use crate::array::element::{Bool8, Element, C32, C64};
use half::f16;

/// Floating-point (and integer division) error flags raised by a loop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpFlags {
    pub divide: bool,
    pub invalid: bool,
    pub overflow: bool,
}

/// Arithmetic every numeric element type supports.
pub trait Arith: Element + PartialEq {
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    /// True division (only called for inexact types).
    fn div(self, o: Self, f: &mut FpFlags) -> Self;
    fn floordiv(self, o: Self, f: &mut FpFlags) -> Self;
    fn rem(self, o: Self, f: &mut FpFlags) -> Self;
    fn pow(self, o: Self, f: &mut FpFlags) -> Self;
    fn neg(self) -> Self;
    fn abs(self) -> Self;
    /// NumPy ordering: NaN compares false; complex compares lexicographically.
    fn lt(self, o: Self) -> bool;
    fn le(self, o: Self) -> bool;
    fn is_nan(self) -> bool;
}

macro_rules! int_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            #[inline(always)] fn add(self, o: Self) -> Self { self.wrapping_add(o) }
            #[inline(always)] fn sub(self, o: Self) -> Self { self.wrapping_sub(o) }
            #[inline(always)] fn mul(self, o: Self) -> Self { self.wrapping_mul(o) }
            #[inline(always)] fn div(self, o: Self, f: &mut FpFlags) -> Self { self.floordiv(o, f) }
            #[inline(always)]
            fn floordiv(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0 { f.divide = true; return 0; }
                #[allow(unused_comparisons)]
                let neg = (self < 0) != (o < 0);
                let q = self.wrapping_div(o);
                if neg && q.wrapping_mul(o) != self { q.wrapping_sub(1) } else { q }
            }
            #[inline(always)]
            fn rem(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0 { f.divide = true; return 0; }
                let r = self.wrapping_rem(o);
                #[allow(unused_comparisons)]
                let fix = r != 0 && ((r < 0) != (o < 0));
                if fix { r.wrapping_add(o) } else { r }
            }
            #[inline(always)]
            fn pow(self, o: Self, f: &mut FpFlags) -> Self {
                #[allow(unused_comparisons)]
                if o < 0 { f.invalid = true; return 0; }
                let mut result: Self = 1;
                let mut base = self;
                let mut e = o;
                while e > 0 {
                    if e & 1 == 1 { result = result.wrapping_mul(base); }
                    base = base.wrapping_mul(base);
                    e >>= 1;
                }
                result
            }
            #[inline(always)] fn neg(self) -> Self { (0 as $t).wrapping_sub(self) }
            #[inline(always)]
            fn abs(self) -> Self {
                #[allow(unused_comparisons)]
                if self < 0 { (0 as $t).wrapping_sub(self) } else { self }
            }
            #[inline(always)] fn lt(self, o: Self) -> bool { self < o }
            #[inline(always)] fn le(self, o: Self) -> bool { self <= o }
            #[inline(always)] fn is_nan(self) -> bool { false }
        }
    )*};
}
int_arith!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Python/NumPy float modulo: result takes the divisor's sign.
fn fmod_py(a: f64, b: f64) -> f64 {
    crate::eval::pyops::float_mod(a, b)
}

macro_rules! float_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            #[inline(always)] fn add(self, o: Self) -> Self { self + o }
            #[inline(always)] fn sub(self, o: Self) -> Self { self - o }
            #[inline(always)] fn mul(self, o: Self) -> Self { self * o }
            #[inline(always)]
            fn div(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0.0 {
                    if self == 0.0 || self.is_nan() { if !self.is_nan() { f.invalid = true; } } else if self.is_finite() { f.divide = true; }
                }
                self / o
            }
            #[inline(always)]
            fn floordiv(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0.0 {
                    if self != 0.0 && !self.is_nan() { f.divide = true; } else if !self.is_nan() { f.invalid = true; }
                    return self / o;
                }
                crate::eval::pyops::float_floordiv(self as f64, o as f64) as $t
            }
            #[inline(always)]
            fn rem(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0.0 { if !self.is_nan() { f.invalid = true; } return <$t>::NAN; }
                if self.is_infinite() { f.invalid = true; return <$t>::NAN; }
                fmod_py(self as f64, o as f64) as $t
            }
            #[inline(always)]
            fn pow(self, o: Self, f: &mut FpFlags) -> Self {
                let r = self.powf(o);
                if r.is_nan() && !self.is_nan() && !o.is_nan() { f.invalid = true; }
                if r.is_infinite() && self.is_finite() && o.is_finite() {
                    if self == 0.0 { f.divide = true; } else { f.overflow = true; }
                }
                r
            }
            #[inline(always)] fn neg(self) -> Self { -self }
            #[inline(always)] fn abs(self) -> Self { self.abs() }
            #[inline(always)] fn lt(self, o: Self) -> bool { self < o }
            #[inline(always)] fn le(self, o: Self) -> bool { self <= o }
            #[inline(always)] fn is_nan(self) -> bool { self.is_nan() }
        }
    )*};
}
float_arith!(f32, f64);

/// float16 arithmetic is done in float32 and rounded back, as NumPy's loops do.
impl Arith for f16 {
    fn add(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() + o.to_f32())
    }
    fn sub(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() - o.to_f32())
    }
    fn mul(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() * o.to_f32())
    }
    fn div(self, o: Self, f: &mut FpFlags) -> Self {
        f16::from_f32(self.to_f32().div(o.to_f32(), f))
    }
    fn floordiv(self, o: Self, f: &mut FpFlags) -> Self {
        f16::from_f32(self.to_f32().floordiv(o.to_f32(), f))
    }
    fn rem(self, o: Self, f: &mut FpFlags) -> Self {
        f16::from_f32(self.to_f32().rem(o.to_f32(), f))
    }
    fn pow(self, o: Self, f: &mut FpFlags) -> Self {
        let r = f16::from_f32(self.to_f32().pow(o.to_f32(), f));
        if r.is_infinite() && self.is_finite() && o.is_finite() {
            f.overflow = true;
        }
        r
    }
    fn neg(self) -> Self {
        -self
    }
    fn abs(self) -> Self {
        f16::from_f32(self.to_f32().abs())
    }
    fn lt(self, o: Self) -> bool {
        self < o
    }
    fn le(self, o: Self) -> bool {
        self <= o
    }
    fn is_nan(self) -> bool {
        self.is_nan()
    }
}

macro_rules! complex_arith {
    ($($t:ty => $f:ty),*) => {$(
        impl Arith for $t {
            fn add(self, o: Self) -> Self { self + o }
            fn sub(self, o: Self) -> Self { self - o }
            fn mul(self, o: Self) -> Self { self * o }
            fn div(self, o: Self, f: &mut FpFlags) -> Self {
                if o.re == 0.0 && o.im == 0.0 {
                    if self.re == 0.0 && self.im == 0.0 { f.invalid = true; } else { f.divide = true; }
                }
                let (r, i) = crate::eval::pyops::complex_div((self.re as f64, self.im as f64), (o.re as f64, o.im as f64));
                <$t>::new(r as $f, i as $f)
            }
            fn floordiv(self, o: Self, f: &mut FpFlags) -> Self { self.div(o, f) }
            fn rem(self, o: Self, f: &mut FpFlags) -> Self { self.div(o, f) }
            fn pow(self, o: Self, _f: &mut FpFlags) -> Self {
                let (r, i) = crate::eval::pyops::complex_pow((self.re as f64, self.im as f64), (o.re as f64, o.im as f64));
                <$t>::new(r as $f, i as $f)
            }
            fn neg(self) -> Self { -self }
            fn abs(self) -> Self { <$t>::new(self.norm(), 0.0) }
            fn lt(self, o: Self) -> bool { self.re < o.re || (self.re == o.re && self.im < o.im) }
            fn le(self, o: Self) -> bool { self.re < o.re || (self.re == o.re && self.im <= o.im) }
            fn is_nan(self) -> bool { self.re.is_nan() || self.im.is_nan() }
        }
    )*};
}
complex_arith!(C32 => f32, C64 => f64);

/// Booleans: `+` is logical or, `*` logical and (NumPy's bool loops).
impl Arith for Bool8 {
    fn add(self, o: Self) -> Self {
        Bool8(((self.0 != 0) | (o.0 != 0)) as u8)
    }
    fn sub(self, o: Self) -> Self {
        Bool8(((self.0 != 0) ^ (o.0 != 0)) as u8)
    }
    fn mul(self, o: Self) -> Self {
        Bool8(((self.0 != 0) & (o.0 != 0)) as u8)
    }
    fn div(self, o: Self, _f: &mut FpFlags) -> Self {
        self.mul(o)
    }
    fn floordiv(self, o: Self, _f: &mut FpFlags) -> Self {
        self.mul(o)
    }
    fn rem(self, o: Self, _f: &mut FpFlags) -> Self {
        self.mul(o)
    }
    fn pow(self, o: Self, _f: &mut FpFlags) -> Self {
        Bool8(((self.0 != 0) | (o.0 == 0)) as u8)
    }
    fn neg(self) -> Self {
        self
    }
    fn abs(self) -> Self {
        self
    }
    fn lt(self, o: Self) -> bool {
        (self.0 == 0) & (o.0 != 0)
    }
    fn le(self, o: Self) -> bool {
        (self.0 != 0) <= (o.0 != 0)
    }
    fn is_nan(self) -> bool {
        false
    }
}

/// Bitwise operations (integers and bools).
pub trait Bits: Element {
    fn and(self, o: Self) -> Self;
    fn or(self, o: Self) -> Self;
    fn xor(self, o: Self) -> Self;
    fn not(self) -> Self;
    fn shl(self, o: Self) -> Self;
    fn shr(self, o: Self) -> Self;
}

macro_rules! int_bits {
    ($($t:ty),*) => {$(
        impl Bits for $t {
            #[inline(always)] fn and(self, o: Self) -> Self { self & o }
            #[inline(always)] fn or(self, o: Self) -> Self { self | o }
            #[inline(always)] fn xor(self, o: Self) -> Self { self ^ o }
            #[inline(always)] fn not(self) -> Self { !self }
            #[inline(always)]
            fn shl(self, o: Self) -> Self {
                #[allow(unused_comparisons)]
                let bad = o < 0 || o as u64 >= (8 * std::mem::size_of::<$t>()) as u64;
                if bad { 0 } else { self << o }
            }
            #[inline(always)]
            fn shr(self, o: Self) -> Self {
                #[allow(unused_comparisons)]
                let bad = o < 0 || o as u64 >= (8 * std::mem::size_of::<$t>()) as u64;
                #[allow(unused_comparisons)]
                if bad { if self < 0 { !0 } else { 0 } } else { self >> o }
            }
        }
    )*};
}
int_bits!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Bits for Bool8 {
    fn and(self, o: Self) -> Self {
        Bool8(((self.0 != 0) & (o.0 != 0)) as u8)
    }
    fn or(self, o: Self) -> Self {
        Bool8(((self.0 != 0) | (o.0 != 0)) as u8)
    }
    fn xor(self, o: Self) -> Self {
        Bool8(((self.0 != 0) ^ (o.0 != 0)) as u8)
    }
    fn not(self) -> Self {
        Bool8((self.0 == 0) as u8)
    }
    fn shl(self, o: Self) -> Self {
        Bool8(((self.0 as u32) << (o.0 as u32) != 0) as u8)
    }
    fn shr(self, o: Self) -> Self {
        Bool8(((self.0 as u32) >> (o.0 as u32) != 0) as u8)
    }
}
