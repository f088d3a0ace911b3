#!/usr/bin/env bash
# RabbitMQ from Debian with the Web-STOMP plugin, on 127.0.0.1 only, for the
# comparison runs. Usage: rabbitmq.sh start|stop|pid <dir>
#   Web-STOMP: ws://127.0.0.1:15674/ws (login guest/guest); AMQP on 127.0.0.1:5673.
set -euo pipefail
action=$1 dir=$2
export RABBITMQ_NODENAME=gonggu-bench@localhost
export RABBITMQ_MNESIA_BASE=$dir/mnesia RABBITMQ_LOG_BASE=$dir/log
export RABBITMQ_CONFIG_FILE=$dir/rabbitmq RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
case "$action" in
start)
    mkdir -p "$dir/mnesia" "$dir/log"
    cat >"$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:5673
web_stomp.tcp.ip = 127.0.0.1
web_stomp.tcp.port = 15674
loopback_users.guest = true
log.console = false
CONF
    echo "[rabbitmq_web_stomp]." >"$dir/enabled_plugins"
    # As the rabbitmq user, without Debian's su wrapper: su's PAM session resets
    # the open-files limit to 1024, too few for the idle-connection scenario.
    ulimit -n "$(ulimit -Hn)"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R rabbitmq: "$dir"
        HOME=/var/lib/rabbitmq setpriv --reuid rabbitmq --regid rabbitmq --init-groups \
            /usr/lib/rabbitmq/bin/rabbitmq-server -detached >/dev/null 2>&1
    else
        /usr/lib/rabbitmq/bin/rabbitmq-server -detached >/dev/null 2>&1
    fi
    # await_startup fails at once until the node has registered: retry for a minute.
    for _ in $(seq 60); do
        rabbitmqctl -q --timeout 60 await_startup >/dev/null 2>&1 && break
        sleep 1
    done
    rabbitmqctl -q --timeout 10 await_startup
    echo "RabbitMQ Web-STOMP ready on ws://127.0.0.1:15674/ws"
    ;;
stop)
    rabbitmqctl -q stop >/dev/null 2>&1 || true
    ;;
pid) # the Erlang VM's, for CPU and memory readings
    rabbitmqctl -q eval 'list_to_integer(os:getpid()).'
    ;;
*)
    echo "usage: $0 start|stop|pid <dir>" >&2
    exit 2
    ;;
esac
