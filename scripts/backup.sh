#!/usr/bin/env bash
# Backs up FitnessCRM: the database (pg_dump, custom format) and the uploaded files, as one file
# BACKUP_DIR/fitnesscrm-<UTC time>.tar (or .tar.enc, encrypted with BACKUP_PASSPHRASE), then deletes
# all but the newest BACKUP_KEEP backups. docs/backups.md says how to run it, restore and test it.
#
# Settings (environment):
#   DATABASE_URL         the app's database, e.g. postgresql://fitnesscrm@db.internal/fitnesscrm (required;
#                        a SQLAlchemy URL such as postgresql+psycopg2://... works too)
#   BACKUP_DIR           where backups are kept (required; made if missing)
#   STORAGE_BACKEND      local (default) or s3; with s3 the bucket keeps the files and only the database is backed up
#   STORAGE_LOCAL_DIR    the uploaded files' directory (required when STORAGE_BACKEND is local)
#   BACKUP_KEEP          how many backups to keep, newest first (default 14)
#   BACKUP_PASSPHRASE    encrypt with this passphrase (openssl AES-256-CBC, PBKDF2); or BACKUP_PASSPHRASE_FILE
#   PG_BIN               the directory of pg_dump and psql, when those on PATH are older than the server
set -euo pipefail
umask 077

die() {
	echo "backup.sh: $*" >&2
	exit 1
}

# shellcheck source=scripts/postgres-url.sh
. "$(dirname "$0")/postgres-url.sh"

[ $# -eq 0 ] || die "takes no arguments; it is configured by environment variables (see the top of $0)"
[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL is not set: the database to back up (the app's DATABASE_URL)"
[ -n "${BACKUP_DIR:-}" ] || die "BACKUP_DIR is not set: the directory the backups are written to"
keep=${BACKUP_KEEP:-14}
[[ $keep =~ ^[1-9][0-9]*$ ]] || die "BACKUP_KEEP must be a whole number of backups to keep, 1 or more (it is '$keep')"
storage_backend=${STORAGE_BACKEND:-local}
case $storage_backend in
local)
	[ -n "${STORAGE_LOCAL_DIR:-}" ] ||
		die "STORAGE_LOCAL_DIR is not set: the directory the app keeps uploaded files in (its default is VAR_DIR/uploads)"
	[ -d "$STORAGE_LOCAL_DIR" ] || die "STORAGE_LOCAL_DIR ($STORAGE_LOCAL_DIR) is not a directory"
	;;
s3) ;;
*) die "STORAGE_BACKEND must be local or s3 (it is '$storage_backend')" ;;
esac
encrypt=no
if [ -n "${BACKUP_PASSPHRASE:-}" ] || [ -n "${BACKUP_PASSPHRASE_FILE:-}" ]; then
	encrypt=yes
	passphrase_option=$(passphrase_source) || exit 1
	command -v openssl >/dev/null || die "openssl is needed to encrypt (Debian: apt-get install openssl)"
fi

postgres_connection "$DATABASE_URL"
check_client_version pg_dump

mkdir -p "$BACKUP_DIR"
name="fitnesscrm-$(date -u +%Y%m%dT%H%M%SZ).tar"
[ "$encrypt" = no ] || name="$name.enc"
target="$BACKUP_DIR/$name"
[ ! -e "$target" ] || die "$target already exists (one backup a second at most)"

# Everything is written under a hidden temporary name in BACKUP_DIR and renamed into place only when
# whole, so a backup that is listed is complete; an interrupted run leaves nothing behind.
work=$(mktemp -d "$BACKUP_DIR/.backup-work.XXXXXX")
partial="$BACKUP_DIR/.$name.partial"
cleanup() {
	rm -rf "$work" "$partial"
}
trap cleanup EXIT

# The database first, then the files: bytes are written before their row commits and deleted only after
# the row's deletion commits, so every file the dump names is on disk unless it was deleted meanwhile.
"$PG_DUMP" --format=custom --no-owner --no-privileges --file="$work/database.dump" --dbname="$PG_URL"

files=none
if [ "$storage_backend" = local ]; then
	# Uploads are written as .<key>.partial and renamed when whole: the half-written ones are not files yet.
	# The app keeps running: a file deleted or replaced while tar reads is tar's exit 1, a warning; 2 is an error.
	status=0
	tar --create --file="$work/files.tar" --directory="$STORAGE_LOCAL_DIR" --exclude='.*.partial' \
		--warning=no-file-changed --warning=no-file-removed . || status=$?
	[ "$status" -le 1 ] || die "could not read the uploaded files in $STORAGE_LOCAL_DIR (above)"
	files=$(tar --list --file="$work/files.tar" | grep -vc '/$' || true)
fi

{
	echo "created=$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "pg_dump_major=$PG_CLIENT_MAJOR"
	echo "server_major=$PG_SERVER_MAJOR"
	echo "migration=$("$PSQL" -X -q -A -t --dbname="$PG_URL" -c 'SELECT version_num FROM alembic_version' 2>/dev/null || true)"
	echo "storage_backend=$storage_backend"
	echo "files=$files"
} >"$work/manifest.txt"
members=(manifest.txt database.dump)
[ "$storage_backend" = s3 ] || members+=(files.tar)
(cd "$work" && sha256sum "${members[@]}" >SHA256SUMS)
members+=(SHA256SUMS)

if [ "$encrypt" = yes ]; then
	tar --create --directory="$work" "${members[@]}" |
		openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -salt -pass "$passphrase_option" -out "$partial"
else
	tar --create --file="$partial" --directory="$work" "${members[@]}"
fi
sync "$partial"
mv "$partial" "$target"
size=$(du -h "$target" | cut -f1)
if [ "$storage_backend" = s3 ]; then
	echo "Backed up the database to $target ($size); the uploaded files are in S3, not in this backup."
else
	echo "Backed up the database and $files files to $target ($size)."
fi

# Retention: the newest BACKUP_KEEP backups stay (by the UTC time in their names); only this script's
# own files are ever deleted.
mapfile -t backups < <(find "$BACKUP_DIR" -maxdepth 1 -type f \
	\( -name 'fitnesscrm-????????T??????Z.tar' -o -name 'fitnesscrm-????????T??????Z.tar.enc' \) \
	-printf '%f\n' | sort -r)
for old in "${backups[@]:keep}"; do
	rm -f "$BACKUP_DIR/$old"
	echo "Deleted $BACKUP_DIR/$old (BACKUP_KEEP=$keep)."
done
