#!/usr/bin/env bash
# Time the same statements in arrsh (%timeit) and NumPy (the same %timeit rule: loops
# so one run takes >= 0.2 s, mean of 7 runs), same machine, one run, and print the ratio. Usage: benches/speed_vs_numpy.sh
# Needs: a release build (cargo build --release) and python3 with numpy==2.4.6.
set -euo pipefail
cd "$(dirname "$0")/.."
ARRSH=target/release/arrsh
[ -x "$ARRSH" ] || cargo build --release --quiet

# Each case: setup | statement
CASES=(
  "x = np.zeros(10**8, np.uint8)|x += 10"
  "x = np.zeros(10**8, np.uint8)|y = x + 10"
  "x = np.zeros(10**8, np.uint8)|x[::2] += 1"
  "z = np.zeros(10**7)|z *= 1.5"
  "z = np.zeros(10**7); w = np.ones(10**7)|v = z + w"
  "a = np.arange(10**7)|b = a[::-1] * 2"
  "a = np.arange(10**7, dtype=np.int32)|b = a.astype(np.float64)"
  "a = np.zeros((4000, 4000))|b = a.T.copy()"
  "a = np.arange(10**7)|b = a[4:10**7:5]"
)

# Convert arrsh's "%timeit" line ("1.234 ms ± ...") and python's ("... 1.23 msec per loop")
# to seconds.
to_seconds() {
  awk '{
    for (i = 1; i <= NF; i++) {
      if ($(i+1) ~ /^(s|sec)$/)   { print $i; exit }
      if ($(i+1) ~ /^(ms|msec)$/) { print $i / 1e3; exit }
      if ($(i+1) ~ /^(µs|us|usec)$/) { print $i / 1e6; exit }
      if ($(i+1) ~ /^(ns|nsec)$/) { print $i / 1e9; exit }
    }
  }'
}

printf '%-62s %12s %12s %8s\n' "statement (after setup)" "arrsh" "numpy" "ratio"
for c in "${CASES[@]}"; do
  setup="${c%%|*}"
  stmt="${c#*|}"
  a=$("$ARRSH" -c "$setup"$'\n'"%timeit $stmt" | tail -1 | to_seconds)
  n=$(python3 - "$setup" "$stmt" <<'PY'
# IPython's %timeit rule, as arrsh's %timeit: loops so one run takes >= 0.2 s, mean of 7.
import sys, timeit
import numpy as np
setup, stmt = sys.argv[1], sys.argv[2]
# The setup runs inside timeit's function, as with `python -m timeit -s`, so `x += 1`
# finds a local `x`.
t = timeit.Timer(stmt, setup=setup, globals={"np": np})
loops = 1
while t.timeit(loops) < 0.2 and loops < 1 << 30:
    loops *= 10
runs = [t.timeit(loops) / loops for _ in range(7)]
print(f"{sum(runs) / len(runs) * 1e3} ms")
PY
)
  n=$(echo "$n" | to_seconds)
  ratio=$(awk -v a="$a" -v n="$n" 'BEGIN { printf "%.2f", n / a }')
  printf '%-62s %10.4fms %10.4fms %7sx\n' "$setup; $stmt" "$(awk -v a="$a" 'BEGIN{print a*1e3}')" "$(awk -v n="$n" 'BEGIN{print n*1e3}')" "$ratio"
done
echo "ratio = numpy time / arrsh time (above 1: arrsh is faster)"
