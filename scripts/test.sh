#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The committed .swift-format: any finding fails the run.
swift format lint --strict --recursive Sources Tests Package.swift Examples Fuzz Benchmarks
swift build --build-tests
swift test --skip-build
# The published JSON Schemas against real files and output, and their verdicts against ecsec validate.
python3 Tests/Schemas/validate_schemas.py .build/debug/ecsec
# The DocC documentation builds without a warning (every article link and parameter documented).
bash scripts/docs.sh "$(mktemp -d)" >/dev/null
# A program that embeds the library, built as an outside package would be.
bash Examples/EmbedDemo/check.sh
# OSCAL exports against NIST's published schema (kept in Tests/Schemas/oscal) and compliance-trestle.
python3 Tests/Schemas/validate_oscal.py .build/debug/ecsec
# Generated hostile assessments and checklists that validate accepts: every command and export
# succeeds or fails cleanly, and every OSCAL export passes NIST's schema and compliance-trestle.
python3 Tests/Property/hostile_documents.py .build/debug/ecsec --cases 40
# Many shops' rows in a real PostgreSQL: the SQL of docs/at-scale.md answers what ecsec summary does.
python3 Tests/AtScale/postgres_check.py .build/debug/ecsec
# SIGKILL at random moments, many times, also through aliases of one file: the file always parses
# and keeps every acknowledged answer.
python3 Tests/CrashSafety/kill_writers.py .build/debug/ecsec
# The whole suite again under AddressSanitizer and ThreadSanitizer (the end-to-end tests run the
# sanitized binary too), in build folders of their own.
# Leak detection is off: the only leaks reported come from XCTest, Foundation.Process and
# Data(contentsOf:) in the test harness, and from ArgumentParser when a command line is refused;
# memory errors are still caught.
ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan
swift test --sanitize=thread --scratch-path .build-tsan
# The Debian package: built, installed with dpkg -i, its man pages and completions checked, removed.
bash Tests/Package/check_deb.sh
# The interactive screen through a real pseudo-terminal (tmux).
bash Tests/TerminalE2E/tmux-e2e.sh .build/debug/ecsec
