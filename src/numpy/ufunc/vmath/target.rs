//! Which of NumPy's builds of its math kernels arrsh reproduces. NumPy 2.4 picks them at
//! run time from the CPU: on x86-64 with AVX-512 (its `X86_V4` and `AVX512_SKX` targets)
//! float64 `exp`/`log` run its own AVX-512 kernels; on a CPU without AVX-512 (`X86_V3` and
//! below) they call the C library's `exp`/`log`, whose last bits differ for a few percent
//! of inputs. arrsh follows the CPU it runs on, as NumPy does, so it prints what NumPy
//! prints on the same machine; `ARRSH_NUMPY_SIMD=X86_V4` (or `X86_V3`) picks one
//! explicitly, and the conformance tests pin the one their transcripts were generated on.

use std::sync::atomic::{AtomicU8, Ordering};

/// NumPy's dispatch target for the math kernels.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Target {
    /// AVX-512 (Skylake-X and later): NumPy's own float64 exp/log kernels.
    X86V4,
    /// Anything without AVX-512: float64 exp/log from the C library.
    Baseline,
}

const UNSET: u8 = 0;
const V4: u8 = 1;
const BASE: u8 = 2;

static TARGET: AtomicU8 = AtomicU8::new(UNSET);

/// The target in use: set by [`set`], else `ARRSH_NUMPY_SIMD`, else the CPU's.
pub fn get() -> Target {
    match TARGET.load(Ordering::Relaxed) {
        V4 => Target::X86V4,
        BASE => Target::Baseline,
        _ => {
            let t = from_env().unwrap_or_else(detect);
            set(t);
            t
        }
    }
}

/// Use `t` from now on (tests and the conformance checks pin the transcripts' target).
pub fn set(t: Target) {
    let v = match t {
        Target::X86V4 => V4,
        Target::Baseline => BASE,
    };
    TARGET.store(v, Ordering::Relaxed);
}

/// `ARRSH_NUMPY_SIMD`, spelled as NumPy's `np.show_runtime()` names the targets.
fn from_env() -> Option<Target> {
    match std::env::var("ARRSH_NUMPY_SIMD")
        .ok()?
        .to_ascii_uppercase()
        .as_str()
    {
        "X86_V4" | "AVX512_SKX" => Some(Target::X86V4),
        "X86_V3" | "X86_V2" | "BASELINE" => Some(Target::Baseline),
        _ => None,
    }
}

/// NumPy's `AVX512_SKX` test: AVX-512 F, CD, BW, DQ and VL.
fn detect() -> Target {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        if has!("avx512f")
            && has!("avx512cd")
            && has!("avx512bw")
            && has!("avx512dq")
            && has!("avx512vl")
        {
            return Target::X86V4;
        }
    }
    Target::Baseline
}
