#!/usr/bin/env bash
# Start of the workstation to an interactive main window (budget: <= 1 s), signed in as the demo head.
# Usage: bench/bench_startup.sh <build-dir> [runs]
set -euo pipefail
build="${1:-build}"
runs="${2:-10}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
"$build/app/armcpg-cli" init --demo --db "$tmp/bench.sqlite" >/dev/null
times=()
for _ in $(seq "$runs"); do
    out=$(QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ARMCPG_PASSWORD=Head-2026 \
        "$build/app/armcpg" --db "$tmp/bench.sqlite" --user head --startup-time)
    times+=("${out#startup_ms=}")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "startup to interactive main window over $runs runs (ms): $(echo $sorted | tr '\n' ' ')"
echo "median: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms"
