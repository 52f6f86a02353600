//! Typed elements: the Rust type behind each dtype, a widened dynamic value ([`Num`]) for
//! slow paths, and NumPy's unsafe-cast semantics between all of them.

use super::dtype::{with_dtype, DType};
use super::raw::Pod;
use half::f16;
use num_complex::Complex;

pub type C32 = Complex<f32>;
pub type C64 = Complex<f64>;

/// A bool element as stored: one byte. Reading arbitrary memory as Rust `bool` would be
/// undefined for bytes other than 0 and 1, which `x.view(bool)` can produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct Bool8(pub u8);

/// A dynamically typed element value, wide enough for every dtype without loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Bool(bool),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Bool(b) => b as u8 as f64,
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
            Num::Complex(re, _) => re,
        }
    }
    pub fn as_complex(self) -> (f64, f64) {
        match self {
            Num::Complex(re, im) => (re, im),
            n => (n.as_f64(), 0.0),
        }
    }
    pub fn is_true(self) -> bool {
        match self {
            Num::Bool(b) => b,
            Num::Int(i) => i != 0,
            Num::Float(f) => f != 0.0,
            Num::Complex(re, im) => re != 0.0 || im != 0.0,
        }
    }
}

/// C's truncating double-to-int32 conversion as x86 performs it (out of range and NaN give
/// `i32::MIN`); NumPy's narrow float-to-int casts go through it.
fn cvt_i32(f: f64) -> i32 {
    if f > -2147483649.0 && f < 2147483648.0 {
        f as i32
    } else {
        i32::MIN
    }
}

/// C's truncating double-to-int64 conversion on x86 (out of range and NaN give `i64::MIN`).
fn cvt_i64(f: f64) -> i64 {
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        f as i64
    } else {
        i64::MIN
    }
}

/// Double-to-uint64 as compiled C does it on x86 (so results match NumPy for out-of-range
/// values too).
fn cvt_u64(f: f64) -> u64 {
    const TWO63: f64 = 9.223_372_036_854_776e18;
    if f.is_nan() {
        1u64 << 63
    } else if f < TWO63 {
        cvt_i64(f) as u64
    } else {
        (cvt_i64(f - TWO63) as u64) ^ (1u64 << 63)
    }
}

/// A Rust type that stores one dtype's elements.
pub trait Element: Pod {
    const DTYPE: DType;
    fn to_num(self) -> Num;
    /// Convert with NumPy's `casting='unsafe'` semantics (wrapping, truncation, dropping the
    /// imaginary part).
    fn from_num(n: Num) -> Self;
}

macro_rules! int_element {
    ($t:ty, $d:ident, $via:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$d;
            #[inline(always)]
            fn to_num(self) -> Num {
                Num::Int(self as i128)
            }
            #[inline(always)]
            fn from_num(n: Num) -> Self {
                match n {
                    Num::Bool(b) => b as $t,
                    Num::Int(i) => i as $t,
                    Num::Float(f) | Num::Complex(f, _) => $via(f) as $t,
                }
            }
        }
    };
}
int_element!(i8, I8, cvt_i32);
int_element!(i16, I16, cvt_i32);
int_element!(i32, I32, cvt_i32);
int_element!(i64, I64, cvt_i64);
int_element!(u8, U8, cvt_i32);
int_element!(u16, U16, cvt_i32);
int_element!(u32, U32, cvt_i64);
int_element!(u64, U64, cvt_u64);

impl Element for Bool8 {
    const DTYPE: DType = DType::Bool;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Bool(self.0 != 0)
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        Bool8(n.is_true() as u8)
    }
}

impl Element for f64 {
    const DTYPE: DType = DType::F64;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Float(self)
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        match n {
            Num::Int(i) => i as f64,
            n => n.as_f64(),
        }
    }
}

impl Element for f32 {
    const DTYPE: DType = DType::F32;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Float(self as f64)
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        match n {
            Num::Int(i) => i as f32,
            n => n.as_f64() as f32,
        }
    }
}

impl Element for f16 {
    const DTYPE: DType = DType::F16;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Float(self.to_f64())
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        match n {
            Num::Int(i) => f16::from_f32(i as f32),
            n => f16::from_f64(n.as_f64()),
        }
    }
}

impl Element for C32 {
    const DTYPE: DType = DType::C64;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Complex(self.re as f64, self.im as f64)
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        match n {
            Num::Int(i) => Complex::new(i as f32, 0.0),
            n => {
                let (re, im) = n.as_complex();
                Complex::new(re as f32, im as f32)
            }
        }
    }
}

impl Element for C64 {
    const DTYPE: DType = DType::C128;
    #[inline(always)]
    fn to_num(self) -> Num {
        Num::Complex(self.re, self.im)
    }
    #[inline(always)]
    fn from_num(n: Num) -> Self {
        let (re, im) = n.as_complex();
        Complex::new(re, im)
    }
}

/// Round-trip a value through dtype `d`: the exact value an element of `d` would hold.
pub fn coerce(d: DType, n: Num) -> Num {
    with_dtype!(d, T, { T::from_num(n).to_num() })
}
