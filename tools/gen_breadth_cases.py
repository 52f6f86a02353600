#!/usr/bin/env python3
"""Generate random (seeded, deterministic) corner cases for the everyday-NumPy families
of issue 13: rounding, closeness, diagonals and triangles, norms, index arithmetic and
grids, products, differences.

Writes tests/pending/breadth_random_N.py (N = 1..FILES), or rewrites the file in
tests/conformance/ if it has already been moved there. Each file defines arrays of random
dtypes and shapes (0-d to 3-d, empty axes included) from literals, then random calls with
random axes, orders, decimals, shifts and keywords; errors (bad axes, shape mismatches,
casting) appear naturally and are part of the transcripts.

Only machine-independent results are generated: float inputs of norms and products are
small integers (exact sums whatever the summation order), no fractional `ord` (libm pow),
no transcendental functions.

Usage: python3 tools/gen_breadth_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/breadth_random_*.py
"""

import argparse
import os
import random

FILES = 3
PER_FILE = 120

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
INTS = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint64"}


def value_lit(rng, dt, exact):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt in INTS:
        lo = 0 if dt.startswith("u") else -20
        return str(rng.randint(lo, 20))
    if exact:
        v = str(rng.randint(-9, 9))
    else:
        v = rng.choice([str(rng.randint(-50, 50)), "%.3f" % rng.uniform(-10, 10),
                        "%.1f" % (rng.randint(-40, 40) / 2), "0.5", "-2.5", "1.005"])
    if dt.startswith("complex"):
        return "%s%+dj" % (v, rng.randint(-4, 4))
    return v


def shape_of(rng, lo=0, hi=3):
    nd = rng.randint(lo, hi)
    return tuple(rng.choice([0, 1, 2, 3, 3, 4]) if rng.random() < 0.1 else rng.randint(1, 4)
                 for _ in range(nd))


def nested(rng, shape, dt, exact):
    if not shape:
        return value_lit(rng, dt, exact)
    return "[" + ", ".join(nested(rng, shape[1:], dt, exact) for _ in range(shape[0])) + "]"


def array_lit(rng, shape, dt, exact=False):
    if 0 in shape:
        return "np.zeros(%r, dtype=np.%s)" % (shape, dt)
    return "np.array(%s, dtype=np.%s)" % (nested(rng, shape, dt, exact), dt)


def axis_arg(rng, nd):
    return rng.choice([str(rng.randint(-nd - 1, nd)) if nd else "0", "None"])


