#!/usr/bin/env python3
"""Generate random (seeded, deterministic) corner cases for `np.insert`, `np.compress`
(and `ndarray.compress`), `np.extract` and the array-API set functions `np.unique_counts`,
`np.unique_inverse`, `np.unique_all`, plus the byte order their results keep.

Writes insert_random_N.py (N = 1..FILES) to tests/pending/, or rewrites it in
tests/conformance/ once moved there. Arrays have random dtypes (big-endian `>i4`/`>f8`
too), 0-d..3-d shapes with empty axes; `insert` gets every index form (int, negative,
out of bounds, list, array, slice, boolean array, empty list), axis None/int/bad, scalar
and sequence values (also ones that need a cast); `compress` conditions shorter, longer
and 2-d, axes and `out=`. Every result is shown with its dtype. No nan in the unique
functions (they pass `equal_nan=False`) and no `unique_values`, whose order is NumPy's
hash table's (docs/differences.md).

Usage: python3 tools/gen_insert_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/insert_random_*.py
"""

import argparse
import random

from case_files import write_case_file

FILES = 2
PER_FILE = 130

DTYPES = ["bool", "int8", "int32", "int64", "uint8", "uint16", "float32", "float64",
          "complex128", ">i4", ">f8", "<i2"]


def lit(rng, dt):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if "f" in dt or "complex" in dt:
        return rng.choice(["0.5", "-1.5", "2.0", "0.0", "3.25"])
    lo = 0 if dt.startswith("u") else -4
    return str(rng.randint(lo, 6))


def shape(rng):
    nd = rng.choice([0, 1, 1, 2, 2, 3])
    return tuple(rng.choice([0, 1, 2, 3, 4]) if rng.random() < 0.15 else rng.randint(1, 4)
                 for _ in range(nd))


def array(rng, name):
    dt = rng.choice(DTYPES)
    sh = shape(rng)
    n = 1
    for s in sh:
        n *= s
    vals = ", ".join(lit(rng, dt) for _ in range(n))
    return [f"{name} = np.array([{vals}], dtype={dt!r}).reshape({sh})"], sh


def index_obj(rng, n):
    k = rng.random()
    if k < 0.3:
        return str(rng.randint(-n - 1, n + 1))
    if k < 0.5:
        return "[" + ", ".join(str(rng.randint(-n, n)) for _ in range(rng.randint(0, 3))) + "]"
    if k < 0.6:
        return "np.array([" + ", ".join(str(rng.randint(-n, n)) for _ in range(rng.randint(1, 3))) + "])"
    if k < 0.75:
        a, b = rng.randint(-n, n), rng.randint(-n, n + 1)
        return f"slice({a}, {b}, {rng.choice([1, 1, 2, -1])})"
    if k < 0.85:
        return "np.array([" + ", ".join(rng.choice(["True", "False"]) for _ in range(max(n, 1))) + "])"
    return rng.choice(["[[1]]", "[]", "np.array([], dtype=int)", "1.5", "[0, 0]", "np.int64(1)"])


def values(rng):
    k = rng.random()
    if k < 0.4:
        return rng.choice(["9", "-1", "7.5", "True", "2j"])
    if k < 0.8:
        return "[" + ", ".join(rng.choice(["9", "8", "-2"]) for _ in range(rng.randint(1, 3))) + "]"
    return rng.choice(["[[7], [8]]", "[[5, 6]]", "np.array([4.5, 5.5])", "[]"])


def show(expr):
    """The result and its dtype (byte order included) in one entry."""
    return f"_r = {expr}; _r, _r.dtype"


def g_insert(rng):
    out, sh = array(rng, "a")
    ax = rng.choice([None, None, 0, -1, 1, 2, 3])
    n = 1
    if ax is None:
        for s in sh:
            n *= s
    elif sh:
        n = sh[ax % len(sh)] if -len(sh) <= ax < len(sh) else 1
    kw = "" if ax is None else f", axis={ax}"
    out.append(show(f"np.insert(a, {index_obj(rng, n)}, {values(rng)}{kw})"))
    return out


def g_compress(rng):
    out, sh = array(rng, "a")
    ax = rng.choice([None, None, 0, 1, -1, 2])
    n = sh[0] if sh else 1
    m = max(0, n + rng.choice([-1, 0, 0, 1]))
    cond = "[" + ", ".join(rng.choice(["True", "False", "0", "1", "2"]) for _ in range(m)) + "]"
    if rng.random() < 0.08:
        cond = "[[1, 0]]"
    kw = "" if ax is None else f", axis={ax}"
    if rng.random() < 0.5:
        out.append(show(f"np.compress({cond}, a{kw})"))
    else:
        out.append(show(f"a.compress({cond}{kw})"))
    if rng.random() < 0.2:
        out.append(show("np.extract(a != 0, a)"))
    return out


def g_unique(rng):
    out, sh = array(rng, "a")
    fn = rng.choice(["unique_counts", "unique_inverse", "unique_all"])
    out.append(f"_u = np.{fn}(a); _u")
    out.append("_u[0].dtype, len(_u)")
    return out


def statements(rng):
    out = []
    gens = [g_insert, g_insert, g_insert, g_compress, g_compress, g_unique]
    while len(out) < PER_FILE:
        out.extend(rng.choice(gens)(rng))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=1101)
    args = ap.parse_args()
    for k in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + k)
        lines = ["import numpy as np"] + statements(rng)
        write_case_file(f"insert_random_{k}.py", lines, args.outdir)


if __name__ == "__main__":
    main()
