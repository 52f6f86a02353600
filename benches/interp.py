#!/usr/bin/env python3
"""The interpreter's speed against CPython's on the loops issue 12 names: a `for` loop
summing 10^6 ints (at module level and inside a function), a `while` loop, a list
comprehension over 10^6 items and a recursive function making ~10^5 calls. The same
script runs in both (each row is valid Python and valid arrsh); each is run `--runs`
times and the best wall time is kept, minus the best time of an empty script (start-up).
With `--cpu` the time is the child's user + system CPU time instead (wait4's rusage): on a
loaded machine wall time mostly measures the wait for a core.

    python3 benches/interp.py [--arrsh target/release/arrsh] [--runs 5] [--cpu]

Prints one Markdown row per case: CPython, arrsh, and the ratio arrsh/CPython.
"""

import argparse
import os
import subprocess
import tempfile
import time

CASES = [
    ("for loop, 10^6 `s += i` (module level)", "s = 0\nfor i in range(10**6):\n    s += i\n"),
    (
        "for loop, 10^6 `s += i` (in a function)",
        "def f():\n    s = 0\n    for i in range(10**6):\n        s += i\n    return s\nr = f()\n",
    ),
    ("while loop, 10^6 `i += 1`", "i = 0\nn = 10**6\nwhile i < n:\n    i += 1\n"),
    ("list comprehension, 10^6 items", "y = [v * 2 for v in range(10**6)]\n"),
    (
        "recursive fib(23), 92,735 calls",
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(23)\n",
    ),
]


def once(cmd, path, cpu):
    if not cpu:
        start = time.perf_counter()
        subprocess.run(cmd + [path], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start
    p = subprocess.Popen(cmd + [path], stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd[0]} {path} failed")
    return ru.ru_utime + ru.ru_stime


def best(cmd, path, runs, cpu=False):
    return min(once(cmd, path, cpu) for _ in range(runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arrsh", default="target/release/arrsh")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu", action="store_true", help="user + system CPU time, not wall time")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        empty = os.path.join(d, "empty.py")
        open(empty, "w").close()
        base = {
            "py": best(["python3"], empty, args.runs, args.cpu),
            "arrsh": best([args.arrsh], empty, args.runs, args.cpu),
        }
        print("| case | CPython 3.11 | arrsh | arrsh/CPython |")
        print("|---|---:|---:|---:|")
        for label, src in CASES:
            path = os.path.join(d, "case.py")
            with open(path, "w") as f:
                f.write(src)
            py = best(["python3"], path, args.runs, args.cpu) - base["py"]
            ar = best([args.arrsh], path, args.runs, args.cpu) - base["arrsh"]
            print(f"| {label} | {py * 1e3:.0f} ms | {ar * 1e3:.0f} ms | {ar / py:.2f} |")
        print(f"| start-up (empty script) | {base['py'] * 1e3:.1f} ms | {base['arrsh'] * 1e3:.1f} ms | "
              f"{base['arrsh'] / base['py']:.2f} |")


if __name__ == "__main__":
    main()
