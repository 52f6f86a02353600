#!/usr/bin/env python3
"""Generate seeded, deterministic stress cases for arrsh's compute layer.

Writes tests/pending/hunt_<area>_N.py statement files (files already moved to
tests/conformance/ are rewritten there instead), one family of areas per file:

  reduce  reductions on random shapes (0-d..4-d, empty axes) and every dtype: axis as
          int / negative / tuple / None, keepdims, dtype=, out=, ddof, arg-reductions with
          ties and NaN, cumulative sums/products, count_nonzero, means of ints;
  ufunc   ufunc corner cases: mixed dtypes, NEP 50 weak Python scalars (incl. out-of-range
          errors and comparisons), nan/inf/-0.0, integer overflow, shifts by >= the bit
          width, integer powers, out= with broadcasting and casting errors, in-place ops on
          overlapping views, integer true division by zero;
  fancy   fancy indexing reads and writes (negative / repeated indices, boolean masks,
          mixed with slices / None / Ellipsis, the "advanced axes go first" rule, bounds
          errors), np.take / nonzero / argwhere / where;
  join    concatenate / stack / vstack / hstack / split / array_split / tile / repeat,
          sort / argsort(kind='stable') / unique on random shapes and dtypes, with errors.

Only machine-independent results are generated: no libm transcendentals, no float powers
whose result is not exactly representable, no unstable argsort, no min/max between -0.0
and 0.0 (NumPy's SIMD loops may pick either), no out-of-range float -> int casts.

Usage: python3 tools/gen_hunt_cases.py [--outdir DIR] [--seed S]
"""

