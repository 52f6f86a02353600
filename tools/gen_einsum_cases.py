#!/usr/bin/env python3
"""Generate random (seeded, deterministic) `np.einsum` contractions whose printed results
show NumPy's summation order to the last bit: matrix products in every transposition,
batched products, inner/outer products, matrix-vector products, traces, partial and full
sums, three-operand chains and the ellipsis, on float64/float32/float16/complex128 data
(`default_rng(...).random`, so the values are NumPy's own) and int8/int64/bool, over
C-ordered, transposed, reversed and stepped views, with mixed dtypes and `dtype=`.
Summed axes are sometimes long (up to 20,000: NumPy's dot kernel and its 8192-element
buffer runs), outputs are kept small and printed with `.tolist()` (every float as its
shortest repr, so one differing bit shows); long outputs print every k-th element.

Writes einsum_random.py to tests/pending/, or rewrites it in tests/conformance/ once moved
there; checked against `src/numpy/einsum_loop.rs`.

Usage: python3 tools/gen_einsum_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/einsum_random.py
"""

import argparse
import random

from case_files import write_case_file

CASES = 220

SPECS = [
    "ij,jk->ik", "ij,kj->ik", "ji,jk->ik", "ji,kj->ik", "ij,jk->ki", "ik,kj->ij",
    "ab,bc->ca", "Ab,bc->Ac", "ij,jk", "bij,bjk->bik", "bij,bkj->bik", "bji,bjk->bik",
    "i,i->", "i,i", "ij,j->i", "ji,j->i", "ij,i->j", "ij,ij->", "ij,ij->i", "ij,ij->j",
    "bi,bi->b", "ij,ik->jk", "i,j->ij", "ij->i", "ij->j", "ij->", "i->", "ii->", "ii",
    "ii,i->i", "ijk,jk->i", "ijk,kj->i", "ijk,ik->j", "ij,jk,kl->il", "i,i,i->",
    "ij,jk,k->i", "...ij,...jk->...ik", "...i,...i->...", "i...,i...->...",
]

DTYPES = ["float64"] * 5 + ["float32"] * 3 + ["float16", "complex128", "int64", "int8",
                                              "bool"]


def labels_of(spec):
    lhs = spec.split("->")[0]
    return [t for t in lhs.split(",")]


def operand(rng, name, term, sizes, dtype, seed):
    """Lines making operand `name` for `term` (ellipsis as one batch axis of length 2)."""
    letters = term.replace("...", "")
    shape = [sizes[c] for c in letters]
    if "..." in term:
        pos = term.index("...")
        shape.insert(len(term[:pos].replace("...", "")), 2)
    view = rng.random()
    lines = []
    # The stored array, then a view of it with the wanted shape.
    if view < 0.2 and len(shape) >= 2:
        stored, expr = list(reversed(shape)), ".T"
    elif view < 0.3 and len(shape) >= 1:
        stored, expr = list(shape), "[::-1]"
    elif view < 0.4 and len(shape) >= 1:
        stored = list(shape)
        stored[-1] = 2 * shape[-1]
        expr = "[..., ::2]"
    else:
        stored, expr = list(shape), ""
    st = tuple(stored)
    if dtype == "complex128":
        make = (f"(np.random.default_rng({seed}).random({st}) - 0.5)"
                f" + 1j * np.random.default_rng({seed + 1}).random({st})")
    elif dtype in ("int64", "int8"):
        make = f"np.random.default_rng({seed}).integers(-9, 10, {st}).astype(np.{dtype})"
    elif dtype == "bool":
        make = f"np.random.default_rng({seed}).random({st}) < 0.5"
    else:
        make = f"(np.random.default_rng({seed}).random({st}) * 2 - 1).astype(np.{dtype})"
    lines.append(f"{name} = ({make}){expr}")
    return lines


def case(rng, seed):
    spec = rng.choice(SPECS)
    terms = labels_of(spec)
    letters = sorted(set("".join(terms).replace(".", "")))
    out = spec.split("->")[1] if "->" in spec else None
    sizes = {c: rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33]) for c in letters}
    summed = [c for c in letters if out is None or c not in out.replace("...", "")]
    if out is None:
        summed = [c for c in letters if "".join(terms).count(c) > 1]
    if summed and rng.random() < 0.25:
        # One long summed axis, the others short so the output stays small.
        long = rng.choice(summed)
        for c in letters:
            sizes[c] = rng.choice([1, 2, 3]) if c != long else rng.choice(
                [100, 1000, 8191, 8192, 8193, 9000, 20000])
    dtype = rng.choice(DTYPES)
    mixed = rng.random() < 0.1 and dtype in ("float64", "float32", "int64")
    lines = []
    names = []
    for k, t in enumerate(terms):
        name = "abcd"[k]
        d = dtype
        if mixed and k == 1:
            d = {"float64": "float32", "float32": "int64", "int64": "float64"}[dtype]
        lines += operand(rng, name, t, sizes, d, seed + 10 * k)
        names.append(name)
    kw = ""
    if rng.random() < 0.08 and dtype in ("float32", "int8"):
        kw = ", dtype=np.float64" if dtype == "float32" else ", dtype=np.int64"
    lines.append(f"r = np.einsum({spec!r}, {', '.join(names)}{kw})")
    lines.append("r.dtype, np.shape(r)")
    lines.append("np.asarray(r).ravel()[:: max(1, np.size(r) // 24)].tolist()")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines = ["import numpy as np"]
    for i in range(CASES):
        lines += case(rng, 1000 + 7 * i)
    write_case_file("einsum_random.py", lines, args.outdir)


if __name__ == "__main__":
    main()
