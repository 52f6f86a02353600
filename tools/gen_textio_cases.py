#!/usr/bin/env python3
"""Generate seeded random cases for the text I/O functions of issue 13:
`np.savetxt` (fmt as one spec, several specs or a list; delimiter, newline,
header, footer, comments) followed by `np.loadtxt` / `np.genfromtxt` of the
written file, `np.loadtxt` on random line lists (comments, blank lines,
delimiters, dtype, usecols, skiprows, max_rows, ndmin, unpack, and rows
with bad fields or changing column counts), `np.genfromtxt` with missing
fields (filling_values, skip_header, skip_footer, usecols) and
`np.fromstring(s, sep=...)`.

Writes tests/pending/textio_random_N.py, or rewrites the file in
tests/conformance/ once moved there. The transcripts run in a temporary
working directory, so the files they write are thrown away.

Usage: python3 tools/gen_textio_cases.py [--outdir DIR] [--seed S]
"""

import argparse
import os
import random

from case_files import write_case_file

FILES = 2
PER_FILE = 100


def num(rng, kind):
    if kind == "int":
        return str(rng.randint(-99, 99))
    return rng.choice([str(rng.randint(-9, 9)), repr(round(rng.uniform(-50, 50), rng.randint(0, 4))),
                       "1e3", "-2.5e-3", "nan", "inf"])


def array_lit(rng, kind):
    nd = rng.choice([1, 2, 2])
    rows = rng.randint(1, 4)
    cols = rng.randint(1, 4)
    if nd == 1:
        vals = [num(rng, kind) for _ in range(rows)]
        body = "[" + ", ".join(vals) + "]"
    else:
        body = "[" + ", ".join("[" + ", ".join(num(rng, kind) for _ in range(cols)) + "]" for _ in range(rows)) + "]"
    body = body.replace("nan", "np.nan").replace("inf", "np.inf")
    return f"np.array({body})", (1 if nd == 1 else cols)


def savetxt_case(rng, k):
    kind = rng.choice(["int", "float"])
    arr, ncol = array_lit(rng, kind)
    delim = rng.choice([" ", ",", "\t", ";", " , "])
    kw = []
    r = rng.random()
    if r < 0.3:
        kw.append(f"fmt={rng.choice(['%d', '%.3f', '%10.4e', '%g', '%+.2f', '%5d'])!r}")
    elif r < 0.45:
        kw.append("fmt=" + repr(" ".join(rng.choice(["%d", "%.1f", "%g"]) for _ in range(rng.choice([ncol, ncol, ncol + 1])))))
    elif r < 0.6:
        kw.append("fmt=" + repr([rng.choice(["%d", "%.2f", "%e"]) for _ in range(rng.choice([ncol, ncol, ncol - 1 or 2]))]))
    if delim != " " or rng.random() < 0.3:
        kw.append(f"delimiter={delim!r}")
    if rng.random() < 0.3:
        h = rng.choice(["a b c", "one\ntwo", "x"])
        kw.append(f"header={h!r}")
    if rng.random() < 0.2:
        f = rng.choice(["end", "f1\nf2"])
        kw.append(f"footer={f!r}")
    if rng.random() < 0.2:
        kw.append(f"comments={rng.choice(['% ', '#', '// '])!r}")
    name = f"t{k}.txt"
    lines = [f"np.savetxt({name!r}, {arr}{''.join(', ' + x for x in kw)})"]
    ld = [] if delim == " " else [f"delimiter={delim.strip() or delim!r}"]
    if "comments='% '" in kw or "comments='// '" in kw:
        ld.append("comments=" + repr(kw[[i for i, x in enumerate(kw) if x.startswith("comments")][0]][10:-1].strip()))
    lines.append(f"np.loadtxt({name!r}{''.join(', ' + x for x in ld)})")
    if rng.random() < 0.4:
        lines.append(f"np.genfromtxt({name!r}{''.join(', ' + x for x in ld)})")
    return lines


