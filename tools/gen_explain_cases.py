#!/usr/bin/env python3
"""Generate the explain-mode corpus and the facts NumPy measures for it.

Writes tests/fixtures/explain/corpus.arr (seeded random statements, one per line, that
arrsh runs with `--explain=json`) and tests/fixtures/explain/facts.jsonl (one JSON object
per statement, in order): what real NumPy 2.4.6 says each statement did to memory.
tests/explain_facts.rs checks that arrsh's effects agree.

Facts are measured, never derived from the statement's text. Each statement runs with
exec (or eval for an expression statement, whose non-None value is bound to `_` as at the
prompt) in one namespace, and around it the generator records every array-valued name:

  rebound   the name is new or `is not` the object it held before;
  inplace   same object, and its bytes (`tobytes()`) changed;
  alias     rebound to an object that another current name holds (`is`), or that some
            name held before the statement;
  view      rebound to a new object that np.shares_memory with an array some name held
            before the statement (so its memory existed already);
  copy      rebound to a new object whose memory is new;
  of        for alias: the first other name (in sorted order) holding the same object,
            else the first name that held it before; for view/copy: among the other
            current names (not `_`) whose arrays np.shares_memory with it and are not the
            same object, an owner of its data (flags.owndata) first, then one in its
            `.base` chain, then one that sees its whole memory block exactly once, then
            the first in order;
  bytes     for a copy: nbytes of the array at the root of its `.base` chain (the new
            block), counted once per block, for the first name that lives in it;
  allocated NumPy's own data allocations in the statement (tracemalloc, NumPy's domain),
            recorded for information.

Statement families: basic indexing (slices incl. whole-array ones, `...`, None, negative
steps, integers), advanced and boolean indexing, `y = x`, augmented assignment, setitem
through views, `out=`, `np.abs(x, x)`, rebinding that frees or keeps a buffer,
reshape/ravel view vs copy, flatten, transpose, astype vs view(dtype), astype(copy=False),
np.asarray/np.array/np.ascontiguousarray, broadcast_to, as_strided, frombuffer,
squeeze/expand_dims/split/diagonal, del, and expression statements.

It also writes tests/fixtures/explain/lessons/NAME.jsonl: the same facts for every
logical line of each examples/NAME.arr lesson (tests/explain_facts.rs checks them too).

Usage: python3 tools/gen_explain_cases.py [--seed S] [--count N]
"""

import argparse
import ast
import contextlib
import copy
import io
import json
import os
import random
import tracemalloc

import numpy as np
from numpy.lib.stride_tricks import as_strided

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "explain")
DTYPES = ["int8", "int16", "int32", "int64", "uint8", "float32", "float64"]


def arrays(ns):
    return {k: v for k, v in ns.items() if isinstance(v, np.ndarray)}


def base_chain(a):
    """The arrays a's memory comes from, nearest first (through as_strided's DummyArray)."""
    out = []
    b = a.base
    while b is not None and len(out) < 64:
        if not isinstance(b, np.ndarray):
            b = getattr(b, "base", None)
            if not isinstance(b, np.ndarray):
                break
        out.append(b)
        b = b.base
    return out


def spans_root(a):
    """Does a see every byte of its memory block exactly once?"""
    r = root(a)
    bounds = np.lib.array_utils.byte_bounds
    return a.nbytes == r.nbytes and bounds(a) == bounds(r)


def root(a):
    while isinstance(a.base, np.ndarray):
        a = a.base
    if a.base is not None and not isinstance(a.base, (bytes, np.ndarray)):
        inner = getattr(a.base, "base", None)
        if isinstance(inner, np.ndarray):
            return root(inner)
    return a


