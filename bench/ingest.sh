#!/usr/bin/env bash
# Ingest benchmark: wirewatch against newsboat and sfeed on the same local feed farm.
#
# Generates N RSS feeds x M items (bench/feedgen.py), serves them from nginx on 127.0.0.1
# (ETag, gzip), then times each tool as a whole cold process with a fresh cache or store:
#   first round      newsboat -x reload | sfeed_update | wirewatch tail --once
#   unchanged round  newsboat's third reload (2.21 stores validators only from its second),
#                    sfeed's second run, wirewatch's second tail --once (all 304)
# Each timing is repeated --runs times; the table shows medians, peak RSS (/usr/bin/time %M:
# the largest single process, so for sfeed one curl or sfeed child, not the sum), articles/s
# (feeds x items / wall) and each tool's wall time as a multiple of wirewatch's.
# The nginx access log gives the HTTP statuses each round received.
#
# Usage: bench/ingest.sh [--feeds N] [--items M] [--runs R] [--jvm-variants] [--keep]
#   --jvm-variants  also time wirewatch in one JVM under each JVM option separately (defaults,
#                   C1 only, serial GC, both, both with the build's class-data archive)
#   --only LIST     comma-separated subset of: wirewatch,newsboat,sfeed
#   --profile FILE  instead of timing, record one cold wirewatch round with JFR into FILE (java -jar,
#                   plus the JVM options in PROFILE_OPTS) and print its top frames (bench/jfr-top.py)
#   --keep          keep the work directory (feeds, stores, logs) for inspection
# Environment: WIREWATCH overrides how wirewatch is launched (default: as the README says).
set -euo pipefail

feeds=500 items=50 runs=3 variants=0 keep=0 only="wirewatch,newsboat,sfeed" profile=""
while [ $# -gt 0 ]; do
    case "$1" in
        --feeds) feeds="$2"; shift 2 ;;
        --items) items="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --jvm-variants) variants=1; shift ;;
        --keep) keep=1; shift ;;
        --profile) profile="$2"; only=wirewatch; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "ingest.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=bench/lib-farm.sh
. bench/lib-farm.sh
cores=$(nproc)
threads=$((cores * 8))

