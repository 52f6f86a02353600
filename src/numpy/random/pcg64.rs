//! The PCG64 (XSL-RR 128/64) bit generator, NumPy's default
//! (`numpy/random/src/pcg64/pcg64.h`, `_pcg64.pyx`).

use super::seed_sequence::SeedSequence;
use super::BitGenerator;

const MULTIPLIER: u128 = (2_549_297_995_355_413_924u128 << 64) | 4_865_540_595_714_422_341u128;

/// PCG64 state plus NumPy's one-word buffer for 32-bit draws.
///
/// NumPy serves `next_uint32` from the low then the high half of a single
/// 64-bit output, and the buffered half survives across calls, so it is part
/// of the state.
#[derive(Clone, Debug)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    has_uint32: bool,
    uinteger: u32,
}

impl Pcg64 {
    /// `PCG64(seed_seq)`: four 64-bit words from the sequence give the
    /// initial state (`words[0]` high, `words[1]` low) and the stream
    /// increment (`words[2]` high, `words[3]` low).
    pub fn from_seed_sequence(seq: &SeedSequence) -> Self {
        let w = seq.generate_state_u64(4);
        let join = |hi: u64, lo: u64| (u128::from(hi) << 64) | u128::from(lo);
        Pcg64::from_state_inc(join(w[0], w[1]), join(w[2], w[3]))
    }

    /// `pcg_setseq_128_srandom_r(initstate, initseq)`.
    pub fn from_state_inc(initstate: u128, initseq: u128) -> Self {
        let mut rng = Pcg64 {
            state: 0,
            inc: (initseq << 1) | 1,
            has_uint32: false,
            uinteger: 0,
        };
        rng.step();
        rng.state = rng.state.wrapping_add(initstate);
        rng.step();
        rng
    }

    fn step(&mut self) {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
    }
}

impl BitGenerator for Pcg64 {
    /// Advance, then output XOR of the halves rotated by the top 6 bits.
    fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        let xored = ((s >> 64) as u64) ^ (s as u64);
        xored.rotate_right((s >> 122) as u32)
    }

    fn next_u32(&mut self) -> u32 {
        if self.has_uint32 {
            self.has_uint32 = false;
            return self.uinteger;
        }
        let next = self.next_u64();
        self.has_uint32 = true;
        self.uinteger = (next >> 32) as u32;
        next as u32
    }

    /// Top 53 bits scaled to [0, 1).
    fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }
}
