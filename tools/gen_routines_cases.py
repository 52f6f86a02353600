#!/usr/bin/env python3
"""Generate random (seeded, deterministic) corner cases for the routines of issue 13
that tutorials and "100 numpy exercises" use: set routines (isin, intersect1d, union1d,
setdiff1d, setxor1d, unique with return_*/axis), fromiter, the nan-functions, select /
extract / flatnonzero / copyto / place / putmask, column_stack / dstack / rot90.

Writes tests/pending/routines_random_N.py (N = 1..FILES), or rewrites the file in
tests/conformance/ if it has already been moved there. Arrays have random dtypes and
0-d..3-d shapes (empty axes included) with nans sprinkled into float arrays; calls get
random axes, keywords and bad arguments, so errors are part of the transcripts.

Only machine-independent results: no transcendental functions; float16 is kept out of
nanmedian with an axis (NumPy takes short float16 slices through np.ma.median, which
rounds in float16); no complex nan (arrsh's sort treats all complex nans as
equal, NumPy orders them by imaginary part); no -0.0 (which of 0.0 and -0.0
np.unique keeps comes from its hash table's iteration order).

Usage: python3 tools/gen_routines_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/routines_random_*.py
"""

import argparse
import os
import random

FILES = 3
PER_FILE = 120

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
          "float16", "float32", "float64", "complex128"]
INTS = {"int8", "int16", "int32", "int64", "uint8", "uint16"}
FLOATS = ["float16", "float32", "float64"]


def value_lit(rng, dt):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt in INTS:
        lo = 0 if dt.startswith("u") else -6
        return str(rng.randint(lo, 6))
    r = rng.random()
    if r < 0.2:
        v = "np.nan"
    elif r < 0.25:
        v = rng.choice(["np.inf", "-np.inf"])
    else:
        v = rng.choice([str(rng.randint(-5, 5)), "%.2f" % rng.uniform(-5, 5), "0.5"])
    if dt.startswith("complex"):
        # arrsh sorts complex nans as equals; NumPy orders them by imaginary part.
        if "nan" in v:
            v = "1.5"
        return "complex(%s, %d)" % (v, rng.randint(-2, 2))
    return v


def shape_of(rng, lo=0, hi=3):
    nd = rng.randint(lo, hi)
    return tuple(rng.choice([0, 1, 2, 3]) if rng.random() < 0.1 else rng.randint(1, 4)
                 for _ in range(nd))


def nested(rng, shape, dt):
    if not shape:
        return value_lit(rng, dt)
    return "[" + ", ".join(nested(rng, shape[1:], dt) for _ in range(shape[0])) + "]"


def array_lit(rng, shape, dt):
    if 0 in shape:
        return "np.zeros(%r, dtype=np.%s)" % (shape, dt)
    return "np.array(%s, dtype=np.%s)" % (nested(rng, shape, dt), dt)


def axis_arg(rng, nd):
    return rng.choice([str(rng.randint(-nd - 1, nd)) if nd else "0", "None"])


