#!/usr/bin/env bash
# Scale-out benchmark: several continuous `wirewatch tail` pollers sharing one PostgreSQL database.
#
# Starts a PostgreSQL server (initdb and pg_ctl in a temp folder, as an unprivileged user, on a free loopback
# port) and serves a farm of N RSS feeds x M items from nginx on 127.0.0.1 (bench/lib-farm.sh, as
# bench/ingest.sh does). For each poller count P it makes a fresh database, starts P `wirewatch tail`
# processes on it at once with one config (poll: 24h, store: {lease: 4s}), watches the database with psql
# every half second until it holds all N x M articles, then stops the pollers with SIGTERM (a clean exit
# releases their leases).
#
# Why continuous pollers, not `tail --once`: a one-off round is asked for every feed (a first fill, cron, a
# check by hand), so `--once` polls them all whatever the leases say, and P of them would time P rounds of the
# same work. Continuous pollers split the feeds by lease: with a 4 s lease they count each other within about
# a second, and one over its share hands on the feeds it has not polled yet. The 24 h interval makes each
# feed polled once, so a round is over when the farm is stored.
#
# Per P it prints:
#   start s       from the first start until every poller has registered (its row in `poller`): JVM start-up,
#                 config, first lease claim; the first to register is already polling meanwhile
#   stored s      from then until the database holds N x M articles: the steady part, which the rest times
#   feeds/s       requests nginx answered during stored s (by its log's times) / stored s
#   articles/s    articles stored / stored s; "x 1" is that as a multiple of the one-poller row's
#   CPU shares    of the machine (stored s x cores): the pollers (their process trees, from /proc), PostgreSQL
#                 (postmaster and every backend, reaped ones included; psql's look every half second counts
#                 here), nginx, the rest of the machine ("other") and how busy it was (/proc/stat)
#   saturates     the largest consumer when the machine's CPU is at 90 % or more, else "no CPU"
# and per P a check line: the whole wall time and articles/s from the first start, the pollers' CPU before
# they all registered, articles stored against N x M, feeds requested more than once (nginx's access log),
# how the requests split between the pollers (by client port, from ss; "?" for a connection ss never saw),
# when each registered (from the first start), the feed leases each held at the end, and whether they left
# the `poller` table on SIGTERM.
# A poller that exits early, or a round not stored within --timeout seconds, is reported on its row.
#
# Usage: bench/scaleout.sh [--feeds N] [--items M] [--pollers "1 2 4"] [--timeout S] [--keep]
#   --keep  keeps the work folder; per round run-P/ holds the config, each poller's stderr, the round's
#           requests (status method path client-port time) and the psql looks (time pollers articles)
# Environment: WIREWATCH overrides how wirewatch is launched (default: java -jar target/wirewatch.jar);
#              PG_OPTS adds server settings (e.g. "-c synchronous_commit=off"); the server's defaults
#              are kept otherwise.
set -euo pipefail

feeds=5000 items=10 pollers="1 2 4" timeout=900 keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --feeds) feeds="$2"; shift 2 ;;
        --items) items="$2"; shift 2 ;;
        --pollers) pollers="$2"; shift 2 ;;
        --timeout) timeout="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "scaleout.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=bench/lib-farm.sh
. bench/lib-farm.sh
cores=$(nproc)
ticks=$(getconf CLK_TCK)

