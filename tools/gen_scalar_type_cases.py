#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for NumPy's scalar type hierarchy and
the type questions of issue 13: `np.issubdtype` (concrete and abstract classes, dtype
objects, strings, Python types, array dtypes, their errors), `issubclass`/`isinstance`
against `np.generic np.number np.integer np.signedinteger np.unsignedinteger np.inexact
np.floating np.complexfloating`, `x.dtype.type`, `np.min_scalar_type` of Python and NumPy
scalars and 0-d arrays around every type's limits (int8..uint64 edges, float16/float32
ranges, nan/inf, complex parts), and `np.common_type` of array mixes.

Writes tests/conformance/scalar_types_random.py (no int beyond 64 bits: that would be
dtype('O'), which arrsh does not have).

Usage: python3 tools/gen_scalar_type_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/scalar_types_random.py
"""

import argparse
import os
import random

N = 300
CONCRETE = ["np.bool_", "np.int8", "np.int16", "np.int32", "np.int64", "np.uint8",
            "np.uint16", "np.uint32", "np.uint64", "np.float16", "np.float32",
            "np.float64", "np.complex64", "np.complex128", "np.intp", "np.double",
            "np.single", "np.ubyte"]
ABSTRACT = ["np.generic", "np.number", "np.integer", "np.signedinteger",
            "np.unsignedinteger", "np.inexact", "np.floating", "np.complexfloating"]
SPECS = ["'f8'", "'i4'", "'u2'", "'c8'", "'?'", "'float32'", "'int64'", "float", "int",
         "complex", "bool", "np.dtype('f4')", "np.dtype(np.uint8)", "np.arange(3).dtype",
         "np.zeros(2, np.complex64).dtype"]
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "float16", "float32", "float64", "complex64", "complex128"]
EDGES = [0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31,
         2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1]
FLOATS = ["0.0", "-0.0", "1.5", "64999.0", "65000.0", "-65000.0", "-64999.5", "1e5",
          "3.3e38", "3.4e38", "-3.5e38", "1e300", "np.nan", "np.inf", "-np.inf", "1e-300"]


def rand_int(rng):
    v = rng.choice(EDGES)
    v += rng.choice([-1, 0, 0, 1])
    if rng.random() < 0.5:
        v = -v
    return max(min(v, 2**64 - 1), -2**63)


def statement(rng):
    r = rng.random()
    if r < 0.25:
        a = rng.choice(CONCRETE + ABSTRACT + SPECS)
        b = rng.choice(CONCRETE + ABSTRACT + SPECS)
        return "np.issubdtype(%s, %s)" % (a, b)
    if r < 0.35:
        a = rng.choice(CONCRETE + ABSTRACT)
        b = rng.choice(ABSTRACT + CONCRETE + ["float", "int", "complex", "object"])
        if rng.random() < 0.3:
            b = "(%s, %s)" % (b, rng.choice(ABSTRACT))
        return "issubclass(%s, %s)" % (a, b)
    if r < 0.45:
        dt = rng.choice(DTYPES)
        v = "np.%s(%s)" % (dt, rng.choice(["0", "1", "3"]))
        if rng.random() < 0.3:
            v = "np.ones(2, dtype=np.%s)[0]" % dt
        return "isinstance(%s, %s)" % (v, rng.choice(ABSTRACT + ["float", "int", "complex"]))
    if r < 0.5:
        dt = rng.choice(DTYPES)
        return rng.choice(["np.zeros(1, np.%s).dtype.type" % dt,
                           "np.issubdtype(np.zeros(1, np.%s).dtype, %s)" % (dt, rng.choice(ABSTRACT))])
    if r < 0.8:
        kind = rng.random()
        if kind < 0.45:
            v = str(rand_int(rng))
        elif kind < 0.75:
            v = rng.choice(FLOATS)
        elif kind < 0.85:
            v = "complex(%s, %s)" % (rng.choice(FLOATS), rng.choice(FLOATS))
        else:
            v = rng.choice(["True", "False"])
        wrap = rng.random()
        if wrap < 0.2:
            v = "np.array(%s)" % v
        elif wrap < 0.3:
            v = "[%s, 0]" % v
        elif wrap < 0.45 and kind < 0.75:
            dt = rng.choice(["float16", "float32", "float64"] if kind >= 0.45 else ["int64"])
            if dt == "int64" and not (-2**63 <= int(v) < 2**63):
                dt = "uint64"
            v = "np.%s(%s)" % (dt, v)
        return "np.min_scalar_type(%s)" % v
    k = rng.randint(0, 3)
    parts = ["np.zeros(2, dtype=np.%s)" % rng.choice(DTYPES) for _ in range(k)]
    return "np.common_type(%s)" % ", ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = os.path.join(args.outdir, "scalar_types_random.py")
    with open(path, "w") as f:
        f.write("import numpy as np\n")
        for _ in range(N):
            f.write(statement(rng) + "\n")
    print(path)


if __name__ == "__main__":
    main()
