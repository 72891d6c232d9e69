# shellcheck shell=bash disable=SC2034  # the variables set here are the callers'
# Shared by backup.sh and restore.sh (sourced, not run): the PostgreSQL tools to use, the database URL
# in the form they read, and the passphrase option for openssl. Callers define die().

# PG_BIN picks the client tools; else those on PATH. pg_dump refuses a server newer than itself, so
# with the embedded server (PostgreSQL 16, from pgserver) PG_BIN is pgserver's own bin directory.
pg_tool() {
	if [ -n "${PG_BIN:-}" ]; then
		[ -x "$PG_BIN/$1" ] || die "PG_BIN ($PG_BIN) has no $1"
		echo "$PG_BIN/$1"
	else
		command -v "$1" >/dev/null ||
			die "$1 is not installed (Debian: apt-get install postgresql-client), or set PG_BIN to the directory that has it"
		command -v "$1"
	fi
}

# Sets PG_URL (a libpq URL: no SQLAlchemy driver, no password — that goes to PGPASSWORD, out of the
# process list), PG_DUMP, PG_RESTORE, PSQL and PG_SERVER_MAJOR, after checking the server answers.
postgres_connection() {
	local url=$1 pattern='^postgres(ql)?(\+[A-Za-z0-9_]+)?://([^:@/?]*)(:([^@/?]*))?@(.*)$'
	if [[ $url =~ $pattern ]]; then
		local user=${BASH_REMATCH[3]} password=${BASH_REMATCH[5]} rest=${BASH_REMATCH[6]}
		if [ -n "$password" ]; then
			PGPASSWORD=$(printf '%b' "${password//%/\\x}")
			export PGPASSWORD
		fi
		PG_URL="postgresql://$user@$rest"
	elif [[ $url =~ ^postgres(ql)?(\+[A-Za-z0-9_]+)?://(.*)$ ]]; then
		PG_URL="postgresql://${BASH_REMATCH[3]}"
	else
		die "DATABASE_URL must be a postgresql:// URL (it starts '${url%%:*}')"
	fi
	PG_DUMP=$(pg_tool pg_dump)
	PG_RESTORE=$(pg_tool pg_restore)
	PSQL=$(pg_tool psql)
	local answer
	answer=$("$PSQL" -X -q -A -t --dbname="$PG_URL" -c 'SHOW server_version_num' 2>&1) ||
		die "cannot reach the database at $PG_URL: $answer"
	PG_SERVER_MAJOR=$((answer / 10000))
}

# Sets PG_CLIENT_MAJOR from the tool (pg_dump or pg_restore) and refuses one older than the server.
check_client_version() {
	local tool=$1 path version
	path=$(pg_tool "$tool")
	version=$("$path" --version)
	[[ $version =~ ([0-9]+)(\.[0-9]+)? ]] || die "cannot tell the version of $path from '$version'"
	PG_CLIENT_MAJOR=${BASH_REMATCH[1]}
	if [ "$PG_CLIENT_MAJOR" -lt "$PG_SERVER_MAJOR" ]; then
		die "$path is PostgreSQL $PG_CLIENT_MAJOR but the server is $PG_SERVER_MAJOR; set PG_BIN to the bin" \
			"directory of PostgreSQL $PG_SERVER_MAJOR or newer (the embedded server's: .venv/lib/python3*/site-packages/pgserver/pginstall/bin)"
	fi
}

# The openssl -pass argument for BACKUP_PASSPHRASE or BACKUP_PASSPHRASE_FILE: never the passphrase itself.
passphrase_source() {
	if [ -n "${BACKUP_PASSPHRASE_FILE:-}" ]; then
		[ -r "$BACKUP_PASSPHRASE_FILE" ] || die "BACKUP_PASSPHRASE_FILE ($BACKUP_PASSPHRASE_FILE) cannot be read"
		echo "file:$BACKUP_PASSPHRASE_FILE"
	else
		echo "env:BACKUP_PASSPHRASE"
	fi
}
