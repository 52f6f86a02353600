//! Integer `//` and `%` of an array by one positive divisor (`x % 3`, `x // 10`), as NumPy
//! does them with libdivide: the divisor is turned once into a magic multiplier and a
//! shift, and each element costs a multiply-high instead of a hardware divide (tens of
//! cycles for 64 bits). The results are exact, the same as the general loop's.

/// libdivide's unsigned 64-bit divider (`libdivide_u64_gen`, the branchy variant).
#[derive(Clone, Copy, Debug)]
pub struct U64Div {
    magic: u64,
    shift: u32,
    add: bool,
}

impl U64Div {
    /// The divider for `d`; None for 0.
    pub fn new(d: u64) -> Option<U64Div> {
        if d == 0 {
            return None;
        }
        let l = 63 - d.leading_zeros();
        if d.is_power_of_two() {
            return Some(U64Div {
                magic: 0,
                shift: l,
                add: false,
            });
        }
        // floor(2^(64 + l) / d) and its remainder.
        let num = 1u128 << (64 + l);
        let (m, rem) = ((num / d as u128) as u64, (num % d as u128) as u64);
        let (m, add) = if d - rem < (1u64 << l) {
            (m, false)
        } else {
            // The 65-bit multiplier: double the quotient and fix it with the remainder.
            let twice = rem.wrapping_add(rem);
            let carry = (twice >= d || twice < rem) as u64;
            (m.wrapping_add(m).wrapping_add(carry), true)
        };
        Some(U64Div {
            magic: m.wrapping_add(1),
            shift: l,
            add,
        })
    }

    /// `n / d`, rounded down.
    #[inline(always)]
    pub fn div(&self, n: u64) -> u64 {
        if self.magic == 0 {
            return n >> self.shift;
        }
        let q = ((self.magic as u128 * n as u128) >> 64) as u64;
        if self.add {
            (((n - q) >> 1) + q) >> self.shift
        } else {
            q >> self.shift
        }
    }
}

/// An integer element type whose floor division and Python remainder by a positive
/// divisor run through a [`U64Div`].
pub trait ScalarDivide: Copy {
    /// The divider for divisor `d`, when `d` is positive.
    fn divider(d: Self) -> Option<U64Div>;
    /// `(self // d, self % d)` (NumPy's floor rules), `dv` dividing by `d`.
    fn floor_divmod(self, dv: &U64Div, d: Self) -> (Self, Self);
}

macro_rules! signed {
    ($($t:ty),*) => {$(
        impl ScalarDivide for $t {
            fn divider(d: $t) -> Option<U64Div> {
                if d > 0 { U64Div::new(d as u64) } else { None }
            }
            #[inline(always)]
            fn floor_divmod(self, dv: &U64Div, d: $t) -> ($t, $t) {
                // For n < 0: n // d = -1 - (-n - 1) // d, and -n - 1 = !n fits unsigned.
                let n = self as i64;
                let s = n >> 63;
                let q = (dv.div((n ^ s) as u64) as i64) ^ s;
                let r = n.wrapping_sub(q.wrapping_mul(d as i64));
                (q as $t, r as $t)
            }
        }
    )*};
}
signed!(i8, i16, i32, i64);

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl ScalarDivide for $t {
            fn divider(d: $t) -> Option<U64Div> {
                U64Div::new(d as u64)
            }
            #[inline(always)]
            fn floor_divmod(self, dv: &U64Div, d: $t) -> ($t, $t) {
                let n = self as u64;
                let q = dv.div(n);
                (q as $t, n.wrapping_sub(q.wrapping_mul(d as u64)) as $t)
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64);

impl ScalarDivide for crate::array::element::Bool8 {
    fn divider(_: Self) -> Option<U64Div> {
        None
    }
    fn floor_divmod(self, _: &U64Div, _: Self) -> (Self, Self) {
        (self, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every divider agrees with the hardware divide (and NumPy's floor rules for signed
    /// numerators) on numerators near 0, near the type's ends and spread between.
    #[test]
    fn matches_hardware_division() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut divisors: Vec<u64> = (1..300).collect();
        divisors.extend([
            1 << 20,
            (1 << 32) - 1,
            1 << 32,
            (1 << 32) + 1,
            u64::MAX,
            u64::MAX - 1,
        ]);
        divisors.extend((0..200).map(|_| next() >> (next() % 64)).filter(|&d| d > 0));
        for &d in &divisors {
            let dv = U64Div::new(d).expect("nonzero");
            let mut ns: Vec<u64> = vec![0, 1, d - 1, d, d.wrapping_add(1), u64::MAX, u64::MAX - 1];
            ns.extend((0..200).map(|_| next()));
            for &n in &ns {
                assert_eq!(n.floor_divmod(&dv, d), (n / d, n % d), "{n} / {d}");
            }
            if let Ok(ds) = i64::try_from(d) {
                let dv = i64::divider(ds).expect("positive");
                for &n in &ns {
                    for n in [n as i64, (n as i64).wrapping_neg(), i64::MIN, i64::MAX] {
                        let want = (n.div_euclid(ds), n.rem_euclid(ds));
                        assert_eq!(n.floor_divmod(&dv, ds), want, "{n} // {ds}");
                    }
                }
            }
        }
        let dv = i8::divider(3).expect("positive");
        for n in i8::MIN..=i8::MAX {
            assert_eq!(n.floor_divmod(&dv, 3), (n.div_euclid(3), n.rem_euclid(3)));
        }
    }
}
