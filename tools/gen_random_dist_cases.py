#!/usr/bin/env python3
"""Generate seeded random cases for the random distributions of issue 13
(`poisson binomial exponential standard_exponential gamma standard_gamma beta
chisquare geometric lognormal laplace logistic multinomial triangular weibull
pareto hypergeometric negative_binomial dirichlet standard_t vonmises normal`)
on `np.random.default_rng(seed)` Generators, `np.random.RandomState(seed)` and
the global `np.random.*` stream.

Writes tests/pending/random_dists_random_N.py (N = 1..FILES), or rewrites the
file in tests/conformance/ once it has been moved there. Each file seeds a few
generators and then makes random calls on them in sequence, so the stream
state carried between calls (PCG64's buffered half word, the legacy cached
Gaussian) is exercised and any divergence shows in every later value.
Parameters are drawn from each sampler's regimes (Poisson below/above 10,
binomial inversion/BTPE on both sides of p = 0.5, gamma shapes below, at and
above 1, Johnk/gamma beta, both hypergeometric methods, ...), sizes are None,
ints, tuples and 0, parameters are sometimes broadcast arrays, and some calls
have invalid parameters (their ValueError is part of the transcript). Long
draws print every k-th value plus an integer sum.

Values are printed with `tolist()` (full float repr). The samplers call libm
(`log`, `exp`, `pow`, `cos`, `acos`), so the transcripts are exact for the
glibc that both NumPy and arrsh link here.

Usage: python3 tools/gen_random_dist_cases.py [--outdir DIR] [--seed S]
then python3 tools/numpy_transcript.py tests/pending/random_dists_random_*.py
"""

import argparse
import os
import random

from case_files import write_case_file

FILES = 3
PER_FILE = 150


def fl(rng, lo, hi):
    return repr(round(rng.uniform(lo, hi), rng.choice([1, 2, 3, 6])))


def params(rng, name):
    """One parameter tuple (as source text) in one of the sampler's regimes."""
    r = rng.random()
    if name == "poisson":
        return [rng.choice([fl(rng, 0, 10), fl(rng, 10, 1000), "0", "0.0", "1e5"])]
    if name == "binomial":
        n = rng.choice([rng.randint(0, 10), rng.randint(10, 200), rng.randint(1000, 100000)])
        return [str(n), rng.choice([fl(rng, 0, 1), "0.5", "0.0", "1.0", fl(rng, 0, 0.01), fl(rng, 0.99, 1)])]
    if name in ("exponential", "pareto", "weibull", "standard_t", "chisquare"):
        return [rng.choice([fl(rng, 0.05, 1), fl(rng, 1, 20), "1.0", "3"])]
    if name in ("gamma", "standard_gamma"):
        p = [rng.choice([fl(rng, 0.01, 1), "1.0", fl(rng, 1, 50), "0.5", "0.0"])]
        if name == "gamma":
            p.append(rng.choice([fl(rng, 0.1, 5), "1.0", "2"]))
        return p
    if name == "beta":
        small = lambda: rng.choice([fl(rng, 0.05, 1), "1.0", "0.5"])
        big = lambda: fl(rng, 1, 20)
        return [rng.choice([small(), big()]), rng.choice([small(), big()])]
    if name == "geometric":
        return [rng.choice([fl(rng, 0.01, 0.33), fl(rng, 0.34, 1), "1.0", "0.001"])]
    if name in ("lognormal", "laplace", "logistic", "normal"):
        return [fl(rng, -3, 3), rng.choice([fl(rng, 0.1, 3), "1.0", "0.0"])]
    if name == "triangular":
        a = round(rng.uniform(-5, 5), 2)
        c = a + round(rng.uniform(0.5, 5), 2)
        b = rng.choice([a, c, round(rng.uniform(a, c), 2)])
        return [repr(a), repr(b), repr(c)]
    if name == "hypergeometric":
        g, b = rng.choice([(rng.randint(0, 15), rng.randint(0, 15)), (rng.randint(20, 500), rng.randint(20, 500))])
        s = rng.randint(0, g + b) if g + b else 0
        return [str(g), str(b), str(s)]
    if name == "negative_binomial":
        return [rng.choice([fl(rng, 0.5, 20), "1", "3"]), rng.choice([fl(rng, 0.05, 1), "0.5", "1.0"])]
    if name == "vonmises":
        return [fl(rng, -3, 3), rng.choice([fl(rng, 0, 0.5), fl(rng, 0.5, 50), "0.0", "1e-6", "1e7"])]
    if name == "multinomial":
        k = rng.randint(1, 5)
        w = [rng.randint(1, 9) for _ in range(k)]
        tot = sum(w)
        pv = "[" + ", ".join(repr(x / tot) for x in w) + "]"
        return [str(rng.choice([0, 1, 5, 20, 100, 5000])), pv]
    if name == "dirichlet":
        k = rng.randint(1, 4)
        if rng.random() < 0.3:
            vals = [fl(rng, 0.001, 0.09) for _ in range(k)]
        else:
            vals = [fl(rng, 0.1, 10) for _ in range(k)]
        return ["[" + ", ".join(vals) + "]"]
    raise ValueError(name)


