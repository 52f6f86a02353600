#!/usr/bin/env python3
"""Write the expected standard output of arrsh command lines and lessons, from real NumPy.

Usage:  python3 tools/gen_cli_fixtures.py

For every case below this writes tests/fixtures/cli/NAME.code (the arrsh source) and
tests/fixtures/cli/NAME.out (what NumPy prints for it).  tests/cli.rs runs
`arrsh -c CODE` for names starting with `c_`, and `arrsh --echo` with CODE on standard
input for names starting with `echo_`, and compares standard output with NAME.out
(`0x...` matches any pointer, as in the doctest checker).

It also writes tests/fixtures/exit/ (scripts ending by SystemExit, see EXIT_CASES),
tests/fixtures/warnings/NAME.py and NAME.err (standard error of
`python3 lesson.py`, for tests/cli.rs's warning-location check) and
tests/fixtures/examples/NAME.txt for every examples/NAME.arr: the
`arrsh --echo` transcript NumPy gives for the lesson, which tests/examples.rs checks.

The code runs as arrsh runs a script: statement by statement, bare expressions print
their repr, with `np`, `numpy` and `info` bound at start.  `echo_` cases are written in
the --echo transcript format: `>>> `/`... ` before the source lines, then the output.
"""

import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_transcript as nt  # noqa: E402  (reuse the transcript runner and scrubber)

CASES = {
    # The "Done when" commands.
    "c_arange_slice": "x = np.arange(1000); x[4:100:5]",
    "c_info_views": "a = np.zeros(25, int); info(a); info(a[3:10])",
    "echo_view_write": "x = np.arange(10)\ny = x[2:5]\ny[0] = 99\nx\n",
    # The transcript format: comments, continuation lines, `;`, print.
    "echo_comments": (
        "# a lesson starts with a comment\n"
        "m = np.arange(6).reshape(2, 3)  # a matrix\n"
        "m.T.strides\n"
        "t = (1,\n"
        "     2)  # two lines\n"
        "t; m[1]\n"
        "\n"
        "print(m.dtype, m.shape, sep=' | ')\n"
        "# the end\n"
    ),
    "c_print_values": "print(np.arange(3), 'x', 2.5, None)\nnp.float64(1.5); np.uint8(7)",
    # Integer scalars wrap around (with a warning on standard error) as NumPy's do.
    "c_scalar_wraparound": (
        "np.uint8(0) - np.uint8(1)\n-np.int8(-128)\nnp.add(np.int8(100), np.int8(100))\n"
        "np.array([200], np.uint8) + np.uint8(100)\n"
    ),
    # Float + - * raise NumPy's overflow and invalid flags (arrays, scalars, float16/32).
    "c_float_flags": (
        "a = np.array([1e300, 1.0, np.inf, 0.0]); b = np.array([1e300, 2.0, np.inf, np.inf])\n"
        "a * b\na + b\na - b\nnp.array([np.nan]) * 2.0\n"
        "np.array([60000], dtype=np.float16) + np.array([60000], dtype=np.float16)\n"
        "np.array([3e38], dtype=np.float32) * np.float32(10)\n"
        "x = np.full(300000, 1e300); y = x * x\n"
        "np.float64(1e300) * np.float64(1e300)\n"
    ),
    # Fused elementwise statements (one blocked pass) print NumPy's warnings once per
    # statement, operation by operation in evaluation order.
    "c_fused_flags": (
        "x = np.linspace(-2, 2, 40001); i = np.arange(-20000, 20001, dtype=np.int16)\n"
        "y = np.log(x) / x + np.sqrt(x) * 1e308 * 10\n"
        "y[19999:20002]\n"
        "z = i // (i % 3) + i * i\n"
        "z[:4]\n"
        "w = (x > 0) * 2**7 + np.exp(x * 800) - np.cosh(x * 800)\n"
        "w[::10000]\n"
        "v = np.float32(3) * x.astype(np.float32) ** 2 + 1 / x\n"
        "v[19998:20003]\n"
        "a = x ** -1 + x ** 0.5\n"
    ),
}


# Lessons run as files (`python3 lesson.py` / `arrsh lesson.py`): standard error must be
# exactly Python's, warnings named by the line of the innermost statement running (inside
# loops, blocks and functions), each printed once per line under the default filter, with
# that line's source below. Written to tests/fixtures/warnings/NAME.py and NAME.err.
WARN_CASES = {
    "blocks_and_functions": (
        "import numpy as np\n"
        "for v in [0.0, 0.0]:\n"
        "    y = np.log(np.array([v]))\n"
        "def f():\n"
        "    return np.log(np.zeros(1))\n"
        "a = f()\n"
        "b = f()\n"
        "c = f() + np.log(0.0)\n"
        "if True:\n"
        "    w = np.sqrt(np.array([-1.0]))\n"
        "i = 0\n"
        "while i < 2:\n"
        "    i += 1\n"
        "    z = np.array([1e308]) * 10\n"
        "try:\n"
        "    q = np.array([1.0]) / 0\n"
        "finally:\n"
        "    r = np.float64(0) / 0\n"
        "def g(n):\n"
        "    if n:\n"
        "        return g(n - 1)\n"
        "    return np.arccos(np.array([2.0]))\n"
        "s = g(3)\n"
        "t = [np.log(np.zeros(1)) for _ in range(2)]\n"
    ),
    "top_level_repeats": (
        "import numpy as np\n"
        "x = np.zeros(3)\n"
        "y = np.log(x)\n"
        "y = np.log(x)\n"
        "y = np.log(x); z = 1 / x\n"
    ),
}


