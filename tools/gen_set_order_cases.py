#!/usr/bin/env python3
"""Seeded generator of tests/conformance/pyvalues_set_order.py: random sets of ints,
strings, floats and tuples put through add/discard/pop/update, the operators | & - ^,
the methods union/intersection/difference/symmetric_difference (with sets and lists)
and copy, each followed by the set's repr. CPython iterates a set in hash-table order,
so these pin arrsh's set layout (table size, probing, dummies, resizes, the pop finger)
and its hashes to CPython 3.11's (transcripts run with PYTHONHASHSEED=0).

Usage: python3 tools/gen_set_order_cases.py [SEED]   (then run numpy_transcript.py on it)
"""

import os
import random
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 7
rng = random.Random(SEED)


def val():
    r = rng.random()
    if r < 0.55:
        return repr(rng.randint(-40, 300))
    if r < 0.8:
        return repr(rng.choice(["a", "b", "cc", "dd", "e", "xyz", "q", "numpy", "é", "€"]))
    if r < 0.9:
        return repr(rng.choice([0.5, 2.0, -1.5, 3.25, 1e10, -0.0]))
    return repr((rng.randint(0, 5), rng.choice("ab")))


def items(n):
    return ", ".join(val() for _ in range(n))


lines = ["import numpy as np"]
for k in range(60):
    lines.append(f"s = set([{items(rng.randint(0, 40))}]); s")
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        if op < 0.25:
            lines.append(f"s.add({val()}); s.add({val()}); s")
        elif op < 0.45:
            lines.append(f"s.discard({val()}); s.discard({val()}); s")
        elif op < 0.55:
            lines.append("s.pop() if s else None; s")
        elif op < 0.62:
            lines.append(f"s.update([{items(8)}]); s")
        elif op < 0.7:
            lines.append(f"s | set([{items(5)}]); s.union([{items(3)}])")
        elif op < 0.78:
            lines.append(f"s & set([{items(25)}]); s.intersection([{items(25)}])")
        elif op < 0.86:
            lines.append(f"s - set([{items(4)}]); s.difference([{items(4)}])")
        elif op < 0.93:
            lines.append(f"s ^ set([{items(5)}]); s.symmetric_difference([{items(5)}])")
        else:
            lines.append("s.copy(); set(s); set(list(s))")

out = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance", "pyvalues_set_order.py")
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", os.path.normpath(out), len(lines), "statements")
