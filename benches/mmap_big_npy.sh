#!/bin/sh
# A 6 GB .npy written by NumPy, opened with mmap_mode='r' in arrsh: open time, resident
# memory, and x[::1000].sum() against NumPy's. Not part of `cargo test` (needs 6 GB of disk
# and a release build):  sh benches/mmap_big_npy.sh [DIR]
set -eu
cd "$(dirname "$0")/.."
DIR=${1:-${TMPDIR:-/tmp}}
F="$DIR/arrsh_bench_6gb.npy"
cargo build --release --quiet
ARRSH=target/release/arrsh
trap 'rm -f "$F"' EXIT

python3 - "$F" <<'PY'
import sys, numpy as np
n = 750_000_000  # 6.0e9 bytes of float64
m = np.lib.format.open_memmap(sys.argv[1], mode="w+", dtype="<f8", shape=(n,))
step = 50_000_000
for i in range(0, n, step):
    m[i:i + step] = np.arange(i, min(i + step, n), dtype="<f8") * 0.5
m.flush()
del m
PY
ls -l "$F"
# Drop the file from the page cache if allowed, so opening is measured cold.
sync; (echo 1 > /proc/sys/vm/drop_caches) 2>/dev/null || true

measure() {  # prints: seconds max_rss_kib
    /usr/bin/time -f "%e %M" "$ARRSH" -c "$1" 2>&1 >/dev/null | tail -1
}
base=$(measure "1")
open=$(measure "x = np.load('$F', mmap_mode='r')")
echo "arrsh process alone:            $(echo "$base" | awk '{print $1 " s, " $2 " KiB resident"}')"
echo "arrsh np.load(mmap_mode='r'):   $(echo "$open" | awk '{print $1 " s, " $2 " KiB resident"}')"
"$ARRSH" -c "x = np.load('$F', mmap_mode='r'); print(x.shape, x.dtype); info(x)"
mine=$("$ARRSH" -c "x = np.load('$F', mmap_mode='r'); print(repr(x[::1000].sum()))")
theirs=$(python3 -c "import numpy as np; x = np.load('$F', mmap_mode='r'); print(repr(x[::1000].sum()))")
sum=$(measure "x = np.load('$F', mmap_mode='r'); s = x[::1000].sum()")
echo "x[::1000].sum(): arrsh $mine, NumPy $theirs ($(echo "$sum" | awk '{print $1 " s, " $2 " KiB resident"}'))"
[ "$mine" = "$theirs" ] && echo "sums match" || { echo "SUMS DIFFER"; exit 1; }
