#!/usr/bin/env python3
"""Generate random (seeded, deterministic) cases for the np.broadcast object: 0 to 4
arguments (Python scalars, lists, arrays of random dtypes and 0-d..3-d shapes with
size-1, empty and mismatched axes), showing .shape .nd .ndim .size .numiter, the
elements it yields (`list(b)`), `.index` before and after iterating and after reset(),
`.iters` and the shape-mismatch errors.

Writes tests/conformance/broadcast_object_random.py.

Usage: python3 tools/gen_broadcast_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/conformance/broadcast_object_random.py
"""

import argparse
import os
import random

N = 120
DTYPES = ["int64", "float64", "bool", "uint8", "complex128", "float32", "int16"]


def operand(rng, base):
    r = rng.random()
    if r < 0.15:
        return rng.choice(["1", "2.5", "True", "-3"])
    if r < 0.25:
        return "[%s]" % ", ".join(str(rng.randint(0, 9)) for _ in range(rng.choice(base[-1:] or [2])))
    nd = rng.randint(0, len(base))
    shape = list(base[len(base) - nd:])
    shape = [1 if rng.random() < 0.3 else s for s in shape]
    if rng.random() < 0.08 and shape:
        shape[rng.randrange(len(shape))] += 1
    size = 1
    for s in shape:
        size *= s
    return "np.arange(%d).astype(np.%s).reshape(%s)" % (size, rng.choice(DTYPES),
                                                      tuple(shape) if shape else "()")


def statements(rng, i):
    nd = rng.randint(0, 3)
    base = [rng.choice([0, 1, 2, 3]) if rng.random() < 0.1 else rng.randint(1, 3) for _ in range(nd)]
    ops = [operand(rng, base) for _ in range(rng.randint(0, 4))]
    b = "b%d" % i
    out = ["%s = np.broadcast(%s)" % (b, ", ".join(ops))]
    out.append("%s.shape; %s.nd; %s.ndim; %s.size; %s.numiter; %s.index" % ((b,) * 6))
    r = rng.random()
    if r < 0.5:
        out.append("list(%s)" % b)
        out.append("%s.index" % b)
        if rng.random() < 0.5:
            out.append("%s.reset(); %s.index" % (b, b))
    elif r < 0.75:
        out.append("[len(list(x)) for x in %s.iters]" % b)
    else:
        out.append("[u for u in %s][:3]" % b)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(__file__), "..", "tests", "conformance"))
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = os.path.join(args.outdir, "broadcast_object_random.py")
    with open(path, "w") as f:
        f.write("import numpy as np\n")
        for i in range(N):
            for s in statements(rng, i):
                f.write(s + "\n")
    print(path)


if __name__ == "__main__":
    main()
