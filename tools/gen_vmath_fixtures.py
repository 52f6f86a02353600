"""Write tests/fixtures/vmath/<target>/: inputs and NumPy's exact outputs of the math ufuncs
whose float32/float64 kernels arrsh reproduces bit for bit (src/numpy/ufunc/vmath/).

NumPy picks its kernels from the CPU, so the outputs belong to the machine class the script
runs on: `x86_v4` with AVX-512 (NumPy's AVX512_SKX kernels), `baseline` without (float64
exp/log from the C library). Run it on both kinds of machine to refresh both folders.

For each dtype, `in_<dtype>.npy` holds seeded inputs: special values (±0, ±inf, nan,
subnormals, the largest finite), each kernel's thresholds and their neighbouring floats
(exp's overflow/underflow/rare-path bounds), uniform ranges, exp/log-shaped magnitudes
and random bit patterns. `<func>_<dtype>.npy` holds NumPy's result for every input.
NumPy's scalar path is checked here to give the same bits as its array loop (so the
fixtures cover `np.exp(np.float64(x))` too). Read by tests/vmath_bits.rs.

    python3 tools/gen_vmath_fixtures.py      # run from the repository root
"""

import os

import numpy as np

from numpy._core._multiarray_umath import __cpu_features__

TARGET = "x86_v4" if __cpu_features__["AVX512_SKX"] else "baseline"
OUT = os.path.join("tests", "fixtures", "vmath", TARGET)
# The functions reproduced for each dtype (as tests/vmath_bits.rs lists them).
FUNCS = {"float64": ["exp", "log", "sin", "cos"], "float32": ["exp", "log", "sin", "cos"]}


def neighbours(v, dt, it):
    """v and the floats 1 and 2 steps either side of it, of dtype dt."""
    a = np.abs(np.array(v, dtype=dt).reshape(-1))
    b = a.view(it)
    near = np.concatenate([(b + it(2) - it(d)).view(dt) for d in range(5)])
    return np.concatenate([near, -near])


def inputs(dt, n):
    rng = np.random.default_rng(20261201)
    it = np.uint64 if dt == np.float64 else np.uint32
    fi = np.finfo(dt)
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 2.0, 0.5,
                        float(fi.max), float(-fi.max), float(fi.tiny), float(fi.smallest_subnormal),
                        float(fi.smallest_subnormal) * 3], dtype=dt)
    payload_nan = np.array([0x7ff0000000000001 if dt == np.float64 else 0x7f800001,
                            0xfff8000000001234 if dt == np.float64 else 0xffc01234],
                           dtype=it).view(dt)
    if dt == np.float64:
        edges = [709.782712893384, 707.7032713517042, -707.7032713517042,
                 -708.3964185322641, -745.1332191019411, 709.78, 709.79, -745.13, -745.14,
                 np.log(2.0), 1e-16, 2**-53, 2**-54] + list(64 / (2 * np.arange(16, 32) + 1))
        # Where float64 log's rounded reciprocal (vrcp14pd) steps: log_f64.rs RCP_STEPS.
        edges += [1.939453125, 1.82855224609375, 1.729736328125, 1.641021728515625,
                  1.56097412109375, 1.4883880615234375, 1.4221954345703125,
                  1.3617095947265625, 1.3061370849609375, 1.2549285888671875,
                  1.2075653076171875, 1.163665771484375, 1.122802734375, 1.08477783203125,
                  1.0491790771484375, 1.0158538818359375]
    else:
        edges = [88.72283935546875, -103.97208404541015625, 88.7228, -87.3365, -103.972,
                 np.log(2.0), 0.70710677, 1.4142135, 1e-8, 117435.992, 71476.0625,
                 np.pi / 4, 3 * np.pi / 4, 1e5 + 0.5]
    edge = neighbours(edges, dt, it)
    k = n - len(special) - len(payload_nan) - len(edge)
    parts = [
        rng.uniform(-20, 20, k // 5),
        rng.uniform(-760, 760, k // 10) if dt == np.float64 else rng.uniform(-110, 95, k // 10),
        rng.uniform(-1, 1, k // 20),
        rng.uniform(-2e5, 2e5, k // 20),
        np.exp(rng.uniform(-740, 709, k // 5)) if dt == np.float64 else np.exp(rng.uniform(-103, 88, k // 5)),
        1 + rng.uniform(-0.3, 0.3, k // 10),
    ]
    done = sum(len(p) for p in parts)
    with np.errstate(over="ignore"):
        parts = [p.astype(dt) for p in parts]
    bits = rng.integers(0, np.iinfo(it).max, k - done, dtype=it, endpoint=True).view(dt)
    x = np.concatenate([special, payload_nan, edge] + parts + [bits]).astype(dt)
    assert len(x) == n, (len(x), n)
    return x


def main():
    os.makedirs(OUT, exist_ok=True)
    for dt, n in ((np.float64, 2500), (np.float32, 3500)):
        name = np.dtype(dt).name
        x = inputs(dt, n)
        np.save(os.path.join(OUT, f"in_{name}.npy"), x)
        it = x.dtype.str.replace("f", "u")
        for fn in FUNCS[name]:
            f = getattr(np, fn)
            with np.errstate(all="ignore"):
                y = f(x)
                scalars = np.array([f(v) for v in x], dtype=dt)
                strided = f(np.repeat(x, 2)[::2])
            assert (scalars.view(it) == y.view(it)).all(), f"{fn} {name}: scalar path differs"
            assert (strided.view(it) == y.view(it)).all(), f"{fn} {name}: strided path differs"
            np.save(os.path.join(OUT, f"{fn}_{name}.npy"), y)
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print(f"wrote {len(os.listdir(OUT))} files, {total} bytes, to {OUT}")


if __name__ == "__main__":
    main()
