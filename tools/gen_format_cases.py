#!/usr/bin/env python3
"""Write tests/fixtures/format/cases.jsonl: what CPython 3.11 prints for format(v, spec),
`fmt % args` and `fmt.format(*args, **kwargs)` on Python values, for the unit tests of
src/format/spec.rs, percent.rs and str_format.rs (which read this file; nothing is typed
by hand).

Usage: python3 tools/gen_format_cases.py [--seed N]

Specs are drawn (seeded) from the whole mini-language grammar, so most are valid and
many are not; each line holds the inputs and either "out" (the text) or "err"
("ValueError: message"). Values are tagged JSON so ints of any size, -0.0, nan and inf
survive: {"int": "123"}, {"float": "0x1.8p+0"}, {"str": ...}, {"bool": ...},
{"none": null}, {"complex": [re_hex, im_hex]}, {"list": [...]}, {"tuple": [...]},
{"dict": [[k, v], ...]}.
"""
import argparse
import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "format", "cases.jsonl")


def enc(v):
    if v is None:
        return {"none": None}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex() if math.isfinite(v) else repr(v)}
    if isinstance(v, complex):
        return {"complex": [enc(v.real)["float"], enc(v.imag)["float"]]}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def outcome(f):
    try:
        return {"out": f()}
    except Exception as e:  # the oracle's error is the expected result
        return {"err": f"{type(e).__name__}: {e}"}


INTS = [0, 1, -1, 7, 42, -255, 1234, 65, 1234567, -98765432, 2**31, 2**63, 2**64 - 1,
        -2**100, 10**30, 2**127, 0x10ffff, 0x110000]
FLOATS = [0.0, -0.0, 1.0, 1.5, -2.5, 0.125, 0.5, 2.675, 1 / 3, 0.1, 1e16, 1e15, 1e-5,
          0.0001, 123456.789, -1234567.25, 1e300, 1e-300, 5e-324, 1e22, 2.0**70,
          float("nan"), float("inf"), float("-inf"), 9.999999, 0.000123456, 100.0,
          -0.00001, 12345678901234567.0]
COMPLEX = [1 + 2j, -1.5 - 0.25j, 2j, -2j, complex(0.0, -0.0), complex(-0.0, 1.0),
           complex(1e16, 1e-5), complex(float("nan"), float("inf")), 1234.5 + 6789.25j, 0j]
STRS = ["", "abc", "héllo", "a b", "x" * 12]
OTHERS = [True, False, None, [1, 2], (3,)]

FILLS = ["", "", "", "*", "0", "x", " "]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "", "1", "6", "10", "15", "25"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
TYPES = {
    "int": ["", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "s", "E", "G", "F"],
    "float": ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s"],
    "complex": ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"],
    "str": ["", "s", "d", "r"],
    "other": ["", "s", "d"],
}


def random_spec(rng, kind):
    fill = rng.choice(FILLS)
    align = rng.choice(ALIGNS)
    if fill and not align:
        align = rng.choice(["<", ">", "^", "="])
    parts = [fill + align, rng.choice(SIGNS)]
    parts.append("z" if rng.random() < 0.08 else "")
    parts.append("#" if rng.random() < 0.2 else "")
    parts.append("0" if rng.random() < 0.2 else "")
    parts.append(rng.choice(WIDTHS))
    parts.append(rng.choice(GROUPS))
    parts.append(rng.choice(PRECS))
    parts.append(rng.choice(TYPES[kind]))
    return "".join(parts)


# Specs that are not drawn by chance: parse errors and corner cases.
FIXED_SPECS = ["", ",", "_", ",_", "_,", ",,", ".", "ab", "  ", "\x01", "é", "99999999999999999999",
               ".99999999999999999999f", "0=8", "<08", "x>8", "=^5", "#", "#.0f", "#.3", "#e",
               "#g", "#.0e", "z", "z.1f", "+", " ", "-", "010,", "012,.2f", "012_", "#012_x",
               "#010x", "#b", "#o", "#X", ",x", "_b", "_x", ",c", "+c", "#c", "c", "%", ".1%",
               ",.3f", "_.2e", ">12", "^9.3", "*<10", "0", "05", ".0", ".2", "n", ",n", "=10",
               "010"]


