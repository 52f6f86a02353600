#!/bin/sh
# Run the unit tests of the one module with `unsafe` code (src/array/raw.rs) under Miri,
# which reports undefined behaviour: out-of-bounds or misaligned accesses, aliasing
# violations, use after free, leaks. Needs the nightly toolchain with the miri component
# (`rustup +nightly component add miri rust-src`). Not part of CI: Miri is slow, and its
# first run builds a sysroot. Exit status 0 when every test passed clean.
set -eu
cd "$(dirname "$0")/../.."
# The buffer pool reads its cap from /proc: under Miri's isolation that read fails (with a
# warning) and the pool falls back to its fixed cap, as on a system without /proc.
export MIRIFLAGS="${MIRIFLAGS:--Zmiri-strict-provenance -Zmiri-isolation-error=warn-nobacktrace}"
exec cargo +nightly miri test --lib array::raw::tests
