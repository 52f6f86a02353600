//! NumPy's `SeedSequence` (`bit_generator.pyx`), the entropy mixer that turns a
//! user seed of any size into well-distributed initial state words. It is the
//! only path from `default_rng(seed)` to PCG64's state, so it must match NumPy
//! exactly, including the little-endian splitting of big integers into 32-bit
//! words.

use super::entropy;

const POOL_SIZE: usize = 4;
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// A mixed entropy pool from which state words are generated.
#[derive(Clone, Debug)]
pub struct SeedSequence {
    entropy: u128,
    pool: [u32; POOL_SIZE],
}

/// The running multiplier shared by successive `hashmix` calls.
struct HashConst(u32);

impl HashConst {
    fn hashmix(&mut self, value: u32) -> u32 {
        let mut v = value ^ self.0;
        self.0 = self.0.wrapping_mul(MULT_A);
        v = v.wrapping_mul(self.0);
        v ^ (v >> XSHIFT)
    }
}

fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> XSHIFT)
}

/// `_int_to_uint32_array`: little-endian 32-bit words, `[0]` for zero.
fn int_to_words(mut n: u128) -> Vec<u32> {
    if n == 0 {
        return vec![0];
    }
    let mut words = Vec::new();
    while n > 0 {
        words.push((n & 0xffff_ffff) as u32);
        n >>= 32;
    }
    words
}

impl SeedSequence {
    /// `SeedSequence(entropy)` for a non-negative integer entropy and no
    /// spawn key.
    pub fn new(entropy: u128) -> Self {
        SeedSequence::from_words(&int_to_words(entropy), entropy)
    }

    /// `SeedSequence([e0, e1, ...])` for a sequence of non-negative integers: their
    /// 32-bit words one after another (`_coerce_to_uint32_array`). `entropy` is what
    /// [`SeedSequence::entropy`] reports.
    pub fn from_sequence(items: &[u128]) -> Self {
        let words: Vec<u32> = items.iter().flat_map(|&v| int_to_words(v)).collect();
        SeedSequence::from_words(&words, items.first().copied().unwrap_or(0))
    }

    /// NumPy's `get_assembled_entropy` mixed into a pool: the entropy's words, padded with
    /// zero words to the pool size when there is a spawn key, then the spawn key's words.
    pub fn assembled(run: &[u32], spawn_key: &[u32]) -> Self {
        let mut words = run.to_vec();
        if !spawn_key.is_empty() && words.len() < POOL_SIZE {
            words.resize(POOL_SIZE, 0);
        }
        words.extend_from_slice(spawn_key);
        SeedSequence::from_words(&words, 0)
    }

    fn from_words(words: &[u32], entropy: u128) -> Self {
        let mut pool = [0u32; POOL_SIZE];
        let mut h = HashConst(INIT_A);
        for (i, slot) in pool.iter_mut().enumerate() {
            *slot = h.hashmix(words.get(i).copied().unwrap_or(0));
        }
        for src in 0..POOL_SIZE {
            for dst in 0..POOL_SIZE {
                if src != dst {
                    let hashed = h.hashmix(pool[src]);
                    pool[dst] = mix(pool[dst], hashed);
                }
            }
        }
        for &word in words.iter().skip(POOL_SIZE) {
            for slot in pool.iter_mut() {
                let hashed = h.hashmix(word);
                *slot = mix(*slot, hashed);
            }
        }
        SeedSequence { entropy, pool }
    }

    /// `SeedSequence()` with 128 bits of fresh OS entropy, as NumPy does.
    pub fn from_entropy() -> Self {
        SeedSequence::new(entropy::random_u128())
    }

    /// The integer entropy this sequence was built from.
    pub fn entropy(&self) -> u128 {
        self.entropy
    }

    /// `generate_state(n_words, np.uint32)`.
    pub fn generate_state_u32(&self, n_words: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n_words)
            .map(|i| {
                let mut v = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                v = v.wrapping_mul(hash_const);
                v ^ (v >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words viewed as
    /// little-endian 64-bit words.
    pub fn generate_state_u64(&self, n_words: usize) -> Vec<u64> {
        self.generate_state_u32(2 * n_words)
            .chunks_exact(2)
            .map(|p| u64::from(p[0]) | (u64::from(p[1]) << 32))
            .collect()
    }
}
