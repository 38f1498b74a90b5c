#!/usr/bin/env bash
# The browser suite N times in a row (default 10) with one core kept busy, as on a loaded 2-core
# CI machine; stops at the first failing run. Flakes show up here before they block a landing.
#   npm run test:stress            # 10 runs, 1 busy core
#   RUNS=3 BUSY=2 npm run test:stress
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
busy=${BUSY:-1}
npm run build >/dev/null
pids=()
for _ in $(seq "$busy"); do
  yes >/dev/null &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for run in $(seq "$runs"); do
  echo "stress: run $run of $runs"
  if ! npx vitest run --project browser; then
    echo "stress: run $run of $runs FAILED"
    exit 1
  fi
done
echo "stress: $runs of $runs runs passed with $busy busy core(s)"
