//! The Mersenne Twister (MT19937) bit generator as NumPy implements it
//! (`numpy/random/src/mt19937/mt19937.c`, `_mt19937.pyx`).

use super::seed_sequence::SeedSequence;
use super::BitGenerator;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: the 624-word key and the read position within it.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    key: [u32; N],
    pos: usize,
}

impl Mt19937 {
    /// Knuth-style linear seeding (`init_genrand`), which is what NumPy's
    /// `RandomState.seed(int)` / `MT19937._legacy_seeding(int)` uses.
    pub fn from_u32(seed: u32) -> Self {
        let mut mt = Mt19937 {
            key: [0; N],
            pos: N,
        };
        mt.seed_u32(seed);
        mt
    }

    /// Re-seed in place with `init_genrand`; the next draw regenerates the key.
    pub fn seed_u32(&mut self, seed: u32) {
        let mut s = seed;
        for (pos, slot) in self.key.iter_mut().enumerate() {
            *slot = s;
            // pos < 624, so the cast cannot truncate.
            s = 1_812_433_253u32
                .wrapping_mul(s ^ (s >> 30))
                .wrapping_add(pos as u32 + 1);
        }
        self.pos = N;
    }

    /// `init_by_array`, used by NumPy when `seed` is an array of uint32 words.
    pub fn seed_array(&mut self, init_key: &[u32]) {
        self.seed_u32(19_650_218);
        let len = init_key.len().max(1);
        let word = |j: usize| init_key.get(j).copied().unwrap_or(0);
        let mt = &mut self.key;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(word(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.pos = N;
    }

    /// Seeding from a `SeedSequence`, as `MT19937(seed)` does (not the legacy
    /// path). Word 0 is forced to have its MSB set so the state is non-zero,
    /// and NumPy leaves `pos` at 623 (a quirk we keep for stream fidelity).
    pub fn from_seed_sequence(seq: &SeedSequence) -> Self {
        let words = seq.generate_state_u32(N);
        let mut key = [0u32; N];
        key.copy_from_slice(&words);
        key[0] = 0x8000_0000;
        Mt19937 { key, pos: N - 1 }
    }

    /// The key and the read position (624: the next draw regenerates the key), which
    /// Python's `random.getstate()` lists.
    pub fn words(&self) -> (&[u32; N], usize) {
        (&self.key, self.pos)
    }

    /// A generator at a state `words` gave (`random.setstate`); `pos` is at most 624.
    pub fn from_words(key: [u32; N], pos: usize) -> Self {
        Mt19937 {
            key,
            pos: pos.min(N),
        }
    }

    /// Regenerate the whole key block (`mt19937_gen`).
    fn generate(&mut self) {
        let k = &mut self.key;
        let twist = |y: u32| (y >> 1) ^ (0u32.wrapping_sub(y & 1) & MATRIX_A);
        for i in 0..N - M {
            let y = (k[i] & UPPER_MASK) | (k[i + 1] & LOWER_MASK);
            k[i] = k[i + M] ^ twist(y);
        }
        for i in N - M..N - 1 {
            let y = (k[i] & UPPER_MASK) | (k[i + 1] & LOWER_MASK);
            k[i] = k[i + M - N] ^ twist(y);
        }
        let y = (k[N - 1] & UPPER_MASK) | (k[0] & LOWER_MASK);
        k[N - 1] = k[M - 1] ^ twist(y);
        self.pos = 0;
    }
}

impl BitGenerator for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            self.generate();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Two 32-bit draws, the first in the high half (`mt19937_next64`).
    fn next_u64(&mut self) -> u64 {
        let hi = u64::from(self.next_u32());
        let lo = u64::from(self.next_u32());
        (hi << 32) | lo
    }

    /// 53-bit double from a 27-bit and a 26-bit draw (`mt19937_next_double`).
    fn next_double(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }
}