def facts(before, ns):
    now = arrays(ns)
    before_objs = list(before.values())
    effects = []
    counted = []
    for name in sorted(now):
        a = now[name]
        old = before.get(name)
        rebound = old is None or old[0] is not a
        if not rebound:
            if old[1] is not None and a.tobytes() != old[1]:
                effects.append({"name": name, "kind": "inplace", "of": None, "bytes": 0})
            continue
        same = [n for n in sorted(now) if n != name and n != "_" and now[n] is a]
        held_before = [n for n in sorted(before) if n != name and before[n][0] is a]
        if same or any(o[0] is a for o in before_objs):
            of = same[0] if same else (held_before[0] if held_before else None)
            effects.append({"name": name, "kind": "alias", "of": of, "bytes": 0})
            continue
        existed = any(a.size and o[0].size and np.shares_memory(a, o[0]) for o in before_objs)
        kind = "view" if existed else "copy"
        cands = [n for n in sorted(now)
                 if n != name and n != "_" and now[n] is not a
                 and a.size and now[n].size and np.shares_memory(a, now[n])]
        chain = base_chain(a)
        cands.sort(key=lambda n: (not now[n].flags.owndata,
                                  not any(c is now[n] for c in chain),
                                  not spans_root(now[n]), n))
        nbytes = 0
        if kind == "copy":
            r = root(a)
            if not any(r is c for c in counted):
                counted.append(r)
                nbytes = int(r.nbytes)
        effects.append({"name": name, "kind": kind, "of": cands[0] if cands else None,
                        "bytes": nbytes})
    return effects


def run_one(stmt, ns):
    """Run one statement as the prompt does: an expression's non-None value becomes `_`."""
    try:
        code = compile(stmt, "<corpus>", "eval")
    except SyntaxError:
        code = None
    if code is not None:
        v = eval(code, ns)
        if v is not None:
            ns["_"] = v
    else:
        exec(compile(stmt, "<corpus>", "exec"), ns)