BAD = {
    "poisson": [["-1"], ["np.nan"], ["1e19"]],
    "binomial": [["-1", "0.5"], ["10", "1.5"], ["10", "np.nan"]],
    "exponential": [["-1.0"]],
    "gamma": [["-1", "1"], ["1", "-2"]],
    "standard_gamma": [["-0.5"]],
    "beta": [["0", "1"], ["1", "-1"]],
    "chisquare": [["0"]],
    "geometric": [["0"], ["1.5"]],
    "lognormal": [["0", "-1"]],
    "laplace": [["0", "-1"]],
    "logistic": [["0", "-1"]],
    "normal": [["0", "-1"]],
    "triangular": [["2", "1", "3"], ["0", "4", "3"], ["1", "1", "1"]],
    "weibull": [["-1"]],
    "pareto": [["0"]],
    "hypergeometric": [["5", "5", "20"], ["-1", "5", "2"]],
    "negative_binomial": [["0", "0.5"], ["5", "0"]],
    "standard_t": [["0"]],
    "vonmises": [["0", "-1"]],
    "multinomial": [["10", "[0.7, 0.7]"], ["-1", "[0.5, 0.5]"]],
    "dirichlet": [["[1, -1]"]],
}

NAMES = sorted(BAD)
# Parameters that may be given as arrays (broadcast against each other).
ARRAYABLE = {n for n in NAMES if n not in ("multinomial", "dirichlet")}


def as_array_param(rng, name, p, shape):
    """Turn parameter texts into a broadcastable list literal for one of them."""
    i = rng.randrange(len(p))
    vals = [params(rng, name)[i] for _ in range(shape)]
    if name == "triangular":
        return None  # keep left <= mode <= right simple: scalars only
    q = list(p)
    q[i] = "[" + ", ".join(vals) + "]"
    return q


def size_text(rng):
    return rng.choice(["", "", ", size=3", ", size=1", ", size=0", ", size=(2, 3)", ", 4", ", size=(3,)", ", size=40"])


def call(rng, gen, name):
    if rng.random() < 0.12:
        p = list(rng.choice(BAD[name]))
        return f"{gen}.{name}({', '.join(p)}{size_text(rng)})"
    p = params(rng, name)
    sz = size_text(rng)
    if name in ARRAYABLE and rng.random() < 0.2:
        q = as_array_param(rng, name, p, rng.randint(1, 4))
        if q is not None:
            p = q
            sz = rng.choice(["", ""])
    text = f"{gen}.{name}({', '.join(p)}{sz})"
    if sz == "" and not any("[" in x for x in p) and name not in ("multinomial", "dirichlet"):
        return text
    return f"{text}.tolist()"


def long_call(rng, gen, name):
    p = params(rng, name)
    n = rng.choice([500, 2000])
    if name in ("multinomial", "dirichlet"):
        return f"_x = {gen}.{name}({', '.join(p)}, size={n // 10}); _x[::7].tolist()"
    return f"_x = {gen}.{name}({', '.join(p)}, size={n}); _x[::{rng.randint(50, 150)}].tolist()"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    for k in range(1, FILES + 1):
        rng = random.Random(args.seed * 1000 + k)
        lines = ["import numpy as np"]
        gens = []
        for j in range(3):
            seed = rng.randint(0, 2**32 - 1)
            lines.append(f"g{j} = np.random.default_rng({seed})")
            gens.append(f"g{j}")
        seed = rng.randint(0, 2**32 - 1)
        lines.append(f"r = np.random.RandomState({seed})")
        lines.append(f"np.random.seed({rng.randint(0, 2**32 - 1)})")
        gens += ["r", "np.random"]
        for _ in range(PER_FILE):
            gen = rng.choice(gens)
            name = rng.choice(NAMES)
            if rng.random() < 0.08:
                lines.append(long_call(rng, gen, name))
            else:
                lines.append(call(rng, gen, name))
        fname = f"random_dists_random_{k}.py"
        write_case_file(fname, lines, args.outdir)


if __name__ == "__main__":
    main()
