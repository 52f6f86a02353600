//! How `random.seed(a)` turns its argument into the 32-bit words `init_by_array` takes,
//! as CPython 3.11 does: an int by its absolute value, least significant word first; a
//! float (or another hashable of the allowed types) by its hash as a C `size_t`; a str or
//! bytes (version 2) as the big-endian int of its bytes followed by their SHA-512 digest;
//! None from the system's entropy.

use crate::error::{PyErr, PyResult};
use crate::value::bigint::big_of;
use crate::value::hash::py_hash;
use crate::value::Value;
use num_bigint::BigUint;

/// `seed`'s `version` argument: 1 keeps Python 2's hash of a str or bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Seeding {
    V1,
    V2,
}

/// 624 words of the system's entropy, as `random_seed_urandom` reads.
pub fn entropy_words() -> Vec<u32> {
    crate::numpy::random::SeedSequence::from_entropy().generate_state_u32(624)
}

fn words_of(n: &BigUint) -> Vec<u32> {
    let w = n.to_u32_digits();
    if w.is_empty() {
        vec![0]
    } else {
        w
    }
}

/// The key words for `random.seed(a, version)`.
pub fn seed_words(a: &Value, version: Seeding) -> PyResult<Vec<u32>> {
    let text: Option<Vec<u8>> = match a {
        Value::Str(s) => Some(s.as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.to_vec()),
        _ => None,
    };
    if let Some(bytes) = text {
        return Ok(match version {
            Seeding::V2 => {
                let mut all = bytes.clone();
                all.extend_from_slice(&sha512(&bytes));
                words_of(&BigUint::from_bytes_be(&all))
            }
            Seeding::V1 => words_of(&BigUint::from(v1_hash(a, &bytes))),
        });
    }
    match a {
        Value::None => Ok(entropy_words()),
        // An exact int: its absolute value.
        Value::Int(_) | Value::BigInt(_) => {
            let n = big_of(a).unwrap_or_default();
            Ok(words_of(n.magnitude()))
        }
        // A bool or a float (NumPy's float64 is a float subclass): its hash, as `size_t`.
        Value::Bool(_)
        | Value::Float(_)
        | Value::Scalar(crate::array::dtype::DType::F64, crate::array::element::Num::Float(_)) => {
            let h = py_hash(a)? as u64;
            Ok(words_of(&BigUint::from(h)))
        }
        _ => Err(PyErr::type_err(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        )),
    }
}

/// `seed(s, version=1)`: Python 2's string hash over the code points (a str) or the
/// bytes (as Latin-1).
fn v1_hash(a: &Value, bytes: &[u8]) -> u64 {
    let points: Vec<u64> = match a {
        Value::Str(s) => s.chars().map(|c| u64::from(c as u32)).collect(),
        _ => bytes.iter().map(|&b| u64::from(b)).collect(),
    };
    let mut x = points.first().map_or(0, |&c| c << 7);
    for &c in &points {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
    }
    x ^ points.len() as u64
}

/// SHA-512's round constants (FIPS 180-4, 4.2.3).
const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 of `msg` (FIPS 180-4), the digest `random.seed` appends to a str's bytes.
fn sha512(msg: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut data = msg.to_vec();
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&((msg.len() as u128) * 8).to_be_bytes());
    for block in data.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(word);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, x) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    /// Digests from Python's `hashlib.sha512`.
    #[test]
    fn sha512_matches_hashlib() {
        let hex = |d: [u8; 64]| d.iter().map(|b| format!("{:02x}", b)).collect::<String>();
        assert_eq!(
            hex(super::sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        assert_eq!(
            hex(super::sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
    }
}
