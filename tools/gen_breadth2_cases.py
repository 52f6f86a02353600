#!/usr/bin/env python3
"""Generate random (seeded, deterministic) corner cases for the second set of everyday-NumPy
families of issue 13: quantiles and percentiles, averages, binary search and digitize, pad,
iinfo/finfo, ufunc methods (reduce/accumulate/outer/at), resize, reductions with
initial=/where=, small linear systems and einsum.

Writes tests/pending/breadth2_random_N.py (N = 1..FILES), or rewrites the file in
tests/conformance/ if it has already been moved there. Arrays of random dtypes and shapes
(0-d to 3-d, empty axes included) come from literals (the helpers of gen_breadth_cases.py);
calls get random axes, methods, sides, pad widths and keywords, so errors (bad axes, bad
methods, shape mismatches, empty reductions) appear naturally and are part of the
transcripts.

Only machine-independent results are generated: quantiles interpolate with + - * only,
linear systems are 2x2 with small integers (LU has one way to go), no transcendental
functions.

Usage: python3 tools/gen_breadth2_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/breadth2_random_*.py
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_breadth_cases import DTYPES, array_lit, axis_arg, shape_of  # noqa: E402

FILES = 3
PER_FILE = 130

REAL = [d for d in DTYPES if not d.startswith("complex")]
METHODS = ["linear", "lower", "higher", "nearest", "midpoint", "hazen", "weibull",
           "median_unbiased", "normal_unbiased", "inverted_cdf", "averaged_inverted_cdf",
           "closest_observation", "interpolated_inverted_cdf"]
BINARY = ["add", "subtract", "multiply", "maximum", "minimum", "logical_and", "logical_or",
          "bitwise_or", "bitwise_and", "bitwise_xor", "fmax", "fmin", "equal"]


def axes_arg(rng, nd):
    r = rng.random()
    if r < 0.3 or nd == 0:
        return "None"
    if r < 0.8:
        return str(rng.randint(-nd, nd - 1) if rng.random() < 0.9 else nd)
    k = rng.randint(1, nd)
    return repr(tuple(sorted(rng.sample(range(nd), k))))


def statements(rng):
    out = []
    names = []
    for i in range(6):
        dt = rng.choice(REAL)
        shape = shape_of(rng, 0, 3)
        name = "a%d" % i
        out.append("%s = %s" % (name, array_lit(rng, shape, dt)))
        names.append((name, shape, dt))
    # float arrays with a nan, for the nan rules of quantiles
    out.append("f0 = np.array([[1.5, np.nan, -2.0], [4.0, 0.5, 3.0]])")
    names.append(("f0", (2, 3), "float64"))
    out.append("c0 = np.array([1 + 2j, 3 - 1j])")

    def pick():
        return rng.choice(names)

    def g_quantile():
        n, s, d = pick()
        percent = rng.random() < 0.5
        f = "np.percentile" if percent else "np.quantile"
        scale = 100 if percent else 1
        q = rng.choice([
            repr(rng.randint(0, 4) * scale / 4),
            repr(rng.randint(0, scale)),
            repr([rng.randint(0, 8) * scale / 8 for _ in range(rng.randint(1, 3))]),
            "np.array(%r, dtype=np.float32)" % [rng.randint(0, 4) * scale / 4],
            repr(scale * 1.5), "-0.1",
        ])
        kw = []
        if rng.random() < 0.6:
            kw.append("axis=" + axes_arg(rng, len(s)))
        if rng.random() < 0.6:
            kw.append("method=%r" % rng.choice(METHODS + ["bogus"] if rng.random() < 0.05 else METHODS))
        if rng.random() < 0.3:
            kw.append("keepdims=True")
        if rng.random() < 0.03:
            return "%s(c0, 0.5)" % f
        return "%s(%s)" % (f, ", ".join([n, q] + kw))

    def g_average():
        n, s, d = pick()
        nd = len(s)
        kw = []
        if rng.random() < 0.5 and nd:
            ax = rng.randint(0, nd - 1)
            kw.append("axis=%d" % ax)
            if rng.random() < 0.6:
                kw.append("weights=%r" % [rng.randint(0, 3) for _ in range(s[ax])])
        elif rng.random() < 0.5:
            kw.append("weights=np.ones(%r, dtype=np.%s)" % (s, rng.choice(["float32", "int8", "float64"])))
        if rng.random() < 0.4:
            kw.append("returned=True")
        if rng.random() < 0.3:
            kw.append("keepdims=True")
        return "np.average(%s)" % ", ".join([n] + kw)

    def g_search():
        k = rng.randint(0, 6)
        vals = sorted(rng.randint(-5, 5) for _ in range(k))
        dt = rng.choice(REAL[1:])
        hay = "np.array(%r, dtype=np.%s)" % (vals, dt)
        needle = rng.choice([str(rng.randint(-6, 6)), "%.1f" % rng.uniform(-6, 6),
                             repr([rng.randint(-6, 6) for _ in range(rng.randint(0, 4))]),
                             "np.nan", "[[0, 1], [2, 3]]"])
        side = rng.choice(["", ", side='left'", ", side='right'", ", 'right'", ", side='up'"])
        if rng.random() < 0.3:
            perm = list(range(k))
            rng.shuffle(perm)
            shuffled = [vals[i] for i in perm]
            sorter = sorted(range(k), key=lambda i: shuffled[i])
            return "np.searchsorted(%r, %s%s, sorter=%r)" % (shuffled, needle, side, sorter)
        if rng.random() < 0.3:
            return "%s.searchsorted(%s%s)" % (hay, needle, side)
        return "np.searchsorted(%s, %s%s)" % (hay, needle, side)

    def g_digitize():
        k = rng.randint(0, 5)
        bins = sorted(rng.randint(-4, 4) for _ in range(k))
        r = rng.random()
        if r < 0.3:
            bins = bins[::-1]
        elif r < 0.4 and k > 2:
            bins[0], bins[-1] = bins[-1], bins[0]
        x = rng.choice([repr([rng.randint(-5, 5) for _ in range(rng.randint(0, 5))]),
                        str(rng.randint(-5, 5)), "[0.5, -1.5, np.nan]"])
        right = rng.choice(["", ", right=True", ", True"])
        return "np.digitize(%s, %r%s)" % (x, bins, right)

    def g_pad():
        n, s, d = pick()
        nd = len(s)
        w = rng.choice([str(rng.randint(0, 3)), "(%d,)" % rng.randint(0, 2),
                        "(%d, %d)" % (rng.randint(0, 2), rng.randint(0, 3)),
                        repr(tuple((rng.randint(0, 2), rng.randint(0, 4)) for _ in range(nd))),
                        "-1", "1.5", repr(((1, 2),) * (nd + 1))])
        mode = rng.choice(["", ", 'constant'", ", mode='edge'", ", mode='reflect'",
                           ", mode='symmetric'", ", mode='wrap'", ", 'bogus'", ", 'maximum'",
                           ", 'minimum'", ", 'mean'", ", 'median'"])
        kw = ""
        if mode in ("", ", 'constant'") and rng.random() < 0.5:
            kw = ", constant_values=%s" % rng.choice(["7", "(1, 2)", "-1.5", repr(((1, 2),) * nd)])
        elif "reflect" in mode or "symmetric" in mode:
            kw = rng.choice(["", ", reflect_type='odd'", ", reflect_type='even'"])
        elif mode in (", 'maximum'", ", 'minimum'", ", 'mean'", ", 'median'") and rng.random() < 0.5:
            kw = ", stat_length=%s" % rng.choice(["1", "(1, 2)", "2", "0"])
        elif rng.random() < 0.05:
            kw = ", constant_values=7"

        return "np.pad(%s, %s%s%s)" % (n, w, mode, kw)

    def g_info():
        if rng.random() < 0.5:
            t = rng.choice(["np.int8", "np.uint8", "np.int16", "np.uint16", "np.int32",
                            "np.uint32", "np.int64", "np.uint64", "'i4'", "int", "np.float64"])
            attr = rng.choice(["", ".min", ".max", ".bits", ".dtype", ".kind"])
            return "np.iinfo(%s)%s" % (t, attr)
        t = rng.choice(["np.float16", "np.float32", "np.float64", "float", "np.complex64",
                        "'f4'", "np.int32"])
        attr = rng.choice(["", ".eps", ".max", ".min", ".tiny", ".resolution", ".precision",
                           ".bits", ".dtype", ".smallest_subnormal", ".epsneg", ".nmant",
                           ".minexp", ".maxexp"])
        return "np.finfo(%s)%s" % (t, attr)

    def g_ufunc():
        n, s, d = pick()
        f = rng.choice(BINARY)
        m = rng.choice(["reduce", "reduce", "accumulate", "outer"])
        if m == "outer":
            o, t, e = pick()
            if len(s) + len(t) > 4:
                o = "[1, 2]"
            return "np.%s.outer(%s, %s)" % (f, n, o)
        kw = []
        if rng.random() < 0.6:
            kw.append("axis=" + (axis_arg(rng, len(s)) if m == "accumulate" else axes_arg(rng, len(s))))
        if m == "reduce" and rng.random() < 0.2:
            kw.append("keepdims=True")
        if m == "reduce" and rng.random() < 0.15:
            kw.append("initial=%d" % rng.randint(0, 3))
        return "np.%s.%s(%s)" % (f, m, ", ".join([n] + kw))

    def g_at():
        size = rng.randint(1, 5)
        dt = rng.choice(["int64", "int8", "float64", "uint8"])
        f = rng.choice(["add", "subtract", "multiply", "maximum", "minimum", "negative"])
        idx = [rng.randint(-size, size - 1) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.1:
            idx.append(size)
        b = "" if f == "negative" else ", " + rng.choice([str(rng.randint(-3, 3)),
                                                          repr([rng.randint(-3, 3) for _ in idx])])
        return "x = np.arange(%d, dtype=np.%s); np.%s.at(x, %r%s); x" % (size, dt, f, idx, b)

    def g_resize():
        n, s, d = pick()
        shape = rng.choice([str(rng.randint(0, 7)), repr(shape_of(rng, 0, 3)), "(-1, 2)"])
        if rng.random() < 0.2 and len(s):
            # Only size-changing resizes of views (NumPy's ownership error): arrsh cannot
            # change an array's shape in place (tests/pending/resize_method.py).
            return "%s[:1].resize(%d)" % (n, 1000 + rng.randint(0, 9))
        return "np.resize(%s, %s)" % (n, shape)

    def g_initial():
        n, s, d = pick()
        f = rng.choice(["np.max", "np.min", "np.sum", "np.prod", "np.amax"])
        kw = ["axis=" + axis_arg(rng, len(s))]
        if rng.random() < 0.8:
            kw.append("initial=%s" % rng.choice([str(rng.randint(-5, 5)), "2.5", "300"]))
        # where= with a float initial sums in NumPy's masked-loop order, which arrsh does
        # not reproduce to the last bit (docs/differences.md): where= only for exact dtypes.
        exact = not d.startswith("float")
        if rng.random() < 0.4 and len(s) and (exact or len(kw) == 1):
            kw.append("where=%r" % [rng.random() < 0.5 for _ in range(s[-1])])
        return "%s(%s)" % (f, ", ".join([n] + kw))

    def g_linalg():
        m = [[rng.randint(-4, 4) for _ in range(2)] for _ in range(2)]
        f = rng.choice(["det", "inv", "solve"])
        if f == "solve":
            b = rng.choice([repr([rng.randint(-4, 4) for _ in range(2)]),
                            repr([[rng.randint(-4, 4)] for _ in range(2)]), "[1, 2, 3]"])
            return "np.linalg.solve(%r, %s)" % (m, b)
        return "np.linalg.%s(np.array(%r, dtype=np.%s))" % (
            f, m, rng.choice(["float64", "float32", "int64"]))

    def g_einsum():
        i, j, k, b = (rng.randint(0, 3) if rng.random() < 0.1 else rng.randint(1, 3) for _ in range(4))
        pats = [("ii", [(i, i)]), ("ii->i", [(i, i)]), ("ij->ji", [(i, j)]), ("ij", [(i, j)]),
                ("ji", [(i, j)]), ("i,i", [(i,), (i,)]), ("i,j->ij", [(i,), (j,)]),
                ("ij,j->i", [(i, j), (j,)]), ("ij,jk->ik", [(i, j), (j, k)]),
                ("ij,jk", [(i, j), (j, k)]), ("bij,bjk->bik", [(b, i, j), (b, j, k)]),
                ("ij->", [(i, j)]), ("ij->j", [(i, j)]), ("...ij->...ji", [(b, i, j)]),
                ("i...,i...", [(i, j), (i, 1)]), ("ij,ij->ij", [(i, j), (1, j)]),
                ("ij,jk->ik", [(i, j), (j + 1, k)]), ("i,i", [(i,), (i, j)]), ("iij", [(i, i, j)])]
        spec, shapes = rng.choice(pats)
        dt = rng.choice(["int64", "int8", "float64", "bool", "float32", "uint8"])
        ops = ", ".join(array_lit(rng, sh, dt, exact=True) for sh in shapes)
        return "np.einsum(%r, %s)" % (spec, ops)

    gens = [g_quantile, g_quantile, g_average, g_search, g_digitize, g_pad, g_pad, g_info,
            g_ufunc, g_ufunc, g_at, g_resize, g_initial, g_linalg, g_einsum]
    for _ in range(PER_FILE):
        out.append(rng.choice(gens)())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", help="write every file here (default: tests/conformance for "
                    "files already there, else tests/pending)")
    ap.add_argument("--seed", type=int, default=1314)
    args = ap.parse_args()
    conf = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        name = "breadth2_random_%d.py" % i
        pending = os.path.join(os.path.dirname(__file__), "..", "tests", "pending")
        if args.outdir:
            path = os.path.join(args.outdir, name)
        elif os.path.exists(os.path.join(conf, name)):
            path = os.path.join(conf, name)
        else:
            path = os.path.join(pending, name)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for s in statements(rng):
                f.write(s + "\n")
        print(path)


if __name__ == "__main__":
    main()
