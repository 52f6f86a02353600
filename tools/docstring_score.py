#!/usr/bin/env python3
"""How many of NumPy's docstring examples (tests/docstrings/, from gen_docstring_cases.py)
arrsh passes: runs `arrsh --doctest` on each transcript and prints one line

    docstrings: P/T examples pass (x%) | language: p/t (y%) | rest: p/t (z%) | F files

An example is one transcript entry (one top-level statement, or several sharing a line);
the `import numpy as np` prelude each file starts with is not counted. "language" are the
examples whose source has a for/while loop, a comprehension or generator expression, a
lambda, an f-string, a with, def, if or try block; "rest" is everything else. A file
arrsh crashes on or does not finish (300 s) counts all its examples as failed.

Usage: python3 tools/docstring_score.py [--arrsh target/debug/arrsh] [-v] [DIR]
(-v adds one line per file and one per failing example's first line.) Not part of
`cargo test`: this is a measurement.
"""

import argparse
import ast
import glob
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_NODES = (
    ast.For,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.Lambda,
    ast.JoinedStr,
    ast.With,
    ast.FunctionDef,
    ast.If,
    ast.Try,
)


def examples(text):
    """(first line number, source) of each example, as arrsh's doctest parser splits them."""
    out = []
    in_source = False
    for i, raw in enumerate(text.splitlines()):
        line = raw.rstrip()
        if line.startswith(">>> ") or line == ">>>":
            out.append([i + 1, line[4:]])
            in_source = True
        elif in_source and (line.startswith("... ") or line == "..."):
            out[-1][1] += "\n" + line[4:]
        else:
            in_source = False
    return out


def is_language(src):
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return False
    return any(isinstance(n, LANG_NODES) for n in ast.walk(tree))


def failing_lines(arrsh, path):
    """Line numbers of the failing examples, or None when arrsh did not finish cleanly."""
    try:
        r = subprocess.run(
            [arrsh, "--doctest", path], capture_output=True, text=True, timeout=300
        )
    except subprocess.TimeoutExpired:
        return None
    text = r.stdout + r.stderr
    if not re.search(r"^\d+ passed, \d+ failed$", text, flags=re.M):
        return None
    return {int(m) for m in re.findall(r'^File ".*", line (\d+), in example:$', text, flags=re.M)}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--arrsh", default=os.path.join(ROOT, "target", "debug", "arrsh"))
    p.add_argument("-v", action="store_true")
    p.add_argument("dir", nargs="?", default=os.path.join(ROOT, "tests", "docstrings"))
    args = p.parse_args()
    counts = {"language": [0, 0], "rest": [0, 0]}
    files = sorted(glob.glob(os.path.join(args.dir, "*.txt")))
    files = [f for f in files if os.path.basename(f) != "SKIPPED.txt"]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            exs = examples(fh.read())[1:]  # the prelude is not an example
        bad = failing_lines(os.path.abspath(args.arrsh), f)
        passed = 0
        for line, src in exs:
            kind = "language" if is_language(src) else "rest"
            ok = bad is not None and line not in bad
            counts[kind][0] += ok
            counts[kind][1] += 1
            passed += ok
            if args.v and not ok:
                print(f"  FAIL {os.path.basename(f)}:{line}: {src.splitlines()[0]}")
        if args.v:
            note = "" if bad is not None else " (arrsh did not finish)"
            print(f"{os.path.basename(f)}: {passed}/{len(exs)}{note}")

    def pct(a, b):
        return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else "0/0"

    lp, lt = counts["language"]
    rp, rt = counts["rest"]
    print(
        f"docstrings: {pct(lp + rp, lt + rt)} examples pass | language: {pct(lp, lt)} | "
        f"rest: {pct(rp, rt)} | {len(files)} files"
    )


if __name__ == "__main__":
    main()
