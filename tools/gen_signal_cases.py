#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for the signal and statistics routines
of issue 13: convolve/correlate (every mode form), cross (2- and 3-vectors, broadcasting,
axisa/axisb/axisc/axis), interp (left/right/period, nan and out-of-range points, complex
fp), cov/corrcoef (rowvar, bias, ddof, fweights, aweights, y=, dtype=), histogram and
histogram_bin_edges (int bins, edges, range, density, weights, the estimators),
gradient (scalar and per-point spacing, axis, edge_order), ediff1d and unwrap — on random
dtypes and shapes, with their errors.

Writes tests/pending/signal_random_N.py (N = 1..FILES), or rewrites the file in
tests/conformance/ if it has already been moved there.

Only machine-independent results: convolution and covariance inputs are small integers
or halves and covariances use 1, 2, 4 or 8 observations, so every sum is exact whatever
order a BLAS adds in; no transcendental functions (i0 is left to the docstring cases).

Usage: python3 tools/gen_signal_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/signal_random_*.py
"""

import argparse
import os
import random

FILES = 3
PER_FILE = 130

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
INTS = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint64"}


def lit(rng, dt, half=True):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt in INTS:
        lo = 0 if dt.startswith("u") else -9
        return str(rng.randint(lo, 9))
    v = str(rng.randint(-8, 8) / (2 if half else 1))
    if dt.startswith("complex"):
        return "%s%+dj" % (v, rng.randint(-3, 3))
    return v


def nested(rng, shape, dt, half=True):
    if not shape:
        return lit(rng, dt, half)
    return "[" + ", ".join(nested(rng, shape[1:], dt, half) for _ in range(shape[0])) + "]"


def arr(rng, shape, dt, half=True):
    if 0 in shape:
        return "np.zeros(%r, dtype=np.%s)" % (tuple(shape), dt)
    return "np.array(%s, dtype=np.%s)" % (nested(rng, shape, dt, half), dt)


def conv(rng):
    f = rng.choice(["convolve", "correlate"])
    d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
    a = arr(rng, [rng.choice([0, 1, 2, 3, 4, 5, 6])], d1)
    v = arr(rng, [rng.choice([0, 1, 2, 3, 4, 7])], d2)
    if rng.random() < 0.15:
        a = rng.choice(["[1, 2, 3]", "3", "[[1, 2]]", "[0.5, 1.5]", "[1j, 2]"])
    mode = rng.choice(["", ", 'full'", ", 'same'", ", 'valid'", ", mode='same'", ", 0",
                       ", 1", ", 2", ", 3", ", 'f'", ", 'bogus'", ", None", ", 1.0"])
    return "np.%s(%s, %s%s)" % (f, a, v, mode)


def cross(rng):
    dts = ["int8", "int64", "float64", "float32", "complex128", "uint8", "bool"]
    la, lb = rng.choice([2, 3, 3, 3, 4]), rng.choice([2, 3, 3, 1])
    pre_a = [rng.randint(1, 3) for _ in range(rng.randint(0, 2))]
    pre_b = rng.choice([pre_a, pre_a[-1:], [], [1] * len(pre_a), [rng.randint(1, 3)]])
    sa, sb = pre_a + [la], pre_b + [lb]
    kw = ""
    if rng.random() < 0.4 and len(sa) > 1:
        sa = [la] + pre_a
        kw += ", axisa=0"
    if rng.random() < 0.3:
        kw += ", axisc=%d" % rng.randint(-3, 2)
    if rng.random() < 0.1:
        kw = ", axis=%d" % rng.randint(-2, 1)
    if rng.random() < 0.05:
        kw += ", axisb=%d" % rng.randint(-3, 3)
    return "np.cross(%s, %s%s)" % (arr(rng, sa, rng.choice(dts), False),
                                   arr(rng, sb, rng.choice(dts), False), kw)


def interp(rng):
    n = rng.choice([0, 1, 2, 3, 5, 7, 9])
    xp = sorted(round(rng.uniform(-5, 5), 2) for _ in range(n))
    if rng.random() < 0.2 and n > 2:
        xp[1] = xp[0]
    fp = [round(rng.uniform(-3, 3), 2) for _ in range(n if rng.random() < 0.95 else n + 1)]
    if rng.random() < 0.2:
        fp = ["%s%+.1fj" % (v, rng.randint(-2, 2)) for v in fp]
        fp = "np.array([%s])" % ", ".join(fp) if fp else "np.array([], dtype=complex)"
    else:
        fp = repr(fp)
    xs = [round(rng.uniform(-7, 7), 2) for _ in range(rng.randint(1, 6))]
    x = rng.choice([repr(xs), repr(xs[0]), "np.array(%r)" % xs,
                    "[np.nan, %r, np.inf, -np.inf]" % xs[0],
                    "np.array([%r, %r]).reshape(2, 1)" % (xs[0], xs[-1])])
    kw = ""
    r = rng.random()
    if r < 0.3:
        kw = ", left=%r, right=%r" % (round(rng.uniform(-9, 9), 1), round(rng.uniform(-9, 9), 1))
    elif r < 0.5:
        kw = ", period=%r" % rng.choice([360, 2.5, -4, 0, 10.0])
    elif r < 0.55:
        kw = ", right=%s" % rng.choice(["1j", "'a'", "np.nan"])
    return "np.interp(%s, %r, %s%s)" % (x, xp, fp, kw)


def pow2_weights(rng, n, choices):
    """Weights summing to a power of two, so the weighted means stay exact."""
    for _ in range(50):
        w = [rng.choice(choices) for _ in range(n)]
        t = sum(w)
        if t > 0 and t == 2 ** round(__import__("math").log2(t)):
            return w
    return [1] * n


def cov(rng):
    f = rng.choice(["cov", "cov", "corrcoef"])
    nobs = rng.choice([1, 2, 4, 4, 8])
    nvar = rng.choice([1, 2, 3])
    dt = rng.choice(["int64", "float64", "float32", "int8", "complex128", "bool"])
    rowvar = rng.random() < 0.7
    shape = [nvar, nobs] if rowvar else [nobs, nvar]
    if nvar == 1 and rng.random() < 0.5:
        shape = [nobs]
    m = arr(rng, shape, dt)
    if rng.random() < 0.05:
        m = rng.choice(["np.zeros((0, 3))", "np.ones((2, 2, 2))", "[]", "[[1, 2], [3, 4]]"])
    kw = []
    if rng.random() < 0.2:
        kw.append("y=%s" % arr(rng, shape, rng.choice(["int64", "float64"])))
    if not rowvar:
        kw.append("rowvar=False")
    if f == "cov":
        if rng.random() < 0.2:
            kw.append("bias=True")
        if rng.random() < 0.2:
            kw.append("ddof=%s" % rng.choice(["0", "1", "2", "1.5", "nobs"]).replace("nobs", str(nobs)))
        if rng.random() < 0.2:
            kw.append("fweights=%r" % pow2_weights(rng, nobs, [0, 1, 2, 4]))
        if rng.random() < 0.2:
            kw.append("aweights=%r" % pow2_weights(rng, nobs, [0.5, 1, 2]))
        if rng.random() < 0.05 and not any(k.startswith("fweights") for k in kw):
            kw.append("fweights=%s" % rng.choice(["[1.5] * %d" % nobs, "[-1] * %d" % nobs, "[1, 2, 3]", "[[1]]"]))
    if rng.random() < 0.1:
        kw.append("dtype=np.float32")
    return "np.%s(%s%s)" % (f, m, "".join(", " + k for k in kw))


def histogram(rng):
    f = rng.choice(["histogram", "histogram", "histogram_bin_edges"])
    n = rng.choice([0, 1, 3, 6, 10, 20])
    dt = rng.choice(["int64", "float64", "float32", "int8", "uint8", "bool"])
    a = arr(rng, [n], dt, True)
    if rng.random() < 0.2 and n:
        a = "np.array(%r, dtype=np.float64)" % [round(rng.uniform(-10, 10), 3) for _ in range(n)]
    bins = rng.choice(["", ", 3", ", bins=1", ", 5", ", [0, 1, 2.5, 4]", ", [-5, 0, 5]",
                       ", 'auto'", ", 'fd'", ", 'sturges'", ", 'sqrt'", ", 'rice'", ", 'scott'",
                       ", 'doane'", ", 'bogus'", ", 0", ", 2.5", ", [3, 1]", ", [[1, 2]]",
                       ", np.int64(4)"])
    kw = ""
    if rng.random() < 0.3:
        kw += ", range=%s" % rng.choice(["(0, 4)", "(-2, 2)", "(1, 1)", "(3, 1)", "(0, np.inf)", "(-1.5, 6)"])
    if f == "histogram" and rng.random() < 0.3:
        kw += ", density=True"
    if f == "histogram" and rng.random() < 0.3 and n:
        wdt = rng.choice(["int64", "float64", "complex128"])
        kw += ", weights=%s" % arr(rng, [n], wdt)
    return "np.%s(%s%s%s)" % (f, a, bins, kw)


def gradient(rng):
    nd = rng.randint(1, 3)
    shape = [rng.randint(1, 5) for _ in range(nd)]
    dt = rng.choice(["int64", "float64", "float32", "complex128", "int8", "bool"])
    f = arr(rng, shape, dt)
    args = ""
    axis = None
    if rng.random() < 0.3:
        axis = rng.randint(-nd, nd - 1)
        if rng.random() < 0.1:
            axis = nd
    r = rng.random()
    naxes = 1 if axis is not None else nd
    if r < 0.3:
        args = ", %s" % rng.choice(["2", "0.5", "np.float32(2)", "-1"])
    elif r < 0.5:
        axes = [axis % nd] if axis is not None and axis < nd else list(range(nd))
        parts = []
        for ax in axes[:naxes]:
            n = shape[ax]
            pts = sorted(rng.sample(range(-10, 20), n))
            parts.append(rng.choice([repr(pts), "np.array(%r, dtype=float)" % [p / 2 for p in pts],
                                     "3.0", repr(pts[:-1] or [1, 2])]))
        args = "".join(", " + p for p in parts)
    kw = ""
    if axis is not None:
        kw += ", axis=%d" % axis
    if rng.random() < 0.4:
        kw += ", edge_order=%d" % rng.choice([1, 2, 2, 3])
    return "np.gradient(%s%s%s)" % (f, args, kw)


def ediff1d(rng):
    dt = rng.choice(["int64", "float64", "int8", "uint8", "bool", "complex128", "float32"])
    shape = rng.choice([[0], [1], [4], [2, 3]])
    kw = ""
    if rng.random() < 0.5:
        kw += ", to_end=%s" % rng.choice(["99", "[1, 2]", "np.array([1.5])", "-1", "[[7]]"])
    if rng.random() < 0.5:
        kw += ", to_begin=%s" % rng.choice(["-99", "[0]", "np.array([2.5, 1])", "()"])
    return "np.ediff1d(%s%s)" % (arr(rng, shape, dt), kw)


def unwrap(rng):
    n = rng.randint(1, 7)
    if rng.random() < 0.5:
        vals = [rng.choice([0, 1, 2, 3, 4, 5, 6, 9, -4]) for _ in range(n)]
        period = rng.choice(["", ", period=4", ", period=5", ", period=2"])
        dt = rng.choice(["int64", "int8", "float64"])
        disc = rng.choice(["", ", 2", ", discont=1.5"])
        return "np.unwrap(np.array(%r, dtype=np.%s)%s%s)" % (vals, dt, disc, period)
    shape = [n] if rng.random() < 0.6 else [2, n]
    a = arr(rng, shape, rng.choice(["float64", "float32"]))
    axis = rng.choice(["", ", axis=0", ", axis=-1", ", axis=2"])
    period = rng.choice(["", ", period=3.0", ", period=np.float32(1.5)"])
    return "np.unwrap(%s%s%s)" % (a, axis, period)


GENS = [conv, conv, cross, interp, interp, cov, cov, histogram, histogram, gradient,
        gradient, ediff1d, unwrap]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "pending"))
    ap.add_argument("--seed", type=int, default=1414)
    args = ap.parse_args()
    conf = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        name = "signal_random_%d.py" % i
        path = os.path.join(conf, name) if os.path.exists(os.path.join(conf, name)) \
            else os.path.join(args.outdir, name)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for _ in range(PER_FILE):
                f.write(rng.choice(GENS)(rng) + "\n")
        print(path)


if __name__ == "__main__":
    main()
