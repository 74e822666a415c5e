# The local feed farm the benchmarks share; sourced by bench/ingest.sh and bench/scaleout.sh, not run.
#
# farm_install PKG...          installs Debian packages (as root, or through sudo)
# farm_free_port               prints a free TCP port on 127.0.0.1
# farm_serve WORK FEEDS ITEMS  generates FEEDS RSS feeds x ITEMS items (bench/feedgen.py) into WORK/www/feeds and
#                              serves them from nginx on a free loopback port (ETag, gzip, keep-alive); sets
#                              farm_base (the feeds' folder URL), farm_port, farm_log (the access log: one line
#                              per request, "status method path client-port epoch-seconds") and farm_nginx_pid
# farm_stop                    stops that nginx
# farm_feeds FEEDS             prints the feeds: list of a feeds.yml for the farm (names feed-0000 ...)

farm_install() {
    echo "installing: $*" >&2
    local as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q "$@" >&2
}

farm_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

farm_serve() {
    local work="$1" feeds="$2" items="$3" user_line=""
    farm_port=$(farm_free_port)
    farm_base="http://127.0.0.1:$farm_port/feeds"
    farm_log="$work/nginx/logs/access.log"
    python3 "$(dirname "${BASH_SOURCE[0]}")/feedgen.py" --feeds "$feeds" --items "$items" --out "$work/www/feeds" >&2
    chmod -R a+rX "$work/www"
    mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
    [ "$(id -u)" -eq 0 ] && user_line="user root;"
    cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes $(nproc);
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    types { application/rss+xml xml; }
    default_type application/octet-stream;
    log_format bench '\$status \$request_method \$request_uri \$remote_port \$msec';
    access_log $farm_log bench;
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
    gzip_vary on;
    server {
        listen 127.0.0.1:$farm_port;
        root $work/www;
    }
}
EOF
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
    for _ in $(seq 100); do [ -s "$work/nginx/nginx.pid" ] && break; sleep 0.05; done
    farm_nginx_pid=$(cat "$work/nginx/nginx.pid")
    curl -fsS -o /dev/null "$farm_base/feed-0000.xml"
}

farm_stop() {
    if [ -n "${farm_nginx_pid:-}" ] && kill -0 "$farm_nginx_pid" 2>/dev/null; then
        kill -QUIT "$farm_nginx_pid" 2>/dev/null || true
    fi
}

farm_feeds() {
    local i
    echo "feeds:"
    for i in $(seq 0 $(($1 - 1))); do
        printf '  - name: feed-%04d\n    url: %s/feed-%04d.xml\n    fulltext: never\n' "$i" "$farm_base" "$i"
    done
}