def format_cases(rng):
    values = ([("int", v) for v in INTS] + [("float", v) for v in FLOATS]
              + [("complex", v) for v in COMPLEX] + [("str", v) for v in STRS]
              + [("other", v) for v in OTHERS])
    cases = []
    for kind, v in values:
        specs = list(FIXED_SPECS) + [random_spec(rng, kind) for _ in range(40)]
        for spec in specs:
            cases.append({"kind": "format", "value": enc(v), "spec": spec,
                          **outcome(lambda: format(v, spec))})
    return cases


PERCENT = [
    ("%d", 3), ("%d", 3.7), ("%d", -3.7), ("%d", "3"), ("%i", True), ("%u", 3), ("%d", 10**30),
    ("%d", None), ("%d", [1, 2]), ("%d", 1 + 2j), ("%d", float("nan")), ("%d", float("inf")),
    ("%x", 255), ("%X", 255), ("%o", 8), ("%#x", 255), ("%#X", 255), ("%#o", 8), ("%x", -255),
    ("%#x", -255), ("%x", 2.5), ("%o", "8"), ("%#06x", 255), ("%-#8x|", 255), ("%08X", -255),
    ("%.2d", 3), ("%.5x", 255), ("%05d", -3), ("%-05d|", 3), ("%+d", 3), ("% d", 3), ("%+ d", 3),
    ("% +d", -3), ("%+.3d", 7), ("%ld", 3), ("%hd", 3), ("%Lf", 1.5),
    ("%s", [1]), ("%s", 1.5), ("%s", "x"), ("%s", (1,)), ("%s", ((1, 2),)), ("%s", {"a": 1}),
    ("%r", "a"), ("%a", "é"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"), ("%05s", "ab"),
    ("%10r", "ab"), ("%.3r", "abcdef"), ("%s", None), ("%s", True), ("%s", 2**100),
    ("%f", 2), ("%f", "a"), ("%f", 1 + 2j), ("%f", None), ("%f", 10**400), ("%e", 12345.678),
    ("%E", 1.5), ("%g", 1e-5), ("%G", 1e-10), ("%g", 100000.0), ("%g", 1000000.0), ("%#g", 1.0),
    ("%#.0f", 1.0), ("%#.0e", 1.0), ("%10.4e", 3.0), ("%-10.2f|", 3.14159), ("%010.2f", -3.14159),
    ("%+.1f", 2.25), ("% .3g", 0.0001234), ("%F", 1.5), ("%F", float("inf")), ("%f", float("nan")),
    ("%+f", float("nan")), ("%05f", float("-inf")), ("%.0f", 0.5), ("%.0f", 1.5), ("%.0f", 2.5),
    ("%.1f", 0.25), ("%.2f", 2.675), ("%.20f", 0.1), ("%.30e", 1 / 3), ("%e", 0.0), ("%e", -0.0),
    ("%g", 1e16), ("%g", 123456789.0), ("%.10g", 123456789.0), ("%.0g", 0.5), ("%g", 5e-324),
    ("%c", 65), ("%c", "a"), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 3.0),
    ("%c", 0x1F600), ("%5c|", 65), ("%-3c|", "z"),
    ("%%", ()), ("%5%", ()), ("%5%", (1,)), ("100%%", ()), ("%s%%", 5),
    ("%5.2f", 3.14159), ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%*d|", (-5, 3)), ("%.*f", (2, 3.14159)),
    ("%*.*f", (8, 3, 3.14159)), ("%.*f", (-2, 3.14159)), ("%*d", 3), ("%*d", ("a", 3)),
    ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", 1), ("%(a)s", {}), ("%(a)s %s", {"a": 1}),
    ("%(a)*d", {"a": 1}), ("%(a)s %(a)r", {"a": "q"}), ("%(a(b))s", {"a(b)": 5}), ("%(a", {"a": 1}),
    ("%(a)-5d|", {"a": 1}), ("%(a)s", [1]),
    ("%s %s", (1,)), ("%s", (1, 2)), ("%s", ()), ("%d %d", [1, 2]), ("%s %s", (1, 2)),
    ("abc", 5), ("abc", ()), ("abc", []), ("abc", {}), ("abc", "x"), ("abc", ""),
    ("%z", 1), ("%", 1), ("%5", 1), ("%.", 1), ("a%", ()), ("%y", ()), ("% ", 1), ("%é", 1),
    ("%s and %r", ("x", "x")), ("%i%%", 50), ("%-+8.3f|", 2.0),
]


