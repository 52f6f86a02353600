#!/usr/bin/env python3
"""Generate random (seeded, deterministic) array-printing cases for arrsh.

Writes print_random_N.py (N = 1..FILES) into tests/pending, or into tests/conformance for
the files already moved there, each a plain Python file that runs in NumPy and whose
statements show arrays and scalars: random shapes 0-d..5-d, every dtype, values
tiny/huge/negative/nan/inf/-0.0, sizes around the summarization threshold, every print
option, np.array2string/array_repr/array_str.  Transcripts are then made with
tools/numpy_transcript.py.

Usage: python3 tools/gen_print_cases.py [--outdir DIR] [--seed S]

The output depends only on the seed (Python's random module; NumPy is only used to round
values to float16/float32), so re-running gives byte-identical files.
"""

import argparse
import glob
import math
import os
import random

import numpy as np

FILES = 9
# files after this one also use the remaining print options (sign, floatmode, nanstr,
# infstr, legacy) and np.array2string/array_repr/array_str; the first ones keep their text
BASIC_FILES = 6
PER_FILE = 60  # display statements per file (print options blocks add a few more lines)

INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
FLOAT_DTYPES = ["float16", "float32", "float64"]
COMPLEX_DTYPES = ["complex64", "complex128"]
ALL_DTYPES = ["bool"] + INT_DTYPES + FLOAT_DTYPES + COMPLEX_DTYPES
# ways to spell a dtype in the source
SPELLINGS = {
    "bool": ["bool", "np.bool_", "'bool'", "'?'"],
    "int8": ["np.int8", "'int8'", "'i1'"],
    "int16": ["np.int16", "'int16'", "'i2'"],
    "int32": ["np.int32", "'int32'", "'i4'"],
    "int64": ["np.int64", "'int64'", "int", "'i8'"],
    "uint8": ["np.uint8", "'uint8'", "'u1'", "'B'"],
    "uint16": ["np.uint16", "'uint16'", "'u2'"],
    "uint32": ["np.uint32", "'uint32'", "'u4'"],
    "uint64": ["np.uint64", "'uint64'", "'u8'"],
    "float16": ["np.float16", "'float16'", "'f2'"],
    "float32": ["np.float32", "'float32'", "'f4'"],
    "float64": ["np.float64", "'float64'", "float", "'f8'"],
    "complex64": ["np.complex64", "'complex64'", "'c8'"],
    "complex128": ["np.complex128", "'complex128'", "complex", "'c16'"],
}
DEFAULTS = "np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)"
ALL_DEFAULTS = ("np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False, "
                "nanstr='nan', infstr='inf', sign='-', floatmode='maxprec', legacy=False)")


def spell(rng, dt):
    return rng.choice(SPELLINGS[dt])


def float_lit(v):
    if math.isnan(v):
        return "np.nan"
    if math.isinf(v):
        return "np.inf" if v > 0 else "-np.inf"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0.0"
    return repr(float(v))


def int_range(dt):
    info = np.iinfo(dt)
    return int(info.min), int(info.max)


def gen_int(rng, dt, style):
    lo, hi = int_range(dt)
    if style == "small":
        v = rng.randint(-20, 20)
    elif style == "digits":
        v = rng.choice([1, -1]) * rng.randint(0, 10 ** rng.randint(1, 6))
    elif style == "extreme":
        v = rng.choice([lo, hi, lo + 1, hi - 1, 0, rng.randint(lo, hi)])
    else:
        v = rng.randint(lo, hi)
    return max(lo, min(hi, v))


def gen_float_raw(rng, style):
    if style == "small":
        return float(rng.randint(-10, 10))
    if style == "unit":
        return rng.random()
    if style == "rounded":
        return round(rng.uniform(-1000, 1000), rng.randint(0, 4))
    if style == "wide":
        return rng.choice([1, -1]) * 10 ** rng.uniform(-12, 12)
    if style == "tiny":
        return rng.choice([1, -1]) * 10 ** rng.uniform(-320, -5)
    if style == "huge":
        return rng.choice([1, -1]) * 10 ** rng.uniform(8, 308)
    if style == "special":
        return rng.choice([math.nan, math.inf, -math.inf, -0.0, 0.0, 1.0, -1.5, 1e-5, 1e16])
    if style == "mixed":
        sub = rng.choice(["small", "unit", "rounded", "wide", "special"])
        return gen_float_raw(rng, sub)
    raise ValueError(style)


