#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the integration suites.
# Usage: postgres-cluster.sh start|stop|pause|resume <dir> <port>
#   pause/resume stop and restart the server of an existing cluster (outage tests).
set -euo pipefail
action=$1 dir=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# initdb refuses to run as root: use the postgres system user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
run_server() {
    as_owner "$bin/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
}
case "$action" in
start)
    as_owner "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir" -U gonggu --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run_server
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U gonggu gonggu
    echo "PostgreSQL ready on 127.0.0.1:$port"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
pause)
    as_owner "$bin/pg_ctl" -D "$dir" -w -m fast stop >/dev/null
    ;;
resume)
    run_server
    ;;
*)
    echo "usage: $0 start|stop|pause|resume <dir> <port>" >&2
    exit 2
    ;;
esac
