#!/usr/bin/env python3
"""Benchmark runner: NumPy (python3) against arrsh (a release build) on the rows of
`benches/cases.py`, same machine, same scripts.

For every row it writes `benches/scripts/NAME.py` (setup, then the statement `reps`
times) and its setup-only twin `NAME.setup.py`; both are valid Python and valid arrsh.
Each round runs, for both interpreters (alternating which goes first), the script and its
twin; the per-statement time is (script - setup) / reps. Reported: the median per-op time
over the rounds, GB/s from the bytes a row must touch, the ratio arrsh/NumPy (median of
the per-round ratios, below 1 means arrsh is faster), and the peak resident size of the
full script (wait4's ru_maxrss). Fused rows also run through `numexpr.evaluate` with 1
and 2 threads when numexpr is installed.

NumPy runs single-threaded (OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=MKL_NUM_THREADS=1), and
with OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE removed from its environment (they can force a
slower kernel); the BLAS core actually used is printed.

Usage: cargo build --release && python3 benches/run.py [--rounds N] [--only a,b] [--markdown]
       python3 benches/run.py --write    (write the scripts only)
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases import ROWS  # noqa: E402

SCRIPTS = os.path.join(HERE, "scripts")
THREAD_VARS = ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"]
BLAS_OVERRIDES = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]


def numpy_env():
    env = dict(os.environ)
    for v in BLAS_OVERRIDES:
        env.pop(v, None)
    for v in THREAD_VARS:
        env[v] = "1"
    return env


def write(path, lines):
    text = "\n".join(lines) + "\n"
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w") as f:
        f.write(text)


def scripts_for(r):
    """(label, script, setup twin) per interpreter variant of row `r`."""
    head = ["import numpy as np"] + r["setup"]
    base = os.path.join(SCRIPTS, r["name"])
    if r["op"] is None:
        write(base + ".py", head)
        return {"plain": (base + ".py", None)}
    write(base + ".py", head + [r["op"]] * r["reps"])
    write(base + ".setup.py", head)
    out = {"plain": (base + ".py", base + ".setup.py")}
    if r["ne"]:
        target = r["op"].split("=")[0].strip()
        for t in (1, 2):
            nhead = ["import numpy as np", "import numexpr", f"numexpr.set_num_threads({t})"]
            nhead += r["setup"]
            stmt = f'{target} = numexpr.evaluate("{r["ne"]}")'
            write(f"{base}.ne{t}.py", nhead + [stmt] * r["reps"])
            write(f"{base}.ne{t}.setup.py", nhead)
            out[f"ne{t}"] = (f"{base}.ne{t}.py", f"{base}.ne{t}.setup.py")
    return out


def run_once(argv, env):
    """Wall seconds and peak RSS (KiB) of one process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if p.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({p.returncode}):\n{err}")
    return dt, ru.ru_maxrss


def blas_core(env):
    code = (
        "import ctypes, glob, os, numpy\n"
        "libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), '..', 'numpy.libs', '*openblas*'))\n"
        "name = 'unknown'\n"
        "for lib in libs:\n"
        "    L = ctypes.CDLL(lib)\n"
        "    for f in ('scipy_openblas_get_corename64_', 'openblas_get_corename64_', 'openblas_get_corename'):\n"
        "        if hasattr(L, f):\n"
        "            g = getattr(L, f); g.restype = ctypes.c_char_p; name = g().decode(); break\n"
        "print(name, numpy.__version__)\n"
    )
    try:
        import threadpoolctl  # noqa: F401
        code = ("import numpy, threadpoolctl\n"
                "i = threadpoolctl.threadpool_info()\n"
                "print(','.join(f\"{d.get('internal_api')}:{d.get('architecture')}:{d.get('num_threads')}\" for d in i), numpy.__version__)\n")
    except ImportError:
        pass
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return out.stdout.strip() or out.stderr.strip()


