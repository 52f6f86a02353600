#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for the order of NumPy's hash-based
unique: `np.unique(x, sorted=False)` and `np.unique_values(x)` on integer arrays of every
width and both byte orders, and complex64/complex128 arrays with nans and signed zeros
(`equal_nan` True and False). Sizes run from 0 to past the 1024-bucket hint and through
several rehashes of libstdc++'s table, value ranges from a handful of values to all
distinct ones; `sorted=True`, `axis=` and `return_counts=` (which sort) are mixed in.
Each result is shown by its length, dtype, first values and a position-weighted checksum
(so the whole order is compared).

Writes unique_order_random.py to tests/pending/, or rewrites it in tests/conformance/
once moved there.

Usage: python3 tools/gen_unique_order_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/unique_order_random.py
"""

import argparse
import random

from case_files import write_case_file

CASES = 160
INTS = ["np.int8", "np.uint8", "np.int16", "np.uint16", "np.int32", "np.uint32",
        "np.int64", "np.uint64", "'>i2'", "'>u4'", "'>i8'", "'<i4'"]
LIMITS = {"np.int8": (-128, 127), "np.uint8": (0, 255), "np.int16": (-2**15, 2**15 - 1),
          "np.uint16": (0, 2**16 - 1), "'>i2'": (-2**15, 2**15 - 1)}


def size(rng):
    return rng.choice([0, 1, 2, 3, 5, 8, 12, 13, 14, 20, 21, 40, 100, 500, 1023, 1024,
                       1025, 1500, 3000, 7000])


def int_case(rng, k):
    dt = rng.choice(INTS)
    lo, hi = LIMITS.get(dt, (-10**6, 10**6))
    if "u" in dt:
        lo = 0
    span = rng.choice([3, 10, 100, 1000, 10**5, hi - lo])
    a = rng.randint(lo, max(lo, hi - span))
    b = min(hi, a + span)
    n = size(rng)
    seed = rng.randint(0, 10**6)
    return [f"x = np.random.default_rng({seed}).integers({a}, {b}, {n}, endpoint=True).astype({dt})"]


def complex_case(rng, k):
    dt = rng.choice(["np.complex128", "np.complex64", "'>c16'"])
    n = size(rng)
    seed = rng.randint(0, 10**6)
    span = rng.choice([2, 5, 50, 10**4])
    lines = [
        f"g = np.random.default_rng({seed})",
        f"x = (g.integers(-{span}, {span}, {n}) + 1j * g.integers(-{span}, {span}, {n})).astype({dt})",
    ]
    if n > 4:
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(n)
            lines.append(f"x[{i}] = " + rng.choice(
                ["complex(np.nan, 0)", "complex(0, np.nan)", "complex(-0.0, 0.0)",
                 "complex(0.0, -0.0)", "complex(np.nan, np.nan)", "-0.0"]))
    return lines


SHOW = ("u.size, u.dtype, u[:8], "
        "int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0")


def calls(rng, is_complex):
    out = []
    form = rng.random()
    if form < 0.45:
        en = ", equal_nan=False" if is_complex and rng.random() < 0.4 else ""
        out.append(f"u = np.unique(x, sorted=False{en})")
    elif form < 0.75:
        out.append("u = np.unique_values(x)")
    elif form < 0.85:
        out.append("u = np.unique(x)")
    elif form < 0.93:
        out.append("u = np.unique(x, sorted=False, return_counts=True)[0]")
    else:
        out.append("u = np.unique(x, sorted=False, axis=0)")
    out.append(SHOW)
    if is_complex:
        out.append("np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()")
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--outdir")
    p.add_argument("--seed", type=int, default=2406)
    args = p.parse_args()
    rng = random.Random(args.seed)
    lines = ["import numpy as np"]
    for k in range(CASES):
        is_complex = rng.random() < 0.3
        lines += complex_case(rng, k) if is_complex else int_case(rng, k)
        lines += calls(rng, is_complex)
    write_case_file("unique_order_random.py", lines, args.outdir)


if __name__ == "__main__":
    main()
