#!/usr/bin/env bash
# Builds the DocC documentation of the library (articles and API); warnings fail the build.
#   bash scripts/docs.sh [OUTPUT-FOLDER]     (default .build/docs; open index.html through a web server)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/.build/docs}"
GRAPHS=$(mktemp -d); trap 'rm -rf "$GRAPHS"' EXIT
swift build --package-path "$ROOT" --target SecurityChecklist -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$GRAPHS" >/dev/null
# Only the library's own symbols: dependencies (swift-crypto) document themselves.
find "$GRAPHS" -type f ! -name 'SecurityChecklist*' -delete
docc convert "$ROOT/Sources/SecurityChecklist/SecurityChecklist.docc" --additional-symbol-graph-dir "$GRAPHS" \
  --fallback-display-name SecurityChecklist --fallback-bundle-identifier org.ecsec.SecurityChecklist \
  --warnings-as-errors --output-path "$OUT"
echo "docs: $OUT"
