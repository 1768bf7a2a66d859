#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the tests, each step timed.
#
#   bash scripts/test.sh           the full suite, as CI runs it
#   bash scripts/test.sh --quick   day-to-day: one debug build, the Swift tests, the schemas and
#                                  the terminal end-to-end tests (no sanitizers, no package,
#                                  no database, no crash-safety kills)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
case "${1:-}" in
  --quick) quick=true ;;
  "") ;;
  *) echo "usage: bash scripts/test.sh [--quick]" >&2; exit 64 ;;
esac

names=()
times=()
# step NAME COMMAND...: runs COMMAND, prints its wall time; on failure names the step and stops.
step() {
  local name=$1; shift
  echo "== $name"
  local start=$SECONDS
  if ! "$@"; then
    echo "== FAILED: $name (after $((SECONDS - start)) s)"
    exit 1
  fi
  names+=("$name"); times+=($((SECONDS - start)))
  echo "== $name: $((SECONDS - start)) s"
}
# At the end, every step by time, slowest first: where a run's time goes.
report() {
  echo "== step times (slowest first)"
  for i in "${!names[@]}"; do printf '%6d s  %s\n' "${times[$i]}" "${names[$i]}"; done | sort -rn
  echo "== total: $SECONDS s"
}
trap report EXIT

step "set-up" bash scripts/setup.sh
# The committed .swift-format: any finding fails the run.
step "format" swift format lint --strict --recursive Sources Tests Package.swift Examples Fuzz Benchmarks
step "build" swift build --build-tests
step "swift tests" swift test --skip-build
# The published JSON Schemas against real files and output, and their verdicts against ecsec validate.
step "schemas" python3 Tests/Schemas/validate_schemas.py .build/debug/ecsec
if ! $quick; then
  # The DocC documentation builds without a warning (every article link and parameter documented).
  step "documentation" bash -c 'bash scripts/docs.sh "$(mktemp -d)" >/dev/null'
  # A program that embeds the library, built as an outside package would be.
  step "embedding example" bash Examples/EmbedDemo/check.sh
  # OSCAL exports against NIST's published schema (kept in Tests/Schemas/oscal) and compliance-trestle.
  step "OSCAL" python3 Tests/Schemas/validate_oscal.py .build/debug/ecsec
  # The example's HTML report printed to A4 PDF by headless Chromium and read back: no control id
  # broken across lines, the reading notes and exclusion reasons printed, the page count stated.
  step "printed report" python3 Tests/Print/print_check.py .build/debug/ecsec
  # Generated hostile assessments and checklists that validate accepts: every command and export
  # succeeds or fails cleanly, and every OSCAL export passes NIST's schema and compliance-trestle.
  step "hostile documents" python3 Tests/Property/hostile_documents.py .build/debug/ecsec --cases 40
  # ecsec probe against nginx sites (a bad one, a good one, one that answers 429) in a network
  # namespace of its own: golden findings, the access log's budget, methods, interval and
  # User-Agent, the token rule, a skimmer found by diff, the observations in every output.
  step "probe against nginx" python3 Tests/Probe/probe_check.py .build/debug/ecsec
  # Many shops' rows in a real PostgreSQL: the SQL of docs/at-scale.md answers what ecsec summary does.
  step "PostgreSQL at scale" python3 Tests/AtScale/postgres_check.py .build/debug/ecsec
  # SIGKILL at random moments, many times, also through aliases of one file: the file always parses
  # and keeps every acknowledged answer.
  step "crash safety" python3 Tests/CrashSafety/kill_writers.py .build/debug/ecsec
  # The whole suite again under AddressSanitizer and ThreadSanitizer (the end-to-end tests run the
  # sanitized binary too), in build folders of their own.
  # Leak detection is off: the only leaks reported come from XCTest, Foundation.Process and
  # Data(contentsOf:) in the test harness; memory errors are still caught.
  step "AddressSanitizer" env ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan
  step "ThreadSanitizer" swift test --sanitize=thread --scratch-path .build-tsan
  # The Debian package: built, installed with dpkg -i, its man pages and completions checked, removed.
  step "Debian package" bash Tests/Package/check_deb.sh
fi
# The interactive screen through a real pseudo-terminal (tmux).
step "terminal end-to-end" bash Tests/TerminalE2E/tmux-e2e.sh .build/debug/ecsec
