#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for the indexing helpers of issue 13:
take_along_axis/put_along_axis (axis None too), ix_ (bools, empties), choose (modes,
broadcasting, out=), lexsort (ties, 2-d keys, axis), tril/triu_indices (+_from),
diag_indices (+_from), fill_diagonal (wrap, repeating values, n-d), vander (N,
increasing, dtypes), iscomplexobj/isrealobj/isscalar/isfortran, asarray_chkfinite,
real_if_close, sort_complex, trim_zeros (trim, axis, lists) and dsplit — on random
dtypes and shapes, with their errors. Integer data only where sums or products could
round, so the results are machine-independent.

Writes tests/pending/index_random_N.py (N = 1..FILES), or rewrites the file in
tests/conformance/ if it has already been moved there.

Usage: python3 tools/gen_index_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/index_random_*.py
"""

import argparse
import os
import random

FILES = 2
PER_FILE = 130

DTYPES = ["bool", "int8", "int32", "int64", "uint8", "float32", "float64", "complex128"]


def lit(rng, dt):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt.startswith("int") or dt.startswith("uint"):
        return str(rng.randint(0 if dt.startswith("u") else -5, 5))
    v = str(rng.randint(-6, 6) / 2)
    if dt.startswith("complex"):
        return "%s%+dj" % (v, rng.randint(-2, 2))
    return v


def nested(rng, shape, dt):
    if not shape:
        return lit(rng, dt)
    return "[" + ", ".join(nested(rng, shape[1:], dt) for _ in range(shape[0])) + "]"


def arr(rng, shape, dt):
    if 0 in shape:
        return "np.zeros(%r, dtype=np.%s)" % (tuple(shape), dt)
    return "np.array(%s, dtype=np.%s)" % (nested(rng, shape, dt), dt)


def shape(rng, lo=1, hi=3):
    return [rng.randint(1, 4) for _ in range(rng.randint(lo, hi))]


def along(rng):
    s = shape(rng)
    a = arr(rng, s, rng.choice(DTYPES))
    ax = rng.randint(-len(s), len(s) - 1)
    if rng.random() < 0.5:
        idx = "np.argsort(%s, axis=%d)" % (a, ax)
    else:
        s2 = list(s)
        s2[ax] = rng.randint(0, 3)
        idx = "np.array(%s, dtype=np.int64).reshape(%r)" % (
            [rng.randint(-s[ax], s[ax] - 1) for _ in range(max(1, eval("*".join(map(str, s2)) or "1")))][:eval("*".join(map(str, s2)))], tuple(s2))
    r = rng.random()
    if r < 0.1:
        return "np.take_along_axis(%s, np.array([0, 1]), axis=None)" % a
    if r < 0.15:
        return "np.take_along_axis(%s, np.array([[0.5]]), axis=0)" % a
    if r < 0.6:
        return "np.take_along_axis(%s, %s, axis=%d)" % (a, idx, ax)
    return "b = %s; np.put_along_axis(b, %s, %s, axis=%d); b" % (a, idx, rng.choice(["9", "-1", "[7]", "0.5"]), ax)


def ix(rng):
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(["[0, 2]", "[1]", "[True, False, True]", "np.array([2, 0, 1])",
                                 "[]", "np.array([], dtype=float)", "range(2)", "[[1]]"]))
    call = "np.ix_(%s)" % ", ".join(parts)
    if rng.random() < 0.5:
        return "np.arange(12).reshape(3, 4)[np.ix_([0, 2], %s)]" % rng.choice(["[1, 3]", "[True, False, True, False]", "[0]"])
    return call


def choose(rng):
    n = rng.randint(1, 4)
    s = shape(rng, 1, 2)
    dts = [rng.choice(["int64", "float64", "int8", "bool"]) for _ in range(n)]
    choices = ", ".join(arr(rng, s if rng.random() < 0.7 else s[-1:], d) for d in dts)
    a = "np.array(%s)" % nested(rng, s, "int64").replace("-", "")
    mode = rng.choice(["", ", mode='wrap'", ", mode='clip'", ", mode='raise'", ", mode='bad'"])
    if rng.random() < 0.1:
        a = "np.array([0.0, 1.0])"
    return "np.choose(%s, [%s]%s)" % (a, choices, mode)


def lexsort(rng):
    n = rng.randint(1, 6)
    k = rng.randint(1, 3)
    keys = ", ".join("%r" % [rng.randint(0, 2) for _ in range(n)] for _ in range(k))
    r = rng.random()
    if r < 0.15:
        return "np.lexsort(np.array([%s]).reshape(%d, 1, %d), axis=%d)" % (keys, k, n, rng.choice([0, 1, -1]))
    if r < 0.2:
        return rng.choice(["np.lexsort(())", "np.lexsort(([1, 2], [1, 2, 3]))", "np.lexsort(5)"])
    if r < 0.35:
        return "np.lexsort(np.array([%s], dtype=np.float64))" % keys
    return "np.lexsort((%s,))" % keys


def tri(rng):
    f = rng.choice(["tril_indices", "triu_indices", "tril_indices_from", "triu_indices_from",
                    "diag_indices", "diag_indices_from"])
    if f.endswith("_from"):
        s = rng.choice([[3, 3], [2, 4], [4, 2], [3], [2, 2, 2], [0, 0]])
        k = "" if f.startswith("diag") else rng.choice(["", ", k=1", ", k=-1", ", 2"])
        return "np.%s(np.zeros(%r))%s" % (f, tuple(s), "" if not k else "")[:-0 or None] if False else \
            "np.%s(np.zeros(%r)%s)" % (f, tuple(s), k)
    if f == "diag_indices":
        return "np.diag_indices(%d%s)" % (rng.randint(0, 4), rng.choice(["", ", 3", ", ndim=1"]))
    return "np.%s(%d%s%s)" % (f, rng.randint(0, 4), rng.choice(["", ", 1", ", k=-1", ", -5", ", 2"]),
                              rng.choice(["", ", m=2", ", m=5"]))


def fill(rng):
    s = rng.choice([[3, 3], [5, 3], [3, 5], [2, 2, 2], [6, 2], [3], [2, 3, 3], [0, 0]])
    dt = rng.choice(["int64", "float64", "bool", "complex128"])
    val = rng.choice(["5", "[1, 2]", "[1, 2, 3, 4]", "2.5", "np.array([[9]])", "[]"])
    wrap = rng.choice(["", ", wrap=True", ", wrap=False"])
    return "a = np.zeros(%r, dtype=np.%s); np.fill_diagonal(a, %s%s); a" % (tuple(s), dt, val, wrap)


def vander(rng):
    dt = rng.choice(["int64", "int8", "float64", "complex128", "bool", "uint8"])
    x = arr(rng, [rng.randint(0, 4)], dt)
    if rng.random() < 0.1:
        x = "[[1, 2]]"
    n = rng.choice(["", ", 0", ", 1", ", 3", ", N=5"])
    inc = rng.choice(["", ", increasing=True"])
    return "np.vander(%s%s%s)" % (x, n, inc)


def preds(rng):
    f = rng.choice(["iscomplexobj", "isrealobj", "isscalar", "isfortran"])
    x = rng.choice(["3", "3.5", "1j", "True", "'s'", "None", "[1, 2]", "[1j]", "np.float32(2)",
                    "np.complex64(1)", "np.array(3)", "np.zeros((2, 3))", "np.zeros((2, 3), order='F')",
                    "np.zeros((2, 3)).T", "np.zeros(3)", "np.zeros((1, 3), order='F')",
                    "np.zeros(2, dtype=complex)", "(1, 2)"])
    return "np.%s(%s)" % (f, x)


def misc(rng):
    r = rng.random()
    if r < 0.25:
        x = rng.choice(["[1, 2, np.inf]", "[1.5, 2]", "[1, 2]", "np.array([np.nan])", "[1j, 2]",
                        "np.array([1+1j, np.inf])"])
        return "np.asarray_chkfinite(%s%s)" % (x, rng.choice(["", ", dtype=np.float32"]))
    if r < 0.45:
        x = rng.choice(["[2.1 + 4e-14j, 5.2 + 3e-15j]", "[2.1 + 4e-13j, 5.2 + 3e-15j]", "[1+1j]",
                        "np.array([1+1e-6j], dtype=np.complex64)", "[1.0, 2.0]", "np.array([3+0j])"])
        return "np.real_if_close(%s%s)" % (x, rng.choice(["", ", tol=1000", ", tol=1e-5", ", 1"]))
    if r < 0.6:
        dt = rng.choice(["int8", "int64", "uint16", "float32", "float64", "complex64", "bool"])
        return "np.sort_complex(%s)" % arr(rng, [rng.randint(0, 5)], dt)
    if r < 0.85:
        s = rng.choice([[6], [0], [3, 4], [2, 2, 3]])
        dt = rng.choice(["int64", "float64", "bool"])
        base = "np.zeros(%r, dtype=np.%s)" % (tuple(s), dt)
        import functools
        size = functools.reduce(lambda a, b: a * b, s, 1)
        if size and rng.random() < 0.8:
            vals = [rng.choice([0, 0, 0, 1, 2]) for _ in range(size)]
            base = "np.array(%r, dtype=np.%s).reshape(%r)" % (vals, dt, tuple(s))
        if rng.random() < 0.2 and len(s) == 1:
            base = repr([rng.choice([0, 0, 1, 2]) for _ in range(s[0])])
        trim = rng.choice(["", ", 'f'", ", 'b'", ", 'BF'", ", 'x'", ", trim='fb'"])
        axis = rng.choice(["", "", ", axis=0", ", axis=-1", ", axis=(0,)", ", axis=3"])
        return "np.trim_zeros(%s%s%s)" % (base, trim, axis)
    s = rng.choice([[2, 2, 4], [1, 2, 6], [2, 3], [2, 2, 3, 2]])
    return "np.dsplit(np.arange(%d).reshape(%r), %s)" % (
        eval("*".join(map(str, s))), tuple(s), rng.choice(["2", "[1, 3]", "3", "[]"]))


GENS = [along, along, ix, choose, choose, lexsort, lexsort, tri, tri, fill, vander, preds, misc, misc]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "pending"))
    ap.add_argument("--seed", type=int, default=1515)
    args = ap.parse_args()
    conf = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        name = "index_random_%d.py" % i
        path = os.path.join(conf, name) if os.path.exists(os.path.join(conf, name)) \
            else os.path.join(args.outdir, name)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for _ in range(PER_FILE):
                f.write(rng.choice(GENS)(rng) + "\n")
        print(path)


if __name__ == "__main__":
    main()
