#!/usr/bin/env python3
"""Generate seeded, deterministic stress cases for arrsh's view/layout/printing layer.

Writes tests/pending/hunt_views_N.py statement files (files already moved to
tests/conformance/ are rewritten there instead). Each case builds a random 0-d..4-d
array of a random dtype and then exercises one of:

  index   random chains of basic indexing (ints incl. negative and out-of-range, slices
          with every step sign and out-of-range bounds, None, Ellipsis), then .shape,
          .strides, the .flags (c/f contiguous, owndata, writeable), `.base is a`,
          np.shares_memory, the repr, and a write through the view followed by the base;
  shape   chains of reshape / ravel / flatten / T / transpose / swapaxes / moveaxis /
          rollaxis / squeeze / expand_dims / flip / diagonal / broadcast_to / as_strided
          (in bounds only) / sliding_window_view / view(dtype) / astype / real / imag /
          atleast_Nd / ascontiguousarray / asfortranarray / copy(order), with the same
          checks and np.info of the result;
  error   bad axes, bad reshapes, writes to read-only views (diagonal, broadcast_to,
          sliding_window_view), bad view dtypes.

The generator runs each candidate with NumPy to decide whether a statement that binds a
name succeeds (so follow-up statements never depend on a failed assignment); the
expected outputs themselves come from tools/numpy_transcript.py as usual. Nothing here is
machine-dependent: data pointers are masked by the transcript tool, and values are small
integers (exact in every dtype).

Usage: python3 tools/gen_view_cases.py [--outdir DIR] [--seed S] [--files N]
"""

import argparse
import os
import random

import numpy as np
from numpy.lib.stride_tricks import as_strided  # noqa: F401  (used by eval)

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
ITEMSIZE = {d: np.dtype(d).itemsize for d in DTYPES}
NS = {"np": np, "as_strided": as_strided}


