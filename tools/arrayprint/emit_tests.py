"""Writes src/format/arrayprint/tests.rs from NumPy's own output.

usage: python3 tools/arrayprint/emit_tests.py   (numpy==2.4.6)
"""
import os, random, sys
import numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen

def curated():
    nan, inf = float('nan'), float('inf')
    A = np.array
    out = [
        ('repr', A([1, 2, 3]), {}), ('str', A([1, 2, 3]), {}),
        ('repr', np.zeros((0, 3)), {}), ('repr', np.zeros(0, int), {}), ('repr', np.zeros((2, 0), bool), {}),
        ('repr', A(5), {}), ('repr', A(5, np.int8), {}), ('repr', A(1/3), {}), ('str', A(1/3), {}),
        ('repr', A(True), {}), ('repr', np.arange(2000), {}), ('repr', np.arange(2000.), {}),
        ('repr', np.arange(24).reshape(2, 3, 4), {}), ('str', np.arange(24.).reshape(2, 3, 4) / 7, {}),
        ('repr', np.arange(120).reshape(1, 2, 3, 4, 5), {}), ('repr', np.arange(64).reshape(2, 2, 2, 2, 2, 2), {}),
        ('repr', A([0.1, 0.25, 1e8]), {}), ('repr', A([1e-5, 1.0]), {}), ('repr', A([1e-5, 1.0]), {'suppress': True}),
        ('repr', A([-0.0, 0.0, 1.5]), {}), ('repr', A([nan, inf, -inf, 1.0]), {}), ('repr', A([nan, inf]), {}),
        ('repr', A([0.125, 0.375, 2.5e-9]), {'precision': 2}), ('repr', A([1/3, 2/3]), {'floatmode': 'fixed', 'precision': 3}),
        ('repr', A([0.1, 0.25]), {'floatmode': 'maxprec_equal'}), ('repr', A([0.1, 1/3]), {'floatmode': 'unique'}),
        ('repr', A([1.0, -2.0]), {'sign': '+'}), ('repr', A([1.0, 2.0]), {'sign': ' '}), ('repr', A([1, 2]), {'sign': ' '}),
        ('repr', A([1+2j, -3.5-0.25j, nan + 1j]), {}), ('repr', A([1+2j], np.complex64), {}),
        ('repr', A([True, False]), {}), ('repr', A([1.5, 2.5], np.float16), {}), ('repr', A([0.1, 1e7], np.float32), {}),
        ('repr', A([1000.0, 1.0], np.float16), {}), ('repr', A([1e6, 1.0], np.float32), {}), ('repr', A([0.0001], np.float32), {}),
        ('repr', np.arange(100.) * 1e-3, {}), ('repr', np.linspace(0, 1, 30), {}), ('repr', np.arange(30), {'linewidth': 20}),
        ('repr', A([255, 0], np.uint8), {}), ('repr', A([2**64 - 1], np.uint64), {}), ('repr', A([-2**63], np.int64), {}),
        ('repr', np.arange(10), {'threshold': 5, 'edgeitems': 2}), ('repr', np.arange(10.), {'nanstr': 'NaN', 'infstr': 'Inf'}),
        ('repr', A([nan, -inf, 1.0]), {'nanstr': 'NaN', 'infstr': 'Infinity'}), ('repr', A([1.0, 2.0]), {'legacy': '1.13'}),
        ('srepr', A(0.1), {}), ('srepr', A(1.5, np.float32), {}), ('srepr', A(3), {}), ('srepr', A(255, np.uint8), {}),
        ('srepr', A(True), {}), ('srepr', A(False), {}), ('srepr', A(1+2j), {}), ('srepr', A(nan), {}), ('srepr', A(0.1, np.float16), {}),
        ('srepr', A(1000.0, np.float16), {}), ('srepr', A(1e6, np.float32), {}), ('srepr', A(1e16), {}), ('srepr', A(complex(-0.0, -1)), {}),
        ('sstr', A(0.1), {}), ('sstr', A(True), {}), ('sstr', A(3), {}), ('sstr', A(1+2j), {}), ('sstr', A(2j), {}),
        ('pyf', A(0.1), {}), ('pyf', A(1e-5), {}), ('pyf', A(1e16), {}), ('pyf', A(10.0), {}), ('pyf', A(inf), {}), ('pyf', A(nan), {}),
        ('pyf', A(-0.0), {}), ('pyf', A(1e-4), {}), ('pyf', A(9999999999999998.0), {}), ('pyf', A(5e-324), {}),
        ('pyc', A(2j), {}), ('pyc', A(1+2j), {}), ('pyc', A(complex(-0.0, -1)), {}), ('pyc', A(complex(nan, inf)), {}), ('pyc', A(complex(1e20, -1e-7)), {}),
    ]
    return out

def main():
    rows = []
    for c in curated():
        rows.append((gen.line(*c), gen.esc(gen.expected(*c))))
    for c in gen.cases(700, 12345):
        l = gen.line(*c); e = gen.esc(gen.expected(*c))
        if len(l) + len(e) < 700:
            rows.append((l, e))
        if len(rows) > 330: break
    for c in gen.stress_cases(200, 777):
        rows.append((gen.line(*c), gen.esc(gen.expected(*c))))
    for l, e in rows:
        assert '|' not in l and '|' not in e and '"#' not in l + e
    body = '\n'.join(l.replace('\t', '|') + '|' + e for l, e in rows)
    tmpl = open(os.path.join(HERE, 'tests_template.rs')).read()
    out = tmpl.replace('@NUMPY@', np.__version__).replace('@COUNT@', str(len(rows))).replace('@DATA@', body)
    open(os.path.join(HERE, '..', '..', 'src', 'format', 'arrayprint', 'tests.rs'), 'w').write(out)
    print(len(rows), 'cases')

main()
