#!/usr/bin/env bash
# End-to-end tests of `ecsec assess` through a real pseudo-terminal (tmux): keys in, screen
# text out, the saved file checked after quitting, after SIGKILL and after SIGTERM.
# Usage: Tests/TerminalE2E/tmux-e2e.sh [path/to/ecsec]
set -u
# UTF-8 for tmux and the screen; English messages unless a test passes --lang (a locale that
# names no language, such as C.UTF-8, gives Japanese).
unset LC_ALL LC_MESSAGES
export LC_CTYPE=C.UTF-8 LANG=en_US.UTF-8
BIN=$(realpath "${1:-.build/debug/ecsec}")
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
SOCK="ecsec-e2e-$$-$RANDOM"
CONF="$WORK/tmux.conf"
printf 'set -g remain-on-exit on\nset -g default-terminal tmux-256color\nset -g status off\n' >"$CONF"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
T() { tmux -L "$SOCK" -f "$CONF" "$@"; }
cap() { T capture-pane -p -t "$SESSION" "$@"; }
passed=0; failed=0; current=""

fail() {
  echo "  FAIL: $current: $*"
  echo "  --- screen ---"; cap -S - 2>/dev/null | sed 's/^/  | /'
  failed=$((failed + 1)); current=""
}
pass() { [ -n "$current" ] && { echo "  ok: $current"; passed=$((passed + 1)); }; current=""; }

# wait_for TEXT [timeout-ms]: polls the screen every 20 ms.
wait_for() {
  local text=$1 limit=${2:-5000} waited=0
  while [ "$waited" -lt "$limit" ]; do
    cap -S - 2>/dev/null | grep -qF -- "$text" && return 0
    sleep 0.02; waited=$((waited + 20))
  done
  fail "timed out waiting for: $text"; return 1
}

# start NAME WIDTH HEIGHT COMMAND...: a fresh session running COMMAND, then `[exit=N]` and the tty state.
# pane_children NAME: the processes the pane's shell started (ecsec, or setsid running it), and
# theirs: only this test's own processes, found through tmux on its private socket.
pane_children() {
  local pane; pane=$(T display-message -p -t "$1" '#{pane_pid}' 2>/dev/null) || return 0
  local child; for child in $(ps -o pid= --ppid "$pane" 2>/dev/null); do
    echo "$child"; ps -o pid= --ppid "$child" 2>/dev/null
  done
}

# end_sessions: ends every earlier session's ecsec by pid, so a test that failed cannot leave it
# running (and holding a file's lock) for the next one. The panes' shells go on to print their
# exit line, as before.
end_sessions() {
  local name; for name in $(T list-sessions -F '#{session_name}' 2>/dev/null); do
    local pids; pids=$(pane_children "$name" | tr -d ' ' | grep -v '^$' | while read -r pid; do
      [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = sleep ] || echo "$pid"; done)
    [ -n "$pids" ] && kill -KILL $pids 2>/dev/null && sleep 0.1
  done
  return 0
}

start() {
  SESSION=$1; local w=$2 h=$3; shift 3
  [ -n "${KEEP:-}" ] || end_sessions
  T new-session -d -s "$SESSION" -x "$w" -y "$h" -c "$WORK" -e LANG=en_US.UTF-8 -e LC_CTYPE=C.UTF-8 -e SWIFT_BACKTRACE=enable=no \
    "$* ; echo \"[exit=\$?]\"; stty -a | grep -qw icanon && stty -a | grep -qw echo && echo '[tty=sane]'; sleep 60"
}

# The running ecsec of the current session (a child of its pane's shell).
app_pid() { pane_children "$SESSION" | head -1 | tr -d ' '; }
answers() { jq -r '.answers | length' "$WORK/$1"; }
# A hosted-cart shop with staff: 44 controls in scope (ipa-ec-site 1.2).
CART="--profile platform=cart-asp --profile customCode=no --profile cardHandling=provider --profile wordpress=no --profile members=yes --profile staff=yes --profile contractor=no --profile remoteAccess=no --profile adminDevices=pc --profile adminRestriction=yes --profile ownDomain=yes --profile exportsData=yes"

echo "ecsec assess end-to-end ($BIN)"

