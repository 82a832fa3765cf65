#!/bin/bash
# Times `outsource check` on a folder of briefs against the Python reference, and
# checks that two builds write the same bytes in every format.
#
# Usage: bench/check_compare.sh BEFORE_BIN AFTER_BIN BRIEFS_DIR [RUNS]
#   (briefs from `python3 bench/gen_briefs.py BRIEFS_DIR 10000`)
# Prints one line per run: label, wall s, user s, sys s, peak RSS KB, load average.
# CPU time (user + sys) is the figure to compare on a shared machine; take medians.
set -u
BEFORE=$1 AFTER=$2 DIR=$3 RUNS=${4:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C LC_ALL= NO_COLOR=1 TERM=dumb
OUT=$(mktemp -d)
timed() {
    local label=$1
    shift
    /usr/bin/time -o "$OUT/time" -f "%e %U %S %M" "$@" >/dev/null 2>&1
    echo "$label $(tail -1 "$OUT/time") load=$(cut -d' ' -f1 /proc/loadavg)"
}
# Same bytes on stdout and stderr, and the same exit code, for every format.
for args in "check" "--quiet check" "check -v" "check --color always" "--lang fr check" \
    "check -f json" "check -f github" "check -f junit" "check -f sarif" "check -f codequality"; do
    # shellcheck disable=SC2086
    "$BEFORE" $args "$DIR" >"$OUT/b.out" 2>"$OUT/b.err"; b=$?
    # shellcheck disable=SC2086
    "$AFTER" $args "$DIR" >"$OUT/a.out" 2>"$OUT/a.err"; a=$?
    if cmp -s "$OUT/b.out" "$OUT/a.out" && cmp -s "$OUT/b.err" "$OUT/a.err" && [ "$a" = "$b" ]; then
        echo "same: $args ($(stat -c %s "$OUT/a.out") bytes, exit $a)"
    else
        echo "DIFFERENT: $args"
    fi
done
# Interleaved runs, so that load changes hit every command alike.
for _ in $(seq "$RUNS"); do
    timed python python3 "$ROOT/bench/check_python.py" "$ROOT/questionnaires" "$DIR"
    timed human-before "$BEFORE" check "$DIR"
    timed human-after "$AFTER" check "$DIR"
    timed quiet-before "$BEFORE" --quiet check "$DIR"
    timed quiet-after "$AFTER" --quiet check "$DIR"
done
for format in json github junit sarif codequality; do
    for _ in $(seq "$RUNS"); do
        timed "$format-before" "$BEFORE" check -f "$format" "$DIR"
        timed "$format-after" "$AFTER" check -f "$format" "$DIR"
    done
done
rm -rf "$OUT"
