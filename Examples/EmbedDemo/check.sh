#!/usr/bin/env bash
# Builds and runs the embedding example, then checks that it computes the same score as the CLI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
swift build --package-path "$ROOT/Examples/EmbedDemo"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$ROOT/Examples/EmbedDemo/.build/debug/EmbedDemo" "$tmp/embed.json" | tee "$tmp/out.txt"
library=$(sed -n 's/^score: \([^ ]*\) level: \(.*\)$/\1 \2/p' "$tmp/out.txt")
cli=$("$ROOT/.build/debug/ecsec" score "$tmp/embed.json" --format json --as-of 2026-10-01 \
  | python3 -c "import json,sys; o=json.load(sys.stdin)['overall']; print('%.1f %s' % (o['score'], o['level']))")
if [ "$library" = "$cli" ]; then
  echo "embedding example: library and CLI agree ($cli)"
else
  echo "embedding example: library says '$library', CLI says '$cli'" >&2; exit 1
fi