current="a new file in Japanese at 80x24: profile, answers, text prompt, quit"
start s1 80 24 "'$BIN' assess shop.json --lang ja --organization テスト商店 --period 2026-Q4"
# A new file opens on the welcome screen, then asks the six details (prefilled from the options).
wait_for "目安は30分ほどです" && wait_for "新しいファイルを作成しました: $(realpath "$WORK")/shop.json" && {
  T send-keys -t s1 Enter; wait_for "お店（会社）の名前 1/6"
} && {
  T send-keys -t s1 Enter; wait_for "点検するサイト"
} && {
  T send-keys -t s1 -l "shop.example.jp"; sleep 0.1; T send-keys -t s1 Enter; wait_for "カート・プラットフォームの名前"
} && {
  T send-keys -t s1 -l "Shopify"; sleep 0.1; T send-keys -t s1 Enter; wait_for "決済代行会社の名前 4/6"
} && {
  T send-keys -t s1 Enter; wait_for "回答する人の名前 5/6"
} && {
  T send-keys -t s1 Enter; T send-keys -t s1 Enter; wait_for "前提条件 1/11"
} && {
  [ "$(jq -r .site "$WORK/shop.json")" = shop.example.jp ] || fail "the site was not saved"
  [ "$(jq -r .cart "$WORK/shop.json")" = Shopify ] || fail "the cart was not saved"
  [ "$(jq -r .period "$WORK/shop.json")" = 2026-Q4 ] || fail "the period was lost"
} && {
  # cart-ASP (no hosting question follows), no code of its own, provider payments, no
  # WordPress, members, staff, no contractor, no remote access, PCs, a cart that can restrict
  # the admin screen, its own domain, exported orders.
  for key in 2 2 3 2 1 1 2 2 1 1 1; do T send-keys -t s1 "$key"; sleep 0.05; done
  T send-keys -t s1 1; wait_for "1/44"
} && {
  T send-keys -t s1 1; wait_for "2/44"
} && {
  T send-keys -t s1 6; wait_for "委託先・サービスの名前"
} && {
  T send-keys -t s1 -l "決済代行AB日本"; T send-keys -t s1 BSpace; wait_for "決済代行AB日"
} && {
  T send-keys -t s1 Enter; wait_for "3/44"
} && {
  T send-keys -t s1 q; wait_for "[exit=0]"
} && {
  # The goodbye line says where the answers are, how to resume and how to report.
  wait_for "回答は $(realpath "$WORK")/shop.json に保存しました。" && wait_for "ecsec report shop.json -o shop-report.html"
} && {
  wait_for "[tty=sane]"
} && {
  [ "$(jq -r '.answers["MGT-02"].provider' "$WORK/shop.json")" = "決済代行AB日" ] || fail "provider not saved: $(cat "$WORK/shop.json")"
} && {
  [ "$(answers shop.json)" = 2 ] && [ "$(jq -r .profile.platform "$WORK/shop.json")" = cart-asp ] || fail "answers not saved"
} && {
  [ "$(stat -c %a "$WORK/shop.json")" = 600 ] || fail "mode is not 0600"
} && {
  [ ! -e "$WORK/.shop.json.lock" ] || fail "lock file left behind"
}
pass

current="reopening resumes at the first unanswered control; finishing opens the summary"
start s2 80 24 "'$BIN' assess shop.json --lang ja"
wait_for "3/44" && {
  # Answer the remaining 42 controls, waiting for each to be acknowledged on screen.
  for n in $(seq 3 43); do T send-keys -t s2 3; wait_for "$((n + 1))/44" || break; done
  T send-keys -t s2 1; wait_for "44 / 44"
} && {
  wait_for "総合スコア" && wait_for "回答済み 44 / 44"
} && {
  T send-keys -t s2 q; wait_for "[exit=0]"
} && {
  [ "$(answers shop.json)" = 44 ] || fail "expected 44 answers, found $(answers shop.json)"
}
pass