def line_list(rng, kind, delim):
    cols = rng.randint(1, 4)
    out = []
    for _ in range(rng.randint(0, 5)):
        r = rng.random()
        if r < 0.1:
            out.append("# comment")
        elif r < 0.15:
            out.append("")
        else:
            c = cols if rng.random() > 0.07 else cols + rng.choice([-1, 1])
            vals = [num(rng, kind) for _ in range(max(c, 1))]
            if rng.random() < 0.05:
                vals[rng.randrange(len(vals))] = rng.choice(["x", "1.5", "", "1_0"])
            line = (delim if delim else " ").join(vals)
            if rng.random() < 0.1:
                line += " # trailing"
            out.append(line)
    return out, cols


def loadtxt_case(rng):
    kind = rng.choice(["int", "float", "float"])
    delim = rng.choice([None, None, ",", ";"])
    lines, cols = line_list(rng, kind, delim)
    kw = []
    if delim:
        kw.append(f"delimiter={delim!r}")
    if kind == "int" and rng.random() < 0.6:
        kw.append(f"dtype={rng.choice(['int', 'np.int32', 'np.uint8', 'float'])}")
    elif rng.random() < 0.2:
        kw.append(f"dtype={rng.choice(['np.float32', 'int'])}")
    if rng.random() < 0.2:
        kw.append(f"skiprows={rng.randint(0, 3)}")
    if rng.random() < 0.2:
        kw.append(f"max_rows={rng.randint(0, 3)}")
    if rng.random() < 0.25:
        kw.append(f"ndmin={rng.randint(0, 2)}")
    if rng.random() < 0.2:
        kw.append("unpack=True")
    if rng.random() < 0.2:
        uc = rng.choice([str(rng.randint(-cols, cols)), repr(tuple(rng.randint(-1, cols) for _ in range(rng.randint(1, 3))))])
        kw.append(f"usecols={uc}")
    fn = "loadtxt" if rng.random() < 0.7 else "genfromtxt"
    if fn == "genfromtxt":
        kw = [x for x in kw if not x.startswith(("skiprows", "ndmin"))]
        if rng.random() < 0.3:
            kw.append(f"filling_values={rng.choice(['-1', '0', '99.5'])}")
        if rng.random() < 0.2:
            kw.append(f"skip_header={rng.randint(0, 2)}")
        if rng.random() < 0.2:
            kw.append(f"skip_footer={rng.randint(0, 2)}")
        if delim and lines and rng.random() < 0.5:
            i = rng.randrange(len(lines))
            parts = lines[i].split(delim)
            parts[rng.randrange(len(parts))] = ""
            lines[i] = delim.join(parts)
    return f"np.{fn}({lines!r}{''.join(', ' + x for x in kw)})"


def fromstring_case(rng):
    sep = rng.choice([" ", ",", ";", " , "])
    kind = rng.choice(["int", "float"])
    vals = [num(rng, kind) for _ in range(rng.randint(0, 6))]
    text = (sep if sep != " " else rng.choice([" ", "  ", "\n"])).join(vals)
    if rng.random() < 0.1:
        text += sep
    if rng.random() < 0.05:
        text += sep + "x"
    kw = [f"sep={sep!r}"]
    if kind == "int" and rng.random() < 0.5:
        kw.insert(0, "dtype=int")
    if rng.random() < 0.15 and vals:
        kw.append(f"count={rng.randint(-1, len(vals))}")
    return f"np.fromstring({text!r}, {', '.join(kw)})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()
    for k in range(1, FILES + 1):
        rng = random.Random(args.seed * 100 + k)
        lines = ["import numpy as np"]
        for j in range(PER_FILE):
            r = rng.random()
            if r < 0.35:
                lines += savetxt_case(rng, j)
            elif r < 0.8:
                lines.append(loadtxt_case(rng))
            else:
                lines.append(fromstring_case(rng))
        fname = f"textio_random_{k}.py"
        write_case_file(fname, lines, args.outdir)


if __name__ == "__main__":
    main()
