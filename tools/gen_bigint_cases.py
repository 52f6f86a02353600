#!/usr/bin/env python3
"""Write tests/fixtures/bigint/cases.jsonl: CPython 3.11's results for Python int
arithmetic around and beyond the 128-bit range (+ - * // % ** << >> & | ^ /, unary - ~,
comparisons with ints and floats, float(i)), for the unit tests of src/value/bigint.rs
and src/value/pyops.rs, which read this file.

Usage: python3 tools/gen_bigint_cases.py [--seed N]

Operands are seeded random ints of 1 to 400 bits (and their negatives), values at the
i128 and 2**53 edges, ratios whose quotient falls halfway between two floats, and floats
near big ints. Each line: {"op": ..., "a": ..., "b": ..., "out": ...} or "err"; ints are
decimal strings, floats `float.hex()` (or "inf"/"nan"), bools true/false.
"""
import argparse
import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "bigint", "cases.jsonl")


def enc(v):
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex() if math.isfinite(v) else repr(v)}
    raise TypeError(type(v))


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "/": lambda a, b: a / b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
    "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "**": lambda a, b: a ** b,
    "==": lambda a, b: a == b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b,
}


def case(op, a, b):
    try:
        r = {"out": enc(OPS[op](a, b))}
    except Exception as e:  # the oracle's error is the expected result
        r = {"err": f"{type(e).__name__}: {e}"}
    return {"op": op, "a": enc(a), "b": enc(b), **r}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    edges = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**64, 2**127 - 1, -(2**127),
             2**127, -(2**127) - 1, 2**128, 10**38, 10**40, -(10**50), 3**100]

    def rand_int():
        bits = rng.choice([1, 8, 31, 54, 64, 100, 127, 128, 129, 200, 400])
        v = rng.getrandbits(bits) | 1
        return -v if rng.random() < 0.5 else v

    cases = []
    ints = edges + [rand_int() for _ in range(60)]
    for _ in range(1500):
        a, b = rng.choice(ints), rng.choice(ints)
        op = rng.choice(["+", "-", "*", "//", "%", "/", "&", "|", "^", "==", "<", ">="])
        cases.append(case(op, a, b))
    for a in ints:
        cases.append(case(">>", a, rng.choice([0, 1, 7, 64, 127, 128, 300])))
        cases.append(case("<<", a, rng.choice([0, 1, 7, 64, 100])))
        cases.append(case("**", a, rng.choice([0, 1, 2, 3, 5, 9])))
        cases.append(case("**", rng.choice([2, -3, 10]), rng.choice([60, 127, 128, 200])))
        cases.append(case("-", 0, a))
        cases.append(case("^", a, -1))  # ~a
    # True division that lands halfway between floats, or in the subnormal range.
    for _ in range(200):
        m = rng.getrandbits(54) | (1 << 53) | 1
        k = rng.randint(0, 300)
        cases.append(case("/", m << k, 1 << rng.randint(0, k + 60)))
        cases.append(case("/", rng.getrandbits(200) + 1, rng.getrandbits(rng.randint(1, 1300)) + 1))
    # float(i) is i / 1; ints next to floats in comparisons.
    for a in ints:
        cases.append(case("/", a, 1))
        f = float(a) if abs(a) < 2**1000 else 1e300
        for g in [f, math.nextafter(f, math.inf), math.nextafter(f, -math.inf), f + 0.5,
                  math.inf, -math.inf, math.nan]:
            cases.append(case(rng.choice(["==", "<", ">="]), a, g))
            cases.append(case(rng.choice(["==", "<", ">="]), g, a))
        cases.append(case("+", a, 0.5))
        cases.append(case("*", a, 1.0))
    cases.append(case("*", 10**400, 1.0))
    cases.append(case("/", 10**400, 3))
    cases.append(case("/", 1, 10**400))
    cases.append(case("//", 10**40, 0))
    cases.append(case("%", 10**40, 0))
    cases.append(case("/", 10**40, 0))
    cases.append(case("<<", 10**40, -1))
    cases.append(case("**", 0, -1))
    cases.append(case("**", 10**40, -1))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")
    print(f"{len(cases)} cases -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