def fmt_time(s):
    if s is None:
        return "—"
    if s < 1e-3:
        return f"{s * 1e6:.2f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--arrsh", default=os.path.join(ROOT, "target", "release", "arrsh"))
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--write", action="store_true", help="only write the scripts")
    args = ap.parse_args()
    os.makedirs(SCRIPTS, exist_ok=True)
    rows = [r for r in ROWS if not args.only or r["name"] in args.only.split(",")]
    if args.write:
        for r in rows:
            scripts_for(r)
        return
    np_env = numpy_env()
    have_ne = subprocess.run([sys.executable, "-c", "import numexpr"], env=np_env,
                             capture_output=True).returncode == 0
    ambient = {v: os.environ[v] for v in BLAS_OVERRIDES + THREAD_VARS if v in os.environ}
    print(f"NumPy side: single-threaded ({'='.join(THREAD_VARS)}=1), "
          f"{' and '.join(BLAS_OVERRIDES)} unset (ambient: {ambient or 'none set'}); "
          f"BLAS core, numpy version: {blas_core(np_env)}")
    print(f"arrsh: {args.arrsh}; numexpr anchor: {'yes' if have_ne else 'not installed'}; "
          f"rounds: {args.rounds}; load average at start: {os.getloadavg()[0]:.2f}")
    results = []
    for r in rows:
        variants = scripts_for(r)
        if not have_ne:
            variants = {k: v for k, v in variants.items() if not k.startswith("ne")}
        per = {("numpy", "plain"): [], ("arrsh", "plain"): []}
        for k in variants:
            if k.startswith("ne"):
                per[("numpy", k)] = []
        rss = {}
        for rnd in range(args.rounds):
            order = list(per)
            if rnd % 2:
                order.reverse()
            for tool, var in order:
                script, setup = variants[var]
                cmd = [sys.executable] if tool == "numpy" else [args.arrsh]
                env = np_env if tool == "numpy" else os.environ
                pair = [(script, True), (setup, False)]
                if rnd % 2:
                    pair.reverse()
                times = {}
                for path, full in pair:
                    if path is None:
                        times[full] = 0.0
                        continue
                    dt, peak = run_once(cmd + [path], env)
                    times[full] = dt
                    if full:
                        rss[(tool, var)] = max(rss.get((tool, var), 0), peak)
                op = (times[True] - times[False]) / r["reps"]
                per[(tool, var)].append(op)
        med = {k: statistics.median(v) for k, v in per.items()}
        # A round whose setup twin ran longer than the full script (noise on a row of a few
        # milliseconds) has no meaningful ratio; the median is over the rounds that do.
        ratios = [a / n for a, n in zip(per[("arrsh", "plain")], per[("numpy", "plain")])
                  if a > 0 and n > 0]
        ratio = statistics.median(ratios) if ratios else float("nan")
        res = dict(row=r, med=med, ratio=ratio, rss=rss)
        results.append(res)
        gb = lambda t: f"{r['nbytes'] / t / 1e9:.1f}" if r["nbytes"] and t > 0 else "—"  # noqa: E731
        ne = "  ".join(f"numexpr {k[1][2:]}T {fmt_time(med[k])}" for k in med if k[1] != "plain")
        print(f"{r['label']:<44} NumPy {fmt_time(med[('numpy', 'plain')]):>10} "
              f"({gb(med[('numpy', 'plain')])} GB/s)  arrsh {fmt_time(med[('arrsh', 'plain')]):>10} "
              f"({gb(med[('arrsh', 'plain')])} GB/s)  ratio {res['ratio']:.2f}  "
              f"RSS MiB NumPy {rss[('numpy', 'plain')] / 1024:.0f} arrsh {rss[('arrsh', 'plain')] / 1024:.0f}"
              f"  {ne}", flush=True)
    if args.markdown:
        print()
        print("| statement | NumPy | arrsh | arrsh/NumPy | GB/s NumPy / arrsh | numexpr 1T / 2T "
              "| peak RSS MiB NumPy / arrsh |")
        print("|---|---|---|---|---|---|---|")
        for res in results:
            r, med, rss = res["row"], res["med"], res["rss"]
            tn, ta = med[("numpy", "plain")], med[("arrsh", "plain")]
            gbs = (f"{r['nbytes'] / tn / 1e9:.1f} / {r['nbytes'] / ta / 1e9:.1f}"
                   if r["nbytes"] and tn > 0 and ta > 0 else "—")
            ne = (f"{fmt_time(med[('numpy', 'ne1')])} / {fmt_time(med[('numpy', 'ne2')])}"
                  if ("numpy", "ne1") in med else "—")
            print(f"| {r['label']} | {fmt_time(tn)} | {fmt_time(ta)} | {res['ratio']:.2f} | {gbs} "
                  f"| {ne} | {rss[('numpy', 'plain')] / 1024:.0f} / {rss[('arrsh', 'plain')] / 1024:.0f} |")


if __name__ == "__main__":
    main()
