#!/usr/bin/env python3
"""Generate random (seeded, deterministic) corner cases for `np.poly1d`: polynomials of
random integer, float (halves, tiny and huge magnitudes for `.4g`), complex and bool
coefficients with leading zeros, constants and all-zero ones; their repr and the two-line
`str` (long ones wrap at 70 columns, other variable names), calls on scalars and arrays,
arithmetic with polynomials, scalars and lists on either side (`+ - * / **`, bad powers),
`==`/`!=`, `p[k]` past either end, `len`, `list(p)`, `.order`, `deriv`/`integ`
(orders, constants) and the `np.poly*` functions on them.

Writes tests/conformance/poly1d_random.py (no roots: eigenvalue solvers' last bits are
covered by polyfit_random, which rounds them).

Usage: python3 tools/gen_poly1d_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/poly1d_random.py
"""

import argparse
import random

from case_files import write_case_file

CASES = 150


def coeff(rng, kind):
    if kind == "int":
        return str(rng.randint(-9, 9))
    if kind == "float":
        return rng.choice(["0.5", "-2.25", "1e-05", "12345.678", "-0.0", "3.0", "1.5e10",
                           "0.1", "-7.0"])
    if kind == "complex":
        return rng.choice(["1j", "(2+1j)", "-3j", "(0.5-2j)", "4", "0j"])
    return rng.choice(["True", "False"])


def poly(rng):
    kind = rng.choice(["int", "int", "float", "complex", "bool"])
    n = rng.choice([0, 1, 2, 3, 4, 6, 12, 25])
    cs = [coeff(rng, kind) for _ in range(n)]
    if cs and rng.random() < 0.3:
        cs = ["0"] * rng.randint(1, 2) + cs
    var = ""
    if rng.random() < 0.15:
        var = ", variable=" + repr(rng.choice(["z", "t", "lam"]))
    return f"np.poly1d([{', '.join(cs)}]{var})"


def operand(rng):
    return rng.choice([poly(rng), "2", "-1.5", "1j", "[1, 2]", "[3]", "np.int8(2)", "True"])


def case(rng):
    k = rng.random()
    if k < 0.25:
        return [f"p = {poly(rng)}", "p", "print(p)"]
    if k < 0.35:
        return [f"p = {poly(rng)}", "p.order, len(p), p.variable, list(p)",
                f"p[{rng.randint(-1, 5)}], p[0]"]
    if k < 0.45:
        x = rng.choice(["0", "2", "-1.5", "[1, 2, 3]", "np.arange(4).reshape(2, 2)", "1j",
                        "np.float32(0.5)", poly(rng)])
        return [f"p = {poly(rng)}", f"p({x})"]
    if k < 0.75:
        op = rng.choice(["+", "-", "*", "*", "/", "**"])
        if op == "**":
            b = rng.choice(["0", "1", "2", "3", "-1", "1.5", "2.0"])
        else:
            b = operand(rng)
        if rng.random() < 0.3 and op != "**":
            return [f"p = {poly(rng)}", f"{b} {op} p"]
        return [f"p = {poly(rng)}", f"p {op} {b}"]
    if k < 0.82:
        return [f"p = {poly(rng)}", f"q = {poly(rng)}", "p == q, p != q, p == p"]
    if k < 0.92:
        m = rng.choice(["", "0", "1", "2", "3", "-1"])
        if rng.random() < 0.5:
            return [f"p = {poly(rng)}", f"p.deriv({m})"]
        kk = rng.choice(["", ", k=2", ", k=[1, 2, 3]", ", k=[1]"])
        mm = m if m else "1"
        return [f"p = {poly(rng)}", f"p.integ({mm}{kk})"]
    f = rng.choice(["polyadd", "polysub", "polymul", "polyder", "polyint", "polyval"])
    if f in ("polyder", "polyint"):
        return [f"p = {poly(rng)}", f"np.{f}(p)"]
    if f == "polyval":
        return [f"p = {poly(rng)}", f"np.polyval(p, {rng.choice(['2', '[1, 2]', poly(rng)])})"]
    return [f"p = {poly(rng)}", f"np.{f}(p, {operand(rng)})"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=1066)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines = ["import numpy as np"]
    for _ in range(CASES):
        lines += case(rng)
    write_case_file("poly1d_random.py", lines, args.outdir)


if __name__ == "__main__":
    main()