# Scripts that end through SystemExit (`sys.exit`, `exit()`, `quit()`): tests/cli.rs checks
# arrsh's standard output, standard error and exit status against `python3 -c CODE`'s
# (tests/fixtures/exit/NAME.py, .out, .err, .status).
EXIT_CASES = {
    "status_int": "import sys\nprint('before')\nsys.exit(4)\nprint('never')\n",
    "status_none": "import sys\nsys.exit()\n",
    "status_message": "exit('bye')\nprint('never')\n",
    "status_wraps": "quit(256 + 7)\n",
    "status_past_long": "import sys\nsys.exit(2**70)\n",
    "status_past_long_neg": "exit(-2**200)\n",
    "status_bool": "import sys\nsys.exit(True)\n",
    "status_tuple": "import sys\nsys.exit(1, 2) if False else sys.exit((1, 2))\n",
    "caught": (
        "import sys\n"
        "try:\n"
        "    sys.exit(3)\n"
        "except SystemExit as e:\n"
        "    print('caught', e.code, e.args)\n"
        "try:\n"
        "    exit()\n"
        "except BaseException as e:\n"
        "    print(type(e).__name__, e.code)\n"
        "print('after')\n"
    ),
    "status_from_a_function": (
        "import sys\n"
        "def main():\n"
        "    print(np.arange(3))\n"
        "    return 2\n"
        "sys.exit(main())\n"
    ),
}


def write_exit_fixtures(root):
    import subprocess

    dest = os.path.join(root, "tests", "fixtures", "exit")
    os.makedirs(dest, exist_ok=True)
    for name, code in EXIT_CASES.items():
        r = subprocess.run([sys.executable, "-c", "import numpy as np\n" + code],
                           capture_output=True, text=True)
        for ext, text in [("py", code), ("out", r.stdout), ("err", r.stderr),
                          ("status", f"{r.returncode}\n")]:
            with open(os.path.join(dest, f"{name}.{ext}"), "w", newline="\n") as f:
                f.write(text)
        print(f"wrote exit/{name}", file=sys.stderr)


def write_warning_fixtures(root):
    import subprocess
    import tempfile

    dest = os.path.join(root, "tests", "fixtures", "warnings")
    os.makedirs(dest, exist_ok=True)
    for name, code in WARN_CASES.items():
        with open(os.path.join(dest, name + ".py"), "w", newline="\n") as f:
            f.write(code)
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "lesson.py"), "w", newline="\n") as f:
                f.write(code)
            env = dict(os.environ, PYTHONWARNINGS="")
            r = subprocess.run([sys.executable, "lesson.py"], cwd=tmp, env=env,
                               capture_output=True, text=True, check=True)
        # Python names the script by its absolute path; arrsh by the path it was given.
        with open(os.path.join(dest, name + ".err"), "w", newline="\n") as f:
            f.write(r.stderr.replace(os.path.join(tmp, ""), ""))
        print(f"wrote warnings/{name}", file=sys.stderr)


def comment_entries(lines):
    return [">>> " + line.rstrip() for line in lines if line.strip()]


def expected(code, echo):
    import ast

    nt.setup_environment()
    import numpy as np

    ns = {"__name__": "__main__", "np": np, "numpy": np, "info": np.info}
    lines = code.splitlines()
    out = []
    warned = []
    tree = ast.parse(code)
    covered = 0
    for g in nt.group_statements(tree):
        if echo:
            # arrsh echoes a comment-only line as an entry of its own; blank lines vanish.
            out.extend(comment_entries(lines[covered : g["start"] - 1]))
            for i, line in enumerate(lines[g["start"] - 1 : g["end"]]):
                out.append(("... " if i else ">>> ") + line.rstrip())
        covered = g["end"]
        for node in g["nodes"]:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                printed, err = nt.run_statement(node, ns, "<string>")
            warned.extend(f"{w.category.__name__}: {w.message}" for w in caught)
            if printed:
                out.extend(nt.scrub(printed.rstrip("\n")).split("\n"))
            if err is not None:
                raise SystemExit(f"case raised {err!r}; CLI fixtures must not fail")
    if echo:
        out.extend(comment_entries(lines[covered:]))
    return "\n".join(out) + "\n", warned


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dest = os.path.join(root, "tests", "fixtures", "cli")
    os.makedirs(dest, exist_ok=True)
    for name, code in CASES.items():
        with open(os.path.join(dest, name + ".code"), "w", newline="\n") as f:
            f.write(code)
        out, warned = expected(code, name.startswith("echo_"))
        with open(os.path.join(dest, name + ".out"), "w", newline="\n") as f:
            f.write(out)
        err_path = os.path.join(dest, name + ".err")
        if warned:
            # The warnings NumPy gave, in order (arrsh prefixes each with `<string>:LINE: `).
            with open(err_path, "w", newline="\n") as f:
                f.write("\n".join(warned) + "\n")
        elif os.path.exists(err_path):
            os.remove(err_path)
        print(f"wrote {name}", file=sys.stderr)
    write_warning_fixtures(root)
    write_exit_fixtures(root)
    lessons = os.path.join(root, "examples")
    dest = os.path.join(root, "tests", "fixtures", "examples")
    os.makedirs(dest, exist_ok=True)
    for fname in sorted(os.listdir(lessons)):
        if fname.endswith(".arr"):
            with open(os.path.join(lessons, fname), encoding="utf-8") as f:
                code = f.read()
            out = os.path.join(dest, fname[: -len(".arr")] + ".txt")
            with open(out, "w", newline="\n") as f:
                f.write(expected(code, True)[0])
            print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
