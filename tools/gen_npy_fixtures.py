"""Write the .npy/.npz fixtures `tests/npy_files.rs` checks arrsh against, with real NumPy.

    python3 tools/gen_npy_fixtures.py

tests/fixtures/npy/good/: small arrays of every dtype arrsh has, in both byte orders, C and
Fortran order, 0-d and empty, header versions 1.0/2.0/3.0, and .npz archives; `manifest.txt`
has one line per file: name, dtype.str, shape, fortran order, and NumPy's repr of the loaded
array (newlines as `\\n`); for a version 2.0/3.0 file also the 1.0 file holding the same
array (what `np.save` writes for it).

tests/fixtures/npy/bad/: hostile files; `manifest.txt` has one line per file: name, then
`Class: message` as NumPy's `np.load` raises it, or `-` where NumPy raises nothing (arrsh
must still refuse those: see the test).
"""

import io
import os
import shutil
import struct
import sys
import zipfile

import numpy as np
from numpy.lib import format as npf

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "npy")
DTYPES = ["?", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16"]


def values(dt):
    """Six distinctive values of `dt` (negatives, fractions, nan/inf where they exist)."""
    d = np.dtype(dt)
    if d.kind == "b":
        return np.array([True, False, True, True, False, False], dtype=d)
    if d.kind in "iu":
        info = np.iinfo(d)
        return np.array([0, 1, info.max, info.min, 7, info.max - 1], dtype=d)
    if d.kind == "f":
        return np.array([0.5, -1.25, np.inf, np.nan, -0.0, 3e3], dtype=d)
    return np.array([0.5 - 1j, -1.25, np.inf, complex(0, np.nan), -0.0j, 3e3 + 2j], dtype=d)


def one_line(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def good(out):
    lines = []

    def add(name, a, version=None, v1=None):
        path = os.path.join(out, name)
        with open(path, "wb") as f:
            npf.write_array(f, a, version=version)
        b = np.load(path)
        fortran = b.flags.f_contiguous and not b.flags.c_contiguous
        fields = [name, b.dtype.str, repr(b.shape), str(fortran), one_line(repr(b))]
        if v1:
            fields.append(v1)
        lines.append("\t".join(fields))

    for dt in DTYPES:
        orders = ["<", ">"] if np.dtype(dt).itemsize > 1 else ["|"]
        for bo in orders:
            d = np.dtype(bo + dt if bo != "|" else dt)
            tag = dt.replace("?", "b1") + {"<": "_le", ">": "_be", "|": ""}[bo]
            v = values(d)
            add(f"{tag}_c.npy", v.reshape(2, 3))
            add(f"{tag}_f.npy", np.asfortranarray(v.reshape(2, 3)))
    add("f8_0d.npy", np.array(2.5))
    add("i8_empty.npy", np.zeros((0, 3), dtype="i8"))
    add("i4_3d_f.npy", np.asfortranarray(np.arange(24, dtype="<i4").reshape(2, 3, 4)))
    add("u1_long.npy", np.arange(300, dtype="u1"))
    add("f8_v1.npy", np.linspace(0, 1, 5))
    add("f8_v2.npy", np.linspace(0, 1, 5), version=(2, 0), v1="f8_v1.npy")
    add("f8_v3.npy", np.linspace(0, 1, 5), version=(3, 0), v1="f8_v1.npy")
    add("i2_be_v1.npy", np.arange(6, dtype=">i2").reshape(3, 2))
    add("i2_be_v2.npy", np.arange(6, dtype=">i2").reshape(3, 2), version=(2, 0), v1="i2_be_v1.npy")

    # .npz archives: names, member order, stored and deflated.
    a, b = np.arange(6).reshape(2, 3), np.array([1.5, -2.0], dtype=">f4")
    np.savez(os.path.join(out, "pair.npz"), a=a, b=b)
    np.savez_compressed(os.path.join(out, "pair_compressed.npz"), a=a, b=b)
    np.savez(os.path.join(out, "positional.npz"), a, b)
    for name in ["pair.npz", "pair_compressed.npz", "positional.npz"]:
        with np.load(os.path.join(out, name)) as z:
            for k in z.files:
                m = z[k]
                fortran = m.flags.f_contiguous and not m.flags.c_contiguous
                lines.append("\t".join([f"{name}:{k}", m.dtype.str, repr(m.shape), str(fortran),
                                        one_line(repr(m))]))
    with open(os.path.join(out, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def header(d, version=(1, 0)):
    """A well-formed header (magic, length, dict text padded to 64) for a dict's text."""
    fmt = "<H" if version == (1, 0) else "<I"
    text = d.encode("latin1")
    hlen = len(text) + 1
    pad = 64 - ((6 + 2 + struct.calcsize(fmt) + hlen) % 64)
    return b"\x93NUMPY" + bytes(version) + struct.pack(fmt, hlen + pad) + text + b" " * pad + b"\n"


def good_header(shape, descr="<i8"):
    return header("{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape))


def bad(out):
    ok = io.BytesIO()
    np.save(ok, np.arange(6, dtype="<i8"))
    ok = ok.getvalue()
    files = {
        "empty.npy": b"",
        "bad_magic.npy": b"\x93NUMPX\x01\x00" + ok[8:],
        "short_magic.npy": b"\x93NUM",
        "bad_version.npy": ok[:6] + b"\x04\x00" + ok[8:],
        "no_header_len.npy": ok[:9],
        "header_past_eof.npy": ok[:8] + struct.pack("<H", 5000) + ok[10:40],
        "truncated_data.npy": ok[:-7],
        "lying_shape.npy": good_header("(1000,)") + ok[128:],
        "shape_overflow.npy": good_header("(4294967296, 4294967296, 4294967296)") + ok[128:],
        "huge_shape.npy": good_header("(1000000000000000,)") + ok[128:],
        "negative_dim.npy": good_header("(-3, 2)") + ok[128:],
        "unknown_dtype.npy": good_header("(6,)", "<x9") + ok[128:],
        "object_dtype.npy": good_header("(6,)", "|O") + ok[128:],
        "not_a_dict.npy": header("[1, 2, 3]") + ok[128:],
        "missing_keys.npy": header("{'descr': '<i8', 'shape': (6,), }") + ok[128:],
        "syntax_error.npy": header("{'descr': '<i8', 'fortran_order': False, 'shape': (6,") + ok[128:],
        "syntax_error_v3.npy": header("{'descr': '<i8', 'fortran_order': False, 'shape': (6,", (3, 0)) + ok[128:],
        "shape_not_tuple.npy": header("{'descr': '<i8', 'fortran_order': False, 'shape': [6], }") + ok[128:],
        "fortran_not_bool.npy": header("{'descr': '<i8', 'fortran_order': 0, 'shape': (6,), }") + ok[128:],
        "float_dim.npy": header("{'descr': '<i8', 'fortran_order': False, 'shape': (6.0,), }") + ok[128:],
        "huge_header.npy": header("{'descr': '<i8', 'fortran_order': False, 'shape': (6,), }" + " " * 20000, (2, 0)) + ok[128:],
    }
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    # A zip member whose .npy header promises far more data than the member holds, and one
    # whose compressed stream inflates past the size the archive declares for it.
    with zipfile.ZipFile(os.path.join(out, "bomb_lying_member.npz"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.npy", good_header("(100000000000,)") + b"\0" * 4096)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.npy", good_header("(4000000,)") + b"\0" * 32_000_000)
    raw = bytearray(buf.getvalue())
    # Declare (in both the local and the central header) 64 KiB instead of 32 MB.
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = raw.find(sig)
        field = 22 if sig == b"PK\x03\x04" else 24
        raw[at + field:at + field + 4] = struct.pack("<I", 65536)
    with open(os.path.join(out, "bomb_inflates_past_size.npz"), "wb") as f:
        f.write(bytes(raw))
    with open(os.path.join(out, "not_a_zip.npz"), "wb") as f:
        f.write(b"PK\x03\x04" + b"\xff" * 60)

    lines = []
    for name in sorted(os.listdir(out)):
        if name == "manifest.txt":
            continue
        try:
            r = np.load(os.path.join(out, name))
            if isinstance(r, np.lib.npyio.NpzFile):
                r = {k: r[k] for k in r.files}
            outcome = "-"
        except Exception as e:  # noqa: BLE001 - recording whatever NumPy raises
            outcome = f"{type(e).__name__}: {e}"
        lines.append(f"{name}\t{one_line(outcome)}")
    with open(os.path.join(out, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    assert np.__version__ == "2.4.6", np.__version__
    for sub, fn in (("good", good), ("bad", bad)):
        out = os.path.join(ROOT, sub)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        fn(out)
    print("wrote", os.path.normpath(ROOT), file=sys.stderr)


if __name__ == "__main__":
    main()
