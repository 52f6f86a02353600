//! `np.random.Generator` over PCG64, as built by `np.random.default_rng`
//! (`_generator.pyx`, `distributions.c`).
//!
//! Unlike the legacy API, `Generator` uses Lemire's method for bounded
//! integers and the ziggurat for normals, and validates `uniform`'s span.

use super::bounded::{self, Method};
use super::legacy::{arange, check_non_negative};
use super::pcg64::Pcg64;
use super::seed_sequence::SeedSequence;
use super::ziggurat;
use super::{try_with_capacity, BitGenerator, IntKind, RandomError};

/// A `Generator(PCG64(SeedSequence(seed)))`.
#[derive(Clone, Debug)]
pub struct Generator {
    pcg: Pcg64,
    seed_seq: SeedSequence,
}

impl Generator {
    /// `default_rng(seed)`; `None` draws fresh OS entropy. Never fails for
    /// a `u128` seed; the `Result` leaves room for NumPy's seed errors.
    pub fn from_seed(seed: Option<u128>) -> Result<Self, RandomError> {
        let seed_seq = match seed {
            Some(s) => SeedSequence::new(s),
            None => SeedSequence::from_entropy(),
        };
        Ok(Generator::from_seed_sequence(seed_seq))
    }

    /// `default_rng(seed)` for any integer, with NumPy's error for negative
    /// seeds.
    pub fn from_seed_int(seed: i128) -> Result<Self, RandomError> {
        let s = u128::try_from(seed)
            .map_err(|_| RandomError::value("expected non-negative integer"))?;
        Generator::from_seed(Some(s))
    }

    /// `default_rng([s0, s1, ...])`: a seed sequence of several non-negative integers.
    pub fn from_seed_list(seeds: &[i128]) -> Result<Self, RandomError> {
        let items: Vec<u128> = seeds
            .iter()
            .map(|&s| {
                u128::try_from(s).map_err(|_| RandomError::value("expected non-negative integer"))
            })
            .collect::<Result<_, _>>()?;
        Ok(Generator::from_seed_sequence(SeedSequence::from_sequence(
            &items,
        )))
    }

    /// `Generator(PCG64(seed_seq))`.
    pub fn from_seed_sequence(seed_seq: SeedSequence) -> Self {
        Generator {
            pcg: Pcg64::from_seed_sequence(&seed_seq),
            seed_seq,
        }
    }

    /// The seed sequence this generator was built from (its `entropy` is
    /// what NumPy shows for an unseeded generator).
    pub fn seed_sequence(&self) -> &SeedSequence {
        &self.seed_seq
    }

    /// Direct access to the bit generator.
    pub fn bit_generator(&mut self) -> &mut Pcg64 {
        &mut self.pcg
    }

    /// `integers(low, high, size=n, dtype, endpoint)`: `[low, high)`, or
    /// `[low, high]` when `endpoint`. For `integers(k)` pass `low = 0`.
    pub fn integers(
        &mut self,
        low: i128,
        high: i128,
        n: usize,
        dtype: IntKind,
        endpoint: bool,
    ) -> Result<Vec<i128>, RandomError> {
        bounded::bounded_integers(&mut self.pcg, low, high, n, dtype, endpoint, Method::Lemire)
    }

