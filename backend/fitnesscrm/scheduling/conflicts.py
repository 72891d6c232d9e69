"""Why a booking or a move is refused, said for people, and the nearest times that would work.

A refusal names who is busy and when, in the reader's zone (their own, else the studio's) on the
12-hour clock the calendar uses: "Zoë Ñúñez already has a session 10:00-11:00 AM Tue 2 Feb with
Daniel Kim" (with an en dash). The ids stay in the error's `fields.conflict` for programs and for the app's link to
the session; `fields.suggestions` holds up to three free times before and three after the one
asked for, free for the trainer and for every client of the session, inside working hours.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.auth import service as auth
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import availability
from fitnesscrm.scheduling.models import RELEASED, Participant, Session
from fitnesscrm.scheduling.recurrence import to_local
from fitnesscrm.scheduling.views import names

Range = tuple[datetime, datetime]
SUGGESTIONS = 3  # before and after the time asked for
SEARCH_DAYS_BEFORE, SEARCH_DAYS_AFTER = 1, 7
SUGGESTION_STEP = 30
DASH = "\N{EN DASH}"


def reader_zone(actor: Principal) -> str:
    """The zone the caller reads times in: their own, else their organization's."""
    return auth.get_user(actor=actor).timezone or availability.organization_zone(actor.organization_id)


def _clock(moment: datetime) -> tuple[str, str]:
    return f"{moment.hour % 12 or 12}:{moment:%M}", "AM" if moment.hour < 12 else "PM"


def _day(moment: datetime, today: datetime) -> str:
    text = f"{moment:%a} {moment.day} {moment:%b}"
    return text if moment.year == today.year else f"{text} {moment.year}"


def span(start: datetime, end: datetime, zone: str) -> str:
    """'10:00-11:00 AM Tue 2 Feb', '11:30 AM-12:30 PM Tue 2 Feb', '11:00 PM Tue 2 Feb-1:00 AM Wed 3 Feb' (en dashes)."""
    local_start, local_end = to_local(start, zone), to_local(end, zone)
    today = datetime.now(ZoneInfo(zone))
    (first, first_half), (last, last_half) = _clock(local_start), _clock(local_end)
    if local_start.date() != local_end.date():
        return f"{first} {first_half} {_day(local_start, today)}{DASH}{last} {last_half} {_day(local_end, today)}"
    if first_half == last_half:
        return f"{first}{DASH}{last} {last_half} {_day(local_start, today)}"
    return f"{first} {first_half}{DASH}{last} {last_half} {_day(local_start, today)}"


def suggestions(
    *,
    organization_id: int,
    trainer_id: int,
    client_ids: Sequence[int],
    start: datetime,
    end: datetime,
    zone: str,
    ignore: Sequence[int] = (),
) -> list[dict]:
    """Up to three free times as long as [start, end) before it and three after, labelled in `zone`."""
    studio_zone = availability.organization_zone(organization_id)
    day = to_local(start, studio_zone).date()
    slots = availability.free_slots(
        trainer_id=trainer_id, zone=studio_zone, first=day - timedelta(days=SEARCH_DAYS_BEFORE),
        last=day + timedelta(days=SEARCH_DAYS_AFTER), minutes=int((end - start).total_seconds() // 60),
        step=SUGGESTION_STEP, client_ids=client_ids, ignore=ignore,
    )  # fmt: skip
    before = [slot for slot in slots if slot[0] < start][-SUGGESTIONS:]
    after = [slot for slot in slots if slot[0] > start][:SUGGESTIONS]
    return [{"starts_at": _utc(s), "ends_at": _utc(e), "label": span(s, e, zone)} for s, e in [*before, *after]]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def outside_hours(actor: Principal, *, trainer_name: str, trainer_id: int, bad: Range, single: bool) -> Conflict:
    """The 409 for a time outside the trainer's working hours or in their time off."""
    zone = reader_zone(actor)
    start, end = bad
    in_time_off = bool(availability.time_off_between(trainer_id, start, end))
    where = f"in {trainer_name}'s time off" if in_time_off else f"outside {trainer_name}'s working hours"
    fields: dict = {"starts_at": ["Outside working hours; an owner or admin may pass override=true."]}
    if single:
        fields["suggestions"] = suggestions(
            organization_id=actor.organization_id, trainer_id=trainer_id, client_ids=(), start=start, end=end,
            zone=zone,
        )  # fmt: skip
    return Conflict(f"{span(start, end, zone)} is {where}.", code="outside_working_hours", fields=fields)


Candidate = tuple[int | None, int, list[int], datetime, datetime]


def booking_conflict(actor: Principal | None, candidates: Sequence[Candidate], constraint: str, zone: str) -> Conflict:
    """Look up (after the rollback, so it sees what the winner committed) the session in the way and say who is busy.

    `candidates` are (id, trainer id, active client ids, start, end) of the sessions being saved.
    """
    own = [c[0] for c in candidates if c[0] is not None]
    if actor is not None:
        zone = reader_zone(actor)
    for session_id, trainer_id, client_ids, start, end in candidates:
        stmt = (
            sa.select(Session)
            .options(joinedload(Session.trainer), selectinload(Session.participants).joinedload(Participant.client))
            .where(
                Session.starts_at < end,
                Session.ends_at > start,
                Session.status.not_in(RELEASED),
                Session.id.not_in(own),
            )
            .order_by(Session.starts_at)
            .limit(1)
        )
        hit, detail = None, {}
        if "client" not in constraint:
            hit = db.session.scalars(stmt.where(Session.trainer_id == trainer_id)).first()
            if hit is not None:
                clients = [p.client.full_name for p in hit.participants if p.active]
                message = f"{hit.trainer.full_name} already has {_what(hit)} {span(hit.starts_at, hit.ends_at, zone)}"
                message += f" with {names(clients)}." if clients else "."
        if hit is None and client_ids:
            row = db.session.execute(
                stmt.add_columns(Participant.client_id)
                .join(Participant)
                .where(Participant.client_id.in_(client_ids), Participant.active)
            ).first()
            if row is not None:
                hit, detail = row[0], {"client_id": row[1]}
                client = db.session.get(Client, row[1])
                # A colleague's session is named only as "a session" to a trainer who may not open it.
                what = (
                    _what(hit)
                    if actor is None or actor.is_manager or actor.trainer_id == hit.trainer_id
                    else "a session"
                )
                message = (
                    f"{client.full_name} already has {what} {span(hit.starts_at, hit.ends_at, zone)} "
                    f"with {hit.trainer.full_name}."
                )
        if hit is None:
            continue
        fields: dict = {
            "conflict": {
                "session_id": hit.id, "starts_at": _utc(hit.starts_at), "ends_at": _utc(hit.ends_at),
                "trainer_id": hit.trainer_id, **detail,
            }
        }  # fmt: skip
        if len(candidates) == 1 and actor is not None:
            fields["suggestions"] = suggestions(
                organization_id=actor.organization_id, trainer_id=trainer_id, client_ids=client_ids, start=start,
                end=end, zone=zone, ignore=[session_id] if session_id else [],
            )  # fmt: skip
        return Conflict(message, code="booking_conflict", fields=fields)
    return Conflict("The time overlaps another session.", code="booking_conflict")


def _what(session: Session) -> str:
    return f"“{session.title}”" if session.title else "a session"
