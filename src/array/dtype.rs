//! NumPy data types: the fourteen native numeric dtypes arrsh stores, their names in every
//! spelling users type, and NumPy 2's promotion rules between them.

use std::fmt;

/// One of NumPy's native-byte-order numeric dtypes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    F32,
    F64,
    C64,
    C128,
}

/// NumPy's dtype "kind" character groups, used for promotion and casting decisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Bool,
    UInt,
    Int,
    Float,
    Complex,
}

/// How permissive a cast may be, as NumPy's `casting=` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Casting {
    No,
    Equiv,
    Safe,
    SameKind,
    Unsafe,
}

impl Casting {
    pub fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }
}

pub const ALL_DTYPES: [DType; 14] = [
    DType::Bool,
    DType::I8,
    DType::I16,
    DType::I32,
    DType::I64,
    DType::U8,
    DType::U16,
    DType::U32,
    DType::U64,
    DType::F16,
    DType::F32,
    DType::F64,
    DType::C64,
    DType::C128,
];

impl DType {
    pub fn itemsize(self) -> usize {
        use DType::*;
        match self {
            Bool | I8 | U8 => 1,
            I16 | U16 | F16 => 2,
            I32 | U32 | F32 => 4,
            I64 | U64 | F64 | C64 => 8,
            C128 => 16,
        }
    }

    /// Required alignment in bytes (complex types align to their component).
    pub fn alignment(self) -> usize {
        match self {
            DType::C64 => 4,
            DType::C128 => 8,
            d => d.itemsize(),
        }
    }

    pub fn kind(self) -> Kind {
        use DType::*;
        match self {
            Bool => Kind::Bool,
            I8 | I16 | I32 | I64 => Kind::Int,
            U8 | U16 | U32 | U64 => Kind::UInt,
            F16 | F32 | F64 => Kind::Float,
            C64 | C128 => Kind::Complex,
        }
    }