import argparse
import os
import random

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
SINTS = ["int8", "int16", "int32", "int64"]
UINTS = ["uint8", "uint16", "uint32", "uint64"]
FLOATS = ["float16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]
BITS = {"int8": 8, "int16": 16, "int32": 32, "int64": 64,
        "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}
RANGE = {d: ((-(1 << (BITS[d] - 1)), (1 << (BITS[d] - 1)) - 1) if d in SINTS
             else (0, (1 << BITS[d]) - 1)) for d in INTS}


def size(shape):
    n = 1
    for s in shape:
        n *= s
    return n


class Base:
    """Shared helpers: literal values and array definitions."""

    def __init__(self, rng):
        self.rng = rng

    def val(self, dt, special=0.08, small=False, no_negzero=False):
        rng = self.rng
        if dt == "bool":
            return rng.choice(["True", "False"])
        if dt in INTS:
            lo, hi = RANGE[dt]
            r = rng.random()
            if r < 0.08 and not small:
                return str(rng.choice([lo, hi]))
            if r < 0.15 and not small:
                return str(rng.randint(lo, hi))
            v = rng.randint(-9, 9) if dt in SINTS else rng.randint(0, 12)
            return str(v)
        if dt in FLOATS:
            r = rng.random()
            if r < special:
                sp = ["np.nan", "np.inf", "-np.inf"] + ([] if no_negzero else ["-0.0"])
                return rng.choice(sp)
            if r < 0.45:
                return repr(float(rng.randint(-6, 6)))
            return repr(round(rng.uniform(-10, 10), rng.choice([1, 2, 3])))
        # Complex parts are small multiples of 1/4, so that products are exact: NumPy's
        # array loops multiply complex numbers with fused multiply-adds where the CPU has
        # them (its scalar and reduce loops do not), and only exact products agree
        # everywhere.
        re_, im_ = (self.quarter(special / 2, no_negzero) for _ in range(2))
        return f"complex({re_}, {im_})"

    def quarter(self, special, no_negzero):
        rng = self.rng
        if rng.random() < special:
            return rng.choice(["np.nan", "np.inf", "-np.inf"] + ([] if no_negzero else ["-0.0"]))
        return repr(rng.randint(-16, 16) / 4)

    def arr(self, dt, shape, **kw):
        vals = [self.val(dt, **kw) for _ in range(size(shape))]
        if not vals and len(shape) > 1:
            # (np.array([]).reshape(3, 0) is tests/pending/hunt_layout_reshape.py: a panic
            # in src/array/layout.rs, outside this generator's files)
            return f"np.zeros({shape!r}, dtype='{dt}')"
        if len(shape) == 0:
            return f"np.array({vals[0]}, dtype='{dt}')"
        text = f"np.array([{', '.join(vals)}], dtype='{dt}')"
        if len(shape) != 1:
            text += f".reshape({', '.join(map(str, shape))})" if shape else ""
        return text

    def shape(self, lo=0, hi=4, empty=0.1, maxdim=4):
        rng = self.rng
        nd = rng.randint(lo, hi)
        return tuple(0 if rng.random() < empty else rng.randint(1, maxdim) for _ in range(nd))


# ---------------------------------------------------------------------------------------
# reductions

RED = ["sum", "prod", "min", "max", "mean", "std", "var", "all", "any",
       "argmin", "argmax", "cumsum", "cumprod", "count_nonzero"]
RED_W = [6, 3, 3, 3, 4, 3, 3, 2, 2, 3, 3, 2, 2, 2]


class Reduce(Base):
    def axis(self, nd, f):
        rng = self.rng
        r = rng.random()
        if nd == 0 or r < 0.2:
            return None if rng.random() < 0.7 or nd > 0 else rng.choice([0, -1, ()])
        if f in ("argmin", "argmax", "cumsum", "cumprod") or r < 0.7:
            return rng.randint(-nd - (rng.random() < 0.05), nd - 1 + (rng.random() < 0.05))
        k = rng.randint(0, nd)
        ax = rng.sample(range(nd), k)
        ax = [a - nd if rng.random() < 0.3 else a for a in ax]
        if rng.random() < 0.04 and ax:
            ax.append(ax[0])
        return tuple(ax)

    def call(self, x, dt, shape):
        rng = self.rng
        f = rng.choices(RED, RED_W)[0]
        if dt in COMPLEX and f in ("prod", "cumprod"):
            f = "sum"  # long complex products round (and NumPy's may fuse; see quarter())
        nd = len(shape)
        ax = self.axis(nd, f)
        args = []
        if ax is not None or rng.random() < 0.2:
            args.append(f"axis={ax!r}")
        if f in ("sum", "prod", "min", "max", "mean", "std", "var", "all", "any",
                 "count_nonzero") and rng.random() < 0.25:
            args.append("keepdims=True")
        if f in ("std", "var") and rng.random() < 0.4:
            args.append(f"ddof={rng.choice([0, 1, 2])}")
        if f in ("sum", "prod", "mean", "cumsum", "cumprod", "std", "var") and rng.random() < 0.2:
            t = rng.choice(["int64", "float64", "float32", "uint8", "int8", "complex128",
                            "float16", "uint64"])
            if dt in COMPLEX and t not in COMPLEX:
                t = "complex128"
            if f in ("mean", "std", "var") and t in INTS:
                t = "float64"
            if dt in FLOATS and t in INTS:
                t = "float64"
            args.append(f"dtype='{t}'")
        if rng.random() < 0.5 and f != "count_nonzero":
            return f"{x}.{f}({', '.join(args)})"
        return f"np.{f}({', '.join([x] + args)})"

    def out_case(self, x, dt, shape):
        """A reduction into a preallocated out= array."""
        rng = self.rng
        nd = len(shape)
        f = rng.choice(["sum", "prod", "min", "max", "mean", "argmax", "cumsum"])
        if nd == 0:
            return None
        if dt in COMPLEX and f == "prod":
            f = "sum"
        ax = rng.randint(0, nd - 1)
        if f == "cumsum":
            oshape = shape
        else:
            oshape = shape[:ax] + shape[ax + 1:]
        if f == "argmax":
            odt = "int64" if rng.random() < 0.85 else "int32"
        elif dt in COMPLEX:
            odt = rng.choice(["complex128", "float64"])
        else:
            odt = rng.choice(["float64", "int64", "float32", "int16", dt])
        # (a mis-shaped out= for cumsum along an axis gets NumPy's nditer-internal
        # messages; only the reductions' out= checks are exercised)
        if rng.random() < 0.1 and oshape and f != "cumsum":
            oshape = oshape[:-1] + (oshape[-1] + 1,)
        return (f"o = np.zeros({oshape!r}, dtype='{odt}'); "
                f"r = np.{f}({x}, axis={ax}, out=o); (o, r is o)")

    def gen(self, idx):
        rng = self.rng
        lines = ["import numpy as np",
                 f"# reductions, part {idx} (generated by tools/gen_hunt_cases.py; do not edit)"]
        n = 0
        while n < 110:
            dt = rng.choice(DTYPES)
            shape = self.shape(0, 4, empty=0.08)
            if size(shape) > 60:
                continue
            kw = {}
            if rng.random() < 0.3 and dt in INTS:
                kw["small"] = True
            lines.append(f"x = {self.arr(dt, shape, special=0.1, **kw)}")
            n += 1
            if rng.random() < 0.3 and len(shape) >= 2:
                if rng.random() < 0.5:
                    lines.append("y = x.transpose()")
                    shape = shape[::-1]
                else:
                    lines.append("y = x[..., ::-1]")
                name = "y"
                n += 1
            else:
                name = "x"
            for _ in range(rng.randint(3, 6)):
                if rng.random() < 0.12:
                    c = self.out_case(name, dt, shape)
                    if c:
                        lines.append(c)
                        n += 1
                        continue
                lines.append(self.call(name, dt, shape))
                n += 1
        # targeted: ties and NaN in argmin/argmax, big-int means, pairwise float sums
        extra = [
            "np.argmax(np.array([1, 3, 3, 2, 3]))",
            "np.argmin(np.array([[2, 1, 1], [0, 0, 5]]), axis=1)",
            "np.argmax(np.array([1.0, np.nan, 5.0, np.nan]))",
            "np.argmin(np.array([np.inf, -np.inf, -np.inf]))",
            "np.argmax(np.array([complex(1, 2), complex(1, 3), complex(1, 3)]))",
            "np.argmin(np.array([complex(1, np.nan), complex(0, 0)]))",
            "np.argmax(np.array([True, False, True]))",
            "np.argmax(np.zeros((2, 0)), axis=0)",
            "np.argmax(np.zeros((2, 0)), axis=1)",
            "np.argmin(np.array([], dtype='float32'))",
            "np.array([2 ** 62, 2 ** 62, 3], dtype='int64').mean()",
            "np.array([2 ** 63, 2 ** 63 + 1], dtype='uint64').mean()",
            "np.array([200, 100, 250], dtype='uint8').sum(dtype='uint8')",
            "np.array([200, 100, 250], dtype='uint8').sum().dtype",
            "np.array([-100, -100], dtype='int8').sum()",
            "np.array([-100, -100], dtype='int8').sum(dtype='int8')",
            "np.arange(1, 1001, dtype='float32').sum()",
            "(np.arange(1, 1001, dtype='float64') / 7).sum()",
            "(np.arange(1, 300, dtype='float32') / 3).sum()",
            "(np.arange(1, 300, dtype='float16') / 3).sum()",
            "(np.arange(1, 300, dtype='float16') / 3).mean()",
            "(np.arange(1, 3000, dtype='float16') / 7).sum(dtype='float32')",
            "np.full(2049, 1, dtype='float16').sum()",
            "np.full(70000, 0.1, dtype='float32').sum()",
            "np.full(70000, 0.1, dtype='float32').mean()",
            "(np.arange(1, 201, dtype='float64') / 3).reshape(10, 20).sum(axis=0)",
            "(np.arange(1, 201, dtype='float64') / 3).reshape(10, 20).sum(axis=1)",
            "(np.arange(1, 401, dtype='float32') / 3).reshape(20, 20).T.sum(axis=1)",
            "(np.arange(1, 301, dtype='float64') / 7).std()",
            "(np.arange(1, 301, dtype='float32') / 7).var(ddof=1)",
            "np.array([1, 2, 3, 4], dtype='int8').std()",
            "np.array([1, 2], dtype='float16').std()",
            "np.array([complex(1, 1), complex(2, -1), complex(0, 3)], dtype='complex64').var()",
            "np.array([complex(1, 1), complex(2, -1), complex(0, 3)]).std(ddof=1)",
            "np.array([1.0, 2.0]).var(ddof=2)",
            "np.array([1.0, 2.0]).var(ddof=3)",
            "np.zeros((0, 3)).mean(axis=0)",
            "np.zeros((0, 3)).sum(axis=0)",
            "np.zeros((0, 3)).prod(axis=1)",
            "np.zeros((0, 3)).min(axis=1)",
            "np.zeros((0, 3)).max(axis=0)",
            "np.zeros((0, 3), dtype='int8').max(axis=1, initial=-5)",
            "np.zeros((3, 0)).all(axis=1)",
            "np.zeros((3, 0)).any(axis=1)",
            "np.count_nonzero(np.array([[0, 1, 2], [0, 0, 3]]), axis=0)",
            "np.count_nonzero(np.array([[0, 1, 2], [0, 0, 3]]), axis=(0, 1))",
            "np.count_nonzero(np.array([[0.0, -0.0, np.nan]]), axis=1, keepdims=True)",
            "np.count_nonzero(np.array([[0, 1, 2], [0, 0, 3]]))",
            "np.count_nonzero(np.array(5))",
            "np.cumsum(np.array([[1, 2], [3, 4]], dtype='uint8'))",
            "np.cumsum(np.array([[1, 2], [3, 4]], dtype='int8'), axis=0).dtype",
            "np.cumprod(np.array([[1, 2], [3, 4]], dtype='int16'), axis=-1)",
            "np.cumprod(np.array([True, True, False]))",
            "np.cumsum(np.array([True, True, False]))",
            "np.cumsum(np.array([100, 100, 100], dtype='int8'), dtype='int8')",
            "np.cumsum(np.zeros((2, 0)), axis=1)",
            "np.cumsum(np.array(3))",
            "np.cumsum(np.array([1, 2]), axis=1)",
            "np.sum(np.arange(6).reshape(2, 3), axis=(0, 0))",
            "np.sum(np.arange(6).reshape(2, 3), axis=2)",
            "np.sum(np.arange(6).reshape(2, 3), axis=-3)",
            "np.sum(np.arange(6).reshape(2, 3), axis=1.5)",
            "np.mean(np.arange(6).reshape(2, 3), axis=(), keepdims=True)",
            "np.max(np.array([np.nan, 1.0, np.inf]))",
            "np.min(np.array([1.0, np.nan, -np.inf]))",
            "np.max(np.array([complex(1, 5), complex(2, 0), complex(2, -1)]))",
            "np.min(np.array([complex(np.nan, 0), complex(2, 0)]))",
            "np.prod(np.array([2 ** 40, 2 ** 30]))",
            "np.prod(np.array([], dtype='uint8')).dtype",
            "np.prod(np.array([3, 5, 7], dtype='uint8'))",
            "np.prod(np.array([1.5, 2.0], dtype='float16'), dtype='float64')",
            "np.all(np.array([np.nan, 1.0]))",
            "np.any(np.array([-0.0, 0.0]))",
            "np.any(np.array([complex(0, 0), complex(0, 1)]))",
            "np.all(np.array([[1, 0], [1, 1]]), axis=0, keepdims=True)",
            "np.sum(np.array([1, 2]), out=np.zeros(2))",
            "np.sum(np.array([[1, 2]]), axis=0, out=np.zeros(2, dtype='int8'))",
            "np.sum(np.array([1.5, 2.5]), out=np.zeros((), dtype='int64'))",
            "np.mean(np.array([1, 2, 4]), dtype='float32')",
            "np.mean(np.array([1, 2, 4]), dtype='int64')",
            "np.mean(np.array([True, False, True]))",
            "np.mean(np.array([], dtype='float64'))",
            "np.std(np.array([1, 2, 4], dtype='uint8'), dtype='float32')",
        ]
        # 0-d arrays: ufunc.reduce takes a plain axis 0/-1, arg/cum functions see 1-d
        for f in ["sum", "prod", "min", "max", "any", "all", "mean", "std", "argmin",
                  "argmax", "cumsum", "cumprod", "count_nonzero"]:
            for ax in ["0", "-1", "1", "(0,)", "(-1,)"]:
                extra.append(f"np.{f}(np.array(5), axis={ax})")
            if f not in ("cumsum", "cumprod"):
                extra.append(f"np.{f}(np.array(5), axis=0, keepdims=True)")
        # out= of the wrong shape, rank or dtype
        y = "np.arange(24).reshape(2, 3, 4)"
        for call in ["sum(y, axis=0, out=np.zeros((3, 5), dtype='int64'))",
                     "sum(y, axis=1, out=np.zeros((3, 5), dtype='int64'))",
                     "sum(y, axis=1, out=np.zeros((2, 1), dtype='int64'))",
                     "max(y, axis=1, out=np.zeros((1, 4), dtype='int64'))",
                     "sum(y, axis=1, out=np.zeros((1, 1), dtype='int64'))",
                     "prod(y, axis=(0, 2), out=np.zeros((2,), dtype='int64'))",
                     "any(y, axis=(0, 2), out=np.zeros((1,), dtype='bool'))",
                     "sum(y, axis=1, keepdims=True, out=np.zeros((2, 1, 5), dtype='int64'))",
                     "sum(y, axis=1, keepdims=True, out=np.zeros((2, 3, 4), dtype='int64'))",
                     "min(y, axis=1, keepdims=True, out=np.zeros((1, 1, 4), dtype='int64'))",
                     "sum(y, out=np.zeros((1,), dtype='int64'))",
                     "sum(y, axis=1, out=np.zeros((2, 4), dtype='int64').T)",
                     "sum(y, axis=1, out=np.zeros((2, 4), dtype='int64')[:, :1])",
                     "sum(y, axis=1, out=np.zeros((8, 4), dtype='int64')[::4])",
                     "mean(y, axis=0, out=np.zeros((1,)))",
                     "mean(y, axis=2, out=np.zeros((2, 3), dtype='float32'))",
                     "std(y, axis=0, out=np.zeros((4,)))",
                     "std(y, axis=2, out=np.zeros((2, 3), dtype='int64'))",
                     "var(y, axis=2, out=np.zeros((2, 3), dtype='float32'))",
                     "argmax(y, axis=0, out=np.zeros((1,), dtype='int64'))",
                     "argmax(y, axis=1, out=np.zeros((2, 4), dtype='int32'))",
                     "argmin(y, axis=1, out=np.zeros((2, 4), dtype='float64'))",
                     "argmin(y, axis=1, out=np.zeros((2, 4), dtype='uint64'))",
                     "argmin(y, axis=1, out=np.zeros((2, 4), dtype='bool'))",
                     "argmax(y, out=np.zeros((1,), dtype='int64'))",
                     "argmax(y, axis=2, keepdims=True, out=np.zeros((2, 3, 1), dtype='int64'))",
                     "cumsum(y, out=np.zeros((24, 1), dtype='int64'))",
                     "cumsum(y, out=np.zeros((23,), dtype='int64'))",
                     "cumsum(y, out=np.zeros((24,), dtype='float16'))",
                     "cumprod(y, axis=1, out=np.zeros((2, 3, 4), dtype='int8'))",
                     "min(np.zeros((2, 0)), axis=1, out=np.zeros((3,)))"]:
            extra.append(f"y = {y}; np.{call}")
        lines += extra[(idx - 1)::2]
        return lines


# ---------------------------------------------------------------------------------------
# ufunc corner cases

BIN_UF = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power",
          "minimum", "maximum", "fmin", "fmax", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift", "equal", "not_equal", "less", "greater_equal",
          "logical_and", "logical_xor"]
UN_UF = ["negative", "positive", "absolute", "sign", "floor", "ceil", "rint", "sqrt",
         "square", "isnan", "isinf", "isfinite", "logical_not", "invert"]
OPS = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "floor_divide": "//",
       "remainder": "%", "power": "**", "bitwise_and": "&", "bitwise_or": "|",
       "bitwise_xor": "^", "left_shift": "<<", "right_shift": ">>", "equal": "==",
       "not_equal": "!=", "less": "<", "greater_equal": ">="}


