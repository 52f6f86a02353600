#!/bin/sh
# Per-file pass/fail counts of `arrsh --doctest` over transcripts, then the sum, e.g.
#   tools/doctest_counts.sh tests/pending/lang_*.txt
# Uses ./target/debug/arrsh (ARRSH=path overrides); run `cargo build` first.
ARRSH=${ARRSH:-./target/debug/arrsh}
tp=0; tf=0
for f in "$@"; do
    line=$(timeout 300 "$ARRSH" --doctest "$f" 2>&1 | tail -n 1)
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    q=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ]; then
        printf '%-48s did not finish: %s\n' "$f" "$line"
        continue
    fi
    printf '%-48s %4d passed %4d failed\n' "$f" "$p" "$q"
    tp=$((tp + p)); tf=$((tf + q))
done
printf '%-48s %4d passed %4d failed\n' total "$tp" "$tf"
