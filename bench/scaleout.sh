#!/usr/bin/env bash
# Scale-out benchmark: several `wirewatch tail --once` pollers on one PostgreSQL database.
#
# Starts a PostgreSQL server (initdb and pg_ctl in a temp folder, as an unprivileged user, on a free
# loopback port), serves a farm of N RSS feeds x M items from nginx on 127.0.0.1 (bench/feedgen.py, as
# bench/ingest.sh does), then for each poller count P runs P `wirewatch tail --once` processes at once,
# each with the same config and the same fresh database, and prints per P:
#   wall s        from the first start to the last exit
#   feeds/s       feeds the processes polled (their summary lines, summed) / wall
#   articles/s    articles in the database afterwards / wall
#   CPU shares    of the machine (wall x cores): the pollers (/usr/bin/time user+sys), PostgreSQL (its
#                 postmaster and every backend, from /proc, reaped ones included) and nginx, and how busy
#                 the whole machine was (/proc/stat)
#                 and what the rest of the machine took ("other": busy minus the three)
#   saturates     the largest consumer when the machine's CPU is at 90 % or more, else "no CPU"
#                 (then the round waits on something else: the network, commits, locks)
# A process that exits non-zero is reported with its message; the row is still printed.
#
# Usage: bench/scaleout.sh [--feeds N] [--items M] [--pollers "1 2 4"] [--keep]
# Environment: WIREWATCH overrides how wirewatch is launched (default: java -jar target/wirewatch.jar);
#              PG_OPTS adds server settings (e.g. "-c synchronous_commit=off"); the server's defaults
#              are kept otherwise.
set -euo pipefail

feeds=5000 items=10 pollers="1 2 4" keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --feeds) feeds="$2"; shift 2 ;;
        --items) items="$2"; shift 2 ;;
        --pollers) pollers="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "scaleout.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cores=$(nproc)
ticks=$(getconf CLK_TCK)

# --- tools -------------------------------------------------------------------------------
pgbin=""
for dir in /usr/local/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then pgbin="$dir"; break; fi
done
missing=()
for pair in nginx:nginx-light curl:curl python3:python3; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
[ -x /usr/bin/time ] || missing+=(time)
[ -n "$pgbin" ] || missing+=(postgresql)
if [ ! -f target/wirewatch.jar ]; then command -v mvn >/dev/null 2>&1 || missing+=(maven); fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q "${missing[@]}" >&2
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -rV | head -n 1)
fi
export PATH="$PATH:/usr/sbin:/sbin"
if [ ! -f target/wirewatch.jar ]; then
    echo "building target/wirewatch.jar" >&2
    mvn -q -DskipTests package >&2
fi
WIREWATCH=${WIREWATCH:-java -jar $root/target/wirewatch.jar}

