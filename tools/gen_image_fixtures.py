#!/usr/bin/env python3
"""Write the PNG fixtures of tests/images.rs with real Pillow (13) and NumPy.

Usage:  python3 tools/gen_image_fixtures.py

For every case below this writes, in tests/fixtures/images/:
  NAME.arr  the case's code (it builds `img`), then `img.save('out.png')` and checks that
            open Pillow's PNG (copied next to it as `pillow.png`) and print what they see;
  NAME.png  the PNG Pillow writes for `img`;
  NAME.out  what Pillow and NumPy print for the checks.
tests/images.rs runs each NAME.arr with arrsh in a temporary folder holding NAME.png as
pillow.png, compares its standard output with NAME.out, and decodes both PNGs (arrsh's
out.png and Pillow's) to compare colour type, bit depth, size and every pixel byte.
"""

import contextlib
import io
import os
import shutil
import tempfile

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


if __name__ == "__main__":
    main()
