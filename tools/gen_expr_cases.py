#!/usr/bin/env python3
"""Generate random (seeded, deterministic) compute expressions for arrsh.

Writes tests/pending/expr_random_N.py (N = 1..FILES): each file defines a handful of
arrays of random dtypes and broadcast-compatible shapes from literals, then a few hundred
(in total) random expressions over them: arithmetic/bitwise/comparison operators with
arrays, Python scalars and NumPy scalars, ufuncs, reductions with axes, basic and fancy
indexing, masks, in-place updates.  Errors (broadcasting, NEP 50 overflow, unsupported
types, negative integer powers) appear naturally and are part of the transcripts.

Only operations whose results do not depend on the machine are generated: no
transcendental functions (their last bit differs between libm/SIMD builds), no float ->
integer casts of out-of-range values, no float powers other than squaring, no unseeded
randomness, no default (unstable) argsort.

Usage: python3 tools/gen_expr_cases.py [--outdir DIR] [--seed S]
"""

import argparse
import glob
import os
import random

FILES = 5
PER_FILE = 70

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
WEIGHTS = [1, 2, 1, 1, 3, 3, 1, 1, 1, 1, 2, 3, 1, 1]
INTS = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"}
FLOATS = {"float16", "float32", "float64"}
COMPLEX = {"complex64", "complex128"}

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>",
          "==", "!=", "<", "<=", ">", ">="]
BINOP_W = [6, 5, 5, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1]
AUG = ["+=", "-=", "*=", "/=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="]
UFUNC2 = ["np.add", "np.subtract", "np.multiply", "np.divide", "np.floor_divide",
          "np.maximum", "np.minimum", "np.fmax", "np.fmin", "np.equal", "np.less",
          "np.greater_equal", "np.logical_and", "np.logical_or", "np.logical_xor",
          "np.bitwise_and", "np.bitwise_or", "np.remainder", "np.hypot", "np.arctan2"]
UFUNC1 = ["np.negative", "np.positive", "np.abs", "np.absolute", "np.sqrt", "np.square",
          "np.floor", "np.ceil", "np.rint", "np.sign", "np.isnan", "np.isinf",
          "np.isfinite", "np.logical_not", "np.invert"]
REDUCE = ["sum", "prod", "min", "max", "mean", "any", "all", "argmin", "argmax",
          "cumsum", "std", "var"]


def value_lit(rng, dt):
    if dt == "bool":
        return rng.choice(["True", "False"])
    if dt in INTS:
        if dt.startswith("u"):
            v = rng.choice([rng.randint(0, 12), rng.randint(0, 300), 0, 1])
        else:
            v = rng.choice([rng.randint(-12, 12), rng.randint(-200, 200), 0, -1])
        lim = {"int8": (-128, 127), "uint8": (0, 255)}.get(dt)
        if lim:
            v = max(lim[0], min(lim[1], v))
        return str(v)
    if dt in FLOATS:
        r = rng.random()
        if r < 0.06:
            return rng.choice(["np.nan", "np.inf", "-np.inf", "-0.0"])
        if r < 0.3:
            return repr(float(rng.randint(-9, 9)))
        return repr(round(rng.uniform(-20, 20), rng.choice([1, 2])))
    re_ = round(rng.uniform(-5, 5), 1)
    im_ = round(rng.uniform(-5, 5), 1)
    return f"complex({re_!r}, {im_!r})"


def make_shape(rng, base):
    """A shape that broadcasts against base (or, rarely, not)."""
    r = rng.random()
    if r < 0.05:
        return (len(base) and base[-1] + 1 or 2,)
    k = rng.randint(0, len(base))
    shp = list(base[len(base) - k:])
    for i in range(len(shp)):
        if rng.random() < 0.25:
            shp[i] = 1
    return tuple(shp)


