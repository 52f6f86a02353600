#!/usr/bin/env bash
# Peak memory of `x += 10` versus `x = x + 10` on a 10**8-element uint8 array, in arrsh
# (release build) and in NumPy on the same machine.
#
# Peak resident set size comes from `/usr/bin/time -v` ("Maximum resident set size").
# The baseline is `np.ones` (the array fully resident); `x += 10` should stay within 5% of
# the array size above it, while `x = x + 10` needs a second array of the same size.
# NumPy's `np.zeros` uses calloc, whose pages stay unmapped until written, so NumPy's
# zeros-then-copy case only ever holds one resident array; the `*_ones` cases start from
# a resident array in both tools.
#
# Usage: benches/inplace_memory.sh [N]   (build first: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000000}
ARRSH=${ARRSH:-target/release/arrsh}
PY=${PYTHON:-python3}

peak_kib() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}

cases="baseline inplace copy inplace_ones copy_ones"
declare -A code=(
    [baseline]="x = np.ones($N, np.uint8)"
    [inplace]="x = np.zeros($N, np.uint8); x += 10"
    [copy]="x = np.zeros($N, np.uint8); x = x + 10"
    [inplace_ones]="x = np.ones($N, np.uint8); x += 10"
    [copy_ones]="x = np.ones($N, np.uint8); x = x + 10"
)

array_kib=$((N / 1024))
printf 'array size: %d KiB (%d uint8 elements)\n' "$array_kib" "$N"
printf '%-8s %-13s %12s %16s %10s\n' tool case peak_KiB above_base_KiB of_array
for tool in arrsh numpy; do
    declare -A peak=()
    for case in $cases; do
        if [ "$tool" = arrsh ]; then
            peak[$case]=$(peak_kib "$ARRSH" -c "import numpy as np; ${code[$case]}")
        else
            peak[$case]=$(peak_kib "$PY" -c "import numpy as np; ${code[$case]}")
        fi
    done
    for case in $cases; do
        above=$((peak[$case] - peak[baseline]))
        pct=$(awk -v a="$above" -v s="$array_kib" 'BEGIN { printf "%.1f%%", 100 * a / s }')
        printf '%-8s %-13s %12d %16d %10s\n' "$tool" "$case" "${peak[$case]}" "$above" "$pct"
    done
done
