#!/bin/sh
# Regenerate every NumPy transcript: tests/conformance/*.py and tests/pending/*.py -> .txt
# (re-running the random case generators first, so their output stays in sync).
# Requires python3 with numpy 2.4.6 and pillow:  pip install numpy==2.4.6 pillow
set -e
cd "$(dirname "$0")/.."
python3 tools/gen_print_cases.py
python3 tools/gen_expr_cases.py
python3 tools/gen_hunt_cases.py
python3 tools/gen_view_cases.py
python3 tools/gen_image_fixtures.py
python3 tools/gen_breadth_cases.py
python3 tools/gen_set_order_cases.py
python3 tools/gen_str_cases.py
for dir in tests/conformance tests/pending; do
    set -- "$dir"/*.py
    if [ -e "$1" ]; then
        python3 tools/numpy_transcript.py "$@"
    fi
done