    /// `random(size=n)`: doubles in `[0, 1)`.
    pub fn random(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.pcg.next_double()).collect()
    }

    /// `standard_normal(size=n)` via the ziggurat.
    pub fn standard_normal(&mut self, n: usize) -> Vec<f64> {
        (0..n)
            .map(|_| ziggurat::standard_normal(&mut self.pcg))
            .collect()
    }

    /// `normal(loc, scale)`: `loc + scale * standard_normal`. Kept for the
    /// generated stream tests; the shell broadcasts through `random_dists`.
    #[cfg(test)]
    pub fn normal(&mut self, loc: f64, scale: f64, n: usize) -> Result<Vec<f64>, RandomError> {
        check_non_negative(scale, "scale")?;
        Ok((0..n)
            .map(|_| loc + scale * ziggurat::standard_normal(&mut self.pcg))
            .collect())
    }

    /// `uniform(low, high)`: `low + (high - low) * U`; the span must be
    /// finite and not negative.
    pub fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>, RandomError> {
        let range = high - low;
        if !range.is_finite() {
            return Err(RandomError::overflow(
                "high - low range exceeds valid bounds",
            ));
        }
        check_non_negative(range, "high - low")?;
        Ok((0..n)
            .map(|_| low + range * self.pcg.next_double())
            .collect())
    }

    /// `shuffle(x)` along the first axis: Fisher-Yates from the end with
    /// `random_interval` draws.
    pub fn shuffle<T>(&mut self, data: &mut [T]) {
        for i in (1..data.len()).rev() {
            let j = bounded::random_interval(&mut self.pcg, i as u64) as usize;
            data.swap(i, j);
        }
    }

    /// One `random_interval(max)` draw (a value in `0..=max`), the step of `shuffle`.
    pub fn interval(&mut self, max: u64) -> u64 {
        bounded::random_interval(&mut self.pcg, max)
    }

    /// `permutation(n)` for an integer: a shuffled `arange(n)`.
    pub fn permutation(&mut self, n: i128) -> Result<Vec<i64>, RandomError> {
        let mut arr = arange(n)?;
        self.shuffle(&mut arr);
        Ok(arr)
    }

    /// `choice(a, size=n, replace, shuffle)` for an integer population
    /// without probabilities.
    ///
    /// With replacement this is `integers(0, a)`. Without, NumPy picks
    /// between a partial tail shuffle (large samples from big populations)
    /// and Floyd's algorithm with an open-addressing set, optionally
    /// shuffling the result; both use Lemire draws.
    pub fn choice(
        &mut self,
        a: i128,
        n: usize,
        replace: bool,
        shuffle: bool,
    ) -> Result<Vec<i128>, RandomError> {
        if a <= 0 && n != 0 {
            return Err(RandomError::value(
                "a must be a positive integer unless no samples are taken",
            ));
        }
        if replace {
            return self.integers(0, a, n, IntKind::I64, false);
        }
        let too_many = || {
            RandomError::value("Cannot take a larger sample than population when replace is False")
        };
        let size = u64::try_from(n).map_err(|_| too_many())?;
        let pop = u64::try_from(a).map_err(|_| too_many())?;
        if size > pop {
            return Err(too_many());
        }
        let cutoff = if shuffle { 50 } else { 20 };
        if pop > 10_000 && size > pop / cutoff {
            let mut idx = arange(i128::from(pop))?;
            self.shuffle_int(&mut idx, (pop - size).max(1));
            let start = idx.len() - n;
            return Ok(idx[start..].iter().map(|&v| i128::from(v)).collect());
        }
        let mut idx = self.floyd(pop, size)?;
        if shuffle {
            self.shuffle_int(&mut idx, 1);
        }
        Ok(idx.into_iter().map(i128::from).collect())
    }

    /// Floyd's sampling of `size` distinct values from `[0, pop)`, with
    /// NumPy's hash-set layout (it only affects speed, not the values).
    fn floyd(&mut self, pop: u64, size: u64) -> Result<Vec<u64>, RandomError> {
        const EMPTY: u64 = u64::MAX;
        // NumPy: smallest power of two above 1.2 * size (truncated).
        let target = (1.2 * size as f64) as u64;
        let mask = if target == 0 {
            0
        } else {
            u64::MAX >> target.leading_zeros()
        };
        let set_len = usize::try_from(mask)
            .ok()
            .and_then(|m| m.checked_add(1))
            .ok_or_else(|| RandomError::memory(usize::MAX, crate::array::dtype::DType::U64))?;
        let mut set = try_with_capacity(set_len, crate::array::dtype::DType::U64)?;
        set.resize(set_len, EMPTY);
        let n = usize::try_from(size)
            .map_err(|_| RandomError::memory(usize::MAX, crate::array::dtype::DType::I64))?;
        let mut out = try_with_capacity(n, crate::array::dtype::DType::I64)?;
        for j in pop - size..pop {
            let val = bounded::bounded_u64(&mut self.pcg, j, Method::Lemire);
            let mut loc = (val & mask) as usize;
            while set[loc] != EMPTY && set[loc] != val {
                loc = (loc + 1) & mask as usize;
            }
            if set[loc] == EMPTY {
                set[loc] = val;
                out.push(val);
            } else {
                let mut loc = (j & mask) as usize;
                while set[loc] != EMPTY {
                    loc = (loc + 1) & mask as usize;
                }
                set[loc] = j;
                out.push(j);
            }
        }
        Ok(out)
    }

    /// `_shuffle_int`: shuffles positions `len-1` down to `first` with
    /// Lemire draws (unlike `shuffle`, which uses `random_interval`).
    fn shuffle_int<T>(&mut self, data: &mut [T], first: u64) {
        let first = usize::try_from(first).unwrap_or(usize::MAX);
        for i in (first..data.len()).rev() {
            let j = bounded::bounded_u64(&mut self.pcg, i as u64, Method::Lemire) as usize;
            data.swap(i, j);
        }
    }
}
