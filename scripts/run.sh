#!/usr/bin/env bash
# Serves the app with gunicorn and runs the job worker (`flask worker`) beside it, from backend/ with
# the repository's .venv, as `make run` does. Ctrl-C or SIGTERM stops both, running jobs finishing
# first; if either one exits by itself, the other is stopped too and its exit status is this script's.
set -uo pipefail
cd "$(dirname "$0")/../backend"
BIN=../.venv/bin

# Socket.IO events reach sockets held by another gunicorn process only through Redis: without
# REDIS_URL (here or in .env) one process serves everything, sockets included.
redis_url=${REDIS_URL-$(sed -n 's/^REDIS_URL=//p' ../.env 2>/dev/null | tail -n 1)}
if [ -z "$redis_url" ]; then
	echo "run.sh: REDIS_URL is not set, so one gunicorn process serves the app and every live socket" \
		"(set REDIS_URL=redis://127.0.0.1:6379/0 to run WEB_CONCURRENCY processes)." >&2
	export WEB_CONCURRENCY=1
fi

"$BIN/gunicorn" fitnesscrm.wsgi:app &
web=$!
"$BIN/flask" worker &
worker=$!

stop() {
	kill -TERM "$web" "$worker" 2>/dev/null
}
trap stop INT TERM

# Returns when the first of the two exits, or when a trapped signal interrupts the wait.
wait -n "$web" "$worker"
status=$?
stop
wait "$web" "$worker" 2>/dev/null
exit "$status"
