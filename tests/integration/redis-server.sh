#!/usr/bin/env bash
# A throwaway Redis on loopback for the multi-instance suite.
# Usage: redis-server.sh start|stop|pause|resume <dir> <port>
#   pause/resume stop and restart it (outage tests); stop also removes <dir>.
set -euo pipefail
action=$1 dir=$2 port=$3
run() {
    mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
        --daemonize yes --pidfile "$dir/redis.pid" --dir "$dir" --logfile "$dir/redis.log"
    for _ in $(seq 50); do
        redis-cli -p "$port" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "redis did not start" >&2
    return 1
}
halt() {
    redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 50); do
        redis-cli -p "$port" ping >/dev/null 2>&1 || return 0
        sleep 0.1
    done
}
case "$action" in
start) halt; rm -rf "$dir"; run; echo "Redis ready on 127.0.0.1:$port" ;;
stop) halt; rm -rf "$dir" ;;
pause) halt ;;
resume) run ;;
*) echo "usage: $0 start|stop|pause|resume <dir> <port>" >&2; exit 2 ;;
esac
