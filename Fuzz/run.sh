#!/usr/bin/env bash
# Builds the libFuzzer targets (swiftc -sanitize=fuzzer,address) from the library's sources and
# runs each. Usage:
#   bash Fuzz/run.sh [RUNS] [TARGET...]      RUNS per target (default 2000000); targets:
#                                            (FUZZ_SECONDS=N stops each target after N seconds;
#                                            FUZZ_MAXLEN=N caps input size, default 65536 / text 4096;
#                                            FUZZ_OPT=-Onone builds without optimizing, to reproduce
#                                            a crash with its message;
#                                            FUZZ_WORKERS=N runs N processes of RUNS each on one
#                                            shared corpus, seeds 1..N, one per core)
#                                            checklist assessment text (default all)
# New inputs found are kept in Fuzz/corpus/TARGET (commit the interesting ones); a crash leaves
# crash-* files in the current folder and exits non-zero.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-2000000}"; shift || true
if [ "$#" -eq 0 ]; then TARGETS=(checklist assessment text); else TARGETS=("$@"); fi
OUT="$ROOT/.build-fuzz"; mkdir -p "$OUT"
swift build --package-path "$ROOT" --product ChecklistEmbedder >/dev/null
swift build --package-path "$ROOT" --target Crypto >/dev/null
"$ROOT/.build/debug/ChecklistEmbedder" "$OUT/EmbeddedChecklists.swift" "$ROOT"/Checklists/*.json "$ROOT"/Checklists/archive/*.json
LIB=$(find "$ROOT/Sources/SecurityChecklist" -name '*.swift' | sort)
# swift-crypto (hashes and signatures) as SwiftPM built it, linked uninstrumented.
DEBUG="$ROOT/.build/debug"
CHECKOUT="$ROOT/.build/checkouts/swift-crypto/Sources"
C_TARGETS=(CCryptoBoringSSL CCryptoBoringSSLShims CXKCP CXKCPShims)
CRYPTO=(-I "$DEBUG/Modules")
for c in "${C_TARGETS[@]}"; do
  [ -f "$CHECKOUT/$c/include/module.modulemap" ] && CRYPTO+=(-Xcc -fmodule-map-file="$CHECKOUT/$c/include/module.modulemap")
done
CRYPTO+=($(find "$DEBUG/Crypto.build" "$DEBUG/CryptoBoringWrapper.build" -name '*.swift.o' | sort))
CRYPTO+=($(cd "$DEBUG" && for c in "${C_TARGETS[@]}"; do
  for object in $(find "$c.build" -name '*.o' | sort); do
    # Only objects of sources the checkout has (a build folder may keep an older version's).
    source="${object%.o}"; source="$CHECKOUT/${source/.build/}"
    [ -f "$source" ] && echo "$DEBUG/$object"
  done
done))
for target in "${TARGETS[@]}"; do
  case "$target" in
    checklist) entry=ChecklistLoader.swift ;;
    assessment) entry=AssessmentLoader.swift ;;
    text) entry=TextSafety.swift ;;
    *) echo "unknown target $target" >&2; exit 64 ;;
  esac
  swiftc "${FUZZ_OPT:--O}" -sanitize=fuzzer,address -parse-as-library -module-name SecurityChecklist -package-name ecsec \
    $LIB "$OUT/EmbeddedChecklists.swift" "$ROOT/Fuzz/$entry" "${CRYPTO[@]}" -o "$OUT/fuzz-$target" 2>&1 | { grep -v "Cannot export local symbol" || true; }
  # New inputs go to a work corpus under .build-fuzz; the committed seeds stay small.
  mkdir -p "$OUT/corpus-$target"
  maxlen=65536; [ "$target" = text ] && maxlen=4096
  maxlen="${FUZZ_MAXLEN:-$maxlen}"
  echo "fuzz $target: $RUNS runs, inputs up to $maxlen bytes, commit $(git -C "$ROOT" rev-parse --short HEAD)"
  start=$(date +%s)
  workers="${FUZZ_WORKERS:-1}"
  pids=()
  for worker in $(seq 1 "$workers"); do
    SWIFT_BACKTRACE=enable=no "$OUT/fuzz-$target" -runs="$RUNS" -seed="$worker" -max_len=$maxlen -timeout=30 \
      -print_final_stats=1 ${FUZZ_SECONDS:+-max_total_time=$FUZZ_SECONDS} \
      "$OUT/corpus-$target" "$ROOT/Fuzz/corpus/$target" >"$OUT/fuzz-$target-$worker.log" 2>&1 &
    pids+=($!)
  done
  status=0
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  for worker in $(seq 1 "$workers"); do
    echo "worker $worker:"
    grep -E "^#[0-9]+ *(DONE|INITED)|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|ERROR|SUMMARY" \
      "$OUT/fuzz-$target-$worker.log" || true
  done
  test "$status" -eq 0
  echo "fuzz $target: done in $(( $(date +%s) - start )) s"
done
