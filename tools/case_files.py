"""Where a seeded generator's statement file goes, and writing it: the one place the
`gen_*_cases.py` generators share (they used to carry a copy of this block each).

A generated file lives in tests/pending/ until arrsh passes it, then in tests/conformance/;
regenerating rewrites it wherever it is, or in --outdir when one is given.
"""

import os

TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests")


def case_path(fname, outdir=None):
    """The path for generated file `fname`: in outdir if given, else where it lives now
    (tests/conformance/ once moved there), else tests/pending/."""
    if outdir:
        return os.path.join(outdir, fname)
    conf = os.path.join(TESTS, "conformance", fname)
    if os.path.exists(conf):
        return conf
    return os.path.join(TESTS, "pending", fname)


def write_case_file(fname, lines, outdir=None):
    """Write the statements (one a line) to `fname`'s place and print the path."""
    path = case_path(fname, outdir)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(path)
    return path
