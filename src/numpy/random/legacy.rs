//! `np.random.RandomState`, the legacy MT19937-based API behind the
//! module-level `np.random.seed` / `rand` / `randint` / ... functions
//! (`mtrand.pyx`, `legacy-distributions.c`).
//!
//! NumPy freezes this stream for backwards compatibility, which is why it
//! keeps the older algorithms: masked rejection for bounded integers and the
//! polar Box-Muller method (with one cached spare) for normals.

use super::bounded::{self, Method};
use super::mt19937::Mt19937;
use super::seed_sequence::SeedSequence;
use super::{try_with_capacity, BitGenerator, IntKind, RandomError};

const SEED_RANGE_MSG: &str = "Seed must be between 0 and 2**32 - 1";

/// Legacy random state: an MT19937 plus the spare Gaussian from the last
/// polar Box-Muller step.
#[derive(Clone, Debug)]
pub struct RandomState {
    mt: Mt19937,
    gauss: Option<f64>,
}

impl RandomState {
    /// `RandomState(seed)` for an integer seed in `0..=2**32-1`.
    pub fn new(seed: i128) -> Result<Self, RandomError> {
        let s = u32::try_from(seed).map_err(|_| RandomError::value(SEED_RANGE_MSG))?;
        Ok(RandomState {
            mt: Mt19937::from_u32(s),
            gauss: None,
        })
    }

    /// `RandomState()` / `np.random.seed()` with no seed: MT19937 keyed from
    /// a `SeedSequence` over 128 bits of OS entropy.
    pub fn from_entropy() -> Self {
        RandomState {
            mt: Mt19937::from_seed_sequence(&SeedSequence::from_entropy()),
            gauss: None,
        }
    }

    /// `np.random.seed(seed)` with an integer: NumPy's `_legacy_seeding`
    /// uses `init_genrand` (not `init_by_array`) for scalar ints.
    pub fn seed(&mut self, seed: i128) -> Result<(), RandomError> {
        let s = u32::try_from(seed).map_err(|_| RandomError::value(SEED_RANGE_MSG))?;
        self.mt.seed_u32(s);
        self.gauss = None;
        Ok(())
    }

    /// `np.random.seed([a, b, ...])` with a 1-d sequence of ints:
    /// `init_by_array`.
    pub fn seed_array(&mut self, seed: &[i128]) -> Result<(), RandomError> {
        if seed.is_empty() {
            return Err(RandomError::value("Seed must be non-empty"));
        }
        let words = seed
            .iter()
            .map(|&s| u32::try_from(s).map_err(|_| RandomError::value(SEED_RANGE_MSG)))
            .collect::<Result<Vec<u32>, RandomError>>()?;
        self.mt.seed_array(&words);
        self.gauss = None;
        Ok(())
    }

    /// `np.random.seed(None)`: reseed from OS entropy.
    pub fn seed_from_entropy(&mut self) {
        *self = RandomState::from_entropy();
    }

