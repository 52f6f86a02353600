#!/usr/bin/env python3
"""Write tests/docstrings/: NumPy's own docstring examples for every NumPy name arrsh has.

Usage:
    python3 tools/gen_docstring_cases.py [--arrsh target/debug/arrsh] [--out tests/docstrings]

Which names arrsh has is asked of the binary, not guessed: every public name of `numpy`,
`numpy.linalg`, `numpy.fft`, `numpy.random` and `numpy.lib.stride_tricks`, every attribute
of `numpy.ndarray` and of `numpy.random.Generator` is looked up in one `arrsh --echo
--keep-going` run (`np.NAME`, `np.zeros((2, 2)).NAME`, `np.random.default_rng(0).NAME`);
those arrsh answers without an error are "had".

For each had name with `>>>` examples in its NumPy 2.4.6 docstring (`doctest.DocTestParser`;
docstrings shared by aliases are taken once, under the first name), this writes
`tests/docstrings/NAME.py`: `import numpy as np`, then the examples' sources in order.
`tools/numpy_transcript.py` then runs each file through real NumPy and writes `NAME.txt`
(so the expected output is what NumPy prints today, not the docstring's possibly stale
text). An example is left out, with its reason in `tests/docstrings/SKIPPED.txt`, when:
  * it is marked `# doctest: +SKIP`;
  * it imports a module other than numpy, math, functools, itertools, io (matplotlib,
    os, tempfile, ...), or uses a name such an import would have bound (`plt.plot(...)`);
  * it touches files or the outside world (open, tempfile, os., pathlib, urllib, savetxt,
    tofile, fromfile, np.load/np.save/memmap with a path, DataSource); `io.StringIO`
    files are in memory, so `np.loadtxt(StringIO(...))` is kept;
  * it is not valid Python on its own (a fragment);
  * its output differs between two runs of NumPy (unseeded random numbers, timings,
    addresses), or anything after such an example (it may depend on the value).
A file's examples run in one session, so a later example sees an earlier one's variables.

tools/docstring_score.py measures how many of the examples arrsh passes.
"""

import argparse
import ast
import doctest
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TRANSCRIPT = os.path.join(HERE, "numpy_transcript.py")

ALLOWED_IMPORTS = {"numpy", "math", "functools", "itertools", "io"}
# `io.StringIO`/`BytesIO` are in-memory files: `np.loadtxt(StringIO("0 1\n2 3"))` touches
# nothing outside, so loadtxt/genfromtxt examples (which read StringIO objects) are kept;
# savetxt's write to paths.
FILE_WORDS = re.compile(
    r"\bopen\(|tempfile|\bos\.|pathlib|urllib|savetxt|tofile|fromfile"
    r"|DataSource|np\.load\(|np\.save\(|np\.savez|memmap|sys\.|getcwd"
)


def candidate_names():
    """(arrsh probe expression, docstring owner, file stem) for every public name."""
    import numpy as np

    out = []
    for modname, mod, prefix in [
        ("", np, "np."),
        ("linalg.", np.linalg, "np.linalg."),
        ("fft.", np.fft, "np.fft."),
        ("random.", np.random, "np.random."),
        ("lib.stride_tricks.", np.lib.stride_tricks, "np.lib.stride_tricks."),
    ]:
        for n in sorted(dir(mod)):
            if n.startswith("_"):
                continue
            obj = getattr(mod, n, None)
            if obj is None or type(obj).__name__ == "module":
                continue
            out.append((prefix + n, obj, modname + n))
    for n in sorted(dir(np.ndarray)):
        if not n.startswith("_"):
            out.append(("np.zeros((2, 2))." + n, getattr(np.ndarray, n), "ndarray." + n))
    for n in sorted(dir(np.random.Generator)):
        if not n.startswith("_"):
            out.append(
                (
                    "np.random.default_rng(0)." + n,
                    getattr(np.random.Generator, n),
                    "random.Generator." + n,
                )
            )
    return out