current="English, switching language with L, help panel, overview, summary"
start s3 100 30 "'$BIN' assess shop.json --lang en"
wait_for "Summary" && {
  T send-keys -t s3 o; wait_for "Overview"
} && {
  T send-keys -t s3 Enter; wait_for "MGT-01"
} && {
  # MGT-08, the seventh, names two-step verification.
  for _ in 1 2 3 4 5 6; do T send-keys -t s3 n; sleep 0.03; done
  wait_for "MGT-08"
} && {
  # The help explains the terms the control uses (glossary), in either language.
  T send-keys -t s3 h; wait_for "Why it matters" && wait_for "Glossary" && wait_for "two-step verification: Logging in"
} && {
  T send-keys -t s3 L; wait_for "なぜ必要か" && wait_for "用語" && wait_for "二段階認証: ログインのときに"
} && {
  T send-keys -t s3 Escape; wait_for "回答: 実施していない"
} && {
  T send-keys -t s3 H; wait_for "キーの一覧"
} && {
  T send-keys -t s3 q; wait_for "[exit=0]"
}
pass

current="SIGKILL mid-way loses no acknowledged answer"
start s4 80 24 "'$BIN' assess killed.json --lang en"
wait_for "about 30" && {
  T send-keys -t s4 Enter; wait_for "The shop or company name 1/6"
} && {
  T send-keys -t s4 Escape; wait_for "About your shop 1/11"
} && {
  # A package shop on IaaS (the hosting question appears) with everything, admin from PCs
  # and phones: 66 in scope.
  for key in 3 3 4 1 1 1 1 1 3 1 1 1; do T send-keys -t s4 "$key"; sleep 0.03; done
  wait_for "1/66"
} && {
  for n in $(seq 1 12); do T send-keys -t s4 $(( (n % 4) + 1 )); wait_for "$((n + 1))/66" || break; done
  kill -KILL "$(app_pid)"; wait_for "[exit=137]"
} && {
  [ "$(answers killed.json)" = 12 ] || fail "expected 12 answers after SIGKILL, found $(answers killed.json)"
} && {
  "$BIN" validate "$WORK/killed.json" >/dev/null 2>&1 || fail "the file does not validate after SIGKILL"
}
pass

current="a stale lock from a killed process is taken over"
start s5 80 24 "'$BIN' assess killed.json --lang en"
wait_for "13/66" && { T send-keys -t s5 q; wait_for "[exit=0]"; }
pass

current="a second ecsec on the same file refuses; ecsec answer refuses too"
start s6 80 24 "'$BIN' assess shop.json --lang en"
wait_for "Summary" && {
  out=$(cd "$WORK" && "$BIN" answer shop.json MGT-01 implemented --lang en 2>&1; echo "rc=$?")
  case "$out" in *"is open in another ecsec (pid "*"rc=1"*) ;; *) fail "answer did not refuse: $out" ;; esac
} && {
  KEEP=1 start s6b 80 24 "'$BIN' assess shop.json --lang en"
  SESSION=s6b; wait_for "is open in another ecsec" && wait_for "[exit=1]" && wait_for "[tty=sane]"
} && {
  SESSION=s6; T send-keys -t s6 q; wait_for "[exit=0]"
}
pass

current="SIGTERM restores the terminal and exits 143"
start s7 80 24 "'$BIN' assess shop.json --lang en"
wait_for "Summary" && {
  before=$(sha256sum "$WORK/shop.json")
  kill -TERM "$(app_pid)"; wait_for "[exit=143]"
} && {
  wait_for "[tty=sane]"
} && {
  [ "$before" = "$(sha256sum "$WORK/shop.json")" ] || fail "the file changed"
}
pass

current="too small a window asks for 60x20 in both languages, and resizing redraws"
start s8 50 15 "'$BIN' assess shop.json --lang ja"
wait_for "60x20 以上" && wait_for "at least 60x20" && {
  T resize-window -t s8 -x 80 -y 24; wait_for "総合スコア" && wait_for "回答済み 44 / 44"
} && {
  T send-keys -t s8 q; wait_for "[exit=0]"
}
pass

current="while the window is too small, answer keys do nothing; q still quits"
cp "$WORK/shop.json" "$WORK/small.json"; jq 'del(.answers["MGT-01"])' "$WORK/shop.json" >"$WORK/small.json"
before=$(sha256sum "$WORK/small.json")
start s8b 50 15 "'$BIN' assess small.json --lang en"
wait_for "at least 60x20" && {
  for key in 1 2 3 5 0 e Enter; do T send-keys -t s8b "$key"; sleep 0.05; done
  [ "$before" = "$(sha256sum "$WORK/small.json")" ] || fail "a key was acted on blind"
} && {
  T send-keys -t s8b q; wait_for "[exit=0]"
}
pass

