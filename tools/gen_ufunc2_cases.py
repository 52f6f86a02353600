#!/usr/bin/env python3
"""Seeded generator of tests/pending/ufunc2_random_N.py: the math ufuncs of issue 13
(copysign fmod heaviside nextafter ldexp gcd lcm signbit fabs trunc reciprocal spacing
deg2rad rad2deg conjugate divmod modf frexp fix nan_to_num, and the libm ones sinh ...
float_power sinc) on random dtypes (bool, every int, float16/32/64, complex64/128),
shapes with broadcasting, nan/inf/-0.0/tiny/huge values, Python scalar operands (NEP 50),
out=/dtype=/casting=, and the errors NumPy raises. Floating-point flags are checked by
running some statements under np.errstate(all='raise').

Results computed without libm (IEEE operations, bit manipulation) are printed exactly.
Transcendental results depend on the math library (NumPy uses SVML on AVX-512 machines),
so those statements compare with NumPy's values embedded as exact literals, computed
here, within a tolerance per dtype (nan and inf must sit at the same places), and print
the dtype and shape exactly.

Usage: python3 tools/gen_ufunc2_cases.py [N_FILES]   (then tools/numpy_transcript.py)
"""
import os
import random
import sys
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
FLOATS = ["float16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]
ALL = ["bool"] + INTS + FLOATS + COMPLEX
SHAPES = [(), (3,), (2, 3), (1, 3), (2, 1), (0,), (2, 2, 2)]
EXACT_UNARY = ["signbit", "fabs", "trunc", "reciprocal", "spacing", "deg2rad", "rad2deg",
               "degrees", "radians", "conjugate", "conj", "modf", "frexp", "fix"]
EXACT_BINARY = ["copysign", "fmod", "heaviside", "nextafter", "ldexp", "gcd", "lcm", "divmod"]
LIBM_UNARY = ["sinh", "cosh", "tanh", "arcsin", "arccos", "arctan", "arcsinh", "arccosh",
              "arctanh", "exp2", "expm1", "log1p", "cbrt", "sinc"]
LIBM_BINARY = ["logaddexp", "logaddexp2", "float_power"]
RTOL = {"float16": 4e-3, "float32": 2e-6, "float64": 1e-13, "complex64": 2e-6,
        "complex128": 1e-13}


def lit(v):
    """Python source for one element value."""
    if isinstance(v, complex):
        return f"complex({lit(v.real)}, {lit(v.imag)})"
    if isinstance(v, float):
        if v != v:
            return "np.nan"
        if v in (float("inf"), float("-inf")):
            return "np.inf" if v > 0 else "-np.inf"
        return repr(v)
    return repr(v)


def values(rng, dt, n):
    if dt == "bool":
        return [rng.random() < 0.5 for _ in range(n)]
    if dt in INTS:
        info = np.iinfo(dt)
        pool = [0, 1, -1, 2, -3, 7, 12, -128, info.min, info.max, 18, 30]
        return [int(np.array(rng.choice(pool)).astype(dt)) if rng.random() < 0.5
                else int(rng.randint(max(info.min, -60), min(info.max, 60))) for _ in range(n)]
    special = [0.0, -0.0, float("nan"), float("inf"), float("-inf"), 0.5, -2.5, 1.0, -1.0,
               1e-300, 1e300, 3.0, 100.0]
    out = []
    for _ in range(n):
        if rng.random() < 0.4:
            v = rng.choice(special)
        else:
            v = round(rng.uniform(-10, 10), rng.randint(0, 3))
        if dt in COMPLEX:
            w = rng.choice(special) if rng.random() < 0.3 else round(rng.uniform(-5, 5), 2)
            out.append(complex(v, w))
        else:
            out.append(float(np.array(v).astype(dt)))
    return out


def array_src(rng, dt, shape, moderate=False):
    n = int(np.prod(shape)) if shape else 1
    vals = values(rng, dt, n)
    if moderate and dt in COMPLEX:
        # arrsh's complex transcendentals are not C99 Annex G at infinities and overflowing
        # magnitudes (docs/differences.md): complex libm cases stay finite and moderate.
        vals = [complex(round(rng.uniform(-6, 6), 2), round(rng.uniform(-6, 6), 2))
                for _ in range(n)]
    body = ", ".join(lit(v) for v in vals)
    if shape == ():
        return f"np.array({lit(vals[0])}, dtype=np.{dt})"
    return f"np.array([{body}], dtype=np.{dt}).reshape({shape})"


def py_scalar(rng):
    return rng.choice(["2", "-3", "0", "300", "2**40", "True", "1.5", "-0.0", "float('nan')",
                       "float('inf')", "1j", "7"])


def operand(rng):
    if rng.random() < 0.2:
        return py_scalar(rng)
    return array_src(rng, rng.choice(ALL), rng.choice(SHAPES))


def run(ns, src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return eval(src, ns)
        except Exception:
            return None


def libm_check(r, name):
    """Statements comparing `r` (the NumPy result) with arrsh's within tolerance."""
    dt = str(r.dtype)
    tol = RTOL.get(dt)
    if tol is None:
        return ["r.dtype, r.shape", "r"]
    flat = np.asarray(r).ravel()
    body = ", ".join(lit(complex(v) if dt in COMPLEX else float(v)) for v in flat)
    shape = np.asarray(r).shape
    return ["r.dtype, r.shape",
            f"e = np.array([{body}], dtype=np.{dt}).reshape({shape})",
            f"bool(np.allclose(r, e, rtol={tol}, atol={tol}, equal_nan=True))"]


def case(rng, ns):
    kind = rng.random()
    out = []
    if kind < 0.35:
        f = rng.choice(EXACT_UNARY)
        x = operand(rng)
        extra = ""
        if rng.random() < 0.15 and f not in ("fix",):
            extra = rng.choice([", dtype=np.float32", ", dtype=np.float64", ", casting='unsafe'",
                                ", dtype=np.int8"])
        out.append(f"np.{f}({x}{extra})")
    elif kind < 0.7:
        f = rng.choice(EXACT_BINARY)
        a, b = operand(rng), operand(rng)
        stmt = f"np.{f}({a}, {b})"
        if rng.random() < 0.15 and f != "divmod":
            o = run(ns, stmt)
            if isinstance(o, np.ndarray):
                odt = rng.choice(ALL)
                out.append(f"o = np.zeros({o.shape}, dtype=np.{odt})")
                stmt = f"np.{f}({a}, {b}, out=o)"
                out.append(stmt)
                out.append("o")
                return out
        out.append(stmt)
    elif kind < 0.8:
        f = rng.choice(EXACT_UNARY[:5] + EXACT_BINARY[:5])
        args = operand(rng) if f in EXACT_UNARY else f"{operand(rng)}, {operand(rng)}"
        out.append("with np.errstate(all='raise'):\n    r = np.%s(%s)" % (f, args))
        out.append("r")
    elif kind < 0.9:
        x = operand(rng)
        kw = rng.choice(["", ", nan=-1.5", ", posinf=7, neginf=-7", ", copy=False",
                         ", nan=np.array([1.0, 2.0, 3.0])"])
        out.append(f"np.nan_to_num({x}{kw})")
    else:
        f = rng.choice(LIBM_UNARY + LIBM_BINARY)
        dt = rng.choice(FLOATS + COMPLEX + ["int8", "int32", "bool"])
        shape = rng.choice([(3,), (2, 3)])
        x = array_src(rng, dt, shape, moderate=True)
        src = f"np.{f}({x})" if f in LIBM_UNARY else f"np.{f}({x}, {operand(rng)})"
        r = run(ns, src)
        out.append(f"r = {src}")
        if isinstance(r, (np.ndarray, np.generic)):
            out.extend(libm_check(r, f))
        return out
    return out


def main():
    nfiles = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for k in range(1, nfiles + 1):
        rng = random.Random(1300 + k)
        ns = {"np": np}
        lines = ["import numpy as np",
                 "# generated by tools/gen_ufunc2_cases.py; do not edit"]
        for _ in range(140):
            stmts = case(rng, ns)
            for s in stmts:
                # Keep the namespace as the transcript will have it (r, e, o).
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        exec(s, ns)
                    except Exception:
                        pass
            lines.extend(stmts)
        name = f"ufunc2_random_{k}.py"
        conf = os.path.join(ROOT, "tests", "conformance", name)
        path = conf if os.path.exists(conf) else os.path.join(ROOT, "tests", "pending", name)
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