# --- PostgreSQL and nginx, stopped on exit ---------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/wirewatch-scaleout.XXXXXX")
chmod 755 "$work"
nginx_pid="" pg_data="$work/pg/data"
as_server=(); [ "$(id -u)" -eq 0 ] && as_server=(runuser -u nobody --)   # initdb refuses root
cleanup() {
    if [ -f "$pg_data/postmaster.pid" ]; then
        "${as_server[@]}" "$pgbin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then kill -QUIT "$nginx_pid" 2>/dev/null || true; fi
    if [ "$keep" -eq 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/pg" && chmod 777 "$work/pg"
pg_port=$(free_port)
"${as_server[@]}" "$pgbin/initdb" -D "$pg_data" -U wirewatch --auth=trust --no-locale -E UTF8 >"$work/pg/initdb.log"
# shellcheck disable=SC2086  # PG_OPTS is a list of options
"${as_server[@]}" "$pgbin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 ${PG_OPTS:-}" start >/dev/null
pg_pid=$(head -n 1 "$pg_data/postmaster.pid")
psql_admin() { "$pgbin/psql" -X -q -At -h 127.0.0.1 -p "$pg_port" -U wirewatch "$@"; }

web_port=$(free_port)
base="http://127.0.0.1:$web_port/feeds"
python3 bench/feedgen.py --feeds "$feeds" --items "$items" --out "$work/www/feeds" >&2
chmod -R a+rX "$work/www"
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes $cores;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    types { application/rss+xml xml; }
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $work/nginx/tmp;
    proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp;
    scgi_temp_path $work/nginx/tmp;
    sendfile on;
    keepalive_requests 100000;
    etag on;
    gzip on;
    gzip_types application/rss+xml;
    server {
        listen 127.0.0.1:$web_port;
        root $work/www;
    }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
for _ in $(seq 100); do [ -s "$work/nginx/nginx.pid" ] && break; sleep 0.05; done
nginx_pid=$(cat "$work/nginx/nginx.pid")
curl -fsS -o /dev/null "$base/feed-0000.xml"

{
    echo "poll: 5m"
    echo "feeds:"
    for i in $(seq 0 $((feeds - 1))); do
        printf '  - name: feed-%04d\n    url: %s/feed-%04d.xml\n    fulltext: never\n' "$i" "$base" "$i"
    done
    echo "watches:"
    echo "  - name: ceasefire-kremlin"
    echo "    query: 'ceasefire AND Kremlin'"
} >"$work/feeds.yml"

# --- CPU accounting from /proc ---------------------------------------------------------------
# ticks_of PID: the process's own CPU ticks plus its reaped children's; with "live", also its live children's.
ticks_of() {
    local pid="$1" sum=0 child
    sum=$(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 + $14 + $15 }')
    for child in $(pgrep -P "$pid" || true); do
        sum=$((sum + $(sed 's/.*) //' "/proc/$child/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
    done
    echo "$sum"
}
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# --- rounds ------------------------------------------------------------------------------------
results="$work/results.tsv"
: >"$results"
echo "wirewatch: $WIREWATCH" >&2
echo "$feeds feeds x $items items on $base; PostgreSQL $("$pgbin/postgres" --version | awk '{ print $3 }') on" \
    "127.0.0.1:$pg_port; $cores cores" >&2
for p in $pollers; do
    psql_admin -d postgres -c "CREATE DATABASE scale_$p"
    db="postgresql://wirewatch@127.0.0.1:$pg_port/scale_$p"
    # The schema is made once, before the clock starts, so the round times polling alone.
    # shellcheck disable=SC2086  # WIREWATCH is a command line
    $WIREWATCH check --config "$work/feeds.yml" --db "$db" >/dev/null
    pg0=$(ticks_of "$pg_pid"); web0=$(ticks_of "$nginx_pid"); read -r busy0 total0 < <(machine)
    start=$(date +%s.%N)
    pids=()
    for i in $(seq 1 "$p"); do
        mkdir -p "$work/run-$p/$i"
        # shellcheck disable=SC2086  # WIREWATCH is a command line
        env XDG_STATE_HOME="$work/run-$p/$i/state" /usr/bin/time -f '%U %S' -o "$work/run-$p/$i/time" \
            $WIREWATCH tail --once --config "$work/feeds.yml" --db "$db" \
            >/dev/null 2>"$work/run-$p/$i/err" &
        pids+=($!)
    done
    failed=0
    for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
    end=$(date +%s.%N)
    pg1=$(ticks_of "$pg_pid"); web1=$(ticks_of "$nginx_pid"); read -r busy1 total1 < <(machine)
    polled=0 cpu=0 note=""
    for i in $(seq 1 "$p"); do
        n=$({ grep -o '^[0-9]* feeds polled' "$work/run-$p/$i/err" || true; } | awk '{ s += $1 } END { print s + 0 }')
        polled=$((polled + n))
        cpu=$(awk -v c="$cpu" '{ print c + $1 + $2 }' "$work/run-$p/$i/time" 2>/dev/null || echo "$cpu")
        if ! grep -q '^[0-9]* feeds polled' "$work/run-$p/$i/err"; then
            note="process $i: $(grep -v '^Command exited' "$work/run-$p/$i/err" | tail -n 1 | tr '\t|' '  ')"
        fi
    done
    articles=$(psql_admin -d "scale_$p" -c "SELECT count(*) FROM article")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$p" "$start" "$end" "$polled" "$articles" "$cpu" \
        "$((pg1 - pg0))" "$((web1 - web0))" "$((busy1 - busy0))" "$((total1 - total0))" "$failed" "$note" \
        >>"$results"
done

echo
echo "scale-out: $feeds feeds x $items items over HTTP on 127.0.0.1, one PostgreSQL database, $cores cores"
python3 - "$results" "$cores" "$ticks" <<'EOF'
import sys
rows, cores, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print("| pollers | wall s | feeds/s | articles/s | articles | wirewatch CPU | PostgreSQL CPU | nginx CPU "
      "| other CPU | machine busy | saturates |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for line in open(rows):
    fields = line.rstrip("\n").split("\t", 11)
    if len(fields) < 12:
        print(f"unreadable result line: {line!r}", file=sys.stderr)
        continue
    p, start, end, polled, articles, cpu, pg, web, busy, total, failed, note = fields
    wall = float(end) - float(start)
    capacity = wall * cores
    shares = {"wirewatch": float(cpu) / capacity, "PostgreSQL": int(pg) / hz / capacity,
              "nginx": int(web) / hz / capacity}
    machine = int(busy) / int(total) if int(total) else 0.0
    other = max(0.0, machine - sum(shares.values()))
    top = max(shares, key=shares.get)
    if machine < 0.9:
        saturates = "no CPU"
    elif other > shares[top]:
        saturates = "CPU, mostly other processes (a busy machine: rerun when it is quiet)"
    else:
        saturates = f"CPU, mostly {top}"
    if int(failed):
        saturates += f"; {failed} of {p} processes failed ({note})"
    print(f"| {p} | {wall:.1f} | {int(polled) / wall:.0f} | {int(articles) / wall:.0f} | {int(articles):,} "
          f"| {shares['wirewatch']:.0%} | {shares['PostgreSQL']:.0%} | {shares['nginx']:.0%} | {other:.0%} | {machine:.0%} "
          f"| {saturates} |")
EOF
