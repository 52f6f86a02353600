//! Print options: the subset of `np.set_printoptions` that arrsh supports.

/// NumPy's `floatmode` print option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// `'fixed'`: always exactly `precision` fractional digits.
    Fixed,
    /// `'unique'`: shortest round-trip digits, ignoring `precision`.
    Unique,
    /// `'maxprec'` (the default): at most `precision` digits, each element as short as it can be.
    MaxPrec,
    /// `'maxprec_equal'`: at most `precision` digits, all elements with the same count.
    MaxPrecEqual,
}

/// The values of `np.get_printoptions()` that shape array and scalar text.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    /// May be negative, as NumPy allows; formatting floats with it is then an error
    /// that callers report (`precision must be >= 0`) before printing.
    pub precision: i64,
    /// Arrays with more elements than this are summarized.
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    pub nanstr: String,
    pub infstr: String,
    /// `'-'`, `'+'` or `' '`.
    pub sign: char,
    pub floatmode: FloatMode,
    /// `legacy='1.13'` array layout rules (element padding, wrapping, summaries).
    /// Scalars still print in the modern style; see the module docs.
    pub legacy: bool,
}

impl Default for PrintOptions {
    /// NumPy's defaults.
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            nanstr: "nan".to_string(),
            infstr: "inf".to_string(),
            sign: '-',
            floatmode: FloatMode::MaxPrec,
            legacy: false,
        }
    }
}

impl PrintOptions {
    /// The `sign` in force: `set_printoptions(legacy='1.13')` resets it to `'-'`.
    pub(crate) fn effective_sign(&self) -> char {
        if self.legacy {
            '-'
        } else {
            self.sign
        }
    }

    /// NumPy's `precision` as the C code's signed count (clamped to a sane range).
    pub(crate) fn precision_i32(&self) -> i32 {
        self.precision.clamp(0, 16000) as i32
    }
}