def round_to(dt, v):
    if dt == "float16":
        with np.errstate(over="ignore"):
            return float(np.float16(v))
    if dt == "float32":
        with np.errstate(over="ignore"):
            return float(np.float32(v))
    return v


def gen_value_lits(rng, dt, n):
    """n literals for dtype dt with a per-array value style."""
    if dt == "bool":
        return [rng.choice(["True", "False"]) for _ in range(n)]
    if dt in INT_DTYPES:
        style = rng.choice(["small", "digits", "extreme", "any"])
        vals = []
        for _ in range(n):
            v = gen_int(rng, dt, style)
            vals.append(str(v))
        return vals
    fdt = {"complex64": "float32", "complex128": "float64"}.get(dt, dt)
    style = rng.choice(["small", "unit", "rounded", "wide", "tiny", "huge", "special", "mixed", "mixed"])
    if dt in COMPLEX_DTYPES:
        out = []
        for _ in range(n):
            re_ = float_lit(round_to(fdt, gen_float_raw(rng, style)))
            im_style = rng.choice([style, "small", "rounded"])
            im_ = float_lit(round_to(fdt, gen_float_raw(rng, im_style)))
            out.append(f"complex({re_}, {im_})")
        return out
    return [float_lit(round_to(fdt, gen_float_raw(rng, style))) for _ in range(n)]


def gen_shape(rng, max_size=40):
    ndim = rng.choices([0, 1, 2, 3, 4, 5], weights=[1, 4, 4, 3, 2, 1])[0]
    while True:
        if rng.random() < 0.08 and ndim > 0:
            shape = [rng.randint(0, 3) for _ in range(ndim)]
            shape[rng.randrange(ndim)] = 0
        else:
            shape = [rng.randint(1, 5 if ndim <= 2 else 3) for _ in range(ndim)]
            if ndim == 1:
                shape = [rng.randint(1, 14)]
        size = math.prod(shape)
        if size <= max_size:
            return tuple(shape)