def arrsh_has(arrsh, exprs):
    """The set of expressions arrsh evaluates without an error (one --keep-going run)."""
    arrsh = os.path.abspath(arrsh)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "probe.arr")
        with open(path, "w") as f:
            f.write("".join(e + "\n" for e in exprs))
        r = subprocess.run(
            [arrsh, "--echo", "--keep-going", path],
            capture_output=True,
            text=True,
            cwd=d,
            timeout=300,
        )
    text = r.stdout + "\n" + r.stderr
    # --echo prints `>>> expr` before each statement's output or error.
    have = set()
    entries = re.split(r"^>>> ", text, flags=re.M)
    for ent in entries[1:]:
        head, _, body = ent.partition("\n")
        if "Traceback (most recent call last)" not in body and "Error:" not in body:
            have.add(head.strip())
    return have


def imported_names(tree):
    names = set()
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                mods.add(a.name.split(".")[0])
                names.add((a.asname or a.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            mods.add((node.module or "").split(".")[0])
            for a in node.names:
                names.add(a.asname or a.name)
    return mods, names


def select_examples(doc):
    """(kept sources, [(source, reason)] skipped) for one docstring."""
    kept, skipped = [], []
    banned = set()  # names bound by a skipped import
    for ex in doctest.DocTestParser().get_examples(doc):
        src = ex.source.rstrip("\n")
        why = None
        try:
            tree = ast.parse(src)
            compile(src + "\n", "<example>", "single")
        except SyntaxError:
            skipped.append((src, "not valid Python on its own"))
            continue
        mods, names = imported_names(tree)
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        if ex.options.get(doctest.SKIP):
            why = "+SKIP"
        elif mods - ALLOWED_IMPORTS:
            why = "imports " + ", ".join(sorted(mods - ALLOWED_IMPORTS))
        elif used & banned:
            why = "uses " + ", ".join(sorted(used & banned))
        elif FILE_WORDS.search(src):
            why = "files or the outside world"
        if why is None:
            kept.append(src)
            continue
        # What a left-out example would have bound is missing for the ones after it.
        bound = {
            n.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
        }
        banned |= names | bound
        skipped.append((src, why))
    return kept, skipped


def case_text(sources):
    return "import numpy as np\n" + "".join(s + "\n" for s in sources)


def write_case(path, sources):
    with open(path, "w", encoding="utf-8") as f:
        f.write(case_text(sources))


def reused_transcript(dirs, stem, sources):
    """The transcript of an earlier run (in one of `dirs`) whose `STEM.py` is exactly the
    file these sources make, or None: NumPy and its docstrings being the same, re-running
    it would give the same text, and the two stability runs are the slow part."""
    for d in dirs:
        py, txt = os.path.join(d, stem + ".py"), os.path.join(d, stem + ".txt")
        if not (os.path.exists(py) and os.path.exists(txt)):
            continue
        with open(py, encoding="utf-8") as f:
            if f.read() != case_text(sources):
                continue
        with open(txt, encoding="utf-8") as f:
            return f.read()
    return None


def transcribe(py, outdir):
    """Run numpy_transcript.py on one file into outdir; the .txt text or None."""
    env = dict(os.environ)
    try:
        r = subprocess.run(
            ["bash", "-c", 'ulimit -v 4000000; exec "$@"', "x", sys.executable, TRANSCRIPT,
             "-o", outdir, py],
            capture_output=True,
            timeout=120,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return None
    txt = os.path.join(outdir, os.path.splitext(os.path.basename(py))[0] + ".txt")
    if r.returncode != 0 or not os.path.exists(txt):
        return None
    with open(txt, encoding="utf-8") as f:
        return f.read()


def entries(text):
    """Transcript entries, each its full text (source and output), in order."""
    parts = re.split(r"^(?=>>> )", text, flags=re.M)
    return [p for p in parts if p.startswith(">>> ")]


def stable_sources(py, sources, tmp):
    """Drop the first example whose output differs between two NumPy runs, and all after
    it; returns (kept sources, dropped sources, transcript text)."""
    dropped = []
    while True:
        write_case(py, sources)
        a = transcribe(py, os.path.join(tmp, "a"))
        b = transcribe(py, os.path.join(tmp, "b"))
        if a is None or b is None:
            return [], sources, None
        if a == b:
            return sources, dropped, a
        ea, eb = entries(a), entries(b)
        first = next(i for i in range(min(len(ea), len(eb)) + 1) if i >= len(ea) or i >= len(eb) or ea[i] != eb[i])
        # Entry 0 is the prelude; entry k >= 1 comes from some source: find which by
        # counting the statements each source contributes.
        counts = [entry_groups(s) for s in sources]
        k, acc = 0, 1
        while k < len(sources) and acc + counts[k] <= first:
            acc += counts[k]
            k += 1
        dropped = sources[k:] + dropped
        sources = sources[:k]
        if not sources:
            return [], dropped, None


def entry_groups(src):
    """How many transcript entries one source makes (top-level statements, joined when
    they share a line)."""
    tree = ast.parse(src)
    n, end = 0, 0
    for node in tree.body:
        if node.lineno > end:
            n += 1
        end = max(end, node.end_lineno)
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--arrsh", default=os.path.join(ROOT, "target", "debug", "arrsh"))
    p.add_argument("--out", default=os.path.join(ROOT, "tests", "docstrings"))
    p.add_argument("--reuse", action="append", default=[], metavar="DIR",
                   help="take the transcript of a file identical to DIR/NAME.py from there "
                        "instead of running NumPy on it twice (not --out itself: it is "
                        "emptied first)")
    args = p.parse_args()
    import numpy as np

    assert np.__version__ == "2.4.6", "the oracle is NumPy 2.4.6"
    cands = candidate_names()
    have = arrsh_has(args.arrsh, [c[0] for c in cands])
    seen_docs = set()
    chosen = []
    for expr, obj, stem in cands:
        if expr not in have:
            continue
        doc = getattr(obj, "__doc__", None)
        if not isinstance(doc, str) or ">>>" not in doc or doc in seen_docs:
            continue
        seen_docs.add(doc)
        chosen.append((stem, doc))
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):  # this script's own files; README.md stays
        if old.endswith((".py", ".txt")):
            os.remove(os.path.join(args.out, old))
    skipped_lines = []
    n_files = n_kept = 0
    with tempfile.TemporaryDirectory(prefix="docstrings_") as tmp:
        for stem, doc in chosen:
            kept, skipped = select_examples(doc)
            for src, why in skipped:
                skipped_lines.append(f"{stem}: {why}: {src.splitlines()[0]}")
            if not kept:
                continue
            py = os.path.join(tmp, stem + ".py")
            text = reused_transcript(args.reuse, stem, kept)
            if text is not None:
                dropped = []
            else:
                kept, dropped, text = stable_sources(py, kept, tmp)
            for src in dropped:
                skipped_lines.append(
                    f"{stem}: output differs between runs (or follows one that does): "
                    f"{src.splitlines()[0]}"
                )
            if not kept or text is None:
                continue
            write_case(os.path.join(args.out, stem + ".py"), kept)
            with open(os.path.join(args.out, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            n_files += 1
            n_kept += len(kept)
            print(f"{stem}: {len(kept)} examples", file=sys.stderr)
    with open(os.path.join(args.out, "SKIPPED.txt"), "w", encoding="utf-8") as f:
        f.write(
            "# written by tools/gen_docstring_cases.py: docstring examples left out, why, "
            "and their first line\n"
        )
        f.write("".join(line + "\n" for line in skipped_lines))
    print(
        f"{len(have)} of {len(cands)} names answered by arrsh; {len(chosen)} docstrings "
        f"with examples; {n_files} files, {n_kept} examples kept, "
        f"{len(skipped_lines)} skipped",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