class Ufunc(Base):
    def pyscalar(self):
        rng = self.rng
        return rng.choice(["0", "1", "-1", "2", "3", "-7", "127", "128", "255", "256", "-129",
                           "300", "70000", "2 ** 31", "2 ** 32", "2 ** 63 - 1", "2 ** 63",
                           "2 ** 64", "-2 ** 63", "0.5", "-2.5", "1e300", "np.nan", "-0.0",
                           "True", "False", "1j", "complex(0, -2)", "65504.0", "70000.0"])

    def npscalar(self):
        rng = self.rng
        dt = rng.choice(DTYPES)
        return f"np.{'bool_' if dt == 'bool' else dt}({self.val(dt, special=0.2)})"

    def operands(self, f):
        rng = self.rng
        shape = rng.choice([(4,), (3,), (2, 3), (5,), (6,)])
        dt1 = rng.choice(DTYPES)
        dt2 = rng.choice(DTYPES)
        nz = f in ("minimum", "maximum", "fmin", "fmax")
        a = self.arr(dt1, shape, special=0.25, no_negzero=nz)
        r = rng.random()
        if r < 0.45:
            b = self.arr(dt2, shape[-1:] if rng.random() < 0.5 else shape, special=0.25,
                         no_negzero=nz)
        elif r < 0.8:
            b = self.pyscalar()
            if nz and b == "-0.0":
                b = "0.5"
        else:
            b = self.npscalar()
            if nz:
                b = b.replace("-0.0", "0.5")
        if f == "power":
            # integer powers are exact; float powers only with exactly representable results
            if rng.random() < 0.6:
                dt1 = rng.choice(INTS + ["bool"])
                a = self.arr(dt1, shape, small=True)
                b = rng.choice(["0", "1", "2", "3", "-1", "-2", "np.array([0, 1, 2, 3])[:%d]" % shape[-1]
                                if shape[-1] <= 4 else "2",
                                self.arr(rng.choice(INTS), shape[-1:], small=True)])
                if "np.array([0, 1, 2, 3])" in b and shape[-1] > 4:
                    b = "2"
            else:
                dt1 = rng.choice(FLOATS + COMPLEX)
                vals = [rng.choice(["0.5", "-1.5", "2.0", "-0.0", "0.0", "3.0", "np.inf",
                                    "-np.inf", "np.nan", "-2.0", "0.25"])
                        for _ in range(size(shape))]
                if dt1 in COMPLEX:
                    vals = [v if "n" in v else f"complex({v}, {rng.choice(['0.0', '1.0', '-1.0'])})"
                            for v in vals]
                a = f"np.array([{', '.join(vals)}], dtype='{dt1}')"
                if len(shape) > 1:
                    a += f".reshape{shape!r}"
                b = rng.choice(["0", "1", "2", "3", "2.0", "-1", "-2.0", "0.0"] if dt1 not in COMPLEX
                               else ["0", "1", "2", "2.0"])
        return a, b

    def binop(self):
        rng = self.rng
        f = rng.choice(BIN_UF)
        a, b = self.operands(f)
        if rng.random() < 0.5 and rng.random() < 0.5:
            a, b = b, a
        if f in OPS and rng.random() < 0.5:
            return f"{a} {OPS[f]} {b}"
        return f"np.{f}({a}, {b})"

    def unop(self):
        rng = self.rng
        f = rng.choice(UN_UF)
        dt = rng.choice(DTYPES)
        if f == "sqrt" and dt in COMPLEX:
            dt = "float64"
        shape = rng.choice([(4,), (5,), (2, 3)])
        if f in ("floor", "ceil", "rint", "sign") and dt in FLOATS + COMPLEX:
            vals = [rng.choice(["-0.5", "0.5", "1.5", "2.5", "-2.5", "-1.5", "-0.0", "0.0",
                                "np.nan", "np.inf", "-np.inf", "3.7", "-3.7", "0.49999",
                                "1e20", "-1e-300"]) for _ in range(size(shape))]
            if dt in COMPLEX:
                vals = [f"complex({v}, {rng.choice(['0.0', '-0.0', '1.5', 'np.nan'])})" for v in vals]
            a = f"np.array([{', '.join(vals)}], dtype='{dt}')"
            if len(shape) > 1:
                a += f".reshape{shape!r}"
        else:
            a = self.arr(dt, shape, special=0.3)
        if f == "negative" and rng.random() < 0.3:
            return f"-{a}"
        if f == "invert" and rng.random() < 0.3:
            return f"~{a}"
        return f"np.{f}({a})"

    def out_case(self):
        rng = self.rng
        f = rng.choice(["add", "multiply", "subtract", "divide", "floor_divide", "maximum",
                        "negative", "equal"])
        odt = rng.choice(["int64", "float64", "int8", "float32", "uint8", "bool", "complex128"])
        oshape = rng.choice([(2, 3), (3,), (2, 1), (1, 3), (4, 3)])
        a = self.arr(rng.choice(DTYPES), (3,), special=0.0, small=True)
        b = self.arr(rng.choice(DTYPES), rng.choice([(2, 1), (1,), ()]), special=0.0, small=True)
        cast = ""
        if rng.random() < 0.25:
            cast = f", casting='{rng.choice(['unsafe', 'same_kind', 'safe', 'no', 'equiv'])}'"
        if f == "negative":
            call = f"np.negative({a}, out=o{cast})"
        else:
            call = f"np.{f}({a}, {b}, out=o{cast})"
        if rng.random() < 0.2:
            call = call.replace("out=o", "o")
        return f"o = np.zeros({oshape!r}, dtype='{odt}'); r = {call}; (o, r is o)"

    def inplace_view(self):
        rng = self.rng
        dt = rng.choice(["int64", "float64", "int8", "uint8", "float32", "complex128", "int16"])
        n = rng.randint(5, 9)
        base = f"x = np.arange({n}, dtype='{dt}')"
        op = rng.choice(["+=", "-=", "*=", "//=", "%=", "|=", "<<="])
        if dt in ("float64", "float32", "complex128") and op in ("|=", "<<="):
            op = "+="
        if dt == "complex128" and op in ("//=", "%="):
            op = "*="
        k = rng.randint(1, 3)
        stmt = rng.choice([
            f"x[::2] {op} 1",
            f"x[{k}:] {op} x[:-{k}]",
            f"x[:-{k}] {op} x[{k}:]",
            f"x[::-1] {op} x",
            f"x {op} x[::-1]",
            f"x[1::2] {op} x[::2][:{(n - 1) // 2 + (n - 1) % 2 - (n % 2 == 0) * 0}]",
            f"x[::2] {op} x[1::2][0]",
            f"np.add(x[:-{k}], x[{k}:], out=x[{k}:])",
            f"np.multiply(x, 2, out=x[::-1])",
            f"np.subtract(x[::2], x[1::2][:{n // 2}], out=x[:{(n + 1) // 2}])",
            f"x[x > 2] {op} 1",
            f"x[[0, 0, 1]] {op} 3",
        ])
        if op in ("//=", "%=") and "x[" in stmt.split(op)[-1]:
            # avoid 0 divisors only for integers (float divisions by 0 are fine but noisy)
            stmt = stmt.replace(op, "+=")
        return f"{base}; {stmt}; x"

    def gen(self, idx):
        rng = self.rng
        lines = ["import numpy as np",
                 f"# ufunc corner cases, part {idx} (generated by tools/gen_hunt_cases.py; do not edit)"]
        for _ in range(95):
            r = rng.random()
            if r < 0.5:
                e = self.binop()
            elif r < 0.72:
                e = self.unop()
            elif r < 0.86:
                e = self.out_case()
            else:
                e = self.inplace_view()
            if rng.random() < 0.1 and not e.startswith(("o =", "x =")):
                e = f"({e}).dtype"
            lines.append(e)
        extra = [
            "np.array([1, 2], dtype='uint64') + np.array([1, 2], dtype='int64')",
            "np.array([2 ** 64 - 1], dtype='uint64') + np.int64(1)",
            "np.array([2 ** 64 - 1], dtype='uint64') + 1",
            "np.array([2 ** 64 - 1], dtype='uint64') == -1",
            "np.array([2 ** 64 - 1], dtype='uint64') < np.array([-1])",
            "np.array([2 ** 63], dtype='uint64') > np.int64(-1)",
            "np.array([1, 2], dtype='float16') + np.array([100, -128], dtype='int8')",
            "(np.array([1, 2], dtype='float16') + np.array([100, -128], dtype='int16')).dtype",
            "np.array([True, False]) + np.array([1j, 2], dtype='complex64')",
            "np.array([True, False]) - np.array([True, True])",
            "-np.array([True, False])",
            "np.array([True, False]) * 300",
            "np.array([1, 2], dtype='uint8') + 256",
            "np.array([1, 2], dtype='uint8') + -1",
            "np.array([1, 2], dtype='uint8') < 256",
            "np.array([1, 2], dtype='uint8') == -1",
            "np.array([1, 2], dtype='uint8') != 1000",
            "np.array([1, 2], dtype='int8') >= -200",
            "np.array([1, 2], dtype='int8') * 2 ** 70",
            "np.array([1, 2], dtype='int64') + 2 ** 63",
            "np.array([1, 2], dtype='float32') + 1e300",
            "np.array([1, 2], dtype='float16') * 70000",
            "np.array([1, 2], dtype='float16') + 70000.0",
            "np.uint8(200) + 100",
            "np.uint8(200) + np.uint8(100)",
            "np.int8(-128) // np.int8(-1)",
            "np.array([-128], dtype='int8') // -1",
            "np.array([-128], dtype='int8') % -1",
            "np.array([-2 ** 63]) // -1",
            "np.array([-7, 7, -7, 7]) // np.array([2, -2, 0, 0])",
            "np.array([-7, 7, -7, 7]) % np.array([2, -2, 0, 0])",
            "np.array([-7, 7, -7, 7], dtype='uint8') // np.array([2, 3, 0, 0], dtype='uint8')",
            "np.array([-7.5, 7.5, -0.0, 0.0]) // np.array([2.0, -2.0, 3.0, -3.0])",
            "np.array([-7.5, 7.5, -0.0, 0.0]) % np.array([2.0, -2.0, 3.0, -3.0])",
            "np.array([1.0, -1.0, 0.0, np.inf]) // 0.0",
            "np.array([1.0, -1.0, 0.0, np.inf]) % 0.0",
            "np.array([np.inf, -np.inf, 3.0, -3.0]) % np.inf",
            "np.array([np.inf, -np.inf, 3.0, -3.0]) // np.inf",
            "np.array([3.0, -3.0]) % -np.inf",
            "np.array([1, -1, 0]) / 0",
            "np.array([1, -1, 0], dtype='uint8') / np.array([0, 0, 0], dtype='uint8')",
            "np.true_divide(np.array([7, -7]), np.array([2, 2]))",
            "np.array([5], dtype='int16') / np.array([2], dtype='int8')",
            "(np.array([5], dtype='int8') / np.array([2], dtype='int8')).dtype",
            "(np.array([5], dtype='uint16') / 2).dtype",
            "(np.array([5], dtype='int32') / np.float16(2)).dtype",
            "np.array([1, 2, 3], dtype='int8') << np.array([7, 8, 9])",
            "np.array([1, 2, 3], dtype='int8') << np.array([7, 8, 9], dtype='int8')",
            "np.array([1, -1, 3], dtype='int32') << 32",
            "np.array([1, -1, -3], dtype='int32') >> 32",
            "np.array([1, -1, -3], dtype='int64') >> 64",
            "np.array([1, -1, -3], dtype='int64') >> 63",
            "np.array([1, 255], dtype='uint8') >> 8",
            "np.array([1, 255], dtype='uint8') << 8",
            "np.array([2 ** 64 - 1], dtype='uint64') >> np.array([63, 64, 65], dtype='uint64')",
            "np.array([1, 2]) << -1",
            "np.left_shift(np.array([1], dtype='uint64'), np.array([1], dtype='int64'))",
            "np.array([1.0]) << 1",
            "np.array([0, 0, 2, -2, -1, 1]) ** np.array([0, 3, 3, 3, 5, 100])",
            "np.array([2, 3], dtype='int8') ** 7",
            "np.array([2, 3], dtype='uint8') ** np.array([8, 5], dtype='uint8')",
            "np.array([2, 0]) ** -1",
            "np.array([2, 0]) ** np.array([-1, 1])",
            "np.array([0.0, -0.0, 2.0]) ** -1",
            "np.array([0.0, -0.0, 2.0]) ** -1.0",
            "np.array([0.0, -0.0, np.inf, -np.inf, np.nan]) ** 0",
            "np.array([1.0, -1.0, np.nan]) ** np.nan",
            "np.array([True, False]) ** 2",
            "np.array([True, False]) ** np.array([True, False])",
            "np.power(np.array([2, 3]), 2.0)",
            "np.array([-1.0]) ** 0.5",
            "np.minimum(np.array([np.nan, 1.0, 2.0]), np.array([0.0, np.nan, 1.0]))",
            "np.fmin(np.array([np.nan, 1.0, np.nan]), np.array([0.0, np.nan, np.nan]))",
            "np.fmax(np.array([complex(np.nan, 0), complex(1, 1)]), np.array([complex(0, 0), complex(1, 2)]))",
            "np.maximum(np.array([complex(1, 1), complex(1, 3)]), np.array([complex(1, 2), complex(0, 9)]))",
            "np.maximum(np.array([1, 5], dtype='uint64'), np.array([-1, 3]))",
            "np.maximum(np.array([True, False]), np.array([False, False]))",
            "np.sign(np.array([-3, 0, 4], dtype='int8'))",
            "np.sign(np.array([3, 0], dtype='uint16'))",
            "np.sign(np.array([-0.0, 0.0, np.nan, -np.inf]))",
            "np.sign(np.array([complex(-3, 4), complex(0, -2), complex(0, 0), complex(np.nan, 0)]))",
            "np.sign(np.array([True, False]))",
            "np.abs(np.array([-128, 127], dtype='int8'))",
            "np.abs(np.array([-2 ** 63, 5]))",
            "np.abs(np.array([-0.0, -np.inf, np.nan]))",
            "np.abs(np.array([complex(3, 4), complex(-5, 12)]))",
            "-np.array([-128, 0], dtype='int8')",
            "-np.array([1, 0], dtype='uint8')",
            "~np.array([0, 255], dtype='uint8')",
            "~np.array([True, False])",
            "~np.array([1.5])",
            "np.invert(np.array([0, -1], dtype='int64'))",
            "np.floor(np.array([1, -3], dtype='int8'))",
            "np.floor(np.array([1, -3], dtype='int8')).dtype",
            "np.ceil(np.array([True, False]))",
            "np.rint(np.array([0.5, 1.5, 2.5, -0.5, -1.5], dtype='float16'))",
            "np.rint(np.array([complex(0.5, 1.5), complex(-2.5, 3.5)]))",
            "np.floor(np.array([complex(0.5, 1.5)]))",
            "np.sqrt(np.array([-1.0, -0.0, np.inf, 4.0]))",
            "np.sqrt(np.array([4, 9], dtype='int8'))",
            "np.sqrt(np.array([4, 9], dtype='int8')).dtype",
            "np.sqrt(np.array([4, 9], dtype='uint16')).dtype",
            "np.sqrt(np.array([True]))",
            "np.square(np.array([200, 16], dtype='uint8'))",
            "np.square(np.array([complex(1, 2)], dtype='complex64'))",
            "np.isnan(np.array([1, 2]))",
            "np.isinf(np.array([complex(np.inf, 0), complex(0, np.nan)]))",
            "np.isfinite(np.array([complex(np.inf, 0), complex(0, np.nan), complex(1, 1)]))",
            "np.logical_not(np.array([0.0, -0.0, np.nan, 2.0]))",
            "np.logical_and(np.array([complex(0, 1), complex(0, 0)]), 1)",
            "np.logical_xor(np.array([1, 0, 2]), np.array([1.5, 0.0, 0.0]))",
            "np.add(np.array([1, 2, 3]), 1.5, out=np.zeros(3, dtype='int64'))",
            "np.add(np.array([1, 2, 3]), 1.5, out=np.zeros(3, dtype='int64'), casting='unsafe')",
            "np.add(np.array([1, 2, 3]), 1, out=np.zeros((2, 3), dtype='int64'))",
            "np.add(np.array([1, 2, 3]), 1, out=np.zeros((3, 1), dtype='int64'))",
            "np.add(np.array([1, 2, 3]), 1, out=np.zeros((1,), dtype='int64'))",
            "np.negative(np.array([1, 2]), out=np.zeros(2, dtype='uint8'))",
            "np.negative(np.array([1, 2]), out=np.zeros(2, dtype='uint8'), casting='unsafe')",
            "np.add(np.array([1, 2]), np.array([3, 4]), out=(np.zeros(2),))",
            "np.add(np.array([1, 2]), np.array([3, 4]), out=np.zeros(2), casting='no')",
            "np.equal(np.array([1, 2]), np.array([1, 3]), out=np.zeros(2, dtype='int8'))",
            "np.add(np.array([1, 2]), 1, np.zeros(2, dtype='float32'))",
            "np.add(np.array([1, 2]), 1, dtype='float32')",
            "np.add(np.array([1, 2]), 1.5, dtype='int64')",
            "np.add(np.array([1, 2]), 1.5, dtype='int64', casting='unsafe')",
            "np.multiply(np.array([1, 2], dtype='int8'), 100, dtype='int16')",
            "np.divide(np.array([1, 2]), 2, dtype='float32')",
            "np.floor_divide(np.array([7]), np.array([2]), dtype='float64')",
            "x = np.arange(6.0).reshape(2, 3); x[:, 1:] += x[:, :-1]; x",
            "x = np.arange(6).reshape(2, 3); x.T[...] += x.T[::-1]; x",
            "x = np.arange(5); x[1:] += x[:-1]; x",
            "x = np.arange(5); x[::-1] += x; x",
            "x = np.arange(5); x[::2] += 1; x",
            "x = np.arange(5, dtype='uint8'); x -= 3; x",
            "x = np.arange(5, dtype='int8'); x *= 100; x",
            "x = np.arange(5, dtype='int8'); x /= 2",
            "x = np.arange(5, dtype='int8'); x += 1.5",
            "x = np.arange(5, dtype='int8'); x += 300",
            "x = np.arange(5, dtype='int8'); x += np.int64(300); x",
            "x = np.arange(5, dtype='float16'); x += 70000; x",
            "x = np.arange(5.0); x **= 2; x",
            "x = np.arange(4); x <<= 62; x",
            "x = np.arange(4, dtype='uint8'); x >>= np.array([0, 1, 8, 9], dtype='uint8'); x",
            "x = np.array([1, 2]); x += np.array([[1, 2], [3, 4]])",
            "x = np.array([True, False]); x += True; x",
            "x = np.array([True, False]); x -= True",
            "x = np.array([1 + 2j]); x //= 2",
        ]
        lines += extra[(idx - 1)::3]
        return lines


