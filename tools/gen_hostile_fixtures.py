#!/usr/bin/env python3
"""Write tests/fixtures/hostile/*.expected: what CPython 3.11 + NumPy 2.4.6 do with each
line of each hostile lesson (`tests/fixtures/hostile/*.arr`), one line per statement:
`LINE<TAB>ok` or `LINE<TAB>ExceptionClass`.

Every line of a hostile lesson is one statement, run in order in one namespace (with the
names arrsh binds at start: np, as_strided, Image), as Python's prompt would run them: a
line that does not compile is that line's SyntaxError and the next line goes on. The run is
capped at 4 GB of address space and 20 s per statement (a statement still running then is
written as `timeout`, and the test does not judge arrsh on it). `tests/hostile.rs` checks
that arrsh raises wherever NumPy raised (MemoryError where NumPy's was one) and never
crashes. Usage: python3 tools/gen_hostile_fixtures.py
"""
import glob
import os
import resource
import signal
import sys
import tempfile

LIMIT = 4_000_000_000


class Timeout(BaseException):
    pass


def on_alarm(*_):
    raise Timeout()


def class_name(e):
    # NumPy's _ArrayMemoryError prints as MemoryError in a traceback's last line.
    for cls in type(e).__mro__:
        if not cls.__name__.startswith("_"):
            return cls.__name__
    return type(e).__name__


def run(path):
    import numpy as np
    from numpy.lib.stride_tricks import as_strided
    from PIL import Image

    np.set_printoptions()
    ns = {"np": np, "numpy": np, "as_strided": as_strided, "Image": Image}
    out = []
    with open(path) as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        signal.alarm(20)
        try:
            code = compile(line, path, "exec")
            exec(code, ns)
            result = "ok"
        except Timeout:
            result = "timeout"
        except BaseException as e:  # noqa: BLE001 - every class is the fact recorded
            result = class_name(e)
        finally:
            signal.alarm(0)
        out.append(f"{n}\t{result}\n")
    return "".join(out)


def main():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
    sys.setrecursionlimit(1000)
    signal.signal(signal.SIGALRM, on_alarm)
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = os.path.join(here, "..", "tests", "fixtures", "hostile")
    paths = sorted(glob.glob(os.path.join(fixtures, "*.arr")))
    cwd = os.getcwd()
    for path in paths:
        path = os.path.abspath(path)
        with tempfile.TemporaryDirectory() as work:
            os.chdir(work)
            text = run(path)
            os.chdir(cwd)
        with open(path[: -len(".arr")] + ".expected", "w") as f:
            f.write(text)
        print("wrote", os.path.relpath(path[: -len(".arr")] + ".expected", cwd))


if __name__ == "__main__":
    main()