# --- tools -------------------------------------------------------------------------------
find_pg() {
    local dir
    for dir in /usr/local/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then echo "$dir"; return; fi
    done
}
pgbin=$(find_pg)
missing=()
for pair in nginx:nginx-light curl:curl python3:python3 ss:iproute2 pgrep:procps; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
[ -n "$pgbin" ] || missing+=(postgresql)
if [ ! -f target/wirewatch.jar ]; then command -v mvn >/dev/null 2>&1 || missing+=(maven); fi
[ ${#missing[@]} -eq 0 ] || { farm_install "${missing[@]}"; pgbin=$(find_pg); }
export PATH="$PATH:/usr/sbin:/sbin"
if [ ! -f target/wirewatch.jar ]; then
    echo "building target/wirewatch.jar" >&2
    mvn -q -DskipTests package >&2
fi
WIREWATCH=${WIREWATCH:-java -jar $root/target/wirewatch.jar}

# --- PostgreSQL and nginx, stopped on exit (and the pollers of a round cut short) -------------
work=$(mktemp -d "${TMPDIR:-/tmp}/wirewatch-scaleout.XXXXXX")
chmod 755 "$work"
pg_data="$work/pg/data"
poller_pids=()
as_server=(); [ "$(id -u)" -eq 0 ] && as_server=(runuser -u nobody --)   # initdb refuses root
cleanup() {
    local pid
    for pid in "${poller_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${poller_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$pg_data/postmaster.pid" ]; then
        "${as_server[@]}" "$pgbin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    farm_stop
    if [ "$keep" -eq 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

mkdir -p "$work/pg" && chmod 777 "$work/pg"
pg_port=$(farm_free_port)
"${as_server[@]}" "$pgbin/initdb" -D "$pg_data" -U wirewatch --auth=trust --no-locale -E UTF8 >"$work/pg/initdb.log"
# shellcheck disable=SC2086  # PG_OPTS is a list of options
"${as_server[@]}" "$pgbin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 ${PG_OPTS:-}" start >/dev/null
pg_pid=$(head -n 1 "$pg_data/postmaster.pid")
psql_admin() { "$pgbin/psql" -X -q -At -F ' ' -h 127.0.0.1 -p "$pg_port" -U wirewatch "$@"; }

farm_serve "$work" "$feeds" "$items"
farm_feeds "$feeds" >"$work/feeds-list.yml"

# --- CPU accounting from /proc ---------------------------------------------------------------
# snapshot: CPU ticks of the pollers', PostgreSQL's and nginx's process trees (each process's own, and its reaped
# children's), the machine's busy and total ticks (/proc/stat) and nginx's access log lines, now. One python3
# reads it all: a shell loop of sed and pgrep took seconds on a busy machine, and its own CPU with it.
cat >"$work/snapshot.py" <<'EOF'
import os, sys
log, pg, web, pollers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), [int(p) for p in sys.argv[4:]]
procs, children = {}, {}
for name in os.listdir("/proc"):
    if name.isdigit():
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        procs[int(name)] = sum(int(x) for x in fields[11:15])   # utime stime cutime cstime
        children.setdefault(int(fields[1]), []).append(int(name))
def tree(pid):
    return procs.get(pid, 0) + sum(tree(child) for child in children.get(pid, []))
with open("/proc/stat") as f:
    cpu = [int(x) for x in f.readline().split()[1:9]]   # user nice system idle iowait irq softirq steal
with open(log, "rb") as f:
    lines = sum(1 for _ in f)
print(sum(tree(p) for p in pollers), tree(pg), tree(web), sum(cpu) - cpu[3] - cpu[4], sum(cpu), lines)
EOF
snapshot() { python3 "$work/snapshot.py" "$farm_log" "$pg_pid" "$farm_nginx_pid" "${poller_pids[@]}"; }
# descendants PID: the process and all its descendants, one pid a line.
descendants() {
    local child
    echo "$1"
    for child in $(pgrep -P "$1" || true); do descendants "$child"; done
}
# Which process owns each connection to nginx now, as "client-port pid" lines.
connections() {
    ss -tnpH state established "( dport = :$farm_port )" 2>/dev/null |
        awk '{ n = split($3, a, ":"); if (match($0, /pid=[0-9]+/)) print a[n], substr($0, RSTART + 4, RLENGTH - 4) }'
}
now() { date +%s.%N; }

# --- rounds ------------------------------------------------------------------------------------
results="$work/results.tsv"
: >"$results"
want=$((feeds * items))
echo "wirewatch: $WIREWATCH" >&2
echo "$feeds feeds x $items items on $farm_base; PostgreSQL $("$pgbin/postgres" --version | awk '{ print $3 }') on" \
    "127.0.0.1:$pg_port; $cores cores; load average $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
for p in $pollers; do
    db="scale_$p"
    run="$work/run-$p"
    mkdir -p "$run"
    psql_admin -d postgres -c "CREATE DATABASE $db"
    { echo "poll: 24h"; echo "store: {url: postgresql://wirewatch@127.0.0.1:$pg_port/$db, lease: 4s}"
      cat "$work/feeds-list.yml"; } >"$run/feeds.yml"
    # The schema is made before the clock starts.
    # shellcheck disable=SC2086  # WIREWATCH is a command line
    $WIREWATCH check --config "$run/feeds.yml" >/dev/null
    read -r _ pg0 web0 busy0 total0 mark0 < <(snapshot)
    start=$(now) registered="" stored="" note=""
    poller_pids=()
    for i in $(seq 1 "$p"); do
        # shellcheck disable=SC2086  # WIREWATCH is a command line
        env XDG_STATE_HOME="$run/state-$i" $WIREWATCH tail --config "$run/feeds.yml" >/dev/null 2>"$run/err-$i" &
        poller_pids+=($!)
    done
    at_registration=""
    while :; do
        sleep 0.5
        connections >>"$run/ports"
        read -r live articles < <(psql_admin -d "$db" -c \
            "SELECT (SELECT count(*) FROM poller), (SELECT count(*) FROM article)")
        t=$(now)
        echo "$t $live $articles" >>"$run/timeline"
        if [ -z "$registered" ] && [ "$live" -ge "$p" ]; then
            registered=$t at_registration="$(snapshot) $articles"
        fi
        if [ "$articles" -ge "$want" ]; then stored=$t; break; fi
        for i in $(seq 1 "$p"); do
            if ! kill -0 "${poller_pids[$((i - 1))]}" 2>/dev/null; then
                note="poller $i exited: $(tail -n 1 "$run/err-$i" | tr '\t|' '  ')"
            fi
        done
        [ -z "$note" ] || break
        if awk -v t="$t" -v s="$start" -v limit="$timeout" 'BEGIN { exit !(t - s > limit) }'; then
            note="not stored within $timeout s ($articles of $want articles)"; break
        fi
    done
    [ -n "$stored" ] || stored=$t
    read -r cpu1 pg1 web1 busy1 total1 mark1 < <(snapshot)
    articles=$(psql_admin -d "$db" -c "SELECT count(*) FROM article")
    if [ -z "$registered" ]; then
        note="${note:+$note; }stored before all $p pollers registered: no steady part"
        registered=$stored at_registration="$cpu1 $pg1 $web1 $busy1 $total1 $mark1 $articles"
    fi
    read -r cpu_r pg_r web_r busy_r total_r _ articles_r <<<"$at_registration"
    # Which poller each client port belonged to, then the requests of the round by feed and by poller.
    for i in $(seq 1 "$p"); do
        for pid in $(descendants "${poller_pids[$((i - 1))]}"); do echo "$pid $i"; done
    done >"$run/pids"
    leases=$(psql_admin -d "$db" -c "SELECT count(*) FROM lease WHERE kind = 'feed' AND owner IS NOT NULL \
        GROUP BY owner ORDER BY 1 DESC" | paste -sd /)
    joined=$(psql_admin -d "$db" -c "SELECT started FROM poller ORDER BY started" |
        awk -v s="$start" '{ printf "%s+%.1f", (NR > 1 ? "/" : ""), $1 / 1000 - s }')
    sed -n "$((mark0 + 1)),${mark1}p" "$farm_log" >"$run/requests"
    check=$(awk -v p="$p" '
        FILENAME == ARGV[1] { poller[$1] = $2; next }
        FILENAME == ARGV[2] { if ($2 in poller) owner[$1] = poller[$2]; next }
        { n[$3]++; if ($1 != 200) bad++; who = ($4 in owner) ? owner[$4] : "?"; by[who]++ }
        END {
            for (f in n) { feeds++; if (n[f] > 1) { twice++; extra += n[f] - 1 } }
            split_ = ""
            for (i = 1; i <= p; i++) split_ = split_ (i > 1 ? "/" : "") (by[i] + 0)
            if (by["?"]) split_ = split_ " + ? " by["?"]
            printf "%d feeds requested, %d more than once (%d repeats), %d not 200; requests by poller %s",
                feeds, twice, extra, bad, split_
        }' "$run/pids" <(sort -u "$run/ports" 2>/dev/null) "$run/requests")
    for pid in "${poller_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    failed=0
    for pid in "${poller_pids[@]}"; do
        code=0; wait "$pid" || code=$?
        [ "$code" -eq 0 ] || [ "$code" -eq 143 ] || failed=$((failed + 1))   # 143: stopped by SIGTERM
    done
    poller_pids=()
    left=$(psql_admin -d "$db" -c "SELECT (SELECT count(*) FROM poller) || ' pollers, ' \
        || (SELECT count(*) FROM lease WHERE owner IS NOT NULL) || ' leases'")
    check="$check; registered at $joined s; feed leases held at the end $leases; after SIGTERM $left left,"
    check="$check $failed exits other than 0 or 143"
    steady_requests=$(awk -v t="$registered" '$5 >= t' "$run/requests" | wc -l)
    printf '%s\t' "$p" "$start" "$registered" "$stored" "$articles_r" "$articles" "$steady_requests" \
        "$cpu_r" "$((cpu1 - cpu_r))" "$((pg1 - pg_r))" "$((web1 - web_r))" "$((busy1 - busy_r))" \
        "$((total1 - total_r))" "$note" >>"$results"
    printf '%s\n' "$check" >>"$results"
done

echo
echo "scale-out: $feeds feeds x $items items over HTTP on 127.0.0.1, one PostgreSQL database, $cores cores," \
    "load average $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"
python3 - "$results" "$cores" "$ticks" "$want" <<'EOF'
import sys
rows, cores, hz, want = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print("| pollers | start s | stored s | feeds/s | articles/s | x 1 | wirewatch CPU | PostgreSQL CPU | nginx CPU "
      "| other CPU | machine busy | saturates |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
checks, base, last = [], None, None
for line in open(rows):
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 15:
        print(f"unreadable result line: {line!r}", file=sys.stderr)
        continue
    (p, start, registered, stored, articles_r, articles, requests, cpu_r, cpu, pg, web, busy, total, note,
     check) = fields
    startup, steady, whole = float(registered) - float(start), float(stored) - float(registered), \
        float(stored) - float(start)
    capacity = max(steady, 1e-9) * cores * hz
    shares = {"wirewatch": int(cpu) / capacity, "PostgreSQL": int(pg) / capacity, "nginx": int(web) / capacity}
    machine = int(busy) / int(total) if int(total) else 0.0
    other = max(0.0, machine - sum(shares.values()))
    top = max(shares, key=shares.get)
    rate = (int(articles) - int(articles_r)) / steady if steady > 0 else 0.0
    if p == "1" and base is None:
        base = rate
    if machine < 0.9:
        saturates = "no CPU"
    elif other > shares[top]:
        saturates = "CPU, mostly other processes (a busy machine: rerun when it is quiet)"
    else:
        saturates = f"CPU, mostly {top}"
    if note:
        saturates += f"; {note}"
    print(f"| {p} | {startup:.1f} | {steady:.1f} | {int(requests) / steady if steady > 0 else 0:.0f} | {rate:.0f} "
          f"| {f'{rate / base:.2f}' if base else '-'} | {shares['wirewatch']:.0%} | {shares['PostgreSQL']:.0%} "
          f"| {shares['nginx']:.0%} | {other:.0%} | {machine:.0%} | {saturates} |")
    stored_ok = "all" if int(articles) == want else f"NOT {want:,}"
    checks.append(f"{p} pollers: {whole:.1f} s and {int(articles) / whole:.0f} articles/s from the first start; "
                  f"pollers' CPU before all registered {int(cpu_r) / hz:.1f} s; {int(articles):,} articles "
                  f"({stored_ok}); {check}")
    last = (p, rate / base if base else None, saturates)
print()
for line in checks:
    print(line)
if last and last[0] != "1" and last[1] is not None:
    print(f"\n{last[0]} pollers store {last[1]:.2f}x what one does; saturates: {last[2]}")
EOF
