#!/usr/bin/env bash
# Builds ecsec (release) and runs it in the current folder with the given arguments.
#   bash scripts/run.sh                       # ecsec assess: the self-assessment of ./assessment.json
#   bash scripts/run.sh assess shop.json      # or any other command: score, answer, ...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
swift build -c release --static-swift-stdlib --package-path "$ROOT" --product ecsec >&2
if [ "$#" -eq 0 ]; then set -- assess; fi
# `ecsec probe` runs its network edge from the folder ecsec is in (ADR 10): build it too.
if [ "$1" = probe ]; then
  swift build -c release --static-swift-stdlib --package-path "$ROOT" --product ecsec-probe >&2
fi
exec "$ROOT/.build/release/ecsec" "$@"