    /// `random_sample` / `random` / `rand` / `ranf` / `sample`: doubles in
    /// `[0, 1)` with 53 bits of randomness.
    pub fn random_sample(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.mt.next_double()).collect()
    }

    /// `randint(low, high, size=n, dtype)`: integers in `[low, high)`.
    ///
    /// For the one-argument form `randint(k)`, pass `low = 0, high = k`
    /// (NumPy does the same swap; the `low == 0` case is what produces its
    /// `"high <= 0"` message).
    pub fn randint(
        &mut self,
        low: i128,
        high: i128,
        n: usize,
        dtype: IntKind,
    ) -> Result<Vec<i128>, RandomError> {
        bounded::bounded_integers(&mut self.mt, low, high, n, dtype, false, Method::Masked)
    }

    /// `random_integers(low, high)`: the deprecated closed-interval form,
    /// which NumPy implements as `randint(low, high + 1)` with int64.
    pub fn random_integers(
        &mut self,
        low: i128,
        high: i128,
        n: usize,
    ) -> Result<Vec<i128>, RandomError> {
        self.randint(low, high.saturating_add(1), n, IntKind::I64)
    }

    /// `standard_normal` / `randn`: legacy polar Box-Muller (`legacy_gauss`).
    pub fn standard_normal(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.gauss()).collect()
    }

    /// `normal(loc, scale)`: `loc + scale * gauss`. `scale` must not have its
    /// sign bit set (NumPy rejects `-0.0` too, but lets NaN through). Kept for
    /// the generated stream tests; the shell broadcasts through `random_dists`.
    #[cfg(test)]
    pub fn normal(&mut self, loc: f64, scale: f64, n: usize) -> Result<Vec<f64>, RandomError> {
        check_non_negative(scale, "scale")?;
        Ok((0..n).map(|_| loc + scale * self.gauss()).collect())
    }

    /// `uniform(low, high)`: `low + (high - low) * U`. Legacy NumPy accepts
    /// `high < low` but rejects a non-finite span.
    pub fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>, RandomError> {
        let range = high - low;
        if !range.is_finite() {
            return Err(RandomError::overflow("Range exceeds valid bounds"));
        }
        Ok((0..n)
            .map(|_| low + range * self.mt.next_double())
            .collect())
    }

    /// `shuffle(x)` for a sequence (or the rows of an array): Fisher-Yates
    /// from the end, with `random_interval`'s masked rejection draws.
    pub fn shuffle<T>(&mut self, data: &mut [T]) {
        for i in (1..data.len()).rev() {
            // i < len <= isize::MAX, so both casts are lossless.
            let j = bounded::random_interval(&mut self.mt, i as u64) as usize;
            data.swap(i, j);
        }
    }

    /// One `random_interval(max)` draw (a value in `0..=max`), the step of `shuffle`.
    pub fn interval(&mut self, max: u64) -> u64 {
        bounded::random_interval(&mut self.mt, max)
    }

    /// `permutation(n)` for an integer: a shuffled `arange(n)` (empty for
    /// `n <= 0`, as `arange` is).
    pub fn permutation(&mut self, n: i128) -> Result<Vec<i64>, RandomError> {
        let mut arr = arange(n)?;
        self.shuffle(&mut arr);
        Ok(arr)
    }

    /// `choice(a, size=n, replace)` for an integer population `a` without
    /// probabilities. With replacement it is `randint(0, a)`; without, the
    /// first `n` entries of `permutation(a)`.
    pub fn choice(&mut self, a: i128, n: usize, replace: bool) -> Result<Vec<i128>, RandomError> {
        if a <= 0 && n != 0 {
            return Err(RandomError::value(
                "a must be greater than 0 unless no samples are taken",
            ));
        }
        if replace {
            return self.randint(0, a, n, IntKind::I64);
        }
        if i128::try_from(n).map_or(true, |n| n > a) {
            return Err(RandomError::value(
                "Cannot take a larger sample than population when 'replace=False'",
            ));
        }
        let perm = self.permutation(a)?;
        Ok(perm.into_iter().take(n).map(i128::from).collect())
    }

    /// Direct access to the bit generator, e.g. for `bytes` or `tomaxint`.
    pub fn bit_generator(&mut self) -> &mut Mt19937 {
        &mut self.mt
    }

    fn gauss(&mut self) -> f64 {
        super::distributions::legacy_gauss(&mut self.mt, &mut self.gauss)
    }

    /// The bit generator and the cached Gaussian, for the distributions.
    pub(crate) fn parts(&mut self) -> (&mut Mt19937, &mut Option<f64>) {
        (&mut self.mt, &mut self.gauss)
    }
}

/// NumPy's `CONS_NON_NEGATIVE`: reject values with the sign bit set, NaN
/// excepted.
pub(crate) fn check_non_negative(v: f64, name: &str) -> Result<(), RandomError> {
    if !v.is_nan() && v.is_sign_negative() {
        return Err(RandomError::value(format!("{name} < 0")));
    }
    Ok(())
}

/// `np.arange(n)` as int64 (empty for `n <= 0`), with a `MemoryError`
/// rather than an abort when it cannot be allocated.
pub(crate) fn arange(n: i128) -> Result<Vec<i64>, RandomError> {
    if n <= 0 {
        return Ok(Vec::new());
    }
    let too_big = || RandomError::value("Maximum allowed size exceeded");
    let len = i64::try_from(n).map_err(|_| too_big())?;
    let cap = usize::try_from(len).map_err(|_| too_big())?;
    let mut v = try_with_capacity(cap, crate::array::dtype::DType::I64)?;
    v.extend(0..len);
    Ok(v)
}