def statements(rng):
    out = []
    names = []
    for i in range(6):
        dt = rng.choice(DTYPES)
        shape = shape_of(rng, 0, 3)
        name = "a%d" % i
        out.append("%s = %s" % (name, array_lit(rng, shape, dt)))
        names.append((name, shape, dt))
    for i in range(3):
        dt = rng.choice(["int64", "float64", "float32", "complex128", "int8"])
        shape = shape_of(rng, 1, 3)
        name = "e%d" % i
        out.append("%s = %s" % (name, array_lit(rng, shape, dt, exact=True)))
        names.append((name, shape, dt))

    def pick():
        return rng.choice(names)

    gens = []

    def g_round():
        n, s, d = pick()
        dec = rng.choice(["", ", %d" % rng.randint(-3, 3), ", decimals=%d" % rng.randint(-2, 4)])
        return rng.choice(["np.round(%s%s)" % (n, dec), "np.around(%s%s)" % (n, dec),
                           "%s.round(%s)" % (n, dec.lstrip(", "))])

    def g_close():
        (n, s, d), (m, t, e) = pick(), pick()
        f = rng.choice(["np.isclose", "np.allclose"])
        kw = rng.choice(["", ", equal_nan=True", ", rtol=0.1", ", atol=1", ", 0.5, 0.5"])
        return "%s(%s, %s%s)" % (f, n, rng.choice([m, n + " + 1e-6", "1", "2.5"]), kw)

    def g_diag():
        n, s, d = pick()
        k = rng.randint(-3, 3)
        f = rng.choice(["np.diag(%s, %d)", "np.diagflat(%s, %d)", "np.tril(%s, %d)",
                        "np.triu(%s, k=%d)", "np.trace(%s, %d)"])
        return f % (n, k)

    def g_tri():
        return "np.tri(%d, %s, %d, dtype=np.%s)" % (
            rng.randint(-1, 4), rng.choice(["None", str(rng.randint(0, 4))]),
            rng.randint(-3, 3), rng.choice(DTYPES))

    def g_norm():
        n, s, d = rng.choice([x for x in names if x[0].startswith("e")])
        ords = ["None", "1", "-1", "np.inf", "-np.inf", "0", "'fro'", "3"]
        nd = len(s)
        ax = rng.choice(["None", str(rng.randint(-nd, nd - 1)),
                         "(%d, %d)" % (rng.randint(0, nd - 1), rng.randint(0, nd - 1))])
        if rng.random() < 0.2:
            # ord=2 only over one axis: the matrix 2-norm needs an SVD (not in arrsh).
            return "np.linalg.norm(%s, 2, %d)" % (n, rng.randint(-nd, nd - 1))
        kd = rng.choice(["", ", keepdims=True"])
        return "np.linalg.norm(%s, %s, %s%s)" % (n, rng.choice(ords), ax, kd)

    def g_roll():
        n, s, d = pick()
        nd = len(s)
        sh = rng.choice([str(rng.randint(-5, 5)), "(%d, %d)" % (rng.randint(-3, 3), rng.randint(-3, 3))])
        return "np.roll(%s, %s, %s)" % (n, sh, axis_arg(rng, nd) if not sh.startswith("(")
                                        else "(%d, %d)" % (rng.randint(-nd, max(nd - 1, 0)), rng.randint(-nd, max(nd - 1, 0))))

    def g_index():
        dims = tuple(rng.randint(1, 4) for _ in range(rng.randint(1, 3)))
        size = 1
        for x in dims:
            size *= x
        order = rng.choice(["", ", order='F'", ", order='C'"])
        if rng.random() < 0.5:
            idx = [rng.randint(-1, size) for _ in range(rng.randint(1, 4))]
            return "np.unravel_index(%r, %r%s)" % (idx, dims, order)
        coords = tuple([rng.randint(-1, d) for _ in range(2)] for d in dims)
        mode = rng.choice(["", ", mode='clip'", ", mode='wrap'"])
        return "np.ravel_multi_index(%r, %r%s%s)" % (coords, dims, mode, order)

    def g_bincount():
        xs = [rng.randint(0 if rng.random() < 0.9 else -1, 6) for _ in range(rng.randint(0, 7))]
        arg = "np.array(%r, dtype=np.int64)" % xs
        kw = rng.choice(["", ", minlength=%d" % rng.randint(0, 8),
                         ", weights=%r" % [rng.randint(-3, 3) / 2 for _ in xs]])
        return "np.bincount(%s%s)" % (arg, kw)

    def g_grid():
        a = [rng.randint(0, 5) for _ in range(rng.randint(1, 3))]
        b = [rng.randint(0, 5) for _ in range(rng.randint(1, 3))]
        kw = rng.choice(["", ", indexing='ij'", ", sparse=True", ", indexing='ij', sparse=True"])
        return "np.meshgrid(%r, %r%s)" % (a, b, kw)

    def g_prod():
        (n, s, d), (m, t, e) = rng.choice([x for x in names if x[0].startswith("e")]), \
            rng.choice([x for x in names if x[0].startswith("e")])
        f = rng.choice(["np.outer", "np.inner", "np.vdot", "np.kron"])
        return "%s(%s, %s)" % (f, n, m)

    def g_diff():
        n, s, d = pick()
        nd = len(s)
        f = rng.choice(["diff", "ptp", "cumulative_sum"])
        if f == "diff":
            extra = rng.choice(["", ", prepend=0", ", append=[1]"]) if nd == 1 else ""
            return "np.diff(%s, %d, %s%s)" % (n, rng.randint(0, 3), axis_arg(rng, nd).replace("None", "-1"), extra)
        if f == "ptp":
            return "np.ptp(%s, %s%s)" % (n, axis_arg(rng, nd), rng.choice(["", ", keepdims=True"]))
        ax = axis_arg(rng, nd)
        return "np.cumulative_sum(%s, axis=%s%s)" % (n, ax, rng.choice(["", ", include_initial=True"]))

    gens = [g_round, g_round, g_close, g_diag, g_tri, g_norm, g_roll, g_index,
            g_bincount, g_grid, g_prod, g_diff]
    for _ in range(PER_FILE):
        out.append(rng.choice(gens)())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "pending"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    conf = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        name = "breadth_random_%d.py" % i
        path = os.path.join(conf, name) if os.path.exists(os.path.join(conf, name)) \
            else os.path.join(args.outdir, name)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for s in statements(rng):
                f.write(s + "\n")
        print(path)


if __name__ == "__main__":
    main()
