//! Fresh seed material for unseeded generators, using only `std`.
//!
//! NumPy draws 128 bits from the OS (`secrets.randbits(128)`); we read
//! `/dev/urandom` and, where that is unavailable, fall back to mixing the clock,
//! a process-wide counter and std's randomly keyed `RandomState` hasher. The
//! result only needs to be unpredictable, not reproducible.

use std::collections::hash_map::RandomState as HashState;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// 128 bits of entropy.
pub(crate) fn random_u128() -> u128 {
    let mut buf = [0u8; 16];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if from_os {
        return u128::from_le_bytes(buf);
    }
    fallback()
}

fn fallback() -> u128 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut halves = [0u64; 2];
    for (i, half) in halves.iter_mut().enumerate() {
        let mut h = HashState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u64(count);
        h.write_usize(i);
        *half = h.finish();
    }
    u128::from(halves[0]) | (u128::from(halves[1]) << 64)
}
