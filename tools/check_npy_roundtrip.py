"""Check arrsh's .npy/.npz files with real NumPy (run by hand; `cargo test` needs no Python).

    cargo build && python3 tools/check_npy_roundtrip.py [path/to/arrsh]

1. NumPy -> arrsh -> NumPy: every fixture NumPy wrote (tests/fixtures/npy/good) is loaded
   and saved again by arrsh; NumPy loads arrsh's file and must find the same dtype, shape,
   order and bytes.
2. arrsh -> NumPy: arrsh builds arrays of every dtype in both byte orders, C and Fortran
   order (and a non-contiguous view), saves each with np.save and all of them with
   np.savez / np.savez_compressed; NumPy must read exactly what NumPy itself builds from
   the same statements.
Prints one line per failure and a summary; exit status 1 if anything differs.
"""

import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GOOD = os.path.join(ROOT, "tests", "fixtures", "npy", "good")
DTYPES = ["?", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16"]


def same(a, b):
    fa = a.flags.f_contiguous and not a.flags.c_contiguous
    fb = b.flags.f_contiguous and not b.flags.c_contiguous
    return (a.dtype.str == b.dtype.str and a.shape == b.shape and fa == fb
            and a.tobytes("A") == b.tobytes("A"))


def main():
    arrsh = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "debug", "arrsh")
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        names = sorted(n for n in os.listdir(GOOD) if n.endswith(".npy"))
        # Statements arrsh runs; the same text (minus the saves) is what NumPy evaluates.
        made = {}
        for dt in DTYPES:
            for bo in ("<", ">") if np.dtype(dt).itemsize > 1 else ("|",):
                spec = dt if bo == "|" else bo + dt
                tag = f"{dt.replace('?', 'b1')}{'_be' if bo == '>' else ''}"
                base = f"(np.arange(24) % 7 - 3).astype('{spec}').reshape(2, 3, 4)"
                made[f"mk_{tag}_c.npy"] = base
                made[f"mk_{tag}_f.npy"] = f"np.asfortranarray({base})"
                made[f"mk_{tag}_view.npy"] = f"{base}[:, ::-1, 1::2]"
        lines = []
        for n in names:
            lines.append(f"np.save({os.path.join(tmp, 'rt_' + n)!r}, np.load({os.path.join(GOOD, n)!r}))")
        for n, expr in made.items():
            lines.append(f"np.save({os.path.join(tmp, n)!r}, {expr})")
        kw = ", ".join(f"{n[3:-4]}={expr}" for n, expr in made.items())
        lines.append(f"np.savez({os.path.join(tmp, 'all.npz')!r}, {kw})")
        lines.append(f"np.savez_compressed({os.path.join(tmp, 'allc.npz')!r}, {kw})")
        run = subprocess.run([arrsh, "-c", "\n".join(lines)], capture_output=True, text=True)
        if run.returncode != 0:
            print("arrsh failed:", run.stdout, run.stderr)
            return 1
        for n in names:
            checked += 1
            if not same(np.load(os.path.join(GOOD, n)), np.load(os.path.join(tmp, "rt_" + n))):
                failures.append(f"NumPy -> arrsh -> NumPy: {n}")
        for n, expr in made.items():
            checked += 1
            want = eval(expr)  # noqa: S307 - our own statement text
            if not same(want, np.load(os.path.join(tmp, n))):
                failures.append(f"arrsh -> NumPy: {n} ({expr})")
        for z in ("all.npz", "allc.npz"):
            with np.load(os.path.join(tmp, z)) as data:
                for n, expr in made.items():
                    checked += 1
                    if not same(np.ascontiguousarray(eval(expr)) if "view" in n else eval(expr),
                                data[n[3:-4]]):
                        failures.append(f"arrsh .npz -> NumPy: {z}:{n[3:-4]}")
    for f in failures:
        print("DIFFERS:", f)
    print(f"{checked - len(failures)} of {checked} files identical in dtype, shape, order and bytes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
