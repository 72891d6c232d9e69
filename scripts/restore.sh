#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database and an empty files directory:
#
#   scripts/restore.sh [--force] BACKUP_FILE
#
# It refuses a database that holds tables, or a files directory that holds files, unless --force is
# given: then every schema of the database is dropped and the files directory's contents are moved
# aside to <dir>.before-restore-<time>. The database is restored in one transaction (all or nothing);
# the files are unpacked beside their directory and moved into it after that commit. Then run the app's
# `flask db upgrade`, which brings a backup from an older release up to this one. docs/backups.md.
#
# Settings (environment), as for backup.sh:
#   DATABASE_URL         the database to restore into (required)
#   STORAGE_LOCAL_DIR    where the uploaded files go (required when the backup has files)
#   BACKUP_PASSPHRASE    the passphrase of an encrypted backup; or BACKUP_PASSPHRASE_FILE
#   PG_BIN               the directory of pg_restore and psql, when those on PATH are older than the backup
set -euo pipefail

die() {
	echo "restore.sh: $*" >&2
	exit 1
}

# shellcheck source=scripts/postgres-url.sh
. "$(dirname "$0")/postgres-url.sh"

force=no
if [ "${1:-}" = --force ]; then
	force=yes
	shift
fi
[ $# -eq 1 ] || die "usage: $0 [--force] BACKUP_FILE"
backup=$1
[ -f "$backup" ] || die "$backup is not a file"
[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL is not set: the database to restore into"

work=$(mktemp -d "${TMPDIR:-/tmp}/fitnesscrm-restore.XXXXXX")
unpacked=""
cleanup() {
	rm -rf "$work"
	[ -z "$unpacked" ] || rm -rf "$unpacked"
}
trap cleanup EXIT

# An encrypted backup starts with openssl's salt header; it is decrypted before anything else happens.
archive=$backup
if [ "$(head -c 8 "$backup" | tr -d '\0')" = "Salted__" ]; then
	[ -n "${BACKUP_PASSPHRASE:-}" ] || [ -n "${BACKUP_PASSPHRASE_FILE:-}" ] ||
		die "$backup is encrypted: set BACKUP_PASSPHRASE (or BACKUP_PASSPHRASE_FILE) to the passphrase it was made with"
	command -v openssl >/dev/null || die "openssl is needed to decrypt (Debian: apt-get install openssl)"
	passphrase_option=$(passphrase_source) || exit 1
	archive="$work/backup.tar"
	openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000 -pass "$passphrase_option" -in "$backup" -out "$archive" 2>/dev/null ||
		die "cannot decrypt $backup: the passphrase is wrong (or the file is damaged). Nothing was restored."
fi
mkdir "$work/backup"
tar --extract --file="$archive" --directory="$work/backup" 2>/dev/null ||
	die "$backup is not a backup made by backup.sh, or it is damaged (or the passphrase is wrong). Nothing was restored."
[ "$archive" = "$backup" ] || rm -f "$archive"
{ [ -f "$work/backup/SHA256SUMS" ] && [ -f "$work/backup/manifest.txt" ]; } ||
	die "$backup is not a backup made by backup.sh (no manifest). Nothing was restored."
(cd "$work/backup" && sha256sum --check --quiet --strict SHA256SUMS >/dev/null 2>&1) ||
	die "$backup is damaged: its contents do not match their checksums. Nothing was restored."
manifest() {
	sed -n "s/^$1=//p" "$work/backup/manifest.txt"
}

postgres_connection "$DATABASE_URL"
check_client_version pg_restore
dump_major=$(manifest pg_dump_major)
if [ "$PG_CLIENT_MAJOR" -lt "$dump_major" ]; then
	die "the backup was made by pg_dump $dump_major and $PG_RESTORE is $PG_CLIENT_MAJOR; set PG_BIN to PostgreSQL $dump_major's bin directory"
fi
if [ "$PG_SERVER_MAJOR" -lt "$(manifest server_major)" ]; then
	die "the backup is of a PostgreSQL $(manifest server_major) database and this server is $PG_SERVER_MAJOR; restore into $(manifest server_major) or newer"
fi

user_schemas="n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'"
counts=$("$PSQL" -X -q -A -t -F ' ' --dbname="$PG_URL" -c "SELECT
	count(*) FILTER (WHERE c.relkind IN ('r', 'p')), count(*)
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $user_schemas")
read -r tables objects <<<"$counts"
drops=""
if [ "$objects" -gt 0 ]; then
	[ "$force" = yes ] ||
		die "the database at $PG_URL is not empty (it holds $tables tables): restore into a new database" \
			"(createdb), or give --force to drop everything in it first"
	drops=$("$PSQL" -X -q -A -t --dbname="$PG_URL" -c "SELECT string_agg(format('DROP SCHEMA %I CASCADE;', n.nspname), ' ')
		FROM pg_namespace n WHERE $user_schemas")
	drops="$drops CREATE SCHEMA public;"
fi

has_files=no
[ ! -f "$work/backup/files.tar" ] || has_files=yes
if [ "$has_files" = yes ]; then
	[ -n "${STORAGE_LOCAL_DIR:-}" ] ||
		die "STORAGE_LOCAL_DIR is not set: the directory the backup's $(manifest files) uploaded files go to (the app's STORAGE_LOCAL_DIR)"
	files_dir=${STORAGE_LOCAL_DIR%/}
	if [ -d "$files_dir" ] && [ -n "$(ls -A "$files_dir")" ] && [ "$force" = no ]; then
		die "$files_dir already holds files: give an empty or new directory, or --force to move it aside first"
	fi
	mkdir -p "$(dirname "$files_dir")"
	# Unpacked beside the directory (the same file system), so putting it in place is a rename.
	unpacked=$(mktemp -d "$files_dir.restoring.XXXXXX")
	tar --extract --file="$work/backup/files.tar" --directory="$unpacked"
	rm -f "$work/backup/files.tar"
fi

# pg_restore writes SQL that psql runs in one transaction, after the drops: COMMIT is sent only when
# pg_restore has written everything, so a failure anywhere leaves the database as it was.
{
	echo 'BEGIN; SET client_min_messages = warning;'
	echo "$drops"
	if "$PG_RESTORE" --no-owner --no-privileges --file=- "$work/backup/database.dump"; then
		echo 'COMMIT;'
	else
		touch "$work/pg_restore-failed"
	fi
} | "$PSQL" -X -q -v ON_ERROR_STOP=1 --dbname="$PG_URL" >/dev/null ||
	die "the database restore failed (above) and was rolled back; the files were not touched"
[ ! -e "$work/pg_restore-failed" ] || die "pg_restore could not read the dump (above); the database was rolled back"

# The directory itself stays (it may be a volume's mount point, owned by the app's user): what is in it
# moves aside, and what was unpacked moves in.
move_entries() {
	find "$1" -mindepth 1 -maxdepth 1 -exec mv -t "$2" {} +
}
where="the backup holds no files (they were in S3)"
if [ "$has_files" = yes ]; then
	mkdir -p "$files_dir"
	if [ -n "$(ls -A "$files_dir")" ]; then
		aside="$files_dir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
		mkdir "$aside"
		move_entries "$files_dir" "$aside"
		echo "Moved the files that were in $files_dir to $aside."
	fi
	move_entries "$unpacked" "$files_dir"
	where="$(manifest files) files into $files_dir"
fi
echo "Restored $backup (made $(manifest created), migration $(manifest migration)): the database into $PG_URL; $where."
echo "Next: run the app's migrations before starting it (cd backend && flask db upgrade; with compose, its migrate service)."