# ---------------------------------------------------------------------------------------
# fancy indexing

class Fancy(Base):
    def idx_list(self, n, k=None, oob=0.04):
        rng = self.rng
        k = rng.randint(0, 4) if k is None else k
        out = []
        for _ in range(k):
            if rng.random() < oob:
                out.append(rng.choice([n, -n - 1, n + 3]))
            else:
                out.append(rng.randint(-n, n - 1) if n else 0)
        return out

    def index(self, shape):
        """A random index mixing int arrays, masks, slices, ints, None and Ellipsis."""
        rng = self.rng
        parts = []
        nd = len(shape)
        i = 0
        used_ellipsis = False
        adv_len = rng.randint(1, 3)
        while i < nd:
            n = shape[i]
            r = rng.random()
            if r < 0.35:
                ix = self.idx_list(n, adv_len)
                if rng.random() < 0.15 and adv_len > 1:
                    # a 2-d index array (one column): broadcasts against the others
                    parts.append(f"np.array({ix!r}).reshape(-1, 1)")
                else:
                    parts.append(repr(ix) if rng.random() < 0.6 else f"np.array({ix!r}, dtype='int64')")
            elif r < 0.55:
                parts.append(rng.choice([":", "::-1", "1:", ":2", "::2", "-2:"]))
            elif r < 0.7:
                parts.append(str(rng.randint(-n, n - 1)) if n else "0")
            elif r < 0.78:
                parts.append("None")
                continue
            elif r < 0.86 and not used_ellipsis:
                parts.append("...")
                used_ellipsis = True
                i = nd
                continue
            else:
                m = [rng.choice(["True", "False"]) for _ in range(n + (rng.random() < 0.05))]
                parts.append(f"np.array([{', '.join(m)}], dtype=bool)")
            i += 1
        if not parts:
            parts = ["..."]
        if rng.random() < 0.3:
            parts = parts[:rng.randint(1, len(parts))]
        return ", ".join(parts)

    def gen(self, idx):
        rng = self.rng
        lines = ["import numpy as np",
                 f"# fancy indexing, part {idx} (generated by tools/gen_hunt_cases.py; do not edit)"]
        n = 0
        while n < 100:
            dt = rng.choice(DTYPES)
            shape = self.shape(1, 4, empty=0.04, maxdim=4)
            if size(shape) > 48:
                continue
            lines.append(f"x = np.arange({size(shape)}).astype('{dt}').reshape{shape!r}"
                         if len(shape) > 1 else
                         f"x = np.arange({size(shape)}).astype('{dt}')")
            n += 1
            for _ in range(rng.randint(3, 6)):
                r = rng.random()
                if r < 0.45:
                    lines.append(f"x[{self.index(shape)}]")
                elif r < 0.55:
                    lines.append(f"x[{self.index(shape)}].shape")
                elif r < 0.75:
                    v = rng.choice(["-1", "7", "np.array([10, 20])", "100", "0.5",
                                    "np.arange(3)", "True"])
                    lines.append(f"y = x.copy(); y[{self.index(shape)}] = {v}; y")
                elif r < 0.82:
                    ix = self.idx_list(shape[0], rng.randint(1, 4))
                    lines.append(f"y = x.copy(); y[{ix!r}] += 1; y")
                elif r < 0.9:
                    f = rng.choice(["nonzero", "argwhere", "where"])
                    cond = rng.choice(["x > 3", "x", "x % 2 == 0", "x[..., ::-1] != 0"])
                    lines.append(f"np.{f}({cond})")
                else:
                    ix = self.idx_list(shape[0] if rng.random() < 0.5 else size(shape),
                                       rng.randint(0, 4))
                    ax = rng.choice([None, 0, -1, len(shape)])
                    ixs = repr(ix) if rng.random() < 0.7 else (str(ix[0]) if ix else "[]")
                    if ax is None:
                        lines.append(f"np.take(x, {ixs})")
                    else:
                        lines.append(f"np.take(x, {ixs}, axis={ax})")
                n += 1
        extra = [
            "x = np.arange(24).reshape(2, 3, 4); x[:, [0, 2], [1, 3]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0, 1], :, [1, 3]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0, 1], :, [1, 3]].shape",
            "x = np.arange(24).reshape(2, 3, 4); x[0, :, [1, 3]]",
            "x = np.arange(24).reshape(2, 3, 4); x[..., [0, 0, -1]]",
            "x = np.arange(24).reshape(2, 3, 4); x[None, [1], None, [2]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[[0], [1]], [[0, 1, 2]]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[[0], [1]], [[0, 1, 2]]].shape",
            "x = np.arange(24).reshape(2, 3, 4); x[1, [2, 0], 1:3]",
            "x = np.arange(24).reshape(2, 3, 4); x[x > 20]",
            "x = np.arange(24).reshape(2, 3, 4); x[x[:, :, 0] > 5]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([True, False]), 1:, [0, 3]]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([[True, False, True], [False, True, False]])]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([[True, False, True], [False, True, False]]), 2]",
            "x = np.arange(24).reshape(2, 3, 4); x[:, np.array([[True, False, True, True], [False, True, False, False], [True] * 4])]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([[True, False], [False, True]])]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0, 2]]",
            "x = np.arange(24).reshape(2, 3, 4); x[:, [-4]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0], [1], [2], [0]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0, 1], [0, 1, 2]]",
            "x = np.arange(24).reshape(2, 3, 4); x[[0.0]]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([0, 1], dtype='uint8')]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([], dtype='int64')]",
            "x = np.arange(24).reshape(2, 3, 4); x[[]]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array(1)]",
            "x = np.arange(24).reshape(2, 3, 4); x[np.array([True])]",
            "x = np.arange(24).reshape(2, 3, 4); x[True]",
            "x = np.arange(24).reshape(2, 3, 4); x[False]",
            "x = np.arange(24).reshape(2, 3, 4); x[..., True].shape",
            "x = np.arange(5); x[[1, 1, 3]] = [7, 8, 9]; x",
            "x = np.arange(5); x[[1, 1, 3]] += 10; x",
            "x = np.arange(5); x[[1, 1, 3]] = [7, 8]",
            "x = np.arange(5); x[[-1, -5]] = 99; x",
            "x = np.arange(5); x[[5]] = 1",
            "x = np.arange(5); x[x > 1] = np.array([10, 20, 30]); x",
            "x = np.arange(5); x[x > 1] = np.array([10, 20])",
            "x = np.arange(5); x[np.array([True, False])] = 1",
            "x = np.arange(12).reshape(3, 4); x[[0, 2], 1:] = np.array([[1, 2, 3]]); x",
            "x = np.arange(12).reshape(3, 4); x[[0, 2], [1, 3]] = np.array([[5], [6]])",
            "x = np.arange(12).reshape(3, 4); x[:, [3, 0]] = np.array([100, 200]); x",
            "x = np.arange(12).reshape(3, 4); x[[2, 0]] *= -1; x",
            "x = np.arange(12.0).reshape(3, 4); x[x % 3 == 0] = np.nan; x",
            "x = np.arange(12).reshape(3, 4); x[[1, 2], [0, 0]] = 1.9; x",
            "x = np.arange(12, dtype='uint8').reshape(3, 4); x[[0]] = -1",
            "x = np.arange(12, dtype='uint8').reshape(3, 4); x[[0]] = 256",
            "x = np.arange(12, dtype='int8').reshape(3, 4); x[[0]] = np.array([1000, 1, 2, 3]); x",
            "x = np.arange(12).reshape(3, 4); x[[0, 1]][:, 0] = 50; x",
            "x = np.arange(12).reshape(3, 4); x[:, [0, 1]][0] = 50; x",
            "np.take(np.arange(6).reshape(2, 3), [[0, 1], [1, 2]], axis=1)",
            "np.take(np.arange(6).reshape(2, 3), [5, -6])",
            "np.take(np.arange(6).reshape(2, 3), [6])",
            "np.take(np.arange(6).reshape(2, 3), [3], axis=1)",
            "np.take(np.arange(6).reshape(2, 3), 4)",
            "np.take(np.arange(6).reshape(2, 3), [0, 7], mode='clip')",
            "np.take(np.arange(6).reshape(2, 3), [0, 7, -1], mode='wrap')",
            "np.take(np.arange(6).reshape(2, 3), [1], axis=2)",
            "np.take(np.array(5), 0)",
            "np.take(np.arange(4.0), np.array([[1], [3]]))",
            "np.nonzero(np.array([[0, 1], [2, 0]]))",
            "np.nonzero(np.array([0.0, -0.0, np.nan]))",
            "np.nonzero(np.array(3))",
            "np.nonzero(np.zeros((2, 0)))",
            "np.argwhere(np.array([[0, 1], [2, 0]]))",
            "np.argwhere(np.array(3))",
            "np.argwhere(np.array(0))",
            "np.argwhere(np.zeros((0, 3)))",
            "np.where(np.array([[True, False], [False, True]]))",
            "np.where(np.array([1, 0, 2]) > 0, np.array([1, 2, 3], dtype='int8'), 1000)",
            "np.where(np.array([1, 0, 2]) > 0, np.array([1, 2, 3], dtype='uint8'), -1)",
            "np.where(np.array([1, 0, 2]) > 0, np.array([1, 2, 3], dtype='int8'), 2.5)",
            "np.where(np.array([1, 0, 2]) > 0, 1, 2.5)",
            "np.where(np.array([[1], [0]]), np.arange(3), -np.arange(3))",
            "np.where(np.array([1, 0]), np.arange(3), 0)",
            "np.where(np.array([1, 0]), 1)",
            "np.where(np.array([1.5, 0.0, np.nan]))",
            "np.where(True, np.float32(1), np.float16(2)).dtype",
        ]
        lines += extra[(idx - 1)::2]
        return lines


