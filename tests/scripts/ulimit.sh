#!/bin/sh
# Memory pressure (issue 14): run the hostile corpus, the MemoryError transcript and every
# conformance transcript with the address space capped at 2 GB (`ulimit -v`). Every
# allocation that cannot be had must be a Python MemoryError and the session must go on:
# no abort ("memory allocation of N bytes failed"), no panic, no signal. Builds the debug
# binary first; takes a few minutes (the conformance suite runs in one process per file).
set -eu
cd "$(dirname "$0")/../.."
cargo build --quiet
bin="$PWD/target/debug/arrsh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { # name, exit status, stderr file, whether a MemoryError is required
    if [ "$2" -gt 1 ] || grep -q "memory allocation of\|panicked\|fatal runtime error" "$3"; then
        echo "FAIL $1 (exit $2)"; tail -5 "$3"; fail=1
    elif [ "$4" = yes ] && ! grep -q "MemoryError" "$3"; then
        echo "FAIL $1: no MemoryError"; fail=1
    else
        echo "ok   $1 (exit $2)"
    fi
}
for f in tests/fixtures/hostile/*.arr; do
    set +e
    (ulimit -v 2000000; cd "$work" && "$bin" --keep-going "$OLDPWD/$f") >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    need=no
    grep -q "MemoryError" "${f%.arr}.expected" && need=yes
    check "$f" $rc "$work/err" $need
    grep -q "^survived \[0, 7, 14, 21, 28\]$" "$work/out" || { echo "FAIL $f lost its variables"; fail=1; }
done
# Real allocations just past the cap (not astronomically large ones): 3 GB of float64.
set +e
(ulimit -v 2000000; "$bin" --keep-going -c "keep = 1
x = np.ones(400_000_000)
y = np.arange(400_000_000.0)
z = [0] * 400_000_000
s = 'a' * 3_000_000_000
np.zeros(10**8) + np.zeros(10**8) + np.zeros(10**8)
print('survived', keep)") >"$work/out" 2>"$work/err"
rc=$?
set -e
check "allocations past a 2 GB cap" $rc "$work/err" yes
grep -q "^survived 1$" "$work/out" || { echo "FAIL the capped session lost its variables"; fail=1; }
# The conformance transcripts must pass under the cap too.
passed=0; failed=0
for t in tests/conformance/*.txt; do
    set +e
    (ulimit -v 2000000; cd "$work" && "$bin" --doctest "$OLDPWD/$t") >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    if [ $rc -le 1 ] && ! grep -q "memory allocation of\|panicked" "$work/err"; then
        [ $rc -eq 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "doctest failed under the cap: $t"; }
    else
        echo "FAIL $t (exit $rc)"; fail=1; failed=$((failed + 1))
    fi
done
echo "conformance under a 2 GB cap: $passed passed, $failed failed"
[ $failed -eq 0 ] || fail=1
exit $fail
