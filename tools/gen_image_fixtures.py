#!/usr/bin/env python3
"""Write the PNG fixtures of tests/images.rs with real Pillow (13) and NumPy.

Usage:  python3 tools/gen_image_fixtures.py

For every case below this writes, in tests/fixtures/images/:
  NAME.arr  the case's code (it builds `img`), then `img.save('out.png')` and checks that
            open Pillow's PNG (copied next to it as `pillow.png`) and print what they see;
  NAME.png  the PNG Pillow writes for `img`;
  NAME.out  what Pillow and NumPy print for the checks.
Cases named open_* are PNG files of kinds Pillow reads but does not write from arrays
(2/4-bit grey, palettes, 16-bit colour), made here chunk by chunk; their NAME.arr only
opens the file and prints the mode, size and pixels.
tests/images.rs runs each NAME.arr with arrsh in a temporary folder holding NAME.png as
pillow.png, compares its standard output with NAME.out, and decodes both PNGs (arrsh's
out.png and Pillow's) to compare colour type, bit depth, size and every pixel byte.
"""

import contextlib
import io
import os
import shutil
import struct
import tempfile
import zlib

import numpy as np
from PIL import Image

CASES = {
    # The seed's snippet, as written (img.show() is a no-op under Pillow here).
    "seed_rgb": (
        "w, h = 512, 512\n"
        "data = np.zeros((h, w, 3), dtype=np.uint8)\n"
        "data[0:256, 0:256] = [255, 0, 0] # red patch in upper left\n"
        "img = Image.fromarray(data, 'RGB')\n"
    ),
    "grey_L": "img = Image.fromarray((np.arange(48, dtype=np.uint8) * 5).reshape(6, 8))\n",
    "grey_explicit_L": "img = Image.fromarray(np.arange(35, dtype=np.uint8).reshape(5, 7) * 7, 'L')\n",
    "column_1d": "img = Image.fromarray(np.arange(0, 250, 50, dtype=np.uint8))\n",
    "rgba": (
        "a = (np.arange(5 * 9 * 4).reshape(5, 9, 4) * 37 % 256).astype(np.uint8)\n"
        "img = Image.fromarray(a, 'RGBA')\n"
    ),
    "rgba_inferred": "img = Image.fromarray((np.arange(2 * 3 * 4).reshape(2, 3, 4) * 11).astype(np.uint8))\n",
    "grey_alpha_LA": "img = Image.fromarray((np.arange(4 * 3 * 2).reshape(4, 3, 2) * 10).astype(np.uint8))\n",
    "rgb_strided_view": (
        "a = (np.arange(6 * 10 * 3).reshape(6, 10, 3) * 7 % 256).astype(np.uint8)\n"
        "img = Image.fromarray(a[::-1, ::3])\n"
    ),
    "bool_1": "img = Image.fromarray((np.arange(5)[:, None] + np.arange(11)) % 3 == 0)\n",
    "uint16_I16": "img = Image.fromarray((np.arange(12, dtype=np.uint16) * 5000).reshape(3, 4))\n",
}

def png_file(width, height, depth, color, rows, palette=None):
    """A PNG made by hand: IHDR, an optional PLTE, one IDAT of filter-0 rows, IEND."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, 0)
    plte = chunk(b"PLTE", bytes(palette)) if palette else b""
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + plte
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def be16(*values):
    return b"".join(struct.pack(">H", v) for v in values)


OPEN_CASES = {
    "open_grey2": png_file(5, 2, 2, 0, [[0b00011011, 0b01000000], [0b11100100, 0b10000000]]),
    "open_grey4": png_file(3, 2, 4, 0, [[0x0F, 0x70], [0xA5, 0x30]]),
    "open_grey16": png_file(3, 1, 16, 0, [be16(0, 300, 65535)]),
    "open_palette8": png_file(3, 2, 8, 3, [[0, 1, 2], [2, 1, 0]], [255, 0, 0, 0, 255, 0, 0, 0, 255]),
    "open_palette2": png_file(5, 1, 2, 3, [[0b00011011, 0b00000000]], [9, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    "open_rgb16": png_file(2, 1, 16, 2, [be16(0x1234, 0xFF00, 0x00FF, 0xABCD, 1, 65535)]),
    "open_rgba16": png_file(1, 2, 16, 6, [be16(0x1234, 0xFF00, 0x00FF, 0xABCD), be16(1, 2, 65535, 0x8000)]),
    "open_grey_alpha16": png_file(2, 1, 16, 4, [be16(0x1234, 0xFF00, 0x00FF, 0xABCD)]),
}

OPEN_CHECKS = (
    "r = Image.open('pillow.png')\n"
    "print(r.mode, r.size)\n"
    "print(np.asarray(r).dtype, np.asarray(r).tolist())\n"
)

CHECKS = (
    "img.save('out.png')\n"
    "print(img.mode, img.size)\n"
    "r = Image.open('pillow.png')\n"
    "print(r.mode, r.size)\n"
    "a = np.asarray(r)\n"
    "print(a.dtype, a.shape, a.flags.writeable)\n"
    "print(np.array_equal(a, np.asarray(img)))\n"
)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out_dir = os.path.join(root, "tests", "fixtures", "images")
    os.makedirs(out_dir, exist_ok=True)
    for name, code in CASES.items():
        src = "from PIL import Image\nimport numpy as np\n" + code + CHECKS
        with tempfile.TemporaryDirectory() as tmp:
            cwd = os.getcwd()
            os.chdir(tmp)
            try:
                # Pillow's PNG first, so the checks can open it as pillow.png.
                ns = {"Image": Image, "np": np}
                exec(code, ns)
                ns["img"].save("pillow.png")
                buf = io.StringIO()
                with contextlib.redirect_stdout(buf):
                    exec(src, {})
                shutil.copy("pillow.png", os.path.join(out_dir, name + ".png"))
            finally:
                os.chdir(cwd)
        with open(os.path.join(out_dir, name + ".arr"), "w") as f:
            f.write(src)
        with open(os.path.join(out_dir, name + ".out"), "w") as f:
            f.write(buf.getvalue())
        print("wrote", name)
    for name, data in OPEN_CASES.items():
        src = "from PIL import Image\nimport numpy as np\n" + OPEN_CHECKS
        with tempfile.TemporaryDirectory() as tmp:
            cwd = os.getcwd()
            os.chdir(tmp)
            try:
                with open("pillow.png", "wb") as f:
                    f.write(data)
                buf = io.StringIO()
                with contextlib.redirect_stdout(buf):
                    exec(src, {})
            finally:
                os.chdir(cwd)
        with open(os.path.join(out_dir, name + ".png"), "wb") as f:
            f.write(data)
        with open(os.path.join(out_dir, name + ".arr"), "w") as f:
            f.write(src)
        with open(os.path.join(out_dir, name + ".out"), "w") as f:
            f.write(buf.getvalue())
        print("wrote", name)


if __name__ == "__main__":
    main()
