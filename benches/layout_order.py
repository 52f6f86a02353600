# Fortran-ordered elementwise work, reductions and joins: the same file runs in NumPy
# (`python3 benches/layout_order.py`) and arrsh (`target/release/arrsh benches/layout_order.py`)
# and prints the best of 5 runs per statement and the result's strides (which must match).
# A measurement, not a test.
import time
import numpy as np
f = np.asfortranarray(np.ones((4000, 4000)))
c = np.ones((4000, 4000))
def best(stmt_fn, reps):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        stmt_fn()
        times.append(time.perf_counter() - t0)
    return min(times)
rows = [
    ("f + 1.0 (F 4000^2 f64)", lambda: f + 1.0),
    ("np.exp(f) (F)", lambda: np.exp(f)),
    ("f * f (F)", lambda: f * f),
    ("c + 1.0 (C)", lambda: c + 1.0),
    ("c.T + 1.0 (F view)", lambda: c.T + 1.0),
    ("f.sum(axis=0) (F)", lambda: f.sum(axis=0)),
    ("np.concatenate([f, f]) (F)", lambda: np.concatenate([f, f])),
]
for name, fn in rows:
    r = fn()
    print(f"{name:32s} {best(fn, 5) * 1000:8.1f} ms  strides {r.strides}")
