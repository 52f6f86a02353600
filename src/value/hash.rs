//! Python's `hash()` of values, bit for bit as CPython 3.11 computes it (64-bit build, with
//! `PYTHONHASHSEED=0`, which is how the project's transcripts are generated): sets and dicts
//! are laid out by these hashes, so a set's iteration order only matches CPython's when the
//! hashes do.

use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::value::Value;

/// `sys.hash_info.modulus`: 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
const HASH_INF: i64 = 314159;
const HASH_IMAG: u64 = 1000003;

/// `hash(v)`, or Python's TypeError for unhashable values.
pub fn py_hash(v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => hash_int(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => hash_float(*f),
        Value::Complex(r, i) => hash_complex(*r, *i),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => hash_bytes(b),
        Value::Tuple(items) => {
            let mut lanes = Vec::with_capacity(items.len());
            for x in items.iter() {
                lanes.push(py_hash(x)?);
            }
            hash_tuple(&lanes)
        }
        Value::Scalar(_, n) => match *n {
            Num::Bool(b) => b as i64,
            Num::Int(i) => hash_int(i),
            Num::Float(f) => hash_float(f),
            Num::Complex(r, i) => hash_complex(r, i),
        },
        Value::Range(a, b, s) => hash_tuple(&[hash_int(*a), hash_int(*b), hash_int(*s)]),
        Value::Set(x) if x.borrow().frozen => {
            let mut lanes = Vec::new();
            for item in x.borrow().items() {
                lanes.push(py_hash(&item)?);
            }
            hash_frozenset(&lanes)
        }
        Value::List(_)
        | Value::ByteArray(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Array(_)
        | Value::Slice(_)
        | Value::DictView(..) => {
            return Err(PyErr::type_err(format!(
                "unhashable type: '{}'",
                v.type_of().tp_name()
            )))
        }
        Value::Object(o) if !o.borrow().hashable() => {
            return Err(PyErr::type_err(format!(
                "unhashable type: '{}'",
                v.type_of().tp_name()
            )))
        }
        // CPython hashes these by identity (None too, before 3.12). arrsh's None, Ellipsis,
        // types, dtypes, modules and builtin functions are plain values, not objects with
        // an address, so they hash by what they are.
        Value::None => 0x5f3759df,
        Value::Ellipsis => 0x3c6ef372,
        Value::Type(t) => hash_str(&t.qualname()),
        Value::DType(d) => hash_str(d.name()) ^ 0x1b873593,
        Value::Module(m) => hash_str(m) ^ 0x2545f491,
        Value::Func(f) => hash_str(f) ^ 0x68e31da4,
        Value::Method(m) => hash_tuple(&[
            (super::identity::identity(&m.receiver) >> 4) as i64,
            hash_str(&m.name),
        ]),
        other => {
            let h = (super::identity::identity(other) >> 4) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        }
    })
}

/// CPython's `frozenset_hash` of the items' hashes (order does not matter).
pub fn hash_frozenset(lanes: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for &h in lanes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (lanes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `long_hash`: the value modulo 2**61 - 1, keeping the sign.
pub fn hash_int(i: i128) -> i64 {
    if (-(MODULUS as i128)..MODULUS as i128).contains(&i) {
        return fix(i as i64);
    }
    let m = (i.unsigned_abs() % MODULUS as u128) as i64;
    fix(if i < 0 { -m } else { m })
}

/// CPython's `_Py_HashDouble` (an integral float hashes as the int it equals). NaN is hashed
/// by identity in CPython; arrsh has no identity for floats and uses 0.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (for finite, non-zero `v`).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

fn hash_complex(r: f64, i: f64) -> i64 {
    let h = (hash_float(r) as u64).wrapping_add(HASH_IMAG.wrapping_mul(hash_float(i) as u64));
    fix(h as i64)
}

/// CPython's `tuplehash` (xxHash-based) over the items' hashes.
pub fn hash_tuple(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(lanes.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(str)`: SipHash-1-3 over the string's compact storage (1, 2 or 4 bytes per
/// character, PEP 393), with the all-zero key of `PYTHONHASHSEED=0`.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        // One byte per character, as CPython stores it.
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut data = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 256 {
            data.push(c as u8);
        } else if max < 65536 {
            data.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            data.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&data)
}

/// `_Py_HashBytes`: 0 for empty input, SipHash-1-3 otherwise.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(0, 0, b) as i64)
}

fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = src.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let m = u64::from_le_bytes(w);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut b: u64 = (src.len() as u64) << 56;
    for (k, &x) in tail.iter().enumerate() {
        b |= (x as u64) << (8 * k);
    }
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by `PYTHONHASHSEED=0 python3.11 -c 'print(hash(...))'`.
    #[test]
    fn matches_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(-(1 << 70)), -512);
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(hash_float(-2.75), -1729382256910270466);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("hello world"), -5642461784034726774);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€uro"), 7542247858446192590);
        assert_eq!(hash_complex(1.0, 2.0), 2000007);
    }
}
