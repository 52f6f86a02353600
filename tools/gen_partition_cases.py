#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for np.partition / np.argpartition and
the ndarray methods, checking that arrsh's port of NumPy's introselect leaves the
non-kth elements in exactly NumPy's order.

Writes tests/conformance/partition_random_N.py (N = 1..FILES). Arrays of every dtype,
0-d to 3-d shapes with empty axes, many ties (small value ranges) and longer rows built
from `np.arange` arithmetic (up to 700 elements, so the median-of-3 loop, the pivot stack
and the O(n*kth) path all run); kth as int, negative int, sequences (unsorted, repeated),
arrays, and the errors (out of bounds, bool, float, 2-d kth, bad axis, kind=, order=).

NumPy gives a *single* kth of a 16/32/64-bit array to x86-simd-sort's AVX-512
quickselect on this machine. arrsh reproduces what it does for rows up to the sorting
network's size (the whole row sorted, NaNs first moved to the end) but not the network's
argsort tie order, its argselect of float rows holding NaN (libstdc++'s nth_element), or
longer rows; the generator keeps out of those (single-kth argpartition of such dtypes gets
distinct, NaN-free values and rows of at most 256; single-kth partition rows stay within
the network size). See docs/differences.md.

Usage: python3 tools/gen_partition_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/partition_random_*.py
"""

import argparse
import os
import random

FILES = 2
PER_FILE = 130

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
          "uint64", "float16", "float32", "float64", "complex64", "complex128"]
# Row length up to which NumPy's SIMD quickselect (single kth) sorts the whole row.
SIMD_VALUE = {"int16": 512, "uint16": 512, "float16": 128, "int32": 512, "uint32": 512,
              "float32": 512, "int64": 256, "uint64": 256, "float64": 256}
SIMD_ARG = {"int32", "uint32", "float32", "int64", "uint64", "float64"}


def lit(rng, dt, distinct_pool=None):
    if distinct_pool is not None:
        v = distinct_pool.pop()
        return str(v)
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt.startswith("u"):
        return str(rng.randint(0, 9))
    if dt.startswith("int"):
        return str(rng.randint(-9, 9))
    v = rng.choice([str(rng.randint(-9, 9)), "%.1f" % (rng.randint(-20, 20) / 2),
                    "np.nan" if rng.random() < 0.3 else "0.5", "-0.0", "np.inf"])
    if dt.startswith("complex"):
        im = rng.choice(["0", "1", "-1", "2"])
        if v.startswith("np."):
            return "complex(%s, %s)" % (v, im)
        return "complex(%s, %s)" % (v, im)
    return v


def nested(rng, shape, dt, pool):
    if not shape:
        return lit(rng, dt, pool)
    return "[" + ", ".join(nested(rng, shape[1:], dt, pool) for _ in range(shape[0])) + "]"


def small_shape(rng):
    nd = rng.choice([1, 1, 1, 2, 2, 3])
    return tuple(0 if rng.random() < 0.06 else rng.randint(1, 7) for _ in range(nd))


def kth_expr(rng, n, single):
    if n == 0:
        return "0"
    if single:
        k = rng.randint(-n, n - 1)
        return rng.choice([str(k), str(k), "np.int32(%d)" % k])
    ks = [rng.randint(-n, n - 1) for _ in range(rng.randint(2, 4))]
    form = rng.choice(["list", "tuple", "array"])
    body = ", ".join(map(str, ks))
    if form == "list":
        return "[%s]" % body
    if form == "tuple":
        return "(%s)" % body
    return "np.array([%s])" % body


def long_array(rng, dt, n, distinct):
    mult, mod = rng.choice([(37, 101), (7, 13), (13, 1000003), (5, 3), (11, 64)])
    if distinct:
        mod = 1000003
        mult = rng.choice([37, 101, 7919])
    off = rng.randint(0, 50)
    if dt == "bool":
        return "(np.arange(%d) * %d %% %d > %d)" % (n, mult, mod, mod // 2)
    return "((np.arange(%d) * %d + %d) %% %d).astype(np.%s)" % (n, mult, off, mod, dt)


def statements(rng):
    out = []
    for i in range(PER_FILE):
        dt = rng.choice(DTYPES)
        arg = rng.random() < 0.45
        single = rng.random() < 0.6
        name = "a%d" % i
        if rng.random() < 0.25:
            n = rng.choice([5, 17, 40, 100, 130, 256, 300, 513, 700])
            limit = 256 if arg else SIMD_VALUE.get(dt, 10 ** 9)
            simd = dt in SIMD_ARG if arg else dt in SIMD_VALUE
            if single and simd and n > limit:
                single = False
            distinct = arg and single and dt in SIMD_ARG
            if distinct and dt in ("float16",):
                distinct = False
            out.append("%s = %s" % (name, long_array(rng, dt, n, distinct)))
            shape = (n,)
        else:
            shape = small_shape(rng)
            size = 1
            for s in shape:
                size *= s
            pool = None
            if arg and single and dt in SIMD_ARG:
                vals = list(range(-size, size))
                rng.shuffle(vals)
                pool = vals[:size]
            out.append("%s = np.array(%s, dtype=np.%s)" % (name, nested(rng, shape, dt, pool), dt))
        nd = len(shape)
        axis_choice = rng.random()
        if axis_choice < 0.6:
            axis, n = None, shape[-1] if shape else 1
            axis_kw = ""
        elif axis_choice < 0.75:
            axis_kw, n = ", axis=None", 1
            for s in shape:
                n *= s
            axis = "None"
        else:
            ax = rng.randint(-nd, nd - 1) if rng.random() < 0.9 else nd
            axis_kw = ", axis=%d" % ax
            n = shape[ax] if -nd <= ax < nd else 1
            axis = ax
        if axis == "None" and single and (dt in SIMD_ARG if arg else dt in SIMD_VALUE):
            limit = 256 if arg else SIMD_VALUE[dt]
            if n > limit:
                single = False
        kth = kth_expr(rng, n, single)
        r = rng.random()
        if r < 0.05:
            kth = rng.choice(["%d" % (n + rng.randint(0, 3)), "True", "1.0", "[[0, 1]]",
                              "[]", "-%d" % (n + 1)])
        elif r < 0.08:
            axis_kw += rng.choice([", kind='quicksort'", ", kind='introselect'", ", order='x'"])
        func = "argpartition" if arg else "partition"
        if rng.random() < 0.25 and axis != "None":
            if arg:
                out.append("%s.argpartition(%s%s)" % (name, kth, axis_kw))
            else:
                out.append("b = %s.copy(); b.partition(%s%s); b" % (name, kth, axis_kw))
        else:
            out.append("np.%s(%s, %s%s)" % (func, name, kth, axis_kw))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=2417)
    args = ap.parse_args()
    for i in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + i)
        path = os.path.join(args.outdir, "partition_random_%d.py" % i)
        with open(path, "w") as f:
            f.write("import numpy as np\n")
            for s in statements(rng):
                f.write(s + "\n")
        print(path)


if __name__ == "__main__":
    main()
