#!/usr/bin/env bash
# Walks the demo in a real terminal (tmux) the way a newsboat user would: n to the next unseen match,
# Enter opens it and marks it seen, f shows the feeds, / filters as you type, q quits. Prints what it saw
# and how long q took; exits 1 at the first step that does not hold.
#   scripts/dashboard-walk.sh            (builds target/wirewatch.jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "dashboard-walk: needs tmux (apt-get install -y tmux)"; exit 1; }
[[ -f target/wirewatch.jar ]] || mvn -B -q -DskipTests package
work=$(mktemp -d /tmp/wirewatch-walk.XXXXXX)
export TMUX_TMPDIR=$work
session=walk
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "dashboard-walk: FAIL: $*"; tmux capture-pane -p -t "$session" 2>/dev/null | sed 's/^/  | /'; exit 1; }
screen() { tmux capture-pane -p -t "$session"; }
# wait_for PATTERN SECONDS: polls the screen until PATTERN shows
wait_for() {
  local deadline=$((SECONDS + $2))
  until screen | grep -qE "$1"; do ((SECONDS < deadline)) || return 1; sleep 0.2; done
}
unseen() { screen | grep -o '●' | wc -l; }

tmux new-session -d -s "$session" -x 140 -y 42 \
  "cd '$work' && java -jar '$PWD/target/wirewatch.jar' demo; date +%s%N > '$work/exited'; sleep 60"
wait_for '[“"]' 30 || fail "the demo shows no quoted statement after 30 s"
sleep 3
before=$(unseen)
((before > 0)) || fail "no unseen match (●) in the demo"

tmux send-keys -t "$session" n; sleep 0.5
tmux send-keys -t "$session" Enter; sleep 1
tmux send-keys -t "$session" Enter; sleep 1
after=$(unseen)
((after < before)) || fail "n then Enter left $after unseen markers (was $before)"
echo "n, Enter: unseen $before -> $after"

tmux send-keys -t "$session" f
wait_for '▶ Feeds' 5 || fail "f does not show the feeds view"
for outlet in meridian-wire velmora-herald ardesh-today river-post global-ledger; do
  screen | grep -q "$outlet" || fail "the feeds view does not list $outlet"
done
echo "f: feeds view lists the five outlets"
tmux send-keys -t "$session" Escape; sleep 0.5

tmux send-keys -t "$session" /; sleep 0.3
tmux send-keys -t "$session" -l 'Reyk'; sleep 1
screen | grep -qiE '[0-9]+ match' || fail "/ shows no match count while typing"
echo "/: $(screen | grep -oiE '[0-9]+ match(es)?' | head -1) for 'Reyk'"
tmux send-keys -t "$session" Escape; sleep 0.5

sent=$(date +%s%N)
tmux send-keys -t "$session" q
deadline=$((SECONDS + 10))
until [[ -s $work/exited ]]; do ((SECONDS < deadline)) || fail "q did not quit within 10 s"; sleep 0.02; done
ms=$((($(cat "$work/exited") - sent) / 1000000))
((ms < 300)) || fail "q took $ms ms (must be under 300)"
echo "q: quit in $ms ms"
