#!/usr/bin/env bash
# Issue 13: the full suite (`pnpm test`: typecheck, lint, build and tests) twice in a row while a
# CPU-heavy job runs beside it, to show that no test depends on the machine's speed.
# The job is a busy loop (`node -e 'for(;;){}'`) that keeps one core at 100 % for the whole time;
# it is ended when the script ends, however it ends. Prints each run's result and wall time,
# and how much CPU the busy loop took; exits non-zero if either run failed.
# Each run's full output goes to .tmp/suite-under-load-N.log.
#
# Usage: bash scripts/suite-under-load.sh [runs, default 2]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
mkdir -p .tmp

node -e 'for (;;) {}' &
burner=$!
trap 'kill "$burner" 2>/dev/null; wait "$burner" 2>/dev/null' EXIT
echo "busy loop on one core: pid $burner ($(nproc) cores)"

failed=0
for run in $(seq 1 "$runs"); do
  log=".tmp/suite-under-load-$run.log"
  began=$(date +%s.%N)
  if pnpm test >"$log" 2>&1; then status=passed; else status=FAILED; failed=1; fi
  ended=$(date +%s.%N)
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +(Test Files|Tests) ' | tr -s ' ' | paste -sd ';' -)
  awk -v r="$run" -v s="$status" -v a="$began" -v b="$ended" -v t="$summary" -v l="$log" \
    'BEGIN { w = b - a; printf "run %s: %s in %d min %02d s (%.1f s wall);%s (log: %s)\n", r, s, int(w / 60), int(w % 60), w, t, l }'
  if [ "$status" = FAILED ]; then tail -n 40 "$log"; fi
done

# ps prints the busy loop's CPU time as [[dd-]hh:]mm:ss.
echo "busy loop CPU time: $(ps -o times= -p "$burner" | tr -d ' ') s, still running: $(kill -0 "$burner" 2>/dev/null && echo yes || echo no)"
exit "$failed"