def run(stmt, ns, parts=None):
    """Run one logical line (its statements `parts`, default the line itself) and return
    (error class or None, NumPy's data allocations, the effects measured)."""
    before = {k: (v, v.tobytes()) for k, v in arrays(ns).items()}
    domain = np.lib.tracemalloc_domain
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot().filter_traces([tracemalloc.DomainFilter(True, domain)])
    err = None
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            for part in parts or [stmt]:
                run_one(part, ns)
    except Exception as e:  # noqa: BLE001 - the class is the fact recorded
        err = type(e).__name__
    snap1 = tracemalloc.take_snapshot().filter_traces([tracemalloc.DomainFilter(True, domain)])
    tracemalloc.stop()
    allocated = sum(s.size_diff for s in snap1.compare_to(snap0, "traceback") if s.size_diff > 0)
    return err, allocated, facts(before, ns)


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.ns = {"np": np, "as_strided": as_strided}
        self.lines = []
        self.records = []
        self.counter = 0

    def names(self, ndim=None, writeable=None, min_size=1):
        out = []
        for k, v in sorted(arrays(self.ns).items()):
            if k == "_" or v.size < min_size:
                continue
            if ndim is not None and v.ndim != ndim:
                continue
            if writeable is not None and v.flags.writeable != writeable:
                continue
            out.append(k)
        return out

    def emit(self, stmt):
        err, allocated, eff = run(stmt, self.ns)
        self.lines.append(stmt)
        self.records.append({"line": len(self.lines), "source": stmt, "error": err,
                             "allocated": allocated, "effects": eff})

    def try_emit(self, stmt):
        """Emit stmt only if NumPy runs it and every array it binds is non-empty (NumPy
        says empty arrays share no memory, which would make view/copy moot)."""
        # A deep copy (one memo, so names holding one object still do): the trial run
        # must not write into the real arrays.
        trial = copy.deepcopy({k: v for k, v in self.ns.items() if isinstance(v, np.ndarray)})
        trial.update(np=np, as_strided=as_strided)
        try:
            try:
                code = compile(stmt, "<t>", "eval")
                eval(code, trial)
            except SyntaxError:
                exec(compile(stmt, "<t>", "exec"), trial)
        except Exception:  # noqa: BLE001
            return False
        if any(isinstance(v, np.ndarray) and v.size == 0 for v in trial.values()):
            return False
        self.emit(stmt)
        return True

    def fresh(self, name=None):
        r = self.rng
        name = name or r.choice(["x", "a", "m"])
        dt = r.choice(DTYPES)
        shape = r.choice([(12,), (10,), (3, 4), (4, 6), (2, 3, 4), (6, 2)])
        n = int(np.prod(shape))
        start = r.choice([0, -5, 1])
        if dt == "uint8":
            start = max(start, 0)
        src = f"np.arange({start}, {start + n}, dtype=np.{dt})"
        if len(shape) > 1:
            src += f".reshape({', '.join(map(str, shape))})"
        self.emit(f"{name} = {src}")
        return name

    def pick(self, **kw):
        c = self.names(**kw)
        return self.rng.choice(c) if c else None

    def newname(self):
        self.counter += 1
        return self.rng.choice(["y", "v", "w", "b", "c", "t", "r", "s", "z", "p", "q"])

    def slice_text(self, n):
        r = self.rng
        kind = r.randrange(6)
        if kind == 0:
            return ":"
        if kind == 1:
            return "::-1"
        if kind == 2:
            a = r.randrange(0, max(1, n - 1))
            return f"{a}:"
        if kind == 3:
            b = r.randrange(1, n + 1)
            return f":{b}"
        if kind == 4:
            s = r.choice([2, 3, -2])
            return f"::{s}"
        a = r.randrange(0, n)
        b = r.randrange(a + 1, n + 1)
        return f"{a}:{b}"

    def basic(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        r = self.rng
        parts = []
        for d in range(a.ndim):
            c = r.randrange(5)
            if c == 0 and d == a.ndim - 1 and a.ndim > 1:
                parts.append(str(r.randrange(a.shape[d])))
            elif c == 1 and len(parts) == 0:
                parts.append("None")
                parts.append(self.slice_text(a.shape[d]))
            else:
                parts.append(self.slice_text(a.shape[d]))
        special = r.randrange(8)
        if special == 0:
            idx = "..."
        elif special == 1:
            idx = ":"
        elif special == 2:
            idx = "None"
        elif special == 3:
            idx = "..., ::-1"
        else:
            idx = ", ".join(parts)
        self.try_emit(f"{self.newname()} = {x}[{idx}]")

    def advanced(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        r = self.rng
        c = r.randrange(4)
        if c == 0:
            k = r.randrange(1, 4)
            idx = "[" + ", ".join(str(r.randrange(a.shape[0])) for _ in range(k)) + "]"
        elif c == 1:
            idx = f"{x} > {int(a.flat[a.size // 2])}"
        elif c == 2:
            idx = f"np.array([{r.randrange(a.shape[0])}, 0])"
        else:
            idx = f"[{r.randrange(a.shape[0])}], ..."
        self.try_emit(f"{self.newname()} = {x}[{idx}]")

    def alias(self):
        x = self.pick()
        if x:
            self.try_emit(f"{self.newname()} = {x}")

    def augmented(self):
        x = self.pick(writeable=True)
        if x:
            op = self.rng.choice(["+=", "-=", "*="])
            val = self.rng.choice([1, 2, 3]) if op != "*=" else 2
            self.try_emit(f"{x} {op} {val}")

    def setitem(self):
        x = self.pick(writeable=True)
        if x is None:
            return
        a = self.ns[x]
        v = 100 + self.rng.randrange(20)
        c = self.rng.randrange(4)
        if c == 0:
            self.try_emit(f"{x}[{self.rng.randrange(a.shape[0])}] = {v}")
        elif c == 1:
            self.try_emit(f"{x}[...] = {v}")
        elif c == 2:
            self.try_emit(f"{x}[{self.slice_text(a.shape[0])}] = {v}")
        else:
            self.try_emit(f"{x}[[0]] = {v}")

    def out(self):
        x = self.pick(writeable=True)
        if x is None:
            return
        f = self.rng.choice(["add", "subtract", "multiply"])
        self.try_emit(f"np.{f}({x}, 3, out={x})")

    def absolute(self):
        x = self.pick(writeable=True)
        if x is None:
            return
        a = self.ns[x]
        if a.dtype.kind in "iu":
            if not (a < 0).any():
                self.try_emit(f"{x} -= 7")
        self.try_emit(f"np.abs({x}, {x})")

    def rebind(self):
        x = self.pick()
        if x is None:
            return
        c = self.rng.randrange(4)
        if c == 0:
            self.try_emit(f"{x} = {x} + 1")
        elif c == 1:
            self.try_emit(f"{x} = {x} * 2")
        elif c == 2:
            self.try_emit(f"{x} = None")
        else:
            self.try_emit(f"{x} = 0")

    def reshape(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        r = self.rng
        src = r.choice([x, f"{x}.T", f"{x}[::2]", f"{x}[..., ::-1]"])
        c = r.randrange(5)
        if c == 0:
            e = f"{src}.reshape(-1)"
        elif c == 1:
            e = f"{src}.ravel()"
        elif c == 2:
            e = f"np.reshape({src}, -1)"
        elif c == 3:
            e = f"{src}.flatten()"
        else:
            e = f"np.ravel({src})"
        if a.ndim >= 2 and r.random() < 0.3:
            e = f"{src}.reshape({a.shape[-1]}, -1)"
        self.try_emit(f"{self.newname()} = {e}")

    def transpose(self):
        x = self.pick()
        if x:
            e = self.rng.choice([f"{x}.T", f"np.transpose({x})", f"{x}.transpose()"])
            self.try_emit(f"{self.newname()} = {e}")

    def astype(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        r = self.rng
        c = r.randrange(5)
        if c == 0:
            e = f"{x}.astype(np.{r.choice(DTYPES)})"
        elif c == 1:
            e = f"{x}.astype(np.{a.dtype}, copy=False)"
        elif c == 2:
            e = f"{x}.astype(np.{r.choice(DTYPES)}, copy=False)"
        elif c == 3:
            e = f"{x}.view(np.uint8)"
        else:
            e = f"{x}.view(np.{a.dtype})"
        self.try_emit(f"{self.newname()} = {e}")

    def conversions(self):
        x = self.pick()
        if x is None:
            return
        r = self.rng
        e = r.choice([f"np.asarray({x})", f"np.array({x})", f"np.ascontiguousarray({x})",
                      f"np.ascontiguousarray({x}.T)", f"np.asarray({x}[::2])",
                      f"np.array({x}, copy=False)" if False else f"np.copy({x})",
                      f"{x}.copy()", f"np.asarray([1, 2, 3])"])
        self.try_emit(f"{self.newname()} = {e}")

    def broadcast(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        self.try_emit(f"{self.newname()} = np.broadcast_to({x}, (2,) + {tuple(a.shape)})")

    def strided(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        if not a.flags.c_contiguous:
            return
        it = a.itemsize
        n = a.size
        w = self.rng.choice([2, 3])
        rows = n - w + 1
        if rows < 1:
            return
        step = self.rng.choice([1, 2])
        rows = (n - w) // step + 1
        self.try_emit(f"{self.newname()} = as_strided({x}, shape=({rows}, {w}), "
                      f"strides=({it * step}, {it}))")

    def frombuffer(self):
        r = self.rng
        c = r.randrange(3)
        if c == 0:
            k = r.choice([4, 8, 16])
            data = "".join("\\x%02x" % r.randrange(256) for _ in range(k))
            self.try_emit(f"{self.newname()} = np.frombuffer(b'{data}', dtype=np.uint8)")
        else:
            x = self.pick()
            if x is not None and self.ns[x].flags.c_contiguous:
                self.try_emit(f"{self.newname()} = np.frombuffer({x}, dtype=np.uint8)")

    def shapes(self):
        x = self.pick()
        if x is None:
            return
        a = self.ns[x]
        r = self.rng
        c = r.randrange(6)
        if c == 0:
            self.try_emit(f"{self.newname()} = np.expand_dims({x}, 0)")
        elif c == 1:
            self.try_emit(f"{self.newname()} = {x}[None].squeeze()")
        elif c == 2:
            self.try_emit(f"{self.newname()} = np.squeeze({x})")
        elif c == 3 and a.ndim >= 1 and a.shape[0] % 2 == 0:
            self.try_emit(f"p, q = np.split({x}, 2)")
        elif c == 4 and a.ndim >= 2:
            self.try_emit(f"{self.newname()} = {x}.diagonal()")
        elif a.ndim >= 2:
            self.try_emit(f"{self.newname()} = np.diagonal({x})")

    def delete(self):
        x = self.pick()
        if x:
            self.try_emit(f"del {x}")

    def expression(self):
        x = self.pick()
        if x is None:
            return
        e = self.rng.choice([f"{x}[::2]", f"{x}[[0]]", f"{x}.T", x, f"{x} + 1",
                             f"{x}.reshape(-1)", f"np.abs({x})"])
        self.try_emit(e)

    def temporary(self):
        x = self.pick(writeable=True)
        if x:
            self.try_emit(f"{x}[[0, 1]][0] = 5")


def lesson_facts(path):
    """Facts for every logical line of a lesson (statements grouped by their first line,
    as arrsh groups `a; b`), keyed by line number."""
    src = open(path, encoding="utf-8").read()
    lines = src.split("\n")
    groups = {}
    for node in ast.parse(src).body:
        text = "\n".join(lines[node.lineno - 1:node.end_lineno])
        seg = ast.get_source_segment(src, node)
        groups.setdefault(node.lineno, (text, []))[1].append(seg)
    ns = {"np": np, "as_strided": as_strided, "info": np.info, "arange": np.arange}
    out = []
    for line, (text, parts) in sorted(groups.items()):
        err, allocated, eff = run(text, ns, parts)
        out.append({"line": line, "error": err, "allocated": allocated, "effects": eff})
    return out


def write_lessons():
    root = os.path.join(HERE, "..")
    dest = os.path.join(OUT, "lessons")
    os.makedirs(dest, exist_ok=True)
    for fname in sorted(os.listdir(os.path.join(root, "examples"))):
        if fname.endswith(".arr"):
            recs = lesson_facts(os.path.join(root, "examples", fname))
            with open(os.path.join(dest, fname[:-4] + ".jsonl"), "w") as f:
                for rec in recs:
                    f.write(json.dumps(rec) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--count", type=int, default=1200)
    args = ap.parse_args()
    g = Gen(random.Random(args.seed))
    families = [g.basic, g.basic, g.advanced, g.alias, g.augmented, g.setitem, g.out,
                g.absolute, g.rebind, g.reshape, g.reshape, g.transpose, g.astype,
                g.conversions, g.broadcast, g.strided, g.frombuffer, g.shapes, g.delete,
                g.expression, g.temporary]
    g.fresh("x")
    while len(g.lines) < args.count:
        if len(g.names()) < 2 or g.rng.random() < 0.08:
            g.fresh()
        g.rng.choice(families)()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "corpus.arr"), "w") as f:
        f.write("".join(line + "\n" for line in g.lines))
    with open(os.path.join(OUT, "facts.jsonl"), "w") as f:
        for rec in g.records:
            f.write(json.dumps(rec, sort_keys=False) + "\n")
    kinds = {}
    for rec in g.records:
        for e in rec["effects"]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(g.lines)} statements; effects: {kinds}")
    write_lessons()


if __name__ == "__main__":
    main()
