"""Random differential tests of the Rust arrayprint port against NumPy.

usage: python3 gen.py N SEED [--emit FILE]   (emit writes Rust test data)
"""
import os, sys, random, subprocess, math
import numpy as np

DTYPES = ['bool','int8','int16','int32','int64','uint8','uint16','uint32','uint64',
          'float16','float32','float64','complex64','complex128']
# Differential mode runs a harness binary built from the arrayprint module (not kept in
# the repository); emit_tests.py only needs the case generators below.
HARNESS = os.environ.get('ARRAYPRINT_HARNESS', 'harness')

def rand_float(r, dt):
    c = r.random()
    if c < 0.08: return r.choice([0.0, -0.0, float('nan'), float('inf'), float('-inf'), 1.0, 0.5, 0.125, 2.5e-9, 1/3, 2/3, 0.1, 1e8, 1e-4, 1e16, 1e-5])
    if c < 0.25: return float(r.randint(-1000, 1000))
    if c < 0.45: return r.uniform(-10, 10)
    if c < 0.55: return round(r.uniform(-100, 100), r.randint(0, 6))
    if c < 0.7:
        return r.choice([-1,1]) * 10 ** r.uniform(-12, 12)
    if c < 0.8:
        # random bits
        if dt == np.float64:
            import struct
            b = r.getrandbits(64)
            return struct.unpack('<d', struct.pack('<Q', b))[0]
        if dt == np.float32:
            return float(np.array([r.getrandbits(32)], np.uint32).view(np.float32)[0])
        return float(np.array([r.getrandbits(16)], np.uint16).view(np.float16)[0])
    return r.choice([-1,1]) * 10 ** r.uniform(-300, 300)

def rand_scale_family(r):
    # arrays that share a scale (so positional mode gets used a lot)
    base = 10 ** r.uniform(-5, 9)
    return lambda dt: r.uniform(-1, 1) * base if r.random() < 0.9 else rand_float(r, dt)

def rand_opts(r):
    o = {}
    if r.random() < 0.5: return o
    if r.random() < 0.3: o['precision'] = r.randint(0, 12)
    if r.random() < 0.2: o['threshold'] = r.randint(0, 50)
    if r.random() < 0.2: o['edgeitems'] = r.randint(1, 4)
    if r.random() < 0.3: o['linewidth'] = r.randint(10, 120)
    if r.random() < 0.2: o['suppress'] = True
    if r.random() < 0.1: o['nanstr'] = r.choice(['NaN', 'n', 'notanumber'])
    if r.random() < 0.1: o['infstr'] = r.choice(['Inf', 'i', 'infinity'])
    if r.random() < 0.25: o['sign'] = r.choice(['+', ' ', '-'])
    if r.random() < 0.3: o['floatmode'] = r.choice(['fixed', 'unique', 'maxprec', 'maxprec_equal'])
    if r.random() < 0.05: o['legacy'] = '1.13'
    if o.get('legacy') and o.get('floatmode') == 'unique': del o['floatmode']  # NumPy raises TypeError
    return o

def opts_str(o):
    parts = []
    for k, v in o.items():
        if k == 'suppress': v = '1' if v else '0'
        if k == 'sign' and v == ' ': v = '_'
        if k == 'legacy': v = '1'
        parts.append(f'{k}={v}')
    return ';'.join(parts)

def val_str(dt, v):
    if dt == 'bool': return '1' if v else '0'
    if dt.startswith('int') or dt.startswith('uint'): return str(int(v))
    if dt.startswith('complex'): return f'{float(v.real)!r}:{float(v.imag)!r}'
    return repr(float(v))

def make_array(r):
    dt = r.choice(DTYPES)
    nd = r.choice([0, 1, 1, 1, 2, 2, 3, 4, 5])
    shape = tuple(r.choice([0, 1, 1, 2, 3, 4, 5, 7]) if r.random() < 0.9 else r.randint(8, 40) for _ in range(nd))
    if nd == 0: shape = ()
    size = int(np.prod(shape))
    npdt = np.dtype(dt)
    if dt == 'bool':
        vals = [r.random() < 0.5 for _ in range(size)]
    elif npdt.kind in 'iu':
        info = np.iinfo(npdt)
        mode = r.random()
        if mode < 0.5: vals = [r.randint(max(info.min, -100), min(info.max, 100)) for _ in range(size)]
        else: vals = [r.randint(info.min, info.max) for _ in range(size)]
    else:
        ft = np.float32 if dt in ('float32', 'complex64') else np.float16 if dt == 'float16' else np.float64
        gen = rand_scale_family(r) if r.random() < 0.5 else (lambda d: rand_float(r, d))
        if npdt.kind == 'c':
            vals = [complex(gen(ft), gen(ft)) for _ in range(size)]
        else:
            vals = [gen(ft) for _ in range(size)]
    with np.errstate(all='ignore'):
        a = np.array(vals, dtype=dt).reshape(shape)
    return a

