#!/usr/bin/env python3
"""Generate seeded random cases for `np.testing` (issue 13): `assert_allclose`
(rtol/atol/equal_nan/err_msg/verbose), `assert_array_equal`,
`assert_array_almost_equal` (decimal), `assert_array_less`, `assert_equal`
(lists, tuples, nested, scalars, arrays) and `assert_almost_equal`, on random
dtypes and 0-d..3-d shapes, where the second operand is the first with a few
elements perturbed (by amounts around the tolerance), replaced by nan/inf, or
of another shape. Passing calls print nothing; failing ones show NumPy's
AssertionError text (mismatch counts, first five indices, max differences,
the ACTUAL/DESIRED reprs cut to three lines).

Writes tests/pending/testing_random_N.py, or rewrites the file in
tests/conformance/ once moved there.

Usage: python3 tools/gen_testing_cases.py [--outdir DIR] [--seed S]
"""

import argparse
import os
import random

from case_files import write_case_file

FILES = 2
PER_FILE = 120
DTYPES = ["int64", "int32", "uint8", "float64", "float32", "bool"]


def shape_of(rng):
    nd = rng.choice([0, 1, 1, 2, 2, 3])
    return tuple(rng.randint(1, 4) if rng.random() > 0.05 else 0 for _ in range(nd))


def value(rng, dt):
    if dt == "bool":
        return rng.choice([True, False])
    if dt.startswith("int"):
        return rng.randint(-50, 50)
    if dt == "uint8":
        return rng.randint(0, 255)
    return rng.choice([round(rng.uniform(-10, 10), rng.randint(0, 6)), float(rng.randint(-9, 9))])


def flat_size(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def nest(vals, shape):
    if not shape:
        return repr(vals[0])
    step = flat_size(shape[1:])
    return "[" + ", ".join(nest(vals[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])) + "]"


def perturb(rng, vals, dt, tol):
    out = list(vals)
    for _ in range(rng.choice([0, 1, 1, 2, 7])):
        if not out:
            break
        i = rng.randrange(len(out))
        if dt == "bool":
            out[i] = not out[i]
        elif dt in ("int64", "int32", "uint8"):
            out[i] = out[i] + rng.choice([1, 2, 10]) if dt != "uint8" else (out[i] + 1) % 256
        else:
            k = rng.random()
            if k < 0.1:
                out[i] = "np.nan"
            elif k < 0.2:
                out[i] = rng.choice(["np.inf", "-np.inf"])
            elif not isinstance(out[i], str):
                out[i] = out[i] + rng.choice([tol / 3, tol * 3, 1.0, 1e-3, -0.5]) * (abs(out[i]) + 1)
    return out


def lit(vals, shape, dt):
    text = nest([v if isinstance(v, str) else v for v in vals], shape)
    text = text.replace("'np.nan'", "np.nan").replace("'np.inf'", "np.inf").replace("'-np.inf'", "-np.inf")
    return f"np.array({text}, dtype=np.{dt})"


def case(rng):
    dt = rng.choice(DTYPES)
    shape = shape_of(rng)
    n = flat_size(shape)
    vals = [value(rng, dt) for _ in range(n)]
    fn = rng.choice(["assert_allclose", "assert_allclose", "assert_array_equal", "assert_array_almost_equal",
                     "assert_array_less", "assert_equal", "assert_almost_equal"])
    tol = rng.choice([1e-7, 1e-3, 0.1])
    other = perturb(rng, vals, dt, tol)
    oshape = shape
    if rng.random() < 0.08 and shape:
        oshape = shape[:-1] + (shape[-1] + 1,)
        other = [value(rng, dt) for _ in range(flat_size(oshape))]
    a = lit(vals, shape, dt)
    b = lit(other, oshape, dt)
    if dt == "float64" and rng.random() < 0.3:
        a, b = nest(vals, shape), nest(other, oshape).replace("'", "")
    if rng.random() < 0.1:
        b = lit(other[:1], (), dt) if other else b
    kw = []
    if fn == "assert_allclose":
        if rng.random() < 0.5:
            kw.append(f"rtol={tol!r}")
        if rng.random() < 0.3:
            kw.append(f"atol={rng.choice([0.5, 1e-9, 1])!r}")
        if rng.random() < 0.15:
            kw.append("equal_nan=False")
    if fn in ("assert_array_almost_equal", "assert_almost_equal") and rng.random() < 0.6:
        kw.append(f"decimal={rng.randint(1, 8)}")
    if rng.random() < 0.12:
        msg = rng.choice(["oops", "a much longer explanation of what went wrong " * 2, "two\nlines"])
        kw.append(f"err_msg={msg!r}")
    if rng.random() < 0.08 and fn != "assert_equal":
        kw.append("verbose=False")
    return f"np.testing.{fn}({', '.join([a, b] + kw)})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    for k in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + k)
        lines = ["import numpy as np"] + [case(rng) for _ in range(PER_FILE)]
        fname = f"testing_random_{k}.py"
        write_case_file(fname, lines, args.outdir)


if __name__ == "__main__":
    main()
