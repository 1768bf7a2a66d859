#!/usr/bin/env bash
# Builds the Debian package, installs it with dpkg -i on this machine (root only: CI runs as
# root), checks what a user gets — the command, its man pages, bash completion of subcommands
# and of checklist ids, a working self-check — and removes it again.
# Usage: bash Tests/Package/check_deb.sh            Prints 'N passed, M failed'.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
passed=0; failed=0
check() { if eval "$2"; then echo "ok   $1"; passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi; }

if [ "$(id -u)" -ne 0 ]; then
  echo "check_deb: installing a package needs root; skipped"
  echo "0 passed, 0 failed"; exit 0
fi
if dpkg -s ecsec >/dev/null 2>&1; then echo "check_deb: an ecsec package is already installed; remove it first" >&2; exit 1; fi
deb="$(bash "$ROOT/scripts/package.sh")" || { echo "FAIL the package did not build"; exit 1; }
deb="$ROOT/$deb"
version="$("$ROOT/.build-static/release/ecsec" --version)"
trap 'dpkg -r ecsec >/dev/null 2>&1' EXIT
check "dpkg -i installs $(basename "$deb")" 'dpkg -i "$deb" >/dev/null'
check "ecsec --version is $version" '[ "$(/usr/bin/ecsec --version)" = "$version" ]'
check "the probe's edge is installed beside ecsec" '[ -x /usr/bin/ecsec-probe ] && /usr/bin/ecsec probe https://shop.test/ --dry-run --lang en | grep -q "would send"'
check "man -w ecsec finds the manual" '[ "$(man -w ecsec)" = /usr/share/man/man1/ecsec.1.gz ]'
complete_words() {  # complete_words WORD... : what bash completion offers for the last word, as bash asks
  bash -c 'source /usr/share/bash-completion/completions/ecsec
           COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
           _ecsec "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
           printf "%s\n" "${COMPREPLY[@]}"' completion "$@"
}
# The subcommands as the installed command declares them (its tool-info dump), so a new
# command is checked without editing this list.
commands="$(/usr/bin/ecsec --experimental-dump-help | jq -r '.command.subcommands[].commandName | select(. != "help")')"
[ "$(echo "$commands" | wc -w)" -ge 12 ] || { echo "FAIL the command lists too few subcommands: $commands"; exit 1; }
check "every subcommand has a page" 'for c in $commands; do man -w "ecsec.$c" >/dev/null || { echo "no page for $c"; exit 1; }; done'
check "bash completes every subcommand" 'offered="$(complete_words ecsec "" | sort | tr "\n" " ")"; for c in $commands; do case " $offered " in *" $c "*) ;; *) echo "not offered: $c"; exit 1;; esac; done'
check "the manual renders and names the commands" 'MANWIDTH=80 man ecsec 2>/dev/null | grep -q "ecsec-answer\|answer"'
check "bash completes subcommands" '[ "$(complete_words ecsec "" | wc -l)" -ge 10 ] && [ "$(complete_words ecsec su)" = summary ]'
check "bash completes checklist ids" 'ids="$(complete_words ecsec new shop.json --checklist "" | sort | tr "\n" " ")"; [ "$ids" = "card-security-ec-merchant ipa-5min-self-check ipa-ec-site " ] && [ "$(complete_words ecsec new s.json --checklist ipa-e)" = ipa-ec-site ]'
check "zsh and fish completions are installed" '[ -s /usr/share/zsh/vendor-completions/_ecsec ] && [ -s /usr/share/fish/vendor_completions.d/ecsec.fish ]'
check "README, changelog and copyright are installed" '[ -s /usr/share/doc/ecsec/README.md ] && [ -s /usr/share/doc/ecsec/changelog.gz ] && [ -s /usr/share/doc/ecsec/copyright ]'
work="$(mktemp -d)"
check "the installed command works with nothing else around" 'cd "$work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 ecsec new shop.json >/dev/null && ecsec answer shop.json MGT-01 implemented >/dev/null && ecsec score shop.json --format json | grep -q "\"schema\": \"ecsec/score@1\""'
rm -rf "$work"
check "dpkg -r removes it" 'dpkg -r ecsec >/dev/null && [ ! -e /usr/bin/ecsec ]'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