def nested(vals, shape):
    """Nested list literal text for vals laid out in shape (C order)."""
    if len(shape) == 0:
        return vals[0]
    if len(shape) == 1:
        return "[" + ", ".join(vals) + "]"
    step = math.prod(shape[1:])
    parts = [nested(vals[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]
    return "[" + ", ".join(parts) + "]"


def literal_array(rng):
    dt = rng.choice(ALL_DTYPES)
    shape = gen_shape(rng)
    size = math.prod(shape)
    vals = gen_value_lits(rng, dt, max(size, 1))
    sp = spell(rng, dt)
    if len(shape) == 0:
        return f"np.array({vals[0]}, dtype={sp})"
    if size == 0:
        return f"np.zeros({shape!r}, dtype={sp})"
    form = rng.random()
    if len(shape) == 1 or form < 0.5:
        text = f"np.array({nested(vals, list(shape))}, dtype={sp})"
    else:
        text = f"np.array([{', '.join(vals)}], dtype={sp}).reshape{shape!r}"
    return text


def big_array(rng):
    """Arrays around the summarization threshold (1000 elements) and beyond."""
    n = rng.choice([6, 7, 999, 1000, 1001, 1002, 1500, 2000, 3000, 10000])
    dt = rng.choice(ALL_DTYPES)
    sp = spell(rng, dt)
    # a shape for n
    shapes = [(n,)]
    for a in range(2, 60):
        if n % a == 0 and n // a > 1:
            shapes.append((a, n // a))
            for b in range(2, 20):
                if (n // a) % b == 0 and n // a // b > 1:
                    shapes.append((a, b, n // a // b))
    shape = rng.choice(shapes)
    reshape = "" if len(shape) == 1 else f".reshape{shape!r}"
    kind = rng.choice(["arange", "arange", "linspace", "full", "arith", "mod"])
    if dt not in FLOAT_DTYPES + COMPLEX_DTYPES and kind in ("linspace", "arith"):
        # float -> integer casts of out-of-range values are platform-dependent: avoid them
        kind = "mod"
    if dt == "bool":
        base = f"(np.arange({n}) % {rng.randint(2, 5)} == 0)"
    elif kind == "arange" and dt in ("int64", "float64", "complex128", "int32", "uint64", "uint32", "float32"):
        base = f"np.arange({n}, dtype={sp})"
    elif kind == "linspace":
        lo = rng.choice([0, -1, -1e5, 1e-8, -3.5])
        hi = rng.choice([1, 1e5, 7, 1e10, 2.5])
        base = f"np.linspace({lo!r}, {hi!r}, {n})"
        if dt not in ("float64",):
            base += f".astype({sp})"
    elif kind == "full":
        v = gen_value_lits(rng, dt, 1)[0]
        base = f"np.full({n}, {v}, dtype={sp})"
    elif kind == "arith":
        op = rng.choice(["/ 7", "* 1.5 - 100", "** 2", "/ 3 - 1e3", "* 1e-6", "* 1e9"])
        base = f"(np.arange({n}.) {op})"
        if dt != "float64":
            base = f"{base}.astype({sp})"
    else:
        m = rng.choice([7, 100, 128, 256, 1000])
        base = f"(np.arange({n}) % {m} - {m // 2}).astype({sp})"
    return base + reshape


def scalar(rng):
    choices = [
        "np.float32(1.5)", "np.uint8(255)", "np.True_", "np.False_", "np.complex128(1+2j)",
        "np.float16(0.1)", "np.int64(3)", "np.float64(0.1)", "np.int8(-128)",
        "np.uint64(18446744073709551615)", "np.float32(0.1)", "np.float64(1e16)",
        "np.float64(-0.0)", "np.float64(np.nan)", "np.float32(-np.inf)", "np.complex64(1.5-0.5j)",
        "np.int16(-300)", "np.uint32(4000000000)", "np.float16(65504)", "np.float64(1e-300)",
        "np.float64(123456789.0)", "np.complex128(complex(0, -0.0))", "np.int32(7)",
        "np.float64(2.5e-5)", "np.bool_(True)", "np.uint16(65535)", "np.float32(3.4028235e38)",
    ]
    s = rng.choice(choices)
    if rng.random() < 0.5:
        # a scalar taken out of an array
        dt = rng.choice(ALL_DTYPES)
        vals = gen_value_lits(rng, dt, 3)
        s = f"np.array([{', '.join(vals)}], dtype={spell(rng, dt)})[{rng.randint(-3, 2)}]"
    return s


def display(rng, expr):
    r = rng.random()
    if r < 0.5:
        return expr
    if r < 0.75:
        return f"print({expr})"
    if r < 0.88:
        return f"str({expr})"
    return f"repr({expr})"


def options_block(rng, extended=False):
    """A set_printoptions call, a few displays, and the reset to defaults."""
    opts = {}
    names = ["precision", "threshold", "edgeitems", "linewidth", "suppress"]
    if extended:
        names += ["sign", "floatmode", "floatmode", "nanstr", "infstr", "legacy"]
    keys = rng.sample(names, rng.randint(1, 3))
    for k in keys:
        if k == "sign":
            opts[k] = rng.choice(["-", "+", " "])
            continue
        if k == "floatmode":
            opts[k] = rng.choice(["fixed", "unique", "maxprec", "maxprec_equal"])
            continue
        if k in ("nanstr", "infstr"):
            opts[k] = rng.choice(["NaN", "?", "--", "Infinity", "nan"])
            continue
        if k == "legacy":
            opts[k] = "1.13"
            continue
        if k == "precision":
            opts[k] = rng.choice([0, 1, 2, 3, 4, 6, 10, 12])
        elif k == "threshold":
            opts[k] = rng.choice([0, 5, 10, 20, 50, 100000])
        elif k == "edgeitems":
            opts[k] = rng.choice([1, 2, 4, 5])
        elif k == "linewidth":
            opts[k] = rng.choice([10, 20, 40, 60, 100, 150])
        else:
            opts[k] = rng.choice([True, False])
    args = ", ".join(f"{k}={v!r}" for k, v in opts.items())
    lines = [f"np.set_printoptions({args})"]
    if rng.random() < 0.3:
        lines.append("np.get_printoptions()")
    n = rng.randint(2, 4)
    for _ in range(n):
        if "threshold" in opts or "edgeitems" in opts or rng.random() < 0.3:
            e = big_array(rng) if rng.random() < 0.5 else literal_array(rng)
        else:
            e = literal_array(rng)
        if extended and rng.random() < 0.3:
            e = scalar(rng)  # scalars ignore most options, but not legacy
        lines.append(display(rng, e))
    lines.append(ALL_DEFAULTS if extended else DEFAULTS)
    return lines, n


def function_call(rng):
    """np.array2string / np.array_repr / np.array_str with their own option arguments."""
    a = literal_array(rng) if rng.random() < 0.7 else big_array(rng)
    fn = rng.choice(["array2string", "array2string", "array_repr", "array_str"])
    kw = {}
    if rng.random() < 0.4:
        kw["max_line_width"] = rng.choice([10, 30, 50, 120])
    if rng.random() < 0.4:
        kw["precision"] = rng.choice([0, 1, 3, 5])
    if rng.random() < 0.3:
        kw["suppress_small"] = rng.choice([True, False])
    if fn == "array2string":
        if rng.random() < 0.4:
            kw["separator"] = rng.choice([", ", ",", "; ", ""])
        if rng.random() < 0.3:
            kw["prefix"] = rng.choice(["x = ", "array(", "    "])
        if rng.random() < 0.3:
            kw["threshold"] = rng.choice([0, 5, 100])
        if rng.random() < 0.3:
            kw["edgeitems"] = rng.choice([1, 2, 4])
        if rng.random() < 0.2:
            kw["sign"] = rng.choice(["-", "+", " "])
        if rng.random() < 0.3:
            kw["floatmode"] = rng.choice(["fixed", "unique", "maxprec", "maxprec_equal"])
        if rng.random() < 0.15:
            kw["suffix"] = rng.choice([")", ", dtype=float32)"])
    args = "".join(f", {k}={v!r}" for k, v in kw.items())
    return f"np.{fn}({a}{args})"


def gen_file(rng, idx):
    lines = ["import numpy as np", f"# print cases, part {idx} (generated by tools/gen_print_cases.py; do not edit)"]
    extended = idx > BASIC_FILES
    count = 0
    while count < PER_FILE:
        r = rng.random()
        if extended and r < 0.25:
            if r < 0.15:
                block, n = options_block(rng, extended=True)
                lines.extend(block)
                count += n
            else:
                lines.append(display(rng, function_call(rng)))
                count += 1
            continue
        if r < 0.10:
            block, n = options_block(rng)
            lines.extend(block)
            count += n
            continue
        if r < 0.55:
            e = literal_array(rng)
        elif r < 0.75:
            e = big_array(rng)
        elif r < 0.90:
            e = scalar(rng)
        elif r < 0.95:
            # non-contiguous / read-only views print alike
            e = rng.choice([
                f"{literal_array(rng)}[::-1]",
                "np.arange(12.).reshape(3, 4)[:, ::-2]",
                f"np.arange({rng.randint(2, 30)}).reshape(-1, 1)[::2]",
                "np.arange(2000.).reshape(40, 50)[4:100:5, :-10:-1, None]",
                f"{big_array(rng)}.T",
            ])
        else:
            e = "np.get_printoptions()"
            lines.append(e)
            count += 1
            continue
        lines.append(display(rng, e))
        count += 1
    return "\n".join(lines) + "\n", count


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    tests = os.path.join(here, "..", "tests")
    p.add_argument("--outdir", default=os.path.join(tests, "pending"))
    p.add_argument("--seed", type=int, default=20240604)
    args = p.parse_args()
    rng = random.Random(args.seed)
    # files arrsh passes live in tests/conformance: regenerate them there
    homes = [args.outdir, os.path.join(tests, "conformance")]
    # remove stale generated files (and their transcripts) first: all of them in outdir,
    # and in tests/conformance the ones numbered beyond FILES
    for home in homes:
        for old in glob.glob(os.path.join(home, "print_random_*.*")):
            num = os.path.basename(old)[len("print_random_"):].split(".")[0]
            if home == args.outdir or not num.isdigit() or int(num) > FILES:
                os.remove(old)
    total = 0
    for i in range(1, FILES + 1):
        text, n = gen_file(rng, i)
        total += n
        name = f"print_random_{i}.py"
        home = homes[1] if os.path.exists(os.path.join(homes[1], name)) else args.outdir
        path = os.path.join(home, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"gen_print_cases: wrote {FILES} files, {total} display statements")


if __name__ == "__main__":
    main()
