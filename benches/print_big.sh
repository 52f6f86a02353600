#!/bin/sh
# Time printing a 10^8-element array: arrsh (release build) against NumPy, same machine,
# one run each. The first pair allocates 800 MB of zeros and prints the summarized repr,
# which reads only the 6 shown elements; the broadcast pair allocates nothing, so it times
# start-up plus printing alone; %timeit gives the repr itself.
# Usage: sh benches/print_big.sh
set -e
cd "$(dirname "$0")/.."
cargo build --release --quiet
ARRSH=target/release/arrsh

# Seconds (wall clock) to run a command, output discarded.
elapsed() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.3f}")
PY
}

echo "startup only:"
echo "  arrsh  $(elapsed "$ARRSH" -c 'x = 1') s"
echo "  numpy  $(elapsed python3 -c 'import numpy as np') s"
echo "x = np.zeros(10**8); x (allocate + repr):"
echo "  arrsh  $(elapsed "$ARRSH" -c 'x = np.zeros(10**8); x') s"
echo "  numpy  $(elapsed python3 -c 'import numpy as np; x = np.zeros(10**8); print(repr(x))') s"
echo "x = np.broadcast_to(np.float64(1.5), (10**8,)); x (no allocation, repr only):"
echo "  arrsh  $(elapsed "$ARRSH" -c 'x = np.broadcast_to(np.float64(1.5), (10**8,)); x') s"
echo "  numpy  $(elapsed python3 -c 'import numpy as np; x = np.broadcast_to(np.float64(1.5), (10**8,)); print(repr(x))') s"
echo "repr alone, 10^8 elements (in-process, best of 5):"
"$ARRSH" -c 'x = np.zeros(10**8)
%timeit repr(x)'
python3 -c 'import numpy as np, timeit; x = np.zeros(10**8); t = min(timeit.repeat(lambda: repr(x), number=1, repeat=5)); print(f"numpy: {t * 1e6:.1f} us per repr")'
echo "output:"
"$ARRSH" -c 'x = np.zeros(10**8); x'
