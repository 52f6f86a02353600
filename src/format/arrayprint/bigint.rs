//! A minimal unsigned big integer, just enough for Dragon4.
//!
//! Dragon4 needs exact arithmetic on values up to about 2^1100 (the scale of the
//! smallest subnormal `f64` times powers of ten), so it cannot use machine
//! integers. Only the operations the digit loop uses are provided; speed is
//! secondary because the printer formats at most a few thousand elements.

use std::cmp::Ordering;

/// Little-endian base-2^32 digits, never with trailing zero blocks (zero is empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct BigInt {
    blocks: Vec<u32>,
}

impl BigInt {
    pub(crate) fn from_u64(v: u64) -> Self {
        let mut b = BigInt {
            blocks: vec![v as u32, (v >> 32) as u32],
        };
        b.normalize();
        b
    }

    /// 2^n.
    pub(crate) fn pow2(n: u32) -> Self {
        let mut b = BigInt::from_u64(1);
        b.shl(n);
        b
    }

    /// 10^n.
    pub(crate) fn pow10(n: u32) -> Self {
        let mut b = BigInt::from_u64(1);
        let mut left = n;
        while left >= 9 {
            b.mul_small(1_000_000_000);
            left -= 9;
        }
        if left > 0 {
            b.mul_small(10u32.pow(left));
        }
        b
    }

    fn normalize(&mut self) {
        while self.blocks.last() == Some(&0) {
            self.blocks.pop();
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Multiplies in place by a small factor.
    pub(crate) fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        for b in &mut self.blocks {
            let p = u64::from(*b) * u64::from(m) + carry;
            *b = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.blocks.push(carry as u32);
        }
        self.normalize();
    }

    /// Shifts left in place by `n` bits.
    pub(crate) fn shl(&mut self, n: u32) {
        if self.is_zero() {
            return;
        }
        let words = (n / 32) as usize;
        let bits = n % 32;
        if bits != 0 {
            let mut carry = 0u32;
            for b in &mut self.blocks {
                let nb = (*b << bits) | carry;
                carry = *b >> (32 - bits);
                *b = nb;
            }
            if carry != 0 {
                self.blocks.push(carry);
            }
        }
        if words > 0 {
            let mut v = vec![0u32; words];
            v.append(&mut self.blocks);
            self.blocks = v;
        }
    }

    pub(crate) fn mul(&self, other: &BigInt) -> BigInt {
        if self.is_zero() || other.is_zero() {
            return BigInt::default();
        }
        let mut out = vec![0u32; self.blocks.len() + other.blocks.len()];
        for (i, &a) in self.blocks.iter().enumerate() {
            let mut carry: u64 = 0;
            for (j, &b) in other.blocks.iter().enumerate() {
                let t = u64::from(out[i + j]) + u64::from(a) * u64::from(b) + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            out[i + other.blocks.len()] = carry as u32;
        }
        let mut r = BigInt { blocks: out };
        r.normalize();
        r
    }

    pub(crate) fn add(&self, other: &BigInt) -> BigInt {
        let n = self.blocks.len().max(other.blocks.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry: u64 = 0;
        for i in 0..n {
            let a = u64::from(self.blocks.get(i).copied().unwrap_or(0));
            let b = u64::from(other.blocks.get(i).copied().unwrap_or(0));
            let s = a + b + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry != 0 {
            out.push(carry as u32);
        }
        let mut r = BigInt { blocks: out };
        r.normalize();
        r
    }

    /// `self -= other`; the caller guarantees `self >= other`.
    fn sub_assign(&mut self, other: &BigInt) {
        let mut borrow: i64 = 0;
        for i in 0..self.blocks.len() {
            let b = i64::from(other.blocks.get(i).copied().unwrap_or(0));
            let mut d = i64::from(self.blocks[i]) - b - borrow;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.blocks[i] = d as u32;
        }
        self.normalize();
    }

    /// Divides `self` by `divisor` when the quotient is known to be below 10,
    /// leaving the remainder in `self` and returning the quotient.
    pub(crate) fn div_rem_small_quotient(&mut self, divisor: &BigInt) -> u32 {
        let mut q = 0;
        while q < 9 && Ord::cmp(&*self, divisor) != Ordering::Less {
            self.sub_assign(divisor);
            q += 1;
        }
        q
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        self.blocks
            .len()
            .cmp(&other.blocks.len())
            .then_with(|| self.blocks.iter().rev().cmp(other.blocks.iter().rev()))
    }
}