def size(shape):
    n = 1
    for s in shape:
        n *= s
    return n


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.env = dict(NS)

    # -- helpers -------------------------------------------------------------------
    def ok(self, stmt):
        """Run stmt in the mirror namespace; True if NumPy accepted it."""
        try:
            exec(stmt, self.env)
            return True
        except Exception:
            return False

    def emit(self, stmt):
        self.lines.append(stmt)

    def bind(self, stmt):
        """Emit an assignment; return whether it succeeded in NumPy."""
        self.emit(stmt)
        return self.ok(stmt)

    def shape(self):
        rng = self.rng
        nd = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        dims = [rng.choice([1, 2, 3, 3, 4, 5]) for _ in range(nd)]
        if nd and rng.random() < 0.08:
            dims[rng.randrange(nd)] = 0
        while size(dims) > 120:
            dims[rng.randrange(nd)] = rng.choice([1, 2])
        return tuple(dims)

    def make(self, name="a"):
        rng = self.rng
        dt = rng.choice(DTYPES)
        shp = self.shape()
        n = size(shp)
        if dt == "bool":
            src = f"np.arange({n}) % 3 == 1"
        else:
            src = f"np.arange({n}, dtype=np.{dt})"
        if len(shp) == 0:
            src = f"np.array({rng.randint(0, 9)}, dtype=np.{dt})"
        else:
            src = f"({src}).reshape({shp!r})" if dt == "bool" else f"{src}.reshape({shp!r})"
        if rng.random() < 0.15 and len(shp) >= 2:
            src += ".T"
        self.bind(f"{name} = {src}")
        return dt, shp

    def int_index(self, dim):
        rng = self.rng
        if dim == 0 or rng.random() < 0.05:
            return str(rng.choice([dim, -dim - 1, dim + 2]))
        return str(rng.randint(-dim, dim - 1))

    def bound(self, dim):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return ""
        if r < 0.45:
            return str(rng.choice([dim + rng.randint(1, 5), -dim - rng.randint(1, 5)]))
        return str(rng.randint(-dim, dim))

    def slice_(self, dim):
        rng = self.rng
        start, stop = self.bound(dim), self.bound(dim)
        step = rng.choice(["", "", "1", "2", "3", "-1", "-1", "-2", "-3", "7", "-7"])
        if rng.random() < 0.01:
            step = "0"
        s = f"{start}:{stop}"
        if step:
            s += f":{step}"
        return s

    def index(self, shp):
        """A random basic index tuple for an array of shape shp."""
        rng = self.rng
        items = []
        dims = list(shp)
        used_ellipsis = False
        i = 0
        while i < len(dims):
            r = rng.random()
            if r < 0.1:
                items.append("None")
                continue
            if r < 0.17 and not used_ellipsis:
                used_ellipsis = True
                items.append("...")
                skip = rng.randint(0, len(dims) - i)
                i += skip
                continue
            if r < 0.42:
                items.append(self.int_index(dims[i]))
            else:
                items.append(self.slice_(dims[i]))
            i += 1
            if rng.random() < 0.15:
                break
        if rng.random() < 0.1:
            items.append("None")
        if not items:
            items = ["..."] if rng.random() < 0.5 else ["()"]
        if items == ["()"]:
            return "()"
        return ", ".join(items)

    def value_for(self, dt):
        rng = self.rng
        if dt == "bool":
            return rng.choice(["True", "False"])
        if dt.startswith("complex"):
            return rng.choice(["-1", "7", "(2+3j)"])
        if dt.startswith("uint"):
            return str(rng.randint(90, 99))
        return str(rng.choice([-5, 77, 42]))

    def checks(self, v, base="a", write=True, info=False):
        rng = self.rng
        pool = [f"{v}.shape", f"{v}.strides", f"{v}.flags.c_contiguous",
                f"{v}.flags.f_contiguous", f"{v}.flags.owndata", f"{v}.flags.writeable",
                f"{v}.base is {base}", f"np.shares_memory({v}, {base})", f"{v}.ndim",
                f"{v}.size", f"{v}.nbytes", f"{v}.itemsize", f"{v}.dtype"]
        picks = rng.sample(pool, rng.randint(3, 6))
        if rng.random() < 0.3:
            picks = [f"({v}.shape, {v}.strides, {v}.flags.c_contiguous, "
                     f"{v}.flags.f_contiguous, {v}.flags.owndata)"]
        if rng.random() < 0.15:
            picks.append(f"{v}.flags")
        for p in picks:
            self.emit(p)
        self.emit(rng.choice([v, f"print({v})", v]))
        if not isinstance(self.env.get(v), np.ndarray):
            # np.info and item assignment of NumPy scalars live outside the array layer
            # (see tests/pending/hunt_views_scalar.py).
            return
        if info or rng.random() < 0.15:
            self.emit(f"np.info({v})")
        if write and rng.random() < 0.5:
            dt = str(self.env[v].dtype) if v in self.env else "int64"
            self.emit(f"{v}[...] = {self.value_for(dt)}")
            self.ok(self.lines[-1])
            self.emit(base)

    # -- case families ---------------------------------------------------------------
    def case_index(self):
        rng = self.rng
        self.make("a")
        if "a" not in self.env:
            return
        expr = "a"
        for _ in range(rng.randint(1, 3)):
            try:
                cur = eval(expr, self.env)
            except Exception:
                break
            # NumPy scalars are subscriptable (`np.int8(1)[None]`) but that lives outside
            # the array layer; see tests/pending/hunt_views_scalar.py.
            if not isinstance(cur, np.ndarray):
                break
            expr = f"{expr}[{self.index(cur.shape)}]"
        stmt = f"v = {expr}"
        self.env.pop("v", None)
        if not self.bind(stmt):
            return
        if not isinstance(self.env["v"], np.ndarray):
            self.emit("v")
            self.emit("type(v)")
            return
        self.checks("v")

    def shape_op(self, x):
        """A random shape-changing expression on the array bound to name x."""
        rng = self.rng
        arr = self.env[x]
        nd, shp = arr.ndim, arr.shape
        n = arr.size
        ops = ["reshape", "ravel", "flatten", "T", "transpose", "swapaxes", "moveaxis",
               "squeeze", "expand_dims", "flip", "diagonal", "broadcast_to", "swv",
               "view", "astype", "as_strided", "realimag", "atleast", "contig", "copy"]
        op = rng.choice(ops)
        ax = lambda: rng.randint(-nd, nd - 1) if nd else 0  # noqa: E731
        if op == "reshape":
            dims = []
            m = n
            for _ in range(rng.randint(0, 3)):
                ds = [d for d in range(1, m + 1) if m % d == 0] or [0]
                d = rng.choice(ds)
                dims.append(d)
                m = m // d if d else m
            dims.append(m)
            if n == 0 and rng.random() < 0.5:
                dims = [0, rng.randint(1, 3)]
            if rng.random() < 0.3 and len(dims) > 1:
                dims[rng.randrange(len(dims))] = -1
            if rng.random() < 0.08:
                dims[0] += 1
            order = rng.choice(["", "", ", order='F'", ", order='A'"])
            return f"{x}.reshape({tuple(dims)!r}{order})"
        if op == "ravel":
            return f"{x}.ravel({rng.choice(['', repr('F'), repr('K'), repr('A')])})"
        if op == "flatten":
            return f"{x}.flatten({rng.choice(['', repr('F')])})"
        if op == "T":
            return f"{x}.T"
        if op == "transpose":
            perm = list(range(nd))
            rng.shuffle(perm)
            if rng.random() < 0.1 and nd:
                perm[0] = nd
            return f"{x}.transpose({tuple(perm)!r})"
        if op == "swapaxes":
            return f"np.swapaxes({x}, {ax()}, {ax() if rng.random() > 0.05 else nd})"
        if op == "moveaxis":
            if rng.random() < 0.3 and nd >= 2:
                return f"np.moveaxis({x}, (0, {nd - 1}), ({nd - 1}, 0))"
            if rng.random() < 0.3:
                return f"np.rollaxis({x}, {ax()}, {rng.randint(-nd - 1, nd + 1)})"
            return f"np.moveaxis({x}, {ax()}, {ax()})"
        if op == "squeeze":
            ones = [i for i, s in enumerate(shp) if s == 1]
            if ones and rng.random() < 0.5:
                return f"{x}.squeeze({rng.choice(ones)})"
            if rng.random() < 0.2 and nd:
                return f"{x}.squeeze({ax()})"
            return f"np.squeeze({x})"
        if op == "expand_dims":
            if rng.random() < 0.3:
                return f"np.expand_dims({x}, (0, {rng.randint(1, nd + 1)}))"
            return f"np.expand_dims({x}, {rng.randint(-nd - 1, nd + (1 if rng.random() < .9 else 2))})"
        if op == "flip":
            if rng.random() < 0.3 or not nd:
                return f"np.flip({x})"
            return f"np.flip({x}, {ax()})"
        if op == "diagonal":
            if nd < 2:
                return f"{x}.diagonal()"
            a1 = rng.randrange(nd)
            a2 = rng.choice([i for i in range(nd) if i != a1])
            return f"{x}.diagonal({rng.randint(-2, 2)}, {a1}, {a2})"
        if op == "broadcast_to":
            tgt = [rng.choice([2, 3])] * rng.randint(0, 2) + [
                (rng.choice([1, 2, 3]) if s == 1 else s) for s in shp]
            if rng.random() < 0.08 and tgt:
                tgt[-1] += 1
            return f"np.broadcast_to({x}, {tuple(tgt)!r})"
        if op == "swv":
            if not nd:
                return f"np.lib.stride_tricks.sliding_window_view({x}, 1)"
            a = rng.randrange(nd)
            w = rng.randint(1, max(1, shp[a])) if rng.random() > 0.05 else shp[a] + 1
            return f"np.lib.stride_tricks.sliding_window_view({x}, {w}, axis={a})"
        if op == "view":
            dt = rng.choice(DTYPES)
            return f"{x}.view(np.{dt})"
        if op == "astype":
            dt = rng.choice(DTYPES)
            if dt == "bool" or arr.dtype.kind == "c" and dt[0] in "iuf":
                dt = "float64" if arr.dtype.kind != "c" else "complex128"
            if arr.dtype.kind == "b" or dt[0] in "fc" or arr.dtype.kind in "iu":
                pass
            extra = rng.choice(["", "", ", order='F'", ", copy=False"])
            if arr.dtype.kind == "f" and dt[0] in "iu" or (arr.dtype.kind in "iu" and dt == "float16"):
                dt = "float64"
            if dt.startswith("int") or dt.startswith("uint"):
                dt = arr.dtype.name if arr.dtype.kind in "iu" else "int64"
            return f"{x}.astype(np.{dt}{extra})"
        if op == "realimag":
            return rng.choice([f"{x}.real", f"{x}.imag", f"np.real({x})", f"np.imag({x})"])
        if op == "atleast":
            return f"np.atleast_{rng.randint(1, 3)}d({x})"
        if op == "contig":
            return rng.choice([f"np.ascontiguousarray({x})", f"np.asfortranarray({x})",
                               f"{x}.view()", f"np.asarray({x})"])
        if op == "copy":
            return f"{x}.copy({rng.choice(['', repr('F'), repr('K'), repr('A')])})"
        # as_strided, in bounds only: built on the contiguous base a
        base = self.env["a"]
        if not base.flags.c_contiguous or base.size == 0:
            return f"np.ascontiguousarray({x})"
        it = base.itemsize
        m = base.size
        k = rng.randint(1, 3)
        dims, strides = [], []
        for _ in range(k):
            dims.append(rng.randint(1, 4))
            strides.append(rng.choice([0, 1, 1, 2, 3]) * it)
        span = sum((d - 1) * s for d, s in zip(dims, strides)) // it
        if span >= m:
            return f"as_strided(a, shape=({m},), strides=({it},))"
        return f"as_strided(a, shape={tuple(dims)!r}, strides={tuple(strides)!r})"

    def case_shape(self):
        rng = self.rng
        self.make("a")
        if "a" not in self.env:
            return
        x = "a"
        for step in range(rng.randint(1, 3)):
            name = "w" if step % 2 == 0 else "u"
            expr = self.shape_op(x)
            self.env.pop(name, None)
            if not self.bind(f"{name} = {expr}"):
                return
            x = name
        self.checks(x, info=rng.random() < 0.3)

    def case_error(self):
        rng = self.rng
        self.make("a")
        if "a" not in self.env:
            return
        arr = self.env["a"]
        nd = arr.ndim
        k = rng.randrange(9)
        if k == 0:
            self.emit(f"a.reshape({arr.size + 1}, -1)" if arr.size else "a.reshape(-1, 0)")
        elif k == 1:
            self.emit(f"a.reshape(-1, -1)")
        elif k == 2:
            self.emit(f"np.swapaxes(a, 0, {nd + rng.randint(0, 2)})")
        elif k == 3:
            self.emit(f"a.transpose({tuple(range(nd + 1))!r})")
        elif k == 4:
            self.emit("b = np.broadcast_to(a, (2,) + a.shape)")
            self.ok(self.lines[-1])
            self.emit("b.flags.writeable")
            self.emit("b[...] = 1")
        elif k == 5:
            self.emit(f"a.squeeze({rng.choice([nd, -nd - 1])})")
            if any(s != 1 for s in arr.shape):
                i = [j for j, s in enumerate(arr.shape) if s != 1][0]
                self.emit(f"a.squeeze({i})")
        elif k == 6:
            self.emit("a.flags.writeable = False")
            self.ok(self.lines[-1])
            self.emit("v = a[...]")
            self.ok(self.lines[-1])
            self.emit("v.flags.writeable")
            self.emit("v[...] = 1")
            self.emit("v.flags.writeable = True")
            self.emit("a.flags.writeable = True")
            self.ok(self.lines[-1])
            self.emit("a.flags.writeable")
        elif k == 7:
            dt = rng.choice(DTYPES)
            self.emit(f"a.T[::2].view(np.{dt})" if nd >= 2 else f"a[::2].view(np.{dt})" if nd
                      else f"a.view(np.{dt})")
        else:
            self.emit(f"np.moveaxis(a, {nd}, 0)")
            self.emit(f"np.expand_dims(a, {nd + 2})")
            self.emit("a.diagonal()" if nd < 2 else "a.diagonal(0, 0, 0)")

    def run(self, n_statements):
        fams = [self.case_index] * 5 + [self.case_shape] * 4 + [self.case_error]
        self.emit("import numpy as np")
        self.emit("from numpy.lib.stride_tricks import as_strided")
        while len(self.lines) < n_statements:
            self.rng.choice(fams)()
        return self.lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--outdir", default=None)
    ap.add_argument("--seed", type=int, default=2046)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--statements", type=int, default=100)
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pending = args.outdir or os.path.join(root, "tests", "pending")
    conf = os.path.join(root, "tests", "conformance")
    for i in range(1, args.files + 1):
        rng = random.Random(args.seed * 1000 + i)
        lines = Gen(rng).run(args.statements)
        name = f"hunt_views_{i}.py"
        out = os.path.join(conf, name)
        if not os.path.exists(out) or args.outdir:
            out = os.path.join(pending, name)
        with open(out, "w") as f:
            f.write("\n".join(lines) + "\n")
        print(out, len(lines))


if __name__ == "__main__":
    main()
