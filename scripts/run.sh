#!/usr/bin/env bash
# Serves the app with gunicorn and runs the job worker (`flask worker`) beside it, from backend/ with
# the repository's .venv, as `make run` does. Ctrl-C or SIGTERM stops both, running jobs finishing
# first; if either one exits by itself, the other is stopped too and its exit status is this script's.
set -uo pipefail
cd "$(dirname "$0")/../backend"
BIN=../.venv/bin

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