current="one lock however the file is named: assess through a link, answer through the real name"
ln -sf shop.json "$WORK/alias.json"
start s8c 80 24 "'$BIN' assess alias.json --lang en"
wait_for "Summary" && {
  out=$(cd "$WORK" && "$BIN" answer shop.json MGT-01 implemented --lang en 2>&1; echo "rc=$?")
  case "$out" in *"is open in another ecsec (pid "*"rc=1"*) ;; *) fail "answer through the real name did not refuse: $out" ;; esac
} && {
  out=$(cd "$WORK" && "$BIN" answer "$WORK/./alias.json" MGT-01 implemented --lang en 2>&1; echo "rc=$?")
  case "$out" in *"is open in another ecsec (pid "*"rc=1"*) ;; *) fail "answer through another path did not refuse: $out" ;; esac
} && {
  T send-keys -t s8c q; wait_for "[exit=0]"
} && {
  [ -L "$WORK/alias.json" ] || fail "the link was replaced"
}
pass

# A full disk needs a tiny file system of our own: root only (CI runs as root).
if [ "$(id -u)" -eq 0 ] && mkdir -p "$WORK/disk" && mount -t tmpfs -o size=64k tmpfs "$WORK/disk" 2>/dev/null; then
  current="a save that fails on a full disk is shown as not recorded; the retry keeps the note written before it"
  jq 'del(.answers["MGT-01"], .answers["MGT-02"])' "$WORK/shop.json" >"$WORK/disk/full.json"
  start s8d 80 24 "'$BIN' assess disk/full.json --lang en"
  wait_for "1/44" && {
    T send-keys -t s8d e; wait_for "Type a note"
  } && {
    T send-keys -t s8d -l "asked the cart company"; sleep 0.1; T send-keys -t s8d Enter; wait_for "Note saved"
  } && {
    dd if=/dev/zero of="$WORK/disk/filler" bs=1k count=64 2>/dev/null
    before=$(sha256sum "$WORK/disk/full.json")
    T send-keys -t s8d 1; wait_for "Could not save"
  } && {
    wait_for "not recorded" && wait_for "1/44"
  } && {
    rm -f "$WORK/disk/filler"; T send-keys -t s8d 1; wait_for "2/44"
  } && {
    T send-keys -t s8d q; wait_for "[exit=0]"
  } && {
    [ "$before" != "$(sha256sum "$WORK/disk/full.json")" ] && [ "$(jq -r '.answers["MGT-01"].status' "$WORK/disk/full.json")" = implemented ] \
      || fail "the retried answer is not in the file"
    [ "$(jq -r '.answers["MGT-01"].note' "$WORK/disk/full.json")" = "asked the cart company" ] \
      || fail "the note written before the answer was lost by the failed save"
  }
  pass
  umount "$WORK/disk"
fi

current="a plan set with t on the question screen; 5 on a mandatory control warns first (ja)"
"$BIN" new "$WORK/plan.json" --organization テスト商店 $CART >/dev/null 2>&1
start sp 80 24 "'$BIN' assess plan.json --lang ja"
wait_for "1/44" && {
  T send-keys -t sp 2; wait_for "2/44"
} && {
  T send-keys -t sp p; wait_for "t で担当と期限を決められます"
} && {
  T send-keys -t sp t; wait_for "担当者の名前を入力してください"
} && {
  T send-keys -t sp -l "佐藤"; sleep 0.1; T send-keys -t sp Enter; wait_for "期限を入力してください"
} && {
  T send-keys -t sp -l "2027-01-31"; sleep 0.1; T send-keys -t sp Enter; wait_for "担当: 佐藤 · 期限: 2027-01-31"
} && {
  [ "$(jq -r '.answers["MGT-01"].plan.due' "$WORK/plan.json")" = "2027-01-31" ] || fail "the plan was not saved"
  # BLD-04 is the first mandatory control for a hosted cart: 5 warns on the prompt's top line.
  for _ in 1 2 3 4 5 6 7; do T send-keys -t sp n; sleep 0.03; done
  wait_for "BLD-04"
} && {
  T send-keys -t sp 5; wait_for "! 必須項目です。「該当しない」と答えても満たしたことにならず"
} && {
  T send-keys -t sp Escape; sleep 0.1; T send-keys -t sp q; wait_for "[exit=0]"
}
pass

