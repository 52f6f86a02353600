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

impl FpFlags {
    /// The flags of two pieces of one loop (a flag is raised if either piece raised it).
    pub fn merge(self, o: FpFlags) -> FpFlags {
        FpFlags {
            divide: self.divide || o.divide,
            invalid: self.invalid || o.invalid,
            overflow: self.overflow || o.overflow,
        }
    }
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

macro_rules! float_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            #[inline(always)] fn add(self, o: Self) -> Self { self + o }
            #[inline(always)] fn sub(self, o: Self) -> Self { self - o }
            #[inline(always)] fn mul(self, o: Self) -> Self { self * o }
            #[inline(always)]
            fn div(self, o: Self, f: &mut FpFlags) -> Self {
                // The hardware's flags, which come only with a non-finite quotient: invalid
                // for 0/0 and inf/inf, divide by zero for a finite number over zero,
                // overflow for a finite quotient too large.
                let r = self / o;
                if !r.is_finite() {
                    if r.is_nan() {
                        if !self.is_nan() && !o.is_nan() { f.invalid = true; }
                    } else if o == 0.0 {
                        if self.is_finite() { f.divide = true; }
                    } else if self.is_finite() && o.is_finite() {
                        f.overflow = true;
                    }
                }
                r
            }
            #[inline(always)]
            fn floordiv(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0.0 {
                    if self != 0.0 && !self.is_nan() { f.divide = true; } else if !self.is_nan() { f.invalid = true; }
                    return self / o;
                }
                self.divmod(o).0
            }
            #[inline(always)]
            fn rem(self, o: Self, f: &mut FpFlags) -> Self {
                if o == 0.0 { if !self.is_nan() { f.invalid = true; } return <$t>::NAN; }
                if self.is_infinite() { f.invalid = true; return <$t>::NAN; }
                self.divmod(o).1
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

/// NumPy's `npy_divmod` for a nonzero divisor, in the operands' own precision (float32
/// for float32, unlike a detour through f64): `fmod`, then Python's sign convention, then
/// the quotient `(a - mod) / b` snapped to an integer. So `-3.0 // inf` is -1 and
/// `-3.0 % inf` is inf, as in NumPy and Python.
trait DivMod: Sized {
    fn divmod(self, b: Self) -> (Self, Self);
}

macro_rules! divmod_impl {
    ($($t:ty),*) => {$(
        impl DivMod for $t {
            fn divmod(self, b: Self) -> (Self, Self) {
                let a = self;
                let mut m = a % b;
                let mut div = (a - m) / b;
                if m != 0.0 {
                    if (b < 0.0) != (m < 0.0) {
                        m += b;
                        div -= 1.0;
                    }
                } else {
                    m = (0.0 as $t).copysign(b);
                }
                let q = if div != 0.0 {
                    let fl = div.floor();
                    if div - fl > 0.5 { fl + 1.0 } else { fl }
                } else {
                    (0.0 as $t).copysign(a / b)
                };
                (q, m)
            }
        }
    )*};
}
divmod_impl!(f32, f64);

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

/// Complex product and quotient as NumPy's scalar C code computes them, in the element's
/// own precision: `(ar*br - ai*bi, ar*bi + ai*br)`, and Smith's division by way of a
/// reciprocal scale (`x / 0` is `(re/0, im/0)`, so `(1+2j)/0` is inf+infj).
trait ComplexOps: Sized {
    fn cmul_(self, b: Self) -> Self;
    fn cdiv_(self, b: Self) -> Self;
}

fn cmul<T: ComplexOps>(a: T, b: T) -> T {
    a.cmul_(b)
}

fn cdiv<T: ComplexOps>(a: T, b: T) -> T {
    a.cdiv_(b)
}

macro_rules! complex_ops {
    ($($t:ty => $f:ty),*) => {$(
        impl ComplexOps for $t {
            fn cmul_(self, b: Self) -> Self {
                let a = self;
                <$t>::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
            }
            fn cdiv_(self, b: Self) -> Self {
                let (ar, ai, br, bi) = (self.re, self.im, b.re, b.im);
                let (abs_br, abs_bi) = (br.abs(), bi.abs());
                if abs_br >= abs_bi {
                    if abs_br == 0.0 && abs_bi == 0.0 {
                        return <$t>::new(ar / abs_br, ai / abs_bi);
                    }
                    let rat = bi / br;
                    let scl = 1.0 / (br + bi * rat);
                    <$t>::new((ar + ai * rat) * scl, (ai - ar * rat) * scl)
                } else {
                    let rat = br / bi;
                    let scl = 1.0 / (bi + br * rat);
                    <$t>::new((ar * rat + ai) * scl, (ai * rat - ar) * scl)
                }
            }
        }
    )*};
}
complex_ops!(C32 => f32, C64 => f64);

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
                cdiv(self, o)
            }
            fn floordiv(self, o: Self, f: &mut FpFlags) -> Self { self.div(o, f) }
            fn rem(self, o: Self, f: &mut FpFlags) -> Self { self.div(o, f) }
            fn pow(self, o: Self, f: &mut FpFlags) -> Self {
                // NumPy's npy_cpow: b == 0 gives 1; a zero base gives 0 for Re(b) > 0 and
                // nan otherwise; small integer exponents multiply (exactly NumPy's
                // sequence of products); the rest is the C library's cpow.
                let (a, b) = (self, o);
                if b.re == 0.0 && b.im == 0.0 {
                    return <$t>::new(1.0, 0.0);
                }
                if a.re == 0.0 && a.im == 0.0 {
                    if b.re > 0.0 {
                        return <$t>::new(0.0, 0.0);
                    }
                    f.invalid = true;
                    return <$t>::new(<$f>::NAN, <$f>::NAN);
                }
                let n = b.re as i64;
                if b.im == 0.0 && n as $f == b.re && n > -100 && n < 100 {
                    return match n {
                        1 => a,
                        2 => cmul(a, a),
                        3 => cmul(a, cmul(a, a)),
                        _ => {
                            let m = n.unsigned_abs();
                            let (mut acc, mut p, mut mask) = (<$t>::new(1.0, 0.0), a, 1u64);
                            loop {
                                if m & mask != 0 {
                                    acc = cmul(acc, p);
                                }
                                mask <<= 1;
                                if m < mask {
                                    break;
                                }
                                p = cmul(p, p);
                            }
                            if n < 0 { cdiv(<$t>::new(1.0, 0.0), acc) } else { acc }
                        }
                    };
                }
                <$t as super::libm_complex::LibmComplex>::cpow(a, b)
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
