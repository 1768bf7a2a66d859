#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing ecsec.
# Safe to run repeatedly: it installs only what is missing.
set -euo pipefail

need=()
dpkg -s libncursesw5-dev >/dev/null 2>&1 || need+=(libncursesw5-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v pgrep >/dev/null 2>&1 || need+=(procps)

if [ "${#need[@]}" -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Python's jsonschema (and regex, for the OSCAL schema's \p{L} patterns) validate exports.
if ! python3 -c "import jsonschema, regex" >/dev/null 2>&1; then
  echo "setup: installing jsonschema and regex from PyPI" >&2
  python3 -m pip install --quiet jsonschema regex || python3 -m pip install --quiet --break-system-packages jsonschema regex
fi

command -v swift >/dev/null 2>&1 || { echo "setup: swift is not on PATH (Swift 6 is required)" >&2; exit 1; }