def cases(n, seed):
    r = random.Random(seed)
    out = []
    for _ in range(n):
        c = r.random()
        o = rand_opts(r)
        if c < 0.65:
            a = make_array(r)
            mode = r.choice(['repr', 'repr', 'str', 'a2s'])
            out.append((mode, a, o))
        elif c < 0.9:
            a = make_array(r)
            while a.size == 0:
                a = make_array(r)
            x = a.reshape(-1)[0]
            out.append((r.choice(['srepr', 'sstr']), np.array(x), {k: v for k, v in o.items() if k not in ('legacy',)}))
        else:
            v = rand_float(r, np.float64)
            if r.random() < 0.5:
                out.append(('pyf', np.array(v), {}))
            else:
                out.append(('pyc', np.array(complex(v, rand_float(r, np.float64))), {}))
    return out

def expected(mode, a, o):
    kw = dict(o)
    with np.printoptions(**kw), np.errstate(all='ignore'):
        if mode == 'repr': return repr(a)
        if mode == 'str': return str(a)
        if mode == 'a2s': return np.array2string(a, separator=', ', prefix='prefix(')
        x = a[()]
        if mode == 'srepr': return repr(x)
        if mode == 'sstr': return str(x)
        if mode == 'pyf': return repr(float(x))
        if mode == 'pyc': return repr(complex(x))

def line(mode, a, o):
    dt = str(a.dtype)
    vals = ' '.join(val_str(dt, v) for v in a.reshape(-1).tolist()) if dt != 'bool' else ' '.join('1' if v else '0' for v in a.reshape(-1).tolist())
    return '\t'.join([mode, dt, ','.join(map(str, a.shape)), opts_str(o), vals])

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n')

def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    cs = stress_cases(n, seed) if '--stress' in sys.argv else cases(n, seed)
    lines = [line(*c) for c in cs]
    exp = [esc(expected(*c)) for c in cs]
    p = subprocess.run([HARNESS], input='\n'.join(lines) + '\n', capture_output=True, text=True)
    got = p.stdout.split('\n')
    if p.returncode != 0:
        print(p.stderr[-3000:])
    bad = 0
    for i, (l, e) in enumerate(zip(lines, exp)):
        g = got[i] if i < len(got) else '<missing>'
        if g != e:
            bad += 1
            if bad <= 15:
                print('CASE', l[:400]); print('  exp', e[:600]); print('  got', g[:600])
    print(f'{len(cs) - bad} passed, {bad} failed')
    if '--emit' in sys.argv:
        f = sys.argv[sys.argv.index('--emit') + 1]
        with open(f, 'w') as fh:
            for l, e in zip(lines, exp):
                fh.write(l + '\t' + e + '\n')


def stress_cases(n, seed):
    """Float-digit stress: few elements, random bits, ties, every floatmode and precision."""
    import struct
    r = random.Random(seed)
    out = []
    ties = [0.125, 0.375, 2.5e-9, 1/3, 2/3, 0.5, 1.5, 2.5, 0.05, 0.25, 1e-8, 5e-9, 4.999999999e-9, 0.0625, 9.5, 99.5, 0.95, 0.995, 9.999999995, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 65504.0, 6.1e-5, 5.96e-8, 3.4028234663852886e38, 1.401298464324817e-45]
    for _ in range(n):
        dt = r.choice(['float16', 'float32', 'float64', 'complex64', 'complex128'])
        k = r.choice([1, 1, 2, 3])
        vals = []
        for _ in range(k):
            c = r.random()
            if c < 0.3:
                v = r.choice(ties) * r.choice([1, -1, 10, 0.1, 1000, 1e-3])
            elif c < 0.7:
                if dt in ('float64', 'complex128'):
                    v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
                elif dt in ('float32', 'complex64'):
                    v = float(np.array([r.getrandbits(32)], np.uint32).view(np.float32)[0])
                else:
                    v = float(np.array([r.getrandbits(16)], np.uint16).view(np.float16)[0])
            else:
                v = r.uniform(-1, 1) * 10 ** r.randint(-10, 10)
            vals.append(v)
        if dt.startswith('complex'):
            vals = [complex(v, r.choice(vals)) for v in vals]
        with np.errstate(all='ignore'):
            a = np.array(vals, dtype=dt)
        o = {'precision': r.randint(0, 20), 'floatmode': r.choice(['fixed', 'unique', 'maxprec', 'maxprec_equal'])}
        if r.random() < 0.3: o['suppress'] = True
        if r.random() < 0.3: o['sign'] = r.choice(['+', ' '])
        if r.random() < 0.3: a = a[:1].reshape(())
        mode = r.choice(['repr', 'str', 'srepr', 'sstr']) if a.ndim == 0 else 'repr'
        out.append((mode, a, o))
    return out

if __name__ == '__main__':
    main()
