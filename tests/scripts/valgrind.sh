#!/bin/sh
# Run lessons (every examples/*.arr and the hostile corpus's shapes/indexing/types/numbers)
# under valgrind memcheck: any invalid read or write, use of uninitialised memory or bad
# free makes the script fail (--error-exitcode=99). arrsh's own exit status 1 for lessons
# that raise on purpose is expected; 99 is valgrind's. Leaks are not checked (the
# process exits with its caches alive). Builds the debug binary first.
set -eu
cd "$(dirname "$0")/../.."
cargo build --quiet
bin=target/debug/arrsh
status=0
# Valgrind's own reports start with ==PID==; arrsh's error messages ("Invalid norm order")
# must not count.
report='^==[0-9]*== \(Invalid\|.*uninitialised\|Mismatched free\)'
for f in examples/*.arr tests/fixtures/hostile/shapes.arr tests/fixtures/hostile/indexing.arr \
    tests/fixtures/hostile/types.arr tests/fixtures/hostile/numbers.arr; do
    set +e
    valgrind --quiet --error-exitcode=99 --leak-check=no "$bin" --keep-going "$f" \
        >/dev/null 2>/tmp/arrsh-valgrind.$$
    rc=$?
    set -e
    if [ $rc -eq 99 ] || grep -q "$report" /tmp/arrsh-valgrind.$$; then
        echo "FAIL $f"; grep -A12 "$report" /tmp/arrsh-valgrind.$$ | head -40
        status=1
    else
        echo "ok   $f (arrsh exit $rc)"
    fi
done
rm -f /tmp/arrsh-valgrind.$$
exit $status
