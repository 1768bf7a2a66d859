#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing ecsec.
# Safe to run repeatedly: it installs only what is missing.
set -euo pipefail

need=()
dpkg -s libncursesw5-dev >/dev/null 2>&1 || need+=(libncursesw5-dev)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v pgrep >/dev/null 2>&1 || need+=(procps)
# A real PostgreSQL for the at-scale check (Tests/AtScale), started by the test itself.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
# The Debian package check: dpkg-deb, man, strip.
command -v man >/dev/null 2>&1 || need+=(man-db)
command -v strip >/dev/null 2>&1 || need+=(binutils)
# The printed report: headless Chromium prints the HTML report to PDF, poppler-utils reads it
# back, with the Japanese fonts a reader's browser would use (Tests/Print).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
# ssh-keygen: signatures made by ecsec are checked with OpenSSH itself, and the other way round.
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
# ecsec probe's end-to-end check: nginx serves the test sites, openssl makes their certificate
# authority, iproute2 brings up the loopback of the network namespace they run in (Tests/Probe).
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || need+=(iproute2)
# The tz database: reports write times in the reader's zone (--tz Asia/Tokyo).
[ -e /usr/share/zoneinfo/Asia/Tokyo ] || need+=(tzdata)

if [ "${#need[@]}" -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Python's jsonschema (and regex, for the OSCAL schema's \p{L} patterns) validate exports;
# compliance-trestle is the OSCAL library that users load the exports with.
python_packages=(jsonschema regex "compliance-trestle==5.2.0")
if ! python3 -c "import jsonschema, regex, trestle.oscal.assessment_results" >/dev/null 2>&1; then
  echo "setup: installing ${python_packages[*]} from PyPI" >&2
  python3 -m pip install --quiet "${python_packages[@]}" \
    || python3 -m pip install --quiet --break-system-packages "${python_packages[@]}"
fi

command -v swift >/dev/null 2>&1 || { echo "setup: swift is not on PATH (Swift 6 is required)" >&2; exit 1; }
