//! arrsh's float32/float64 math ufuncs give NumPy's exact bits (issue 10 item 6): every
//! input of `tests/fixtures/vmath/<target>/in_<dtype>.npy` (special values, thresholds and
//! their neighbours, ranges, random bit patterns; written with NumPy's outputs by
//! `tools/gen_vmath_fixtures.py`) through the array loop, a strided view, NumPy scalars
//! and the fused path (alone and after another operation), compared bit for bit with
//! NumPy's `<func>_<dtype>.npy`; once with the AVX-512 copy of the kernels and once
//! without (the AVX2 or plain copy), which must give the same bits. `<target>` is the
//! machine class NumPy ran on (`x86_v4`: AVX-512, `baseline`: without), and arrsh is set to
//! reproduce that one (`vmath::target`), whatever machine the test runs on.
//!
//! One test in this binary: the fusion threshold, the AVX-512 switch and the target are
//! process-wide.

use arrsh::array::raw;
use arrsh::numpy::ufunc::fused;
use arrsh::numpy::ufunc::vmath::target::{self, Target};
use arrsh::Session;

#[path = "common/session.rs"]
mod session;
use session::run;

/// Each dtype, its same-size unsigned type, and the functions reproduced for it.
const CASES: &[(&str, &str, &[&str])] = &[
    ("float64", "uint64", &["exp", "log", "sin", "cos"]),
    ("float32", "uint32", &["exp", "log", "sin", "cos"]),
];

#[test]
fn math_ufuncs_match_numpy_bit_for_bit() {
    let mut s = Session::new();
    let mut failures = Vec::new();
    let runs = [(Target::X86V4, "x86_v4"), (Target::Baseline, "baseline")]
        .into_iter()
        .flat_map(|t| [(t, true), (t, false)])
        .flat_map(|(t, v)| CASES.iter().map(move |c| (t, v, c)));
    for ((tgt, folder), avx512, &(dt, ut, funcs)) in runs {
        let dir = format!(
            "{}/tests/fixtures/vmath/{folder}",
            env!("CARGO_MANIFEST_DIR")
        );
        target::set(tgt);
        raw::allow_avx512(avx512);
        for &f in funcs {
            let src = format!(
                "x = np.load('{dir}/in_{dt}.npy')\n\
                 w = np.load('{dir}/{f}_{dt}.npy').view(np.{ut})\n\
                 def bad(y):\n    \
                     i = np.nonzero(np.asarray(y).view(np.{ut}) != w)[0]\n    \
                     return (len(i), x[i[:3]].tolist(), w[i[:3]].view(np.{dt}).tolist())\n\
                 with np.errstate(all='ignore'):\n    \
                     y = np.{f}(x)\n    \
                     z = np.{f}(np.repeat(x, 2)[::2])\n    \
                     q = np.array([np.{f}(v) for v in x[::7]])\n\
                 print(x.dtype, y.dtype, bad(y), bad(z))\n\
                 iq = np.nonzero(q.view(np.{ut}) != w[::7])[0]\n\
                 print('scalars', len(iq))\n"
            );
            let out = run(&mut s, &src);
            let want = vec![
                format!("{dt} {dt} (0, [], []) (0, [], [])"),
                "scalars 0".to_string(),
            ];
            if out != want {
                failures.push(format!(
                    "np.{f} on {dt} ({folder}, avx512 {avx512}): {out:?}"
                ));
            }
            // The fused path runs the same kernels inside its blocked pass.
            fused::set_min_size(1);
            let (before, typed) = (fused::passes(), fused::typed_passes());
            let out = run(
                &mut s,
                &format!(
                    "with np.errstate(all='ignore'):\n    y = np.{f}(x) * 1.0\n    \
                     z = np.{f}(np.positive(x))\nprint(bad(y), bad(z))\n"
                ),
            );
            let fusedrun = fused::passes() == before + 2 && fused::typed_passes() == typed + 2;
            fused::set_min_size(0);
            if out != ["(0, [], []) (0, [], [])"] || !fusedrun {
                failures.push(format!(
                    "fused np.{f} on {dt} ({folder}, avx512 {avx512}): {out:?}, fused: {fusedrun}"
                ));
            }
        }
    }
    raw::allow_avx512(true);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
