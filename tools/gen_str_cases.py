#!/usr/bin/env python3
"""Seeded generator of tests/conformance/pyvalues_str_random.py: ~300 calls of str's
splitting, stripping, searching, replacing, partitioning, padding and case methods on
random short strings of letters, separators, whitespace (tabs, newlines, CRLF) and a
non-ASCII letter, with random separators, counts and start/end indices (negative, past
the end, None), including the calls that raise.

Usage: python3 tools/gen_str_cases.py [SEED]   (then run numpy_transcript.py on it)
"""

import os
import random
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
ALPHA = ["a", "b", " ", ",", "\t", "\n", "ab", "é", "-", "x", "\r\n", "  "]


def rs(n=None):
    n = rng.randint(0, 8) if n is None else n
    return "".join(rng.choice(ALPHA) for _ in range(n))


def ri():
    return rng.choice([None, -10, -3, -1, 0, 1, 2, 3, 5, 20])


lines = ["import numpy as np"]
for _ in range(300):
    s = repr(rs())
    m = rng.choice(["split", "rsplit", "strip", "lstrip", "rstrip", "find", "rfind", "count",
                    "startswith", "endswith", "replace", "partition", "rpartition",
                    "splitlines", "center", "ljust", "rjust", "zfill", "title", "capitalize",
                    "isspace", "isalpha", "upper", "swapcase", "index", "rindex"])
    if m in ("split", "rsplit"):
        args = f"{rng.choice(['None', repr(rs(1)), repr(rs(2))])}, {rng.choice([-1, 0, 1, 2])}"
    elif m in ("strip", "lstrip", "rstrip"):
        args = rng.choice(["", repr(rs(2)), "None"])
    elif m in ("find", "rfind", "count", "startswith", "endswith", "index", "rindex"):
        args = f"{repr(rs(rng.randint(0, 2)))}, {ri()}, {ri()}"
    elif m == "replace":
        args = f"{repr(rs(rng.randint(0, 2)))}, {repr(rs(1))}, {rng.choice([-1, 0, 1, 2])}"
    elif m in ("partition", "rpartition"):
        args = repr(rs(rng.randint(0, 2)))
    elif m == "splitlines":
        args = rng.choice(["", "True"])
    elif m in ("center", "ljust", "rjust"):
        args = f"{rng.randint(0, 12)}, {repr(rng.choice(['*', '-', 'é', 'ab']))}"
    elif m == "zfill":
        args = str(rng.randint(0, 10))
        s = repr(rng.choice(["", "-", "+"]) + rs())
    else:
        args = ""
    lines.append(f"{s}.{m}({args})")

out = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance", "pyvalues_str_random.py")
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", os.path.normpath(out), len(lines), "statements")
