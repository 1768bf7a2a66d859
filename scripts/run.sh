#!/usr/bin/env bash
# Builds ecsec (release) and runs it with the given arguments.
#   bash scripts/run.sh                      # the self-assessment of ./assessment.json
#   bash scripts/run.sh score shop.json      # any other command
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product ecsec >&2
if [ "$#" -eq 0 ]; then set -- --help; fi
exec .build/release/ecsec "$@"
