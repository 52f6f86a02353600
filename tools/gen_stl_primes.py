#!/usr/bin/env python3
"""Writes src/numpy/stl_primes.rs: libstdc++'s `__prime_list`, the bucket counts its
`std::unordered_set` grows through (`_Prime_rehash_policy::_M_next_bkt`), read out of the
libstdc++.so that NumPy's `_multiarray_umath` links against. NumPy's hash-based
`np.unique(..., sorted=False)` returns values in that hash table's iteration order, which
src/numpy/unique_hash.rs reproduces.

Usage: python3 tools/gen_stl_primes.py [path/to/libstdc++.so.6]
"""

import os
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def libstdcxx():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import numpy

    so = [
        os.path.join(dp, f)
        for dp, _, fs in os.walk(os.path.dirname(numpy.__file__))
        for f in fs
        if f.startswith("_multiarray_umath") and f.endswith(".so")
    ][0]
    for line in subprocess.run(["ldd", so], capture_output=True, text=True).stdout.splitlines():
        if "libstdc++" in line:
            return line.split("=>")[1].split()[0]
    raise SystemExit("NumPy does not link libstdc++ dynamically; pass its path")


def main():
    data = open(libstdcxx(), "rb").read()
    start = data.find(struct.pack("<8Q", 2, 3, 5, 7, 11, 13, 17, 19))
    if start < 0:
        raise SystemExit("no __prime_list found")
    primes = []
    at = start
    while True:
        (v,) = struct.unpack_from("<Q", data, at)
        if primes and v <= primes[-1]:
            break
        primes.append(v)
        at += 8
    body = "\n".join(f"    {p}," for p in primes)
    text = (
        "//! libstdc++'s `__prime_list` (bucket counts of `std::unordered_set`), written by\n"
        "//! tools/gen_stl_primes.py from the libstdc++ NumPy links against. Do not edit.\n\n"
        f"pub const PRIMES: [u64; {len(primes)}] = [\n{body}\n];\n"
    )
    out = os.path.join(ROOT, "src", "numpy", "stl_primes.rs")
    with open(out, "w") as f:
        f.write(text)
    print(f"wrote {out}: {len(primes)} primes")


if __name__ == "__main__":
    main()
