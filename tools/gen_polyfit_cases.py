#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for np.roots and np.polyfit.

Writes tests/conformance/polyfit_random.py: `np.roots` of polynomials built from random
integer and complex-conjugate roots (leading/trailing zeros, constant and empty inputs
included), rounded to 6 decimals plus 0.0 and then sorted (`np.sort_complex`) (so the
last bits of arrsh's eigenvalue solver versus LAPACK's, and the sign of a rounded -0.0,
do not show); `np.polyfit` of random data (degrees 0..4, 1-d and 2-d y, weights, full=,
cov=True/'unscaled', rcond= away from a singular-value ratio boundary) rounded the same way, with rank, singular values and the
errors (negative degree, shapes, lengths, too few points for cov).

Usage: python3 tools/gen_polyfit_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/polyfit_random.py
"""

import argparse
import os
import random

N = 140


def rnd(expr):
    return "np.round(%s, 6) + 0.0" % expr


def roots_case(rng):
    rs = [rng.randint(-5, 5) for _ in range(rng.randint(0, 4))]
    poly = "np.poly(%s)" % rs if rs else "[1]"
    if rng.random() < 0.4:
        a, b = rng.randint(-3, 3), rng.randint(1, 3)
        poly = "np.polymul(%s, [1, %d, %d])" % (poly, -2 * a, a * a + b * b)
    if rng.random() < 0.2:
        poly = "np.concatenate(([0, 0], %s, [0]))" % poly
    if rng.random() < 0.15:
        poly = "%d * np.asarray(%s)" % (rng.choice([2, -3, 7]), poly)
    if rng.random() < 0.05:
        poly = rng.choice(["[0, 0]", "[]", "[4]", "[[1, 2]]", "[0, 3]"])
    return ["np.sort_complex(%s)" % rnd("np.roots(%s)" % poly)]


def polyfit_case(rng, i):
    n = rng.randint(1, 9)
    x = sorted(rng.sample(range(-10, 11), n))
    two = rng.random() < 0.2
    if two:
        y = [[rng.randint(-20, 20) / 2, rng.randint(-20, 20) / 2] for _ in range(n)]
    else:
        y = [rng.randint(-20, 20) / 2 for _ in range(n)]
    deg = rng.randint(0, 4)
    out = ["x%d = np.array(%s, dtype=float); y%d = np.array(%s)" % (i, x, i, y)]
    kw = ""
    r = rng.random()
    if r < 0.2:
        w = [rng.randint(1, 4) for _ in range(n if rng.random() < 0.9 else n + 1)]
        kw = ", w=%s" % w
    if deg >= n:
        deg = max(0, n - 1)
    call = "np.polyfit(x%d, y%d, %d%s" % (i, i, deg, kw)
    r = rng.random()
    if r < 0.2:
        out.append("c, res, rank, sv, rc = %s, full=True); %s; %s; rank; %s" % (
            call, rnd("c"), rnd("res"), rnd("sv")))
    elif r < 0.35:
        cov = rng.choice(["True", "'unscaled'"])
        out.append("c, v = %s, cov=%s); %s; %s" % (call, cov, rnd("c"), rnd("v")))
    elif r < 0.4:
        out.append(rnd("%s, rcond=%s)" % (call, rng.choice(["1e-2", "0.3", "None"]))))
    elif r < 0.45:
        out.append(rng.choice(["np.polyfit(x%d, y%d, -1)" % (i, i),
                               "np.polyfit(x%d.reshape(1, -1), y%d, 1)" % (i, i),
                               "np.polyfit(x%d, y%d[:-1], 0)" % (i, i),
                               "np.polyfit(x%d, y%d, 1, cov=True)" % (i, i)]))
    else:
        out.append(rnd("%s)" % call))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = os.path.join(args.outdir, "polyfit_random.py")
    with open(path, "w") as f:
        f.write("import numpy as np\n")
        for i in range(N):
            lines = roots_case(rng) if rng.random() < 0.45 else polyfit_case(rng, i)
            for s in lines:
                f.write(s + "\n")
    print(path)


if __name__ == "__main__":
    main()
