#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for np.histogram2d and np.histogramdd:
samples of 0..12 points in 1..4 dimensions (integer or half-integer coordinates, so
points fall exactly on edges too), bins as an int, a per-dimension list of ints and
edge arrays, a shared edge array (histogram2d), range= with None entries, density=,
weights=, and the errors (bins < 1, non-integer scalar bins, decreasing edges,
mismatched dimensions or lengths, reversed or non-finite ranges).

Writes tests/conformance/histogramdd_random.py. Densities divide by bin widths from
`np.linspace`, whose rounding NumPy and arrsh share.

Usage: python3 tools/gen_histogramdd_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/histogramdd_random.py
"""

import argparse
import os
import random

N = 150


def coord(rng):
    return str(rng.randint(-6, 6) / rng.choice([1, 2]))


def bins_expr(rng, d):
    r = rng.random()
    if r < 0.35:
        return str(rng.randint(1, 5))
    parts = []
    for _ in range(d):
        if rng.random() < 0.5:
            parts.append(str(rng.randint(1, 4)))
        else:
            e = sorted(rng.sample(range(-6, 7), rng.randint(2, 5)))
            parts.append(str(e))
    if rng.random() < 0.05:
        parts = parts[:-1] if len(parts) > 1 else parts + ["2"]
    if rng.random() < 0.04:
        return rng.choice(["0", "2.5", "[[3, 1, 2]]" if d == 1 else "[[3, 1, 2], 2]"])
    return "[%s]" % ", ".join(parts)


def range_expr(rng, d):
    parts = []
    for _ in range(d):
        if rng.random() < 0.3:
            parts.append("None")
        else:
            lo = rng.randint(-6, 3)
            parts.append("(%d, %d)" % (lo, lo + rng.randint(0, 6)))
    if rng.random() < 0.03:
        parts[0] = rng.choice(["(3, 1)", "(0, np.inf)"])
    return "[%s]" % ", ".join(parts)


def statement(rng, i):
    n = rng.choice([0, 1, 2, 5, 8, 12])
    two = rng.random() < 0.45
    d = 2 if two else rng.randint(1, 4)
    pts = [[coord(rng) for _ in range(d)] for _ in range(n)]
    kw = ""
    if rng.random() < 0.4:
        kw += ", bins=%s" % bins_expr(rng, d)
    if rng.random() < 0.3:
        kw += ", range=%s" % range_expr(rng, d)
    if rng.random() < 0.25:
        kw += ", density=True"
    if rng.random() < 0.25:
        kw += ", weights=%s" % [rng.randint(0, 4) for _ in range(n)]
    if two:
        xs = "[%s]" % ", ".join(p[0] for p in pts)
        ys = "[%s]" % ", ".join(p[1] for p in pts)
        if rng.random() < 0.03 and n:
            ys = "[%s]" % ", ".join(p[1] for p in pts[:-1])
        if rng.random() < 0.15 and n:
            bins = sorted(rng.sample(range(-6, 7), rng.randint(3, 6)))
            if ", bins=" not in kw:
                kw = ", bins=%s" % bins + kw
        return ["np.histogram2d(np.array(%s), np.array(%s)%s)" % (xs, ys, kw)]
    arr = "np.array(%s).reshape(%d, %d)" % ("[%s]" % ", ".join(c for p in pts for c in p), n, d)
    return ["np.histogramdd(%s%s)" % (arr, kw)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = os.path.join(args.outdir, "histogramdd_random.py")
    with open(path, "w") as f:
        f.write("import numpy as np\n")
        for i in range(N):
            for s in statement(rng, i):
                f.write(s + "\n")
    print(path)


if __name__ == "__main__":
    main()
