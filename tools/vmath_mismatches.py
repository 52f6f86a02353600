"""Count, per function and dtype, the elements where an arrsh binary's float32/float64
math ufuncs differ from NumPy's bits on 10^6 seeded inputs (uniform(-20, 20) from
default_rng(0), plus log of |x|): a measurement for issue 10 item 6, not a test.

    python3 tools/vmath_mismatches.py [--arrsh target/release/arrsh] [--n 1000000]
"""

import argparse
import os
import subprocess
import tempfile

import numpy as np

FUNCS = ["exp", "log", "sin", "cos", "tanh"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arrsh", default="target/release/arrsh")
    ap.add_argument("--n", type=int, default=10**6)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        x = np.random.default_rng(0).uniform(-20, 20, a.n)
        cases = []
        for dt in ("float64", "float32"):
            xi = x.astype(dt)
            for f in FUNCS:
                arg = np.abs(xi) if f == "log" else xi
                np.save(os.path.join(d, f"in_{f}_{dt}.npy"), arg)
                cases.append((f, dt, arg))
        script = "".join(
            f"np.save('{d}/out_{f}_{dt}.npy', np.{f}(np.load('{d}/in_{f}_{dt}.npy')))\n"
            for f, dt, _ in cases)
        subprocess.run([a.arrsh, "-c", "import numpy as np\n" + script], check=True)
        for f, dt, arg in cases:
            got = np.load(os.path.join(d, f"out_{f}_{dt}.npy"))
            want = getattr(np, f)(arg)
            bad = int(np.sum(got.view(f"uint{dt[-2:]}") != want.view(f"uint{dt[-2:]}")))
            print(f"{f:5} {dt}: {bad} of {a.n} differ")


if __name__ == "__main__":
    main()
