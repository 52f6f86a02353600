#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for np.nanquantile / np.nanpercentile:
float16/32/64 and integer arrays, 1-d to 3-d shapes with empty axes, NaNs sprinkled in
(all-NaN slices included), q as a scalar, list or 2-d list, every method, axis as None,
an int (negative too) or a tuple, keepdims, and the errors (q out of range, bad axis,
bad method, complex input).

Writes tests/conformance/nanquantile_random.py.

Usage: python3 tools/gen_nanquantile_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/nanquantile_random.py
"""

import argparse
import os
import random

N = 160
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation",
           "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased",
           "normal_unbiased", "lower", "higher", "midpoint", "nearest"]
DTYPES = ["float64", "float64", "float32", "float16", "int64", "uint8"]


def nested(rng, shape, dt, pnan):
    if not shape:
        if dt.startswith("float") and rng.random() < pnan:
            return "np.nan"
        return str(rng.randint(0, 40) / (2 if dt.startswith("float") else 1)).rstrip("0").rstrip(".") or "0"
    return "[" + ", ".join(nested(rng, shape[1:], dt, pnan) for _ in range(shape[0])) + "]"


def statement(rng, i):
    dt = rng.choice(DTYPES)
    nd = rng.randint(1, 3)
    shape = [0 if rng.random() < 0.05 else rng.randint(1, 5) for _ in range(nd)]
    pnan = rng.choice([0.0, 0.2, 0.5, 0.9])
    out = ["a%d = np.array(%s, dtype=np.%s)" % (i, nested(rng, shape, dt, pnan), dt)]
    func = rng.choice(["nanquantile", "nanpercentile"])
    scale = 100 if func == "nanpercentile" else 1
    r = rng.random()
    if r < 0.5:
        q = str(rng.choice([0, 0.25, 0.5, 0.75, 1, 0.1, 0.9]) * scale)
    elif r < 0.85:
        q = "[%s]" % ", ".join(str(rng.choice([0, 0.25, 0.5, 0.9, 1]) * scale)
                               for _ in range(rng.randint(1, 3)))
    elif r < 0.92:
        q = "[[%s, %s]]" % (0.5 * scale, 0.25 * scale)
    else:
        q = str(rng.choice([-0.5, 1.5]) * scale)
    kw = []
    a = rng.random()
    if a < 0.35:
        pass
    elif a < 0.8:
        kw.append("axis=%d" % rng.randint(-nd, nd - 1 if rng.random() < 0.95 else nd))
    else:
        axes = sorted(rng.sample(range(nd), rng.randint(1, nd)))
        kw.append("axis=(%s%s)" % (", ".join(map(str, axes)), "," if len(axes) == 1 else ""))
    if rng.random() < 0.5:
        kw.append("method=%r" % rng.choice(METHODS + (["bogus"] if rng.random() < 0.05 else [])))
    if rng.random() < 0.25:
        kw.append("keepdims=True")
    call = "np.%s(a%d, %s%s)" % (func, i, q, "".join(", " + k for k in kw))
    if rng.random() < 0.03:
        call = "np.%s(a%d.astype(complex), 0.5)" % (func, i)
    out.append(call)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = os.path.join(args.outdir, "nanquantile_random.py")
    with open(path, "w") as f:
        f.write("import numpy as np\n")
        for i in range(N):
            for s in statement(rng, i):
                f.write(s + "\n")
    print(path)


if __name__ == "__main__":
    main()
