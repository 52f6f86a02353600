#!/usr/bin/env python3
"""Extract the one-line `>>>` examples from NumPy's docstrings into a statement file that
tools/numpy_transcript.py turns into a transcript.

For each named function (a dotted path below `numpy`, e.g. `percentile`, `linalg.solve`,
`add.reduce`), every `>>> ` line of its docstring is kept when it is a whole statement (the
next line is not a `... ` continuation) and does not need something arrsh has no part of
(matplotlib, timing, printing of object addresses); the rest are counted and reported on
standard error, so what was left out is visible. Examples of one function run in order,
since later ones use the names earlier ones bind; each function's block starts with
`import numpy as np`.

Usage: python3 tools/extract_docstring_examples.py -o tests/pending/NAME.py FUNC [FUNC ...]
"""

import argparse
import sys

import numpy as np

SKIP_WORDS = ("matplotlib", "plt.", "import ", "timeit", "np.random.seed", "rng.")


def examples(path):
    obj = np
    for part in path.split("."):
        obj = getattr(obj, part)
    lines = (obj.__doc__ or "").splitlines()
    kept, dropped = [], 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s.startswith(">>> "):
            continue
        src = s[4:]
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt.startswith("... ") or nxt == "..." or src.endswith(":") or \
                any(w in src for w in SKIP_WORDS):
            dropped += 1
            continue
        kept.append(src)
    return kept, dropped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("funcs", nargs="+")
    args = ap.parse_args()
    out = ["import numpy as np"]
    for f in args.funcs:
        kept, dropped = examples(f)
        out.append("# np.%s: %d examples (%d multi-line or excluded left out)" % (f, len(kept), dropped))
        out.extend(kept)
        print("np.%s: kept %d, left out %d" % (f, len(kept), dropped), file=sys.stderr)
    with open(args.output, "w") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