current="a typo never starts an empty file; a new file is announced with its full path"
start st 80 24 "'$BIN' assess shop.jsn --lang ja"
wait_for "shop.jsn はありません。この場所にある評価ファイル: shop.json" && wait_for "[exit=1]" && {
  [ ! -e "$WORK/shop.jsn" ] || fail "a file was created for the typo"
}
start sn 80 24 "'$BIN' assess brand-new.json --new --lang en"
wait_for "Created a new file: $(realpath "$WORK")/brand-new.json" && { T send-keys -t sn q; wait_for "[exit=0]"; }
pass

current="three quarters: Q2 and Q3 carried and re-confirmed with Enter, six answers changed each; diff and trend"
mkdir -p "$WORK/cycle"
"$BIN" new "$WORK/cycle/q1.json" --organization さくら雑貨店 --period 2026-Q1 $CART >/dev/null
for id in $("$BIN" score "$WORK/cycle/q1.json" --format json | jq -r '.gaps[].control'); do
  "$BIN" answer "$WORK/cycle/q1.json" "$id" implemented >/dev/null
done
quarter() {  # quarter FROM TO KEY: carry FROM into TO, then Enter through it, answering KEY on six controls
  "$BIN" new "$WORK/cycle/$2.json" --from "$WORK/cycle/$1.json" >/dev/null || { fail "new --from $1"; return 1; }
  start "c$2" 100 30 "'$BIN' assess cycle/$2.json --lang ja"
  wait_for "未確認: " || return 1
  local n=0
  for _ in $(seq 1 44); do
    n=$((n + 1))
    # MGT-01, MGT-04, BLD-04 (the one mandatory), BLD-10, OPS-28, OPS-15.
    case $n in 1|4|8|12|21|37) T send-keys -t "c$2" "$3" ;; *) T send-keys -t "c$2" Enter ;; esac
    sleep 0.04
  done
  wait_for "結果" || return 1
  # The results compare with last quarter's file beside it.
  wait_for "前回との比較 (" || return 1
  T send-keys -t "c$2" q; wait_for "[exit=0]" || return 1
  [ "$(jq '[.answers[] | select(.carriedFrom)] | length' "$WORK/cycle/$2.json")" = 0 ] || { fail "$2: answers left unconfirmed"; return 1; }
}
quarter q1 q2 3 && quarter q2 q3 2 && {
  diff_out=$("$BIN" diff "$WORK/cycle/q2.json" "$WORK/cycle/q3.json" --format json)
  [ "$(echo "$diff_out" | jq '.warnings | length')" = 0 ] || fail "diff warned: $(echo "$diff_out" | jq -c .warnings)"
  [ "$(echo "$diff_out" | jq '[.changes[] | select(.kind == "improved")] | length')" = 6 ] || fail "not six improvements"
  "$BIN" diff "$WORK/cycle/q1.json" "$WORK/cycle/q2.json" --lang ja | head -5 | grep -q "新たに満たさなくなった必須対策: 1件 — BLD-04" \
    || fail "the diff does not headline the mandatory gaps opened"
  [ "$("$BIN" trend "$WORK"/cycle/q*.json --format json | jq '.series | length')" = 1 ] || fail "not one series"
  "$BIN" new "$WORK/cycle/other.json" --organization もみじ商店 --period 2026-Q2 >/dev/null
  [ "$("$BIN" trend "$WORK"/cycle/*.json --format json | jq '.series | length')" = 2 ] || fail "another shop not apart"
} && {
  # q4.json beside q1–q3 differs only in digits: another period on purpose, not a typo.
  # The last quarter beside it is offered to carry over; n starts empty.
  start cq 80 24 "'$BIN' assess cycle/q4.json --lang en"
  wait_for "Start from the answers of cycle/q3.json (2026-Q3) for 2026-Q4?" && {
    T send-keys -t cq n; sleep 0.1; T send-keys -t cq Enter
    wait_for "Created a new file: $(realpath "$WORK")/cycle/q4.json" && { T send-keys -t cq q; wait_for "[exit=0]"; }
  }
}
pass

