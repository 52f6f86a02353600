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

/// NumPy's `legacy` print option, ordered as NumPy's integer codes (113 < 121 < … <
/// `sys.maxsize`), so `legacy <= Legacy::V1_25` reads as NumPy's `legacy <= 125`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Legacy {
    /// `'1.13'`: array layout rules of NumPy 1.13 (element padding, wrapping, summaries,
    /// 0-d arrays). Its scalars print as in 1.25; see the module docs.
    V1_13,
    /// `'1.21'`: only changes structured dtypes, which arrsh does not have.
    V1_21,
    /// `'1.25'`: scalar reprs without their type (`3.0`, not `np.float64(3.0)`).
    V1_25,
    /// `'2.1'`: no `shape=` in the repr of summarized arrays.
    V2_1,
    /// `'2.2'`: `float16`/`float32` switch to scientific notation at the `float64` limits.
    V2_2,
    /// `False`: current NumPy.
    Off,
}

impl Legacy {
    /// The option's value as `np.get_printoptions()` shows it (`None` for `False`).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Legacy::V1_13 => Some("1.13"),
            Legacy::V1_21 => Some("1.21"),
            Legacy::V1_25 => Some("1.25"),
            Legacy::V2_1 => Some("2.1"),
            Legacy::V2_2 => Some("2.2"),
            Legacy::Off => None,
        }
    }

    /// The mode `set_printoptions(legacy=name)` selects.
    pub fn from_name(name: &str) -> Option<Legacy> {
        [
            Legacy::V1_13,
            Legacy::V1_21,
            Legacy::V1_25,
            Legacy::V2_1,
            Legacy::V2_2,
        ]
        .into_iter()
        .find(|l| l.name() == Some(name))
    }
}

/// A Python value the options hold for the interpreter, opaque to the printer: the
/// `formatter` dict (the printer never calls it: the interpreter renders the element
/// texts before a value is shown, see `format::shown_words`) and `threshold` as given.
/// Equal when it is the same value object.
#[derive(Clone)]
pub struct HeldValue(pub std::rc::Rc<dyn std::any::Any>);

impl PartialEq for HeldValue {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for HeldValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HeldValue(..)")
    }
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
    /// `legacy=...`: the NumPy release whose printing is imitated.
    pub legacy: Legacy,
    /// `formatter=...`, when set (to a dict, normally).
    pub formatter: Option<HeldValue>,
    /// `threshold` exactly as it was last given (NumPy keeps `np.inf` or `1e3` as a float
    /// and `get_printoptions` shows it so); the printer uses [`PrintOptions::threshold`].
    pub threshold_given: Option<HeldValue>,
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
            legacy: Legacy::Off,
            formatter: None,
            threshold_given: None,
        }
    }
}

impl PrintOptions {
    /// The `sign` in force: `set_printoptions(legacy='1.13')` resets it to `'-'`.
    pub(crate) fn effective_sign(&self) -> char {
        if self.legacy_113() {
            '-'
        } else {
            self.sign
        }
    }

    /// `legacy <= 113`: NumPy 1.13's array layout.
    pub(crate) fn legacy_113(&self) -> bool {
        self.legacy <= Legacy::V1_13
    }

    /// `legacy <= 125`: scalar reprs without their type.
    pub(crate) fn legacy_125(&self) -> bool {
        self.legacy <= Legacy::V1_25
    }

    /// `legacy <= 202`: no `shape=` for summarized arrays and the `float64` limits of
    /// scientific notation for every float width.
    pub(crate) fn legacy_202(&self) -> bool {
        self.legacy <= Legacy::V2_2
    }

    /// NumPy's `precision` as the C code's signed count (clamped to a sane range).
    pub(crate) fn precision_i32(&self) -> i32 {
        self.precision.clamp(0, 16000) as i32
    }
}