# ---------------------------------------------------------------------------------------
# joining / splitting / sorting

class Join(Base):
    def gen(self, idx):
        rng = self.rng
        lines = ["import numpy as np",
                 f"# joining, splitting and sorting, part {idx} (generated by tools/gen_hunt_cases.py; do not edit)"]
        n = 0
        while n < 90:
            dt = rng.choice(DTYPES)
            shape = self.shape(1, 3, empty=0.05, maxdim=4)
            if size(shape) > 40:
                continue
            lines.append(f"x = {self.arr(dt, shape, special=0.15)}")
            dt2 = rng.choice(DTYPES)
            s2 = list(shape)
            if rng.random() < 0.8:
                k = rng.randrange(len(s2))
                s2[k] = rng.randint(0, 3)
            if rng.random() < 0.06:
                s2 = s2[:-1]
            lines.append(f"y = {self.arr(dt2, tuple(s2), special=0.15)}")
            n += 2
            nd = len(shape)
            for _ in range(rng.randint(3, 6)):
                r = rng.random()
                ax = rng.randint(-nd - (rng.random() < 0.05), nd - 1)
                if r < 0.18:
                    if rng.random() < 0.15:
                        lines.append(f"np.concatenate((x, y), axis=None)")
                    else:
                        lines.append(f"np.concatenate([x, y, x], axis={ax})")
                elif r < 0.26:
                    f = rng.choice(["vstack", "hstack"])
                    lines.append(f"np.{f}((x, y))")
                elif r < 0.33:
                    sax = rng.randint(-nd - 1, nd)
                    lines.append(f"np.stack((x, x{'' if rng.random() < 0.8 else '[..., :1]'}), axis={sax})")
                elif r < 0.43:
                    f = rng.choice(["split", "array_split"])
                    if rng.random() < 0.5:
                        arg = str(rng.randint(1, 4))
                    else:
                        arg = repr(sorted(rng.randint(-2, 5) for _ in range(rng.randint(0, 3))))
                    lines.append(f"np.{f}(x, {arg}, axis={ax})")
                elif r < 0.5:
                    reps = rng.choice(["2", "(2, 1)", "(1, 2, 2)", "0", "(2, 0)", "()"])
                    lines.append(f"np.tile(x, {reps})")
                elif r < 0.58:
                    m = shape[ax] if -nd <= ax < nd else 2
                    rep = rng.choice(["2", "0", repr([rng.randint(0, 2) for _ in range(m)]),
                                      "[1, 2, 3, 4, 5]", "-1"])
                    if rng.random() < 0.3:
                        lines.append(f"np.repeat(x, {rep if rep.isdigit() else '2'})")
                    else:
                        lines.append(f"np.repeat(x, {rep}, axis={ax})")
                elif r < 0.72:
                    sax = rng.choice(["", ", axis=0", ", axis=-1", ", axis=None", f", axis={nd}"])
                    if rng.random() < 0.5:
                        lines.append(f"np.sort(x{sax})")
                    else:
                        lines.append(f"np.sort(x{sax}, kind='stable')")
                elif r < 0.84:
                    sax = rng.choice(["", ", axis=0", ", axis=None"])
                    if rng.random() < 0.5:
                        lines.append(f"np.argsort(x{sax}, kind='stable')")
                    else:
                        lines.append(f"x.argsort({sax[2:]}{', ' if sax else ''}kind='stable')")
                elif r < 0.9:
                    lines.append(f"z = x.copy(); z.sort({rng.choice(['', 'axis=0', 'axis=-1'])}); z")
                else:
                    opts = rng.choice(["", ", return_counts=True", ", return_index=True",
                                       ", return_inverse=True",
                                       ", return_index=True, return_inverse=True, return_counts=True"])
                    lines.append(f"np.unique(x{opts})")
                n += 1
        extra = [
            "np.concatenate((np.array([1, 2], dtype='uint8'), np.array([-1], dtype='int8')))",
            "np.concatenate((np.array([1, 2], dtype='uint64'), np.array([-1])))",
            "np.concatenate((np.array([1, 2]), np.array([True])))",
            "np.concatenate((np.array([1, 2]), np.array([[3]])))",
            "np.concatenate((np.array([[1, 2]]), np.array([[3]])), axis=0)",
            "np.concatenate((np.array([[1, 2]]), np.array([[3]])), axis=1)",
            "np.concatenate((np.array([[1, 2]]), np.array([[3]])), axis=2)",
            "np.concatenate((np.array(1), np.array(2)))",
            "np.concatenate(())",
            "np.concatenate((np.array([1, 2]), [3.5]))",
            "np.concatenate((np.array([1, 2]), np.array([3])), out=np.zeros(3, dtype='float32'))",
            "np.concatenate((np.array([1.5, 2]), np.array([3])), out=np.zeros(3, dtype='int64'))",
            "np.concatenate((np.array([1.5, 2]), np.array([3])), dtype='int64', casting='unsafe')",
            "np.stack((np.array([1, 2]), np.array([1, 2, 3])))",
            "np.stack(())",
            "np.stack((np.array(1), np.array(2.5)))",
            "np.stack((np.arange(3), np.arange(3)), axis=2)",
            "np.stack((np.arange(3), np.arange(3)), axis=-3)",
            "np.vstack((np.arange(3), np.arange(6).reshape(2, 3)))",
            "np.vstack((np.array(1), np.array(2)))",
            "np.hstack((np.array(1), np.array(2)))",
            "np.hstack((np.zeros((2, 1)), np.ones((2, 2), dtype='int8')))",
            "np.hstack((np.zeros((2, 1)), np.ones((3, 2))))",
            "np.split(np.arange(7), 3)",
            "np.split(np.arange(6), 0)",
            "np.split(np.arange(6), [2, 1, 9])",
            "np.split(np.arange(6), [-2])",
            "np.array_split(np.arange(7), 3)",
            "np.array_split(np.arange(7), 0)",
            "np.array_split(np.arange(2), 4)",
            "np.array_split(np.arange(12).reshape(3, 4), 3, axis=1)",
            "np.split(np.arange(6), 2, axis=1)",
            "np.split(np.array(3), 1)",
            "np.tile(np.array([[1, 2]]), (2, 1, 2)).shape",
            "np.tile(np.array(5), 3)",
            "np.tile(np.array([1, 2]), -1)",
            "np.repeat(np.array([[1, 2], [3, 4]]), [1, 2], axis=0)",
            "np.repeat(np.array([[1, 2], [3, 4]]), [1, 2])",
            "np.repeat(np.array([[1, 2], [3, 4]]), [1, 2, 0, 1])",
            "np.repeat(np.array([[1, 2], [3, 4]]), [1, -2], axis=0)",
            "np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=2)",
            "np.repeat(np.array(7), 3)",
            "np.repeat(np.array([1, 2]), np.array([1.5, 2]))",
            "np.sort(np.array([3.0, np.nan, -np.inf, 1.0, np.nan, -0.0, 0.0]))",
            "np.sort(np.array([complex(1, np.nan), complex(np.nan, 0), complex(1, 2), complex(0, 5), complex(1, -1)]))",
            "np.sort(np.array([True, False, True]))",
            "np.sort(np.array([2 ** 64 - 1, 0, 2 ** 63], dtype='uint64'))",
            "np.sort(np.array([-128, 127, 0], dtype='int8'))",
            "np.sort(np.array(3))",
            "np.sort(np.array(3), axis=None)",
            "np.sort(np.arange(6).reshape(2, 3), axis=2)",
            "np.sort(np.arange(6).reshape(2, 3), kind='bogus')",
            "np.argsort(np.array([3, 1, 3, 1, 2]), kind='stable')",
            "np.argsort(np.array([np.nan, 1.0, np.nan, 0.0]), kind='stable')",
            "np.argsort(np.array([[3, 1], [1, 3]]), axis=0, kind='stable')",
            "np.argsort(np.array([[3, 1], [1, 3]]), axis=None, kind='stable')",
            "np.argsort(np.array(3), kind='stable')",
            "np.argsort(np.array([1.0, -0.0, 0.0, -1.0]), kind='stable')",
            "np.unique(np.array([3, 1, 3, 1, 2]), return_index=True, return_inverse=True, return_counts=True)",
            "np.unique(np.array([np.nan, 1.0, np.nan]))",
            "np.unique(np.array([np.nan, 1.0, np.nan]), return_counts=True)",
            "np.unique(np.array([-0.0, 0.0]))",
            "np.unique(np.array([[1, 2], [2, 1]]))",
            "np.unique(np.array([[1, 2], [2, 1]]), return_inverse=True)",
            "np.unique(np.array([], dtype='int8'), return_counts=True)",
            "np.unique(np.array(5))",
            "np.unique(np.array([True, False, True]), return_index=True)",
            "np.unique(np.array([complex(1, 1), complex(1, 0), complex(1, 1)]))",
        ]
        lines += extra[(idx - 1)::2]
        return lines