# --- tools -------------------------------------------------------------------------------
missing=()
for pair in nginx:nginx-light newsboat:newsboat sfeed_update:sfeed curl:curl python3:python3; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
[ -x /usr/bin/time ] || missing+=(time)
wants_wirewatch=0
case ",$only," in *,wirewatch,*) wants_wirewatch=1 ;; esac
[ "$variants" -eq 1 ] && wants_wirewatch=1
if [ "$wants_wirewatch" -eq 1 ] && [ ! -f target/wirewatch.jar ]; then
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
fi
[ ${#missing[@]} -eq 0 ] || farm_install "${missing[@]}"
export PATH="$PATH:/usr/sbin:/sbin"
if [ "$wants_wirewatch" -eq 1 ] && [ ! -f target/wirewatch.jar ]; then
    echo "building target/wirewatch.jar" >&2
    mvn -q -DskipTests package >&2
fi
# wirewatch runs the way the README tells users to start it: java -jar, which starts its tuned JVM.
WIREWATCH=${WIREWATCH:-java -jar $root/target/wirewatch.jar}

# --- the farm ------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/wirewatch-bench.XXXXXX")
chmod 755 "$work"
cleanup() {
    farm_stop
    if [ "$keep" -eq 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
farm_serve "$work" "$feeds" "$items"
base="$farm_base"

# --- configurations ------------------------------------------------------------------------
names=()
for i in $(seq 0 $((feeds - 1))); do names+=("$(printf 'feed-%04d' "$i")"); done

{
    echo "poll: 5m"
    farm_feeds "$feeds"
    echo "watches:"
    echo "  - name: ceasefire-kremlin"
    echo "    query: 'ceasefire AND Kremlin'"
} >"$work/feeds.yml"

mkdir -p "$work/newsboat"
for n in "${names[@]}"; do echo "$base/$n.xml"; done >"$work/newsboat/urls"
printf 'reload-threads %s\n' "$threads" >"$work/newsboat/config"

{
    echo "sfeedpath=\"$work/sfeed/feeds\""
    echo "maxjobs=$threads"
    echo "feeds() {"
    for n in "${names[@]}"; do echo "    feed \"$n\" \"$base/$n.xml\""; done
    echo "}"
} >"$work/sfeedrc"

mkdir -p "$work/home"
results="$work/results.tsv"
: >"$results"

# --- timing --------------------------------------------------------------------------------
log="$farm_log"

# timed TOOL ROUND RUN CMD...: runs CMD as one cold process, records wall, peak RSS and statuses.
timed() {
    local tool="$1" round="$2" run="$3"; shift 3
    local before after code=0 matches="-"
    before=$(wc -l <"$log")
    env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.state" \
        XDG_CACHE_HOME="$work/home/.cache" XDG_DATA_HOME="$work/home/.data" \
        /usr/bin/time -f '%e %M' -o "$work/time.out" "$@" >"$work/out.txt" 2>"$work/err.txt" || code=$?
    after=$(wc -l <"$log")
    if [ "$code" -ne 0 ]; then
        echo "$tool $round run $run: exit $code" >&2
        tail -n 5 "$work/err.txt" >&2
    fi
    case "$tool" in wirewatch*|ww*) matches=$(grep -c '"type":"match"' "$work/out.txt" || true) ;; esac
    local statuses
    statuses=$(sed -n "$((before + 1)),${after}p" "$log" |
        awk '{ if ($1 == 200) a++; else if ($1 == 304) b++; else c++ } END { printf "%d\t%d\t%d", a, b, c }')
    read -r wall rss <"$work/time.out"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$round" "$run" "$wall" "$rss" "$statuses" "$code" "$matches" \
        >>"$results"
    printf '  %-22s %-9s run %s: %6.2f s %6.0f MB  HTTP 200/304/other %s\n' "$tool" "$round" "$run" "$wall" \
        "$((rss / 1024))" "$(echo "$statuses" | tr '\t' /)" >&2
}

# wirewatch_rounds NAME RUN CMD...: a cold tail --once on a fresh store, then the unchanged round.
wirewatch_rounds() {
    local name="$1" run="$2"; shift 2
    rm -rf "$work/ww"; mkdir -p "$work/ww"
    timed "$name" first "$run" "$@" tail --once --json --config "$work/feeds.yml" --db "$work/ww/wirewatch.db"
    timed "$name" unchanged "$run" "$@" tail --once --json --config "$work/feeds.yml" --db "$work/ww/wirewatch.db"
}

newsboat_rounds() {
    local run="$1" nb=(newsboat -u "$work/newsboat/urls" -C "$work/newsboat/config" -c "$work/newsboat/cache.db")
    rm -f "$work/newsboat/cache.db" "$work/newsboat/cache.db.lock"
    timed newsboat first "$run" "${nb[@]}" -x reload
    timed newsboat second "$run" "${nb[@]}" -x reload
    timed newsboat unchanged "$run" "${nb[@]}" -x reload
}

sfeed_rounds() {
    local run="$1"
    rm -rf "$work/sfeed"; mkdir -p "$work/sfeed/feeds"
    timed sfeed first "$run" sfeed_update "$work/sfeedrc"
    timed sfeed unchanged "$run" sfeed_update "$work/sfeedrc"
}

jar="$root/target/wirewatch.jar"
c1_serial=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

if [ -n "$profile" ]; then
    rm -rf "$work/ww"; mkdir -p "$work/ww"
    # shellcheck disable=SC2086  # PROFILE_OPTS is a list of options
    timed "wirewatch (JFR)" first 1 java ${PROFILE_OPTS:-} \
        -XX:StartFlightRecording=filename="$profile",settings=profile,dumponexit=true \
        -jar "$jar" tail --once --json --config "$work/feeds.yml" --db "$work/ww/wirewatch.db"
    python3 bench/jfr-top.py "$profile"
    exit 0
fi

echo "wirewatch: $WIREWATCH" >&2
echo "$feeds feeds x $items items on $base, $runs runs, $cores cores, $threads threads for newsboat and sfeed" >&2
for run in $(seq 1 "$runs"); do
    case ",$only," in *,newsboat,*) newsboat_rounds "$run" ;; esac
    case ",$only," in *,sfeed,*) sfeed_rounds "$run" ;; esac
    case ",$only," in *,wirewatch,*)
        # shellcheck disable=SC2086  # WIREWATCH is a command line
        wirewatch_rounds wirewatch "$run" $WIREWATCH ;;
    esac
    if [ "$variants" -eq 1 ]; then
        # JVM options of the caller's own keep wirewatch in the JVM it was started in (README).
        wirewatch_rounds "ww one JVM, defaults" "$run" env WIREWATCH_RELAUNCH=0 java -jar "$jar"
        wirewatch_rounds "ww C1" "$run" java -XX:TieredStopAtLevel=1 -jar "$jar"
        wirewatch_rounds "ww SerialGC" "$run" java -XX:+UseSerialGC -jar "$jar"
        wirewatch_rounds "ww C1+SerialGC" "$run" java "${c1_serial[@]}" -jar "$jar"
        for jsa in "$root"/target/wirewatch-*.jsa; do
            [ -f "$jsa" ] && wirewatch_rounds "ww C1+SerialGC+CDS" "$run" java "${c1_serial[@]}" \
                -XX:SharedArchiveFile="$jsa" -jar "$jar"
        done
    fi
done

echo
echo "ingest: $feeds feeds x $items items ($((feeds * items)) articles) over HTTP on 127.0.0.1, median of $runs runs"
echo "wirewatch = $WIREWATCH"
python3 bench/summarize.py "$results" --articles $((feeds * items))