def percent_cases():
    return [{"kind": "percent", "fmt": f, "value": enc(v), **outcome(lambda: f % v)}
            for f, v in PERCENT]


STR_FORMAT = [
    ("{} {}", (1, 2), {}), ("{1} {0}", (1, 2), {}), ("{} {}", (1,), {}), ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}), ("{x}", (1,), {}), ("{x}", (), {"x": 5}), ("{x[0]}", (), {"x": [4, 5]}),
    ("{x[a]}", (), {"x": {"a": 3}}), ("{0[1]}", ("abc",), {}), ("{!r}", ("a",), {}),
    ("{!s:>5}", ("a",), {}), ("{!a}", ("é",), {}), ("{!x}", (1,), {}), ("{:{w}}", (3,), {"w": 5}),
    ("{:{}.{}f}", (3.14159, 8, 2), {}), ("{{}}", (), {}), ("}", (), {}), ("{", (), {}),
    ("a}b", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{:{:{}}}", (1, 2, 3), {}), ("{0.}", (1,), {}), ("{0[}", ([1],), {}), ("{0[]}", ([1],), {}),
    ("{[0]}", ([7],), {}), ("{0[0]x}", ([7],), {}), ("{0[5]}", ([1],), {}), ("{00}", (1,), {}),
    ("{-1}", (1,), {}), ("{:d}", ("a",), {}), ("{!r:^9}", ("ab",), {}), ("{0:}", (3,), {}),
    ("{x.real}", (), {"x": 3}), ("{0.imag}", (1 + 2j,), {}), ("{0[-1]}", ([1, 2],), {}),
    ("{0[1a]}", ({"1a": 2},), {}), ("{ }", (1,), {}), ("{a b}", (), {"a b": 1}),
    ("{x[0][1]}", (), {"x": [[1, 2]]}), ("{}", (None,), {}), ("{:5}", (None,), {}),
    ("{0:{1}}", (3, ">6"), {}), ("{0:{1}{2}}", (3.5, ">", "8"), {}), ("{:{{}}}", (1,), {}),
    ("{0!r:}", ("x",), {}), ("{0!s}", (1.5,), {}), ("{0!a:>8}", ("ü",), {}), ("{!}", (1,), {}),
    ("{0:{x}}", (7,), {}), ("{0[0]:>4}", ([9],), {}), ("{0.real.imag}", (3,), {}),
    ("{0[0].real}", ([5],), {}), ("{0{}", (1,), {}), ("{0}}", (1,), {}), ("{{0}}", (1,), {}),
    ("{{{0}}}", (1,), {}), ("x{}y{}z", ("a", "b"), {}), ("{:,}", (1234567,), {}),
    ("{:_x}", (2**40,), {}), ("{:.3%}", (0.12345,), {}), ("{2}", (1, 2), {}),
    ("{0[a]}", ([1],), {}), ("{0:abc}", (1,), {}), ("{99999999999999999999}", (1,), {}),
    ("{:*^{}}", ("ab", 9), {}), ("{0!r:{1}}", ("ab", 7), {}), ("{a}{b}", (), {"a": 1}),
    ("{}", ((1, 2),), {}), ("{}", ([1, "a"],), {}), ("{}", ({"k": 1.5},), {}),
    ("{:>10}", ((1, 2),), {}), ("{0.nope}", (1,), {}), ("{}", (2**100,), {}),
    ("{0:}{0}", ("q",), {}), ("{}{}{}", (1, 2, 3, 4), {}), ("{!s:{}}", (1, 2), {}),
]


def str_format_cases():
    return [{"kind": "str_format", "fmt": f, "args": enc(a), "kwargs": enc(k),
             **outcome(lambda: f.format(*a, **k))} for f, a, k in STR_FORMAT]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cases = format_cases(rng) + percent_cases() + str_format_cases()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
