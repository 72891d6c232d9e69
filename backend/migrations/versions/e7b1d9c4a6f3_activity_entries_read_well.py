"""Activity entries written before they read well, rewritten the way new ones are written

- A deleted client's or trainer's {"deleted": {"before": {...}}} becomes one change per field.
- Sessions' and series' client_ids and trainer_id become the clients' and the trainer's names
  ("Deleted client" for one that is gone); a series' rrule becomes its rule in words (repeats)
  and its local_start its first start in UTC (starts_at).
- Session and series labels name their people instead of a time in the session's zone; that
  time goes to entity_at, which the app shows in the reader's zone.
- Working hours read "Mon 09:00-17:00" instead of "0 09:00-17:00"; time off is kept in UTC.

The code below is a frozen copy of how the app words these things today (fitnesscrm.scheduling
and fitnesscrm.core.changes), so that this migration does the same whatever the app becomes.
Downgrade leaves the entries as they are: the older code shows them too.

Revision ID: e7b1d9c4a6f3
Revises: c5e8a3f1b2d4
Create Date: 2026-12-01 16:20:00.000000
"""
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e7b1d9c4a6f3'
down_revision = 'c5e8a3f1b2d4'
branch_labels = None
depends_on = None

DELETED_AS_FIELDS = """
UPDATE activity_entries SET changes = coalesce((
    SELECT jsonb_object_agg(field.key, jsonb_build_object('before', field.value, 'after', NULL))
    FROM jsonb_each(changes -> 'deleted' -> 'before') AS field
    WHERE field.value NOT IN ('null'::jsonb, '""'::jsonb, '[]'::jsonb)
), '{}'::jsonb)
WHERE action = 'delete' AND jsonb_typeof(changes -> 'deleted' -> 'before') = 'object'
"""
LEGACY_FIELDS = "ARRAY['client_ids', 'trainer_id', 'rrule', 'local_start', 'working_hours', 'time_off']"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FREQUENCIES = {"DAILY": ("Daily", "days"), "WEEKLY": ("Weekly", "weeks"), "MONTHLY": ("Monthly", "months"),
               "YEARLY": ("Yearly", "years")}
DAYS = {"MO": "Mon", "TU": "Tue", "WE": "Wed", "TH": "Thu", "FR": "Fri", "SA": "Sat", "SU": "Sun"}


class Names:
    """People's names by id, looked up once each."""

    def __init__(self, conn):
        self.conn = conn
        self.found = {}

    def of(self, table, ids):
        missing = [i for i in ids if (table, i) not in self.found]
        if missing:
            rows = self.conn.execute(
                sa.text(f"SELECT id, first_name || ' ' || last_name FROM {table} WHERE id = ANY(:ids)"),
                {"ids": missing},
            ).all()
            self.found.update({(table, i): name for i, name in rows})
        gone = "Deleted client" if table == "clients" else "Deleted trainer"
        return [self.found.get((table, i), gone) for i in ids]


def _day(code):
    number, name = code[:-2], DAYS.get(code[-2:], code[-2:])
    if not number:
        return name
    if number == "-1":
        return f"last {name}"
    suffix = {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th") if number[-2:-1] != "1" else "th"
    return f"{number}{suffix} {name}"


def describe(rule, zone):
    parts = dict(part.split("=", 1) for part in rule.removeprefix("RRULE:").split(";") if "=" in part)
    once, unit = FREQUENCIES.get(parts.get("FREQ", ""), (parts.get("FREQ", "").capitalize(), "times"))
    interval = int(parts.get("INTERVAL") or 1)
    text = once if interval == 1 else f"Every {interval} {unit}"
    if "BYDAY" in parts:
        text += " on " + ", ".join(_day(code) for code in parts["BYDAY"].split(","))
    if "BYMONTHDAY" in parts:
        text += " on day " + ", ".join(parts["BYMONTHDAY"].split(","))
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    until = parts.get("UNTIL", "")
    try:
        if until.endswith("Z"):
            last = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).date()
        else:
            last = datetime.strptime(until[:8], "%Y%m%d").date()
        text += f", until {last.day} {last:%b %Y}"
    except ValueError:
        pass
    return text


def booking_label(what, trainer, clients):
    if not clients:
        return f"{what}, {trainer}" if trainer else what
    if len(clients) == 1:
        return f"{what} with {clients[0]}"
    shown = ", ".join(clients[:2]) if len(clients) > 3 else ", ".join(clients[:-1])
    rest = f"{len(clients) - 2} more" if len(clients) > 3 else clients[-1]
    return f"{what} with {shown} and {rest}"


def _utc(value):
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    return moment.astimezone(UTC).isoformat() if moment.tzinfo else value