current="60x20 in Japanese: a note before the answer, a summary entry opens its control, Esc comes back"
mkdir -p "$WORK/narrow"
"$BIN" new "$WORK/narrow/shop.json" --organization さくら雑貨店 --period 2026-Q4 $CART >/dev/null
start n1 60 20 "'$BIN' assess narrow/shop.json --lang ja"
wait_for "1/44" && wait_for "L English" && {
  T send-keys -t n1 e; wait_for "メモを入力してください"
} && {
  # While typing, the footer names the prompt's keys; the note waits for the answer.
  wait_for "Esc やめる" && T send-keys -t n1 -l "管理画面の設定を確認中"; sleep 0.1; T send-keys -t n1 Enter
  wait_for "メモを保存しました" && wait_for "メモ（回答前に書いたもの）"
} && {
  T send-keys -t n1 3; wait_for "2/44"
} && {
  first=$(jq -r '.answers | keys[0]' "$WORK/narrow/shop.json")
  [ "$(jq -r ".answers[\"$first\"].note" "$WORK/narrow/shop.json")" = 管理画面の設定を確認中 ] \
    || fail "the note typed before the answer was not saved with it"
} && {
  target=$("$BIN" score "$WORK/narrow/shop.json" --format json | jq -r '.overall.mandatoryUnanswered[0]')
  T send-keys -t n1 s; wait_for "総合スコア" && wait_for "L English"
} && {
  T send-keys -t n1 Down; wait_for ">$target"
} && {
  T send-keys -t n1 Enter; wait_for "[必須] $target"
} && {
  T send-keys -t n1 Escape; wait_for ">$target"
} && {
  T send-keys -t n1 h; wait_for "なぜ必要か"
} && {
  T send-keys -t n1 Escape; sleep 0.1; T send-keys -t n1 q; wait_for "[exit=0]"
}
pass

current="terminal keys and pastes: sequences are one key or nothing, a paste is text, never keys"
mkdir -p "$WORK/keys"
"$BIN" new "$WORK/keys/shop.json" --organization KeyShop --period 2026-Q4 $CART >/dev/null
start k1 80 24 "'$BIN' assess keys/shop.json --lang en"
printf 'first line\n1i\nrenamed shop' >"$WORK/paste.txt"
T load-buffer -b twolines "$WORK/paste.txt"
wait_for "1/44" && {
  T send-keys -t k1 e; wait_for "Type a note"
} && {
  T send-keys -t k1 -l "abc"; wait_for "abc"
} && {
  # Home and End as PuTTY and Tera Term send them (ESC [ 1 ~, ESC [ 4 ~), then as xterm does.
  T send-keys -t k1 -l $'\e[1~'; sleep 0.1; T send-keys -t k1 -l "<"; wait_for "<abc"
} && {
  T send-keys -t k1 -l $'\e[4~'; sleep 0.1; T send-keys -t k1 -l ">"; wait_for "<abc>"
} && {
  T send-keys -t k1 Home; sleep 0.1; T send-keys -t k1 DC; wait_for "  abc>" 
} && {
  # A bracketed multi-line paste is text in the prompt: no line submits it or acts as keys.
  T paste-buffer -p -b twolines -t k1; wait_for "first line 1i renamed shopabc>"
} && {
  T send-keys -t k1 End; sleep 0.1; T send-keys -t k1 -l $'\e[5~'; T send-keys -t k1 -l $'\e[6~'; T send-keys -t k1 F5
  sleep 0.1; T send-keys -t k1 -l $'\e[24~'; T send-keys -t k1 M-x; T send-keys -t k1 M-1; sleep 0.2
  wait_for "first line 1i renamed shopabc>" && cap | grep -q "Type a note" || fail "a key sequence closed or changed the prompt"
} && {
  # An unbracketed paste (a terminal without bracketed paste) is one read: text too.
  T paste-buffer -b twolines -t k1; wait_for "shopabc>first line 1i renamed shop"
} && {
  T send-keys -t k1 Escape; sleep 0.1; T send-keys -t k1 PPage; T send-keys -t k1 NPage; T send-keys -t k1 F5
  T send-keys -t k1 M-1; T send-keys -t k1 -l $'\e[3~'; sleep 0.2
  # Onto the question screen, either paste is refused with a message and answers nothing.
  T paste-buffer -p -b twolines -t k1; wait_for "Pasted text is only taken in a text field"
} && {
  T paste-buffer -b twolines -t k1; sleep 0.3; wait_for "1/44"
} && {
  [ "$(answers keys/shop.json)" = 0 ] || fail "a key sequence or a paste answered: $(jq -c .answers "$WORK/keys/shop.json")"
  [ "$(jq -r .organization "$WORK/keys/shop.json")" = KeyShop ] || fail "a paste renamed the shop"
} && {
  T send-keys -t k1 1; wait_for "2/44"
} && {
  T send-keys -t k1 q; wait_for "[exit=0]"
} && {
  [ "$(answers keys/shop.json)" = 1 ] || fail "the typed answer was not saved"
}
pass

current="a terminal that vanishes without SIGHUP ends the session: no spinning, the lock released"
start k2 80 24 "setsid -w '$BIN' assess keys/shop.json --lang en"
wait_for "2/44" && {
  # setsid -w runs ecsec in a new session (forking first when it must): the last child found.
  app=$(pane_children k2 | tail -1 | tr -d ' ')
  T kill-session -t k2
  gone=""
  for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || { gone=yes; break; }; sleep 0.05; done
  [ -n "$gone" ] || { fail "ecsec still runs after its terminal vanished"; kill -KILL "$app" 2>/dev/null; }
} && {
  "$BIN" answer "$WORK/keys/shop.json" MGT-01 implemented >/dev/null 2>&1 || fail "the lock was not released"
}
pass

current="a note written before the answer is in the file; q in a window under 60x20 keeps it"
"$BIN" new "$WORK/notes.json" --organization NoteShop --period 2026-Q4 $CART >/dev/null
start nq 80 24 "'$BIN' assess notes.json --lang en"
wait_for "1/44" && {
  T send-keys -t nq e; wait_for "Type a note"
} && {
  T send-keys -t nq -l "to ask the maintainer"; sleep 0.1; T send-keys -t nq Enter; wait_for "Note saved"
} && {
  [ "$(jq -r '.pendingNotes | length' "$WORK/notes.json")" = 1 ] || fail "the note is not in the file before the answer"
  T resize-window -t nq -x 50 -y 15; wait_for "(50x15)"
} && {
  T send-keys -t nq q; wait_for "[exit=0]"
} && {
  [ "$(jq -r '.pendingNotes[]' "$WORK/notes.json")" = "to ask the maintainer" ] || fail "q in a small window lost the note"
}
pass

current="Ctrl-C and a closed window while typing keep the text as a note written before answering"
start nc 80 24 "'$BIN' assess notes.json --lang en"
wait_for "notes written before answering are kept" && {
  T send-keys -t nc n; sleep 0.1; T send-keys -t nc e; wait_for "Type a note"
} && {
  T send-keys -t nc -l "half typed"; wait_for "half typed"
} && {
  T send-keys -t nc C-c; wait_for "[exit=130]"
} && {
  [ "$(jq -r '.pendingNotes | length' "$WORK/notes.json")" = 2 ] && jq -e '.pendingNotes[] | select(. == "half typed")' "$WORK/notes.json" >/dev/null \
    || fail "Ctrl-C lost the typed text: $(jq -c .pendingNotes "$WORK/notes.json")"
} && {
  start nh 80 24 "'$BIN' assess notes.json --lang en"
  wait_for "1/44"
} && {
  T send-keys -t nh 1; wait_for "2/44"
} && {
  [ "$(jq -r '.answers | to_entries[0].value.note' "$WORK/notes.json")" = "to ask the maintainer" ] \
    || fail "the note written before the answer did not become its note"
  T send-keys -t nh n; sleep 0.1; T send-keys -t nh 5; wait_for "not apply"
} && {
  T send-keys -t nh -l "closing the window"; wait_for "closing the window"
} && {
  # The window closed: SIGHUP.
  T kill-session -t nh
  kept=""
  for _ in $(seq 1 100); do
    jq -e '.pendingNotes[] | select(. == "closing the window")' "$WORK/notes.json" >/dev/null 2>&1 && { kept=yes; break; }
    sleep 0.05
  done
  [ -n "$kept" ] || fail "closing the window lost the typed text"
}
pass

current="the next quarter from assess: beside last quarter's file, Enter carries it over as new --from does"
mkdir -p "$WORK/tea"
cp "$REPO/Examples/quarters/shop-2026-Q4.json" "$WORK/tea/tea-2026-Q4.json"
start tq 100 30 "cd tea && '$BIN' assess tea-2027-Q1.json --lang ja"
wait_for "tea-2026-Q4.json（2026-Q4）の回答を引き継いで 2027-Q1 を始めますか" && {
  T send-keys -t tq Enter; wait_for "から作成しました"
} && {
  T send-keys -t tq q; wait_for "[exit=0]"
} && {
  (cd "$WORK/tea" && "$BIN" new same.json --from tea-2026-Q4.json >/dev/null)
  normalized() { jq -S 'del(.id, .createdAt, .updatedAt)' "$WORK/tea/$1"; }
  [ "$(normalized tea-2027-Q1.json)" = "$(normalized same.json)" ] \
    || fail "assess's carry-forward differs from new --from: $(diff <(normalized tea-2027-Q1.json) <(normalized same.json) | head -5)"
} && {
  # n starts an empty file on the welcome screen.
  start tn 100 30 "cd tea && '$BIN' assess tea-2027-Q2.json --lang en"
  wait_for "Start from the answers of"
} && {
  T send-keys -t tn n; sleep 0.1; T send-keys -t tn Enter; wait_for "Created a new file"
} && {
  T send-keys -t tn q; wait_for "[exit=0]"
} && {
  [ "$(jq -r '.answers | length' "$WORK/tea/tea-2027-Q2.json")" = 0 ] || fail "n did not start an empty file"
}
pass

current="L is kept with the file: the goodbye, the next start and report speak the language chosen"
"$BIN" new "$WORK/lang.json" --organization LangShop --period 2026-Q4 $CART >/dev/null
start la 80 24 "'$BIN' assess lang.json"
wait_for "1/44" && wait_for "L 日本語" && {
  T send-keys -t la L; wait_for "L English"
} && {
  T send-keys -t la q; wait_for "回答は" && wait_for "[exit=0]"
} && {
  [ "$(jq -r .language "$WORK/lang.json")" = ja ] || fail "the language was not kept: $(jq -r .language "$WORK/lang.json")"
  start lb 80 24 "'$BIN' assess lang.json"
  wait_for "L English"
} && {
  T send-keys -t lb q; wait_for "[exit=0]"
} && {
  (cd "$WORK" && "$BIN" report lang.json | grep -q "この報告書の読み方") || fail "report did not use the language kept"
}
pass

current="colours where the terminal has them, none with NO_COLOR"
start s9 80 24 "'$BIN' assess shop.json --lang en"
wait_for "Summary" && {
  cap -e | grep -q $'\e\\[[0-9;]*4[1-6]m' || fail "no coloured background in the header"
  T send-keys -t s9 q
}
start s10 80 24 "NO_COLOR=1 '$BIN' assess shop.json --lang en"
wait_for "Summary" && {
  cap -e | grep -q $'\e\\[[0-9;]*4[1-6]m' && fail "colour despite NO_COLOR"
  T send-keys -t s10 q; wait_for "[exit=0]"
}
pass

current="not a terminal: one line pointing to ecsec answer, exit 1, no file created"
out=$(cd "$WORK" && "$BIN" assess piped.json </dev/null 2>&1 | cat; echo "rc=${PIPESTATUS[0]}")
case "$out" in
  "ecsec: ecsec assess needs an interactive terminal; for scripts use: ecsec answer FILE CONTROL-ID STATUS"*"rc=1") ;;
  *) fail "unexpected: $out" ;;
esac
[ ! -e "$WORK/piped.json" ] || fail "a file was created"
pass

current="TERM=dumb is refused cleanly"
start s11 80 24 "TERM=dumb '$BIN' assess shop.json --lang en"
wait_for "cannot be used for the interactive screen" && wait_for "[exit=1]" && wait_for "[tty=sane]"
pass

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
