import numpy as np
import time
t0 = time.perf_counter(); time.sleep(0.01); dt = time.perf_counter() - t0
dt >= 0.01, dt < 5
type(time.time()), type(time.time_ns()), type(time.perf_counter()), type(time.perf_counter_ns())
type(time.monotonic()), type(time.monotonic_ns()), type(time.process_time()), type(time.process_time_ns())
a = time.monotonic(); b = time.monotonic(); a <= b
a = time.perf_counter_ns(); b = time.perf_counter_ns(); a <= b
time.time() > 1.7e9, time.time_ns() > 1_700_000_000 * 10**9
abs(time.time_ns() / 1e9 - time.time()) < 1
0 <= time.process_time() < 1e6
print(f"{time.perf_counter() - time.perf_counter():.0f} s")
time.sleep(0), time.sleep(0.0), time.sleep(-0.0), time.sleep(np.float64(0.001)), time.sleep(np.int64(0)), time.sleep(False)
time.sleep(-1)
time.sleep(-1e-10)
time.sleep("a")
time.sleep(None)
time.sleep([1])
time.sleep(1j)
time.sleep(float("nan"))
time.sleep(float("inf"))
time.sleep(-1e300)
time.sleep(2**63)
time.sleep(-2**200)
time.sleep(-9223372036)
time.sleep(-9223372037)
time.sleep(np.float32(1))
time.sleep(np.True_)
time.sleep(np.array([1]))
time.sleep(np.array(1.5))
time.sleep()
time.sleep(1, 2)
time.sleep(secs=1)
time.time(1)
time.perf_counter_ns(1, 2)
time.monotonic(x=1)
time.sleep, time.perf_counter
type(time.sleep)
time.clock
from time import perf_counter, sleep as nap
nap(0); perf_counter() > 0
import time as tm
tm.time_ns() > 0