def _hours(value):
    if not isinstance(value, str) or " " not in value:
        return value
    day, hours = value.split(" ", 1)
    return f"{WEEKDAYS[int(day)]} {hours}" if day.isdigit() and int(day) < 7 else value


def _each(change, convert):
    return {side: (None if change.get(side) is None else convert(change.get(side))) for side in ("before", "after")}


def rewrite(changes, *, names, zone):
    """`changes` as new entries write them."""
    out = {}
    for field, change in changes.items():
        if not isinstance(change, dict):
            out[field] = change
        elif field == "client_ids":
            out["clients"] = _each(change, lambda ids: sorted(names.of("clients", [int(i) for i in ids])))
        elif field == "trainer_id":
            out["trainer"] = _each(change, lambda i: names.of("trainers", [int(i)])[0])
        elif field == "rrule":
            out["repeats"] = _each(change, lambda rule: describe(rule, zone))
        elif field == "local_start":
            out["starts_at"] = _each(
                change, lambda local: datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).isoformat()
            )
        elif field == "working_hours":
            out[field] = _each(change, lambda intervals: [_hours(interval) for interval in intervals])
        elif field == "time_off":
            out[field] = _each(change, lambda span: [_utc(moment) for moment in span])
        else:
            out[field] = change
    return out


def _relabel_sessions(conn, names):
    sessions = conn.execute(sa.text(
        "SELECT s.id, s.title, s.kind, s.trainer_id, s.starts_at FROM sessions AS s WHERE s.id IN "
        "(SELECT entity_id FROM activity_entries WHERE entity_type = 'session' AND entity_at IS NULL)"
    )).all()
    for session_id, title, kind, trainer_id, starts_at in sessions:
        client_ids = conn.execute(
            sa.text("SELECT client_id FROM session_participants WHERE session_id = :s AND active"), {"s": session_id}
        ).scalars().all()
        what = title or f"{kind.replace('_', ' ').capitalize()} session"
        label = booking_label(what, names.of("trainers", [trainer_id])[0], sorted(names.of("clients", client_ids)))
        conn.execute(
            sa.text(
                "UPDATE activity_entries SET entity_label = :label, entity_at = :at "
                "WHERE entity_type = 'session' AND entity_id = :s AND entity_at IS NULL"
            ),
            {"label": label[:199], "at": starts_at, "s": session_id},
        )


def _relabel_series(conn, names):
    series = conn.execute(sa.text(
        "SELECT s.id, s.title, s.kind, s.trainer_id, s.client_ids, s.rrule, s.local_start, s.timezone "
        "FROM session_series AS s WHERE s.id IN "
        "(SELECT entity_id FROM activity_entries WHERE entity_type = 'session_series' AND entity_at IS NULL)"
    )).all()
    for series_id, title, kind, trainer_id, client_ids, rule, local_start, zone in series:
        what = title or f"{kind.replace('_', ' ').capitalize()} sessions"
        repeats = describe(rule, zone)
        label = booking_label(what, names.of("trainers", [trainer_id])[0], sorted(names.of("clients", client_ids)))
        conn.execute(
            sa.text(
                "UPDATE activity_entries SET entity_label = :label, entity_at = :at "
                "WHERE entity_type = 'session_series' AND entity_id = :s AND entity_at IS NULL"
            ),
            {
                "label": f"{label} ({repeats[:1].lower()}{repeats[1:]})"[:199],
                "at": local_start.replace(tzinfo=ZoneInfo(zone)),
                "s": series_id,
            },
        )


def upgrade():
    rewrite_entries(op.get_bind())


def rewrite_entries(conn):
    """Every legacy entry rewritten (a function of its own so that a test can run it on entries it made)."""
    conn.execute(sa.text(DELETED_AS_FIELDS))
    names = Names(conn)
    zones = dict(conn.execute(sa.text("SELECT id, timezone FROM session_series")).all())
    legacy = conn.execute(sa.text(
        f"SELECT id, entity_type, entity_id, changes FROM activity_entries WHERE changes ?| {LEGACY_FIELDS}"
    )).all()
    for entry_id, entity_type, entity_id, changes in legacy:
        zone = zones.get(entity_id, "UTC") if entity_type == "session_series" else "UTC"
        rewritten = rewrite(changes, names=names, zone=zone)
        if rewritten != changes:
            conn.execute(
                sa.text("UPDATE activity_entries SET changes = CAST(:changes AS jsonb) WHERE id = :id"),
                {"changes": json.dumps(rewritten), "id": entry_id},
            )
    _relabel_sessions(conn, names)
    _relabel_series(conn, names)


def downgrade():
    pass
