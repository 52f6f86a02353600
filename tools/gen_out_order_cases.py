#!/usr/bin/env python3
"""Seeded generator of tests/conformance/out_order_random.py (~300 statements): the memory
order of a ufunc's new output (NumPy's order='K'). Random 2-d..4-d arrays of several dtypes
made Fortran-ordered, transposed, axis-permuted, reversed, stepped or broadcast, combined by
operators and unary/binary ufuncs (same and mixed dtypes, Python scalars, broadcasting
against smaller operands, conflicting layouts), each result shown by its `strides`, its
C/F flags and its values, so the transcript pins the layout NumPy's iterator picks.

Usage: python3 tools/gen_out_order_cases.py [--outdir DIR] [--seed N], then
python3 tools/numpy_transcript.py tests/conformance/out_order_random.py
"""

import argparse
import random

from case_files import write_case_file

DTYPES = ["np.int8", "np.int32", "np.int64", "np.float32", "np.float64", "np.uint16", "np.bool_"]
UNARY = ["np.negative", "np.abs", "np.square", "np.sqrt", "np.exp", "np.floor", "np.sign", "np.isnan", "np.invert", "np.logical_not"]
BINARY = ["+", "-", "*", "/", "//", "%", "<", "==", "&", "np.maximum", "np.hypot", "np.add", "np.multiply"]


def make_array(rng, name):
    nd = rng.randint(2, 4)
    shape = [rng.randint(1, 4) for _ in range(nd)]
    dt = rng.choice(DTYPES)
    size = 1
    for d in shape:
        size *= d
    base = f"np.arange({size}).reshape({tuple(shape)}).astype({dt})"
    kind = rng.choice(["c", "f", "T", "perm", "rev", "step", "fperm"])
    if kind == "f":
        expr = f"np.asfortranarray({base})"
    elif kind == "T":
        expr = f"{base}.T"
    elif kind == "perm" or kind == "fperm":
        axes = list(range(nd))
        rng.shuffle(axes)
        src = f"np.asfortranarray({base})" if kind == "fperm" else base
        expr = f"{src}.transpose({tuple(axes)})"
    elif kind == "rev":
        idx = ", ".join(rng.choice(["::-1", ":"]) for _ in range(nd))
        expr = f"{base}[{idx}]"
    elif kind == "step":
        idx = ", ".join(rng.choice(["::2", ":", "1:"]) for _ in range(nd))
        expr = f"{base}[{idx}]"
    else:
        expr = base
    return f"{name} = {expr}", dt


def partner(rng, name, other):
    """A second operand: the same layout kind of another array, a smaller broadcast one,
    a transposed copy, a scalar."""
    choice = rng.choice(["same", "T", "row", "col", "scalar", "f", "copy"])
    if choice == "same":
        return f"{name} = {other}[...]"
    if choice == "T":
        return f"{name} = np.ascontiguousarray({other}.T).T"
    if choice == "row":
        return f"{name} = np.ones({other}.shape[-1:], dtype=np.int16)"
    if choice == "col":
        return f"{name} = np.ones({other}.shape[:1] + (1,) * ({other}.ndim - 1), dtype=np.float32)"
    if choice == "scalar":
        return f"{name} = {rng.choice(['3', '2.5', 'True', 'np.int8(2)'])}"
    if choice == "f":
        return f"{name} = np.asfortranarray(np.ones({other}.shape, dtype=np.int32))"
    return f"{name} = np.array({other}, order='C')"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=20261203)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines = ["import numpy as np", "np.seterr(all='ignore')", "show = lambda r: (r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.dtype, r.tolist())"]
    for case in range(150):
        stmt, _ = make_array(rng, "a")
        lines.append(stmt)
        kind = rng.random()
        if kind < 0.35:
            f = rng.choice(UNARY)
            if f in ("np.invert",):
                lines.append(f"show({f}(a.astype(np.int16)))" if rng.random() < 0.5 else f"show({f}(a > 1))")
            else:
                lines.append(f"show({f}(a))")
        else:
            lines.append(partner(rng, "b", "a"))
            op = rng.choice(BINARY)
            x, y = ("a", "b") if rng.random() < 0.7 else ("b", "a")
            if op == "&":
                lines.append(f"show(({x} > 1) & ({y} > 0))")
            elif op.startswith("np."):
                lines.append(f"show({op}({x}, {y}))")
            else:
                lines.append(f"show(np.asarray({x} {op} {y}))")
    write_case_file("out_order_random.py", lines, args.outdir)


if __name__ == "__main__":
    main()