def statements(rng):
    out = []
    arrays = []
    for i in range(8):
        dt = rng.choice(DTYPES)
        shape = shape_of(rng, 0, 3)
        name = "a%d" % i
        out.append("%s = %s" % (name, array_lit(rng, shape, dt)))
        arrays.append((name, shape, dt))
    for i in range(3):
        dt = rng.choice(FLOATS)
        shape = shape_of(rng, 1, 3)
        name = "f%d" % i
        out.append("%s = %s" % (name, array_lit(rng, shape, dt)))
        arrays.append((name, shape, dt))

    def pick(cond=lambda s, d: True):
        ok = [a for a in arrays if cond(a[1], a[2])]
        return rng.choice(ok or arrays)

    def g_sets():
        x, _, _ = pick()
        y, _, _ = pick()
        f = rng.choice(["isin", "intersect1d", "union1d", "setdiff1d", "setxor1d"])
        kw = ""
        if f == "isin":
            kw = rng.choice(["", ", invert=True", ", kind='sort'", ", kind='table'",
                             ", assume_unique=True", ", kind='hash'"])
        elif f == "intersect1d":
            kw = rng.choice(["", ", return_indices=True", ", assume_unique=True"])
        elif f in ("setdiff1d", "setxor1d"):
            kw = rng.choice(["", "", ", assume_unique=True"])
        if rng.random() < 0.2:
            y = "[%s]" % ", ".join(str(rng.randint(-3, 3)) for _ in range(rng.randint(0, 4)))
        return ["np.%s(%s, %s%s)" % (f, x, y, kw)]

    def g_unique():
        x, s, _ = pick()
        flags = "".join(", %s=True" % k for k in ["return_index", "return_inverse", "return_counts"]
                        if rng.random() < 0.4)
        ax = "" if rng.random() < 0.4 else ", axis=%s" % axis_arg(rng, len(s))
        return ["np.unique(%s%s%s)" % (x, flags, ax)]

    def g_fromiter():
        dt = rng.choice(["int", "float", "np.int8", "np.float32", "bool", "np.uint16", "complex"])
        n = rng.randint(0, 5)
        src = rng.choice(["range(%d)" % n, "[%s]" % ", ".join(str(rng.randint(-3, 300)) for _ in range(n)),
                          "(v * 2 for v in range(%d))" % n, "(v / 2 for v in range(%d))" % n])
        cnt = rng.choice(["", "", ", count=%d" % rng.randint(-1, 6), ", %d" % rng.randint(0, 3)])
        return ["np.fromiter(%s, %s%s)" % (src, dt, cnt)]

    def g_nan():
        f = rng.choice(["nansum", "nanprod", "nanmax", "nanmin", "nanmean", "nanvar", "nanstd",
                        "nanargmax", "nanargmin", "nancumsum", "nancumprod", "nanmedian"])
        x, s, dt = pick(lambda s, d: d != "complex128" or f not in ("nanmax", "nanmin", "nanargmax", "nanargmin"))
        if f == "nanmedian" and dt == "float16":
            return ["np.nanmedian(%s)" % x]
        nd = len(s)
        kw = []
        if rng.random() < 0.7:
            kw.append("axis=%s" % axis_arg(rng, nd))
        if f not in ("nancumsum", "nancumprod") and rng.random() < 0.3:
            kw.append("keepdims=True")
        if f in ("nanvar", "nanstd") and rng.random() < 0.4:
            kw.append("ddof=%d" % rng.randint(0, 2))
        if f in ("nansum", "nanmean", "nancumsum") and rng.random() < 0.2:
            kw.append("dtype=np.%s" % rng.choice(["float64", "float32", "int64"]))
        if f in ("nanmax", "nanmin") and rng.random() < 0.15:
            kw.append("initial=%d" % rng.randint(-3, 3))
        return ["np.%s(%s)" % (f, ", ".join([x] + kw))]

    def g_select():
        x, s, dt = pick(lambda s, d: d in INTS or d in FLOATS)
        a = rng.randint(-2, 2)
        return ["np.select([%s < %d, %s > %d], [%s, %s * 2], default=%s)"
                % (x, a, x, a + 1, x, x, rng.choice(["0", "-1", "np.nan", "7.5"]))]

    def g_extract():
        x, s, dt = pick()
        return [rng.choice(["np.extract(%s > 0, %s)" % (x, x), "np.flatnonzero(%s)" % x,
                            "np.argwhere(%s)" % x, "np.nonzero(%s)" % x])]

    def g_copyto():
        x, s, dt = pick(lambda s, d: len(s) > 0)
        y, _, _ = pick()
        cast = rng.choice(["", "", ", casting='unsafe'", ", casting='safe'", ", casting='no'"])
        where = "" if rng.random() < 0.5 else ", where=%s > 0" % x
        c = "c%d" % rng.randint(0, 999)
        return ["%s = %s.copy()" % (c, x), "np.copyto(%s, %s%s%s)" % (c, y, cast, where), c]

    def g_place():
        x, s, dt = pick(lambda s, d: len(s) > 0 and d != "bool")
        c = "p%d" % rng.randint(0, 999)
        f = rng.choice(["place", "putmask"])
        vals = "[%s]" % ", ".join(str(rng.randint(-9, 9)) for _ in range(rng.randint(0, 3)))
        return ["%s = %s.copy()" % (c, x), "np.%s(%s, %s > 0, %s)" % (f, c, c, vals), c]

    def g_stack():
        x, s, _ = pick(lambda s, d: len(s) <= 2)
        y, _, _ = pick(lambda s, d: len(s) <= 2)
        f = rng.choice(["column_stack", "dstack", "rot90"])
        if f == "rot90":
            k = rng.randint(-2, 5)
            ax = rng.choice(["", ", axes=(1, 0)", ", axes=(0, 2)", ", axes=(-1, 0)"])
            return ["np.rot90(%s, %d%s)" % (x, k, ax)]
        return ["np.%s((%s, %s))" % (f, x, y)]

    gens = [g_sets, g_sets, g_unique, g_fromiter, g_nan, g_nan, g_nan, g_select,
            g_extract, g_copyto, g_place, g_stack]
    while len(out) < PER_FILE:
        out.extend(rng.choice(gens)())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "pending"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    conf = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        name = "routines_random_%d.py" % i
        path = os.path.join(conf, name) if os.path.exists(os.path.join(conf, name)) \
            else os.path.join(args.outdir, name)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for s in statements(rng):
                f.write(s + "\n")
        print(path)


if __name__ == "__main__":
    main()
