#!/usr/bin/env bash
# Feed coverage: how many of the entries that Python's feedparser finds in a folder of feeds wirewatch stores.
#
# Serves every *.xml file under DIR from a loopback HTTP server (the files are read in place), polls them all
# once with `wirewatch tail --once` under a watch that matches everything ('*:*'), reads the stored articles back
# from the SQLite store, and has feedparser read the same URLs. An entry is keyed by its link, else by its title;
# it is covered when an article stored from the same file has that link or that title. Prints the coverage and,
# with --misses, each entry that was not covered.
#
# Usage: bench/feed-coverage.sh [--misses] [DIR]
#   DIR defaults to ../shared/conformance/feedparser/tests (the feedparser project's conformance feeds).
# Needs python3-feedparser (apt-get install -y python3-feedparser); builds target/wirewatch.jar when absent.
# Environment: WIREWATCH overrides how wirewatch is launched (default: java -jar target/wirewatch.jar);
# PYTHON names a python3 with feedparser (default: python3, else /usr/bin/python3).
set -euo pipefail

misses=0 dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --misses) misses=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "feed-coverage.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
        *) dir="$1"; shift ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${dir:-$root/../shared/conformance/feedparser/tests}" && pwd)
# Debian's python3-feedparser serves /usr/bin/python3, which may not be the first python3 on the PATH.
python=""
for candidate in "${PYTHON:-python3}" /usr/bin/python3; do
    if "$candidate" -c 'import feedparser' 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || {
    echo "feed-coverage.sh: python3 feedparser is missing; apt-get install -y python3-feedparser" >&2; exit 2; }
if [ ! -f "$root/target/wirewatch.jar" ]; then
    echo "building target/wirewatch.jar" >&2
    (cd "$root" && mvn -q -DskipTests package >&2)
fi
WIREWATCH=${WIREWATCH:-java -jar $root/target/wirewatch.jar}

work=$(mktemp -d "${TMPDIR:-/tmp}/wirewatch-coverage.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$python" "$root/bench/feed_coverage.py" serve "$dir" "$work/port" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
"$python" "$root/bench/feed_coverage.py" config "$dir" "http://127.0.0.1:$port" >"$work/feeds.yml"
echo "wirewatch: polling $(grep -c '^  - name: f-' "$work/feeds.yml") feeds from $dir" >&2
# shellcheck disable=SC2086  # WIREWATCH is a command line
env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.state" \
    $WIREWATCH tail --once --json --config "$work/feeds.yml" --db "$work/wirewatch.db" >"$work/events.jsonl"
args=(compare "$dir" "http://127.0.0.1:$port" "$work/wirewatch.db")
[ "$misses" -eq 1 ] && args+=(--misses)
"$python" "$root/bench/feed_coverage.py" "${args[@]}"