AREAS = [("reduce", Reduce, 2), ("ufunc", Ufunc, 3), ("fancy", Fancy, 2), ("join", Join, 2)]

# Generated statements arrsh still gets wrong because of code outside the compute layer;
# they go (with the definition of `x` they use) to tests/pending/hunt_pending.py instead,
# so that the rest of their file can live in tests/conformance/.
PENDING = {
    # src/array/index.rs: an int index assigned a sequence is "setting an array element
    # with a sequence."
    "y = x.copy(); y[0] = np.arange(3); y",
    # value shape is checked before index bounds in NumPy's fancy assignment
    "y = x.copy(); y[[0, 0, 0]] = np.array([10, 20]); y",
    "y = x.copy(); y[np.array([0, 4, 0]).reshape(-1, 1)] = np.array([10, 20]); y",
}


def split_pending(lines):
    """(kept lines, pending lines): a pending statement takes the last `x = ` with it."""
    kept, pending = [], []
    last_x = None
    for line in lines:
        if line.startswith("x = "):
            last_x = line
        if line in PENDING:
            if last_x is not None and (not pending or pending[-1] != last_x):
                pending.append(last_x)
            pending.append(line)
        else:
            kept.append(line)
    return kept, pending


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "tests")
    p.add_argument("--outdir", default=os.path.join(root, "pending"))
    p.add_argument("--seed", type=int, default=4242)
    args = p.parse_args()
    total = 0
    files = 0
    pending = ["import numpy as np",
               "# generated cases arrsh still fails (see PENDING in tools/gen_hunt_cases.py)"]

    def write(name, lines):
        conf = os.path.join(root, "conformance", name)
        path = conf if os.path.exists(conf) else os.path.join(args.outdir, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        return sum(1 for s in lines[2:] if not s.startswith("#"))

    for area, cls, count in AREAS:
        for i in range(1, count + 1):
            # one stream per file so that editing one area does not reshuffle the others
            rng = random.Random(f"{args.seed}-{area}-{i}")
            lines, held = split_pending(cls(rng).gen(i))
            pending += held
            total += write(f"hunt_{area}_{i}.py", lines)
            files += 1
    if len(pending) > 2:
        total += write("hunt_pending.py", pending)
        files += 1
    print(f"gen_hunt_cases: wrote {files} files, {total} statements")


if __name__ == "__main__":
    main()