def array_def(rng, name, dt, shape):
    n = 1
    for s in shape:
        n *= s
    vals = [value_lit(rng, dt) for _ in range(n)]
    if len(shape) == 0:
        return f"{name} = np.array({vals[0]}, dtype='{dt}')"
    text = f"{name} = np.array([{', '.join(vals)}], dtype='{dt}')"
    if len(shape) > 1:
        text += f".reshape{shape!r}"
    return text


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.vars = {}  # name -> (dtype, shape)

    def scalar(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return str(rng.choice([0, 1, 2, 3, 5, 7, -1, -3, 100, 255, 300, 2 ** 40]))
        if r < 0.6:
            return repr(rng.choice([0.5, 1.5, -2.0, 0.0, 3.25, 1e10, -0.1]))
        if r < 0.65:
            return rng.choice(["True", "False"])
        if r < 0.7:
            return rng.choice(["1j", "(2-1j)"])
        dt = rng.choice(["int8", "uint8", "int16", "int64", "float32", "float64", "uint64", "float16"])
        v = rng.choice(["1", "2", "3", "7"]) if dt in INTS else rng.choice(["1.5", "0.25", "-2.0"])
        return f"np.{dt}({v})"

    def var(self):
        return self.rng.choice(list(self.vars))

    def operand(self, allow_scalar=True):
        rng = self.rng
        r = rng.random()
        if allow_scalar and r < 0.3:
            return self.scalar()
        name = self.var()
        if r < 0.85:
            return name
        dt, shape = self.vars[name]
        if len(shape) >= 2 and rng.random() < 0.5:
            return f"{name}.T"
        if len(shape) >= 1:
            return f"{name}[{self.basic_index(shape, keep_dims=True)}]"
        return name

    def slice_text(self, n):
        rng = self.rng
        step = rng.choice([None, None, 1, 2, -1, -2, 3])
        start = rng.choice([None, None, 0, 1, -1, -n - 2, n + 3])
        stop = rng.choice([None, None, n, -1, 2, n + 5, -n - 3])
        s = f"{'' if start is None else start}:{'' if stop is None else stop}"
        if step is not None:
            s += f":{step}"
        return s

    def basic_index(self, shape, keep_dims=False):
        rng = self.rng
        parts = []
        for n in shape:
            r = rng.random()
            if keep_dims or r < 0.55:
                parts.append(self.slice_text(n) if rng.random() < 0.8 else ":")
            elif r < 0.85:
                parts.append(str(rng.randint(-n - (rng.random() < 0.1), n - 1 + (rng.random() < 0.1))))
            else:
                parts.append("...")
                break
        if not keep_dims and rng.random() < 0.2:
            parts.insert(rng.randint(0, len(parts)), "None")
        if parts.count("...") > 1:
            parts = [p for p in parts if p != "..."]
        if not parts:
            parts = [":"]
        if not keep_dims and rng.random() < 0.3:
            parts = parts[: rng.randint(1, len(parts))]
        return ", ".join(parts)

    def fancy_index(self, name):
        rng = self.rng
        dt, shape = self.vars[name]
        if not shape:
            return f"{name}[{rng.choice(['None', '...', '()'])}]"
        n = shape[0]
        r = rng.random()
        if r < 0.35:
            idx = [str(rng.randint(-n, n - 1 + (rng.random() < 0.1))) for _ in range(rng.randint(0, 4))]
            return f"{name}[[{', '.join(idx)}]]"
        if r < 0.6:
            c = self.scalar() if rng.random() < 0.3 else rng.choice(["0", "1", "5", "-1"])
            op = rng.choice([">", "<", "==", "!=", ">="])
            return f"{name}[{name} {op} {c}]"
        if r < 0.8 and len(shape) >= 2:
            m = shape[1]
            i0 = [str(rng.randint(0, n - 1)) for _ in range(2)]
            i1 = [str(rng.randint(0, m - 1)) for _ in range(2)]
            if rng.random() < 0.5:
                return f"{name}[[{', '.join(i0)}], [{', '.join(i1)}]]"
            return f"{name}[:, [{', '.join(i1)}]]"
        mask = [rng.choice(["True", "False"]) for _ in range(n + (rng.random() < 0.1))]
        return f"{name}[np.array([{', '.join(mask)}])]"

    def reduction(self, x_expr, shape):
        rng = self.rng
        f = rng.choice(REDUCE)
        args = []
        if shape and rng.random() < 0.6:
            nd = len(shape)
            if f in ("argmin", "argmax", "cumsum") or rng.random() < 0.7:
                ax = rng.randint(-nd, nd - 1 + (rng.random() < 0.05))
            else:
                ax = tuple(sorted(rng.sample(range(nd), rng.randint(1, nd))))
            args.append(f"axis={ax!r}")
            if f not in ("argmin", "argmax", "cumsum") and rng.random() < 0.25:
                args.append("keepdims=True")
        if rng.random() < 0.5:
            return f"{x_expr}.{f}({', '.join(args)})"
        return f"np.{f}({', '.join([x_expr] + args)})"

    def expr(self):
        rng = self.rng
        r = rng.random()
        if r < 0.38:
            op = rng.choices(BINOPS, BINOP_W)[0]
            a = self.operand(allow_scalar=rng.random() < 0.3)
            b = self.operand()
            if op == "**":
                # integer bases only get integer exponents; float/complex bases only the
                # exactly-computed exponents 2, 0, -1 (other powers go through libm pow)
                ints = [n for n, (dt, _) in self.vars.items() if dt in INTS or dt == "bool"]
                if ints and rng.random() < 0.7:
                    a = rng.choice(ints)
                    b = rng.choice(["2", "3", "0", "-1", rng.choice(ints)])
                else:
                    a = self.var()
                    b = rng.choice(["2", "0", "-1"])
            e = f"{a} {op} {b}"
        elif r < 0.48:
            e = f"{rng.choice(['-', '~', '+'])}{self.operand(allow_scalar=False)}"
        elif r < 0.58:
            f = rng.choice(UFUNC2)
            if f in ("np.hypot", "np.arctan2"):
                f = rng.choice(["np.maximum", "np.add"])
            e = f"{f}({self.operand(False)}, {self.operand()})"
        elif r < 0.66:
            f = rng.choice(UFUNC1)
            x = self.operand(False)
            if f == "np.sqrt" and self.vars[x.split("[")[0].split(".")[0]][0] in COMPLEX:
                f = "np.square"  # complex sqrt is libm's csqrt: not reproducible bit for bit
            e = f"{f}({x})"
        elif r < 0.76:
            name = self.var()
            e = self.reduction(name, self.vars[name][1])
        elif r < 0.84:
            name = self.var()
            shape = self.vars[name][1]
            e = f"{name}[{self.basic_index(shape)}]" if shape else f"{name}[()]"
        elif r < 0.91:
            e = self.fancy_index(self.var())
        elif r < 0.96:
            # in-place update on a copy, shown afterwards
            name = self.var()
            op = rng.choice(AUG)
            e = f"z = {name}.copy(); z {op} {self.operand()}; z"
        else:
            x = self.var()
            rest = rng.choice([
                f"np.where({x} > 0, {x}, {self.operand()})",
                f"np.clip({x}, {rng.choice(['0', '-1', 'None'])}, {rng.choice(['5', '10', '2.5'])})",
                f"({x} + {self.operand()}).dtype",
                f"({x} * {self.operand()}).shape",
                f"{x}.astype('{rng.choice(['float64', 'float32', 'int64', 'complex128', 'bool'])}')"
                if self.vars[x][0] not in FLOATS | COMPLEX else f"{x}.astype('float32')",
            ])
            e = rest
        if rng.random() < 0.08:
            e = f"({e}).dtype" if not e.startswith("z =") else e
        return e


def gen_file(rng, idx):
    g = Gen(rng)
    base = tuple(rng.randint(2, 4) for _ in range(rng.randint(1, 3)))
    lines = ["import numpy as np",
             f"# random expressions, part {idx} (generated by tools/gen_expr_cases.py; do not edit)"]
    names = ["a", "b", "c", "d", "e", "f", "g", "h"]
    for name in names[: rng.randint(5, 8)]:
        dt = rng.choices(DTYPES, WEIGHTS)[0]
        shape = make_shape(rng, base) if rng.random() < 0.9 else base
        g.vars[name] = (dt, shape)
        lines.append(array_def(rng, name, dt, shape))
    for _ in range(PER_FILE):
        lines.append(g.expr())
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    p.add_argument("--outdir", default=os.path.join(here, "..", "tests", "pending"))
    p.add_argument("--seed", type=int, default=5050)
    args = p.parse_args()
    rng = random.Random(args.seed)
    # remove stale generated files (and their transcripts) first
    for old in glob.glob(os.path.join(args.outdir, 'expr_random_*.py')) + glob.glob(os.path.join(args.outdir, 'expr_random_*.txt')):
        os.remove(old)
    conformance = os.path.join(here, "..", "tests", "conformance")
    for i in range(1, FILES + 1):
        name = f"expr_random_{i}.py"
        # A file that already passes lives in tests/conformance/: rewrite it there.
        target = conformance if os.path.exists(os.path.join(conformance, name)) else args.outdir
        with open(os.path.join(target, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(gen_file(rng, i))
    print(f"gen_expr_cases: wrote {FILES} files, {FILES * PER_FILE} expressions")


if __name__ == "__main__":
    main()