    pub fn name(self) -> &'static str {
        use DType::*;
        match self {
            Bool => "bool",
            I8 => "int8",
            I16 => "int16",
            I32 => "int32",
            I64 => "int64",
            U8 => "uint8",
            U16 => "uint16",
            U32 => "uint32",
            U64 => "uint64",
            F16 => "float16",
            F32 => "float32",
            F64 => "float64",
            C64 => "complex64",
            C128 => "complex128",
        }
    }

    /// NumPy's one-letter kind code (`dtype.kind`).
    pub fn kind_char(self) -> char {
        match self.kind() {
            Kind::Bool => 'b',
            Kind::Int => 'i',
            Kind::UInt => 'u',
            Kind::Float => 'f',
            Kind::Complex => 'c',
        }
    }

    /// NumPy's type character (`dtype.char`).
    pub fn char(self) -> char {
        use DType::*;
        match self {
            Bool => '?',
            I8 => 'b',
            I16 => 'h',
            I32 => 'i',
            I64 => 'l',
            U8 => 'B',
            U16 => 'H',
            U32 => 'I',
            U64 => 'L',
            F16 => 'e',
            F32 => 'f',
            F64 => 'd',
            C64 => 'F',
            C128 => 'D',
        }
    }

    /// Byte-order character as `dtype.byteorder` reports it: `|` when order is irrelevant.
    pub fn byteorder_char(self) -> char {
        if self.itemsize() == 1 {
            '|'
        } else {
            '='
        }
    }

    /// The array-protocol type string (`dtype.str`), e.g. `<i8`, `|u1`.
    pub fn typestr(self) -> String {
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{}{}{}", order, self.kind_char(), self.itemsize())
    }

    /// NumPy's type number (`dtype.num`).
    pub fn num(self) -> i64 {
        use DType::*;
        match self {
            Bool => 0,
            I8 => 1,
            U8 => 2,
            I16 => 3,
            U16 => 4,
            I32 => 5,
            U32 => 6,
            I64 => 7,
            U64 => 8,
            F16 => 23,
            F32 => 11,
            F64 => 12,
            C64 => 14,
            C128 => 15,
        }
    }

    pub fn is_int(self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::UInt)
    }
    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }
    pub fn is_complex(self) -> bool {
        self.kind() == Kind::Complex
    }
    pub fn is_inexact(self) -> bool {
        self.is_float() || self.is_complex()
    }

    /// Integer range of an integer or bool dtype.
    pub fn int_range(self) -> Option<(i128, i128)> {
        use DType::*;
        Some(match self {
            Bool => (0, 1),
            I8 => (i8::MIN as i128, i8::MAX as i128),
            I16 => (i16::MIN as i128, i16::MAX as i128),
            I32 => (i32::MIN as i128, i32::MAX as i128),
            I64 => (i64::MIN as i128, i64::MAX as i128),
            U8 => (0, u8::MAX as i128),
            U16 => (0, u16::MAX as i128),
            U32 => (0, u32::MAX as i128),
            U64 => (0, u64::MAX as i128),
            _ => return None,
        })
    }

    fn int_of(signed: bool, size: usize) -> DType {
        use DType::*;
        match (signed, size) {
            (true, 1) => I8,
            (true, 2) => I16,
            (true, 4) => I32,
            (true, _) => I64,
            (false, 1) => U8,
            (false, 2) => U16,
            (false, 4) => U32,
            (false, _) => U64,
        }
    }

    fn float_of(size: usize) -> DType {
        match size {
            2 => DType::F16,
            4 => DType::F32,
            _ => DType::F64,
        }
    }

    /// The complex dtype whose components are this float dtype (float16 has none: complex64).
    pub fn complex_of(self) -> DType {
        match self {
            DType::F64 | DType::C128 => DType::C128,
            _ => DType::C64,
        }
    }

    /// The real component dtype of a complex dtype; other dtypes are their own.
    pub fn real_of(self) -> DType {
        match self {
            DType::C64 => DType::F32,
            DType::C128 => DType::F64,
            d => d,
        }
    }

    /// NumPy's `can_cast(from, to, 'safe')`.
    pub fn can_cast_safe(self, to: DType) -> bool {
        if self == to {
            return true;
        }
        let (fk, tk) = (self.kind(), to.kind());
        let (fs, ts) = (self.itemsize(), to.itemsize());
        match (fk, tk) {
            (Kind::Bool, _) => true,
            (_, Kind::Bool) => false,
            (Kind::UInt, Kind::UInt) => fs <= ts,
            (Kind::UInt, Kind::Int) => fs < ts,
            (Kind::Int, Kind::Int) => fs <= ts,
            (Kind::Int, Kind::UInt) => false,
            (Kind::UInt | Kind::Int, Kind::Float) => ts > fs || ts == 8,
            (Kind::UInt | Kind::Int, Kind::Complex) => ts / 2 > fs || ts == 16,
            (Kind::Float, Kind::Float) => fs <= ts,
            (Kind::Float, Kind::Complex) => fs <= ts / 2,
            (Kind::Complex, Kind::Complex) => fs <= ts,
            _ => false,
        }
    }

    /// NumPy's `can_cast(from, to, casting)`.
    pub fn can_cast(self, to: DType, casting: Casting) -> bool {
        match casting {
            Casting::No | Casting::Equiv => self == to,
            Casting::Safe => self.can_cast_safe(to),
            Casting::SameKind => self.can_cast_safe(to) || self.kind() <= to.kind(),
            Casting::Unsafe => true,
        }
    }

    /// `np.result_type` / `np.promote_types` for two dtypes (NumPy 2 rules).
    pub fn promote(a: DType, b: DType) -> DType {
        if a == b {
            return a;
        }
        if a.can_cast_safe(b) {
            return b;
        }
        if b.can_cast_safe(a) {
            return a;
        }
        let (ka, kb) = (a.kind(), b.kind());
        match (ka, kb) {
            (Kind::Int, Kind::UInt) | (Kind::UInt, Kind::Int) => {
                let (s, u) = if ka == Kind::Int { (a, b) } else { (b, a) };
                if u.itemsize() >= 8 {
                    DType::F64
                } else {
                    DType::int_of(true, (u.itemsize() * 2).max(s.itemsize()))
                }
            }
            (Kind::Complex, _) | (_, Kind::Complex) => {
                let (c, o) = if ka == Kind::Complex { (a, b) } else { (b, a) };
                // The smallest complex able to hold both.
                let need = if o.kind() == Kind::Float {
                    o.itemsize() * 2
                } else {
                    16
                };
                if c.itemsize().max(need) >= 16 {
                    DType::C128
                } else {
                    DType::C64
                }
            }
            (Kind::Float, _) | (_, Kind::Float) => {
                let (f, o) = if ka == Kind::Float { (a, b) } else { (b, a) };
                let need = match o.itemsize() {
                    1 => 2,
                    2 => 4,
                    _ => 8,
                };
                DType::float_of(f.itemsize().max(need))
            }
            _ => DType::F64,
        }
    }

    /// Parse a dtype string the way `np.dtype(str)` does, for the native byte order.
    pub fn from_str_spec(s: &str) -> Result<DType, String> {
        use DType::*;
        let not_understood = || format!("data type '{}' not understood", s);
        let named = match s {
            "bool" | "bool_" | "?" | "b1" => Some(Bool),
            "int8" | "i1" | "b" | "byte" => Some(I8),
            "int16" | "i2" | "h" | "short" => Some(I16),
            "int32" | "i4" | "i" | "intc" => Some(I32),
            "int64" | "i8" | "l" | "q" | "p" | "int" | "int_" | "intp" | "longlong" | "long" => {
                Some(I64)
            }
            "uint8" | "u1" | "B" | "ubyte" => Some(U8),
            "uint16" | "u2" | "H" | "ushort" => Some(U16),
            "uint32" | "u4" | "I" | "uintc" => Some(U32),
            "uint64" | "u8" | "L" | "Q" | "P" | "uint" | "uintp" | "ulonglong" | "ulong" => {
                Some(U64)
            }
            "float16" | "f2" | "e" | "half" => Some(F16),
            "float32" | "f4" | "f" | "single" => Some(F32),
            "float64" | "f8" | "d" | "double" | "float" => Some(F64),
            "complex64" | "c8" | "F" | "csingle" => Some(C64),
            "complex128" | "c16" | "D" | "cdouble" | "complex" => Some(C128),
            _ => None,
        };
        if let Some(d) = named {
            return Ok(d);
        }
        let mut chars = s.chars();
        match chars.next() {
            Some('<') | Some('=') | Some('|') => {
                let rest = &s[1..];
                match DType::from_str_spec(rest) {
                    Ok(d)
                        if s.starts_with('|')
                            || rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) =>
                    {
                        Ok(d)
                    }
                    _ => Err(not_understood()),
                }
            }
            Some('>') => match DType::from_str_spec(&s[1..]) {
                Ok(d) if d.itemsize() == 1 => Ok(d),
                Ok(_) => Err(format!(
                    "arrsh stores native (little-endian) byte order only; '{}' is big-endian",
                    s
                )),
                Err(_) => Err(not_understood()),
            },
            _ => Err(not_understood()),
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Rust-style short names bound in the shell (`u8 … f64 c64 c128 bool`).
pub const RUST_ALIASES: [(&str, DType); 13] = [
    ("i8", DType::I8),
    ("i16", DType::I16),
    ("i32", DType::I32),
    ("i64", DType::I64),
    ("u8", DType::U8),
    ("u16", DType::U16),
    ("u32", DType::U32),
    ("u64", DType::U64),
    ("f16", DType::F16),
    ("f32", DType::F32),
    ("f64", DType::F64),
    ("c64", DType::C64),
    ("c128", DType::C128),
];

/// Run `$body` with `$T` bound to the Rust element type of dtype `$d`.
macro_rules! with_dtype {
    ($d:expr, $T:ident, $body:block) => {{
        use $crate::array::dtype::DType as __D;
        match $d {
            __D::Bool => {
                type $T = $crate::array::element::Bool8;
                $body
            }
            __D::I8 => {
                type $T = i8;
                $body
            }
            __D::I16 => {
                type $T = i16;
                $body
            }
            __D::I32 => {
                type $T = i32;
                $body
            }
            __D::I64 => {
                type $T = i64;
                $body
            }
            __D::U8 => {
                type $T = u8;
                $body
            }
            __D::U16 => {
                type $T = u16;
                $body
            }
            __D::U32 => {
                type $T = u32;
                $body
            }
            __D::U64 => {
                type $T = u64;
                $body
            }
            __D::F16 => {
                type $T = half::f16;
                $body
            }
            __D::F32 => {
                type $T = f32;
                $body
            }
            __D::F64 => {
                type $T = f64;
                $body
            }
            __D::C64 => {
                type $T = $crate::array::element::C32;
                $body
            }
            __D::C128 => {
                type $T = $crate::array::element::C64;
                $body
            }
        }
    }};
}
pub(crate) use with_dtype;

#[cfg(test)]
mod tests {
    use super::*;

    /// NumPy's own tables, written by `tools/gen_dtype_tables.py`.
    const TABLES: &str = include_str!("../../tests/fixtures/dtype_tables.txt");

    fn dtype(name: &str) -> DType {
        ALL_DTYPES
            .into_iter()
            .find(|d| d.name() == name)
            .unwrap_or_else(|| panic!("dtype {name}"))
    }

    fn rows(kind: &str) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        TABLES
            .lines()
            .map(|l| l.split(' ').collect::<Vec<_>>())
            .filter(move |w| w[0] == kind)
    }

    #[test]
    fn promotion_matches_numpy_for_every_pair() {
        let mut n = 0;
        for w in rows("promote") {
            assert_eq!(
                DType::promote(dtype(w[1]), dtype(w[2])),
                dtype(w[3]),
                "{:?}",
                w
            );
            n += 1;
        }
        assert_eq!(n, 14 * 14);
    }

    #[test]
    fn casting_rules_match_numpy_for_every_pair() {
        for w in rows("cast") {
            let (a, b) = (dtype(w[1]), dtype(w[2]));
            assert_eq!(a.can_cast(b, Casting::Safe), w[3] == "1", "safe {:?}", w);
            assert_eq!(
                a.can_cast(b, Casting::SameKind),
                w[4] == "1",
                "same_kind {:?}",
                w
            );
        }
    }

    #[test]
    fn names_parse_as_numpy_parses_them() {
        for w in rows("parse") {
            let got = DType::from_str_spec(w[1]).ok().map(|d| d.name());
            let want = (w[2] != "error").then_some(w[2]);
            assert_eq!(got, want, "{:?}", w);
        }
        // Big-endian storage is a documented gap: a clear error, never a wrong dtype.
        assert!(DType::from_str_spec(">i4").is_err());
    }
}
