#!/bin/sh
# Run arrsh's fuzz targets with cargo-fuzz (libFuzzer). Needs the nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`). Usage:
#   fuzz/run.sh                 every target for $SECONDS_EACH seconds (default 600)
#   fuzz/run.sh session 3600    one target for an hour
# No sanitizer (-s none): each target caps its own address space at 4 GB so that a
# statement asking for terabytes meets arrsh's MemoryError, as under `ulimit -v`, which
# AddressSanitizer's shadow memory would not allow; debug assertions are on (-a) so an
# integer overflow panics. Each input runs on a 512 MiB-stack thread with a 300 ms watchdog
# that raises arrsh's Ctrl-C flag (a slow input ends as KeyboardInterrupt). The seed
# corpus is every conformance transcript, hostile lesson, example and .npy fixture; the
# dictionary (fuzz/arrsh.dict) holds NumPy names and operators. A crash leaves its input
# in fuzz/artifacts/TARGET/; add it as a regression case to tests/ and fix it. The corpus
# path is absolute: each target runs inputs in its own temporary working directory.
set -eu
cd "$(dirname "$0")/.."
targets="${1:-session tokenize npy frombuffer doctest}"
secs="${2:-${SECONDS_EACH:-600}}"
seed() { # target -> seed corpus directory
    dir="fuzz/corpus/$1"
    mkdir -p "$dir"
    case "$1" in
    session | tokenize)
        for f in tests/conformance/*.py tests/fixtures/hostile/*.arr examples/*.arr; do
            cp "$f" "$dir/$(basename "$f")"
        done ;;
    doctest)
        for f in tests/conformance/*.txt; do cp "$f" "$dir/$(basename "$f")"; done ;;
    npy)
        find tests/fixtures/npy -name '*.np[yz]' -exec cp {} "$dir/" \; ;;
    frombuffer)
        printf '\001\200\000abcdefgh12345678' >"$dir/seed" ;;
    esac
    echo "$PWD/$dir"
}
for t in $targets; do
    corpus=$(seed "$t")
    echo "== $t for ${secs}s"
    cargo +nightly fuzz run -s none -a "$t" "$corpus" -- \
        -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 -max_len=4096 \
        -dict=fuzz/arrsh.dict -print_final_stats=1 2>&1 | tail -25
done
