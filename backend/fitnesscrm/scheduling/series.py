"""Recurring series: create, extend, and edit or cancel this-and-following or the whole series.

Occurrences are materialised as session rows up to a horizon (a year ahead at creation,
further on demand), so that the overlap constraints apply to every occurrence and a
week view is a plain range query. An occurrence edited on its own is an exception:
series-wide edits leave it as it is. Splitting a series at an occurrence caps the old
rule (COUNT) and starts a new series from that occurrence with the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, jsonable, snapshot
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import availability, recurrence, reminders, service
from fitnesscrm.scheduling.events import SeriesBooked, SeriesCancelled, SeriesChanged, SeriesEvent, SeriesExtended
from fitnesscrm.scheduling.models import Participant, Session, SessionSeries

HORIZON = timedelta(days=365)
MAX_HORIZON = timedelta(days=3 * 365)
# The daily job renews a series once less than HORIZON - RENEW_SLACK of it is materialised.
RENEW_SLACK = timedelta(days=30)
SERIES_FIELDS = (
    "trainer_id", "timezone", "local_start", "duration_minutes", "rrule", "kind", "capacity", "title",
    "location", "online_url", "notes", "price", "client_ids", "cancelled_at",
)  # fmt: skip
SCOPES = ("this", "following", "all")
# Recorded by `state` as people's names, the rule in words and the first start as an instant.
_RECORDED_OTHERWISE = ("trainer_id", "client_ids", "rrule", "local_start")


def get(*, actor: Principal, series_id: int) -> SessionSeries:
    """A series the caller may see (trainers theirs, clients those they are booked on), or NotFound."""
    stmt = scoped(SessionSeries, actor).where(SessionSeries.id == series_id)
    if not actor.is_manager:
        stmt = stmt.where(SessionSeries.id.in_(service.visible(actor).with_only_columns(Session.series_id)))
    series = db.session.scalars(stmt).one_or_none()
    if series is None:
        raise NotFound("No such series.")
    series.occurrence_count = db.session.scalar(
        sa.select(sa.func.count()).where(Session.series_id == series.id, Session.status != "cancelled")
    )
    return series


def state(series: SessionSeries) -> dict[str, Any]:
    """The series' fields as the activity log records them: people by name, the rule in words, its first start."""
    values = snapshot(series, tuple(name for name in SERIES_FIELDS if name not in _RECORDED_OTHERWISE))
    values["trainer"], values["clients"] = service.people(series.trainer_id, series.client_ids)
    values["repeats"] = recurrence.describe(series.rrule, zone=series.timezone)
    values["starts_at"] = jsonable({"at": first_start(series)})["at"]
    return values


def first_start(series: SessionSeries) -> datetime:
    """When the series' first session starts, in UTC."""
    return recurrence.to_utc(series.local_start, series.timezone)


def label(series: SessionSeries) -> str:
    """How the series reads in the activity log: its title or kind, its people and its rule in words."""
    trainer, clients = service.people(series.trainer_id, series.client_ids)
    what = series.title or f"{series.kind.replace('_', ' ').capitalize()} sessions"
    repeats = recurrence.describe(series.rrule, zone=series.timezone)
    return f"{service.booking_label(what, trainer, clients)} ({repeats[:1].lower()}{repeats[1:]})"


def _record(event: type[SeriesEvent], actor: Principal | None, series: SessionSeries, changes: dict) -> None:
    """Record what happened to the series; without an actor it was the daily job."""
    events.record(
        event(organization_id=series.organization_id, actor=actor, entity_id=series.id, label=label(series),
              changes=changes, at=first_start(series))
    )  # fmt: skip


def occurrence(series: SessionSeries, start: datetime) -> Session:
    """The session row of the occurrence of `series` starting at `start` (not yet added)."""
    session = Session(
        organization_id=series.organization_id, trainer_id=series.trainer_id, series=series,
        original_start=start, starts_at=start, ends_at=start + timedelta(minutes=series.duration_minutes),
        timezone=series.timezone, kind=series.kind, capacity=series.capacity, title=series.title,
        location=series.location, online_url=series.online_url, notes=series.notes, price=series.price,
        created_by_id=series.created_by_id,
    )  # fmt: skip
    session.participants = []
    service.sync_participants(session, series.client_ids)
    return session


def create(
    *,
    actor: Principal,
    trainer_id: int,
    starts_at: datetime,
    ends_at: datetime,
    rrule: str,
    client_ids: Sequence[int] = (),
    timezone: str | None = None,
    override: bool = False,
    **details: Any,
) -> SessionSeries:
    """Book a recurring series; any occurrence that overlaps another session refuses the whole series (409)."""
    trainer = service.require_trainer(actor, trainer_id)
    people = service.clients_for(actor, client_ids)
    details.setdefault("capacity", max(1, len(people)))
    service.check_capacity(details["capacity"], client_ids)
    zone = timezone or service.organization_zone(actor)
    if starts_at < datetime.now(UTC) - HORIZON:
        # Expanding a rule walks from its start, so decades of history would be walked on every request.
        raise ValidationError(
            "A series starts at most a year ago; book earlier sessions one at a time.",
            fields={"starts_at": ["At most a year ago."]},
        )
    local_start = recurrence.to_local(starts_at, zone)
    try:
        rule = recurrence.normalize(rrule, zone=zone, local_start=local_start)
    except recurrence.RuleError as error:
        raise ValidationError(f"Invalid recurrence rule: {error}", fields={"rrule": [str(error)]}) from None
    horizon = max(datetime.now(UTC), starts_at) + HORIZON
    starts = recurrence.expand(rule, local_start=local_start, zone=zone, after=starts_at, before=horizon)
    if not starts:
        raise ValidationError("The rule gives no occurrence.", fields={"rrule": ["No occurrence from starts_at."]})
    duration = timedelta(minutes=int((ends_at - starts_at).total_seconds() // 60))
    outside = service.check_hours(actor, trainer.id, zone, [(s, s + duration) for s in starts], override)
    series = SessionSeries(
        organization_id=actor.organization_id, trainer_id=trainer.id, timezone=zone, local_start=local_start,
        duration_minutes=int(duration.total_seconds() // 60), rrule=rule, client_ids=[c.id for c in people],
        materialized_until=horizon, created_by_id=actor.user_id, **details,
    )  # fmt: skip
    db.session.add(series)
    sessions = [occurrence(series, start) for start in starts]
    for session in sessions:
        session.outside_hours = outside
    db.session.add_all(sessions)
    service.save(sessions, actor)
    reminders.sync(sessions, organization_id=actor.organization_id)
    changes = created(state(series))
    changes["occurrences"] = {"before": None, "after": len(sessions)}
    _record(SeriesBooked, actor, series, changes)
    db.session.commit()
    return get(actor=actor, series_id=series.id)


def extend(*, actor: Principal, series_id: int, until: datetime) -> SessionSeries:
    """Materialise the series' occurrences up to `until`; an occurrence that would overlap is kept cancelled."""
    series = get(actor=actor, series_id=series_id)
    service.require_trainer(actor, series.trainer_id)
    if series.cancelled_at is not None:
        raise Conflict("The series is cancelled.", code="series_cancelled")
    if until > max(datetime.now(UTC), series.materialized_until) + MAX_HORIZON:
        raise ValidationError("Too far ahead at once.", fields={"until": ["At most three years further."]})
    if until <= series.materialized_until:
        return series
    changes = _materialize(series, until)
    _record(SeriesExtended, actor, series, changes)
    db.session.commit()
    return get(actor=actor, series_id=series.id)


def extend_due(*, now: datetime | None = None, horizon: timedelta = HORIZON, slack: timedelta = RENEW_SLACK) -> int:
    """Keep every running series materialised `horizon` ahead (a daily job); returns how many gained occurrences.

    Each series is extended in its own transaction with its row locked, so two runs at once, or a
    booking racing for a slot, cannot add an occurrence twice; a slot taken meanwhile is retried once.
    """
    now = now or datetime.now(UTC)
    due = db.session.scalars(
        sa.select(SessionSeries.id)
        .where(SessionSeries.cancelled_at.is_(None), SessionSeries.materialized_until < now + horizon - slack)
        .order_by(SessionSeries.id)
    ).all()
    db.session.rollback()
    extended = 0
    for series_id in due:
        for attempt in (1, 2):
            try:
                extended += _extend_one(series_id, until=now + horizon, now=now)
                break
            except Conflict:
                if attempt == 2:
                    raise
    return extended


def _extend_one(series_id: int, *, until: datetime, now: datetime) -> int:
    series = db.session.scalars(
        sa.select(SessionSeries).where(SessionSeries.id == series_id).with_for_update()
    ).one_or_none()
    if series is None or series.cancelled_at is not None or series.materialized_until >= until:
        db.session.rollback()
        return 0
    changes = _materialize(series, until)
    added = changes["occurrences"]["after"]
    if added:  # a rule that has run out only moves its horizon; nothing worth a log entry
        _record(SeriesExtended, None, series, changes)
    db.session.commit()
    return 1 if added else 0


def _materialize(series: SessionSeries, until: datetime) -> dict:
    """Add the occurrences between materialized_until and `until` (those that would overlap as cancelled)."""
    starts = recurrence.expand(
        series.rrule, local_start=series.local_start, zone=series.timezone, after=series.materialized_until,
        before=until,
    )  # fmt: skip
    sessions = [occurrence(series, start) for start in starts]
    duration = timedelta(minutes=series.duration_minutes)
    taken = _taken(series, [(s, s + duration) for s in starts])
    for session in sessions:
        if any(session.starts_at < end and session.ends_at > start for start, end in taken):
            session.status, session.cancelled_at = "cancelled", datetime.now(UTC)
            session.cancel_reason = "Not booked: overlaps another session."
            session.is_exception = True
            service.sync_participants(session)
    db.session.add_all(sessions)
    before = snapshot(series, ("materialized_until",))
    series.materialized_until = until
    service.save(sessions)
    reminders.sync(sessions, organization_id=series.organization_id)
    changes = diff(before, snapshot(series, ("materialized_until",)))
    changes["occurrences"] = {"before": None, "after": len(sessions)}
    return changes


def _taken(series: SessionSeries, ranges: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Blocking sessions of the series' trainer or clients within the span of `ranges`."""
    if not ranges:
        return []
    first, last = ranges[0][0], ranges[-1][1]
    taken = availability.busy(series.trainer_id, first, last)
    if series.client_ids:
        rows = db.session.execute(
            sa.select(Participant.starts_at, Participant.ends_at).where(
                Participant.client_id.in_(series.client_ids),
                Participant.active,
                Participant.starts_at < last,
                Participant.ends_at > first,
            )
        ).all()
        taken += [(row.starts_at, row.ends_at) for row in rows]
    return taken


def _pivot(session: Session, scope: str) -> datetime:
    """The original start from which a series-wide change applies: this occurrence, or the first not yet begun."""
    if scope == "following":
        return session.original_start
    now = datetime.now(UTC)
    first_open = db.session.scalar(
        sa.select(sa.func.min(Session.original_start)).where(
            Session.series_id == session.series_id, Session.starts_at >= now
        )
    )
    return first_open or session.original_start


def _split(actor: Principal, series: SessionSeries, pivot: datetime) -> SessionSeries:
    """The series that owns the occurrences from `pivot` on: the series itself, or a new one split off it."""
    before = recurrence.count_before(series.rrule, local_start=series.local_start, zone=series.timezone, moment=pivot)
    if before == 0:
        return series
    count = recurrence.count_of(series.rrule)
    tail = SessionSeries(
        **{name: getattr(series, name) for name in SERIES_FIELDS if name not in ("rrule", "local_start")},
        organization_id=series.organization_id, materialized_until=series.materialized_until,
        created_by_id=actor.user_id, local_start=recurrence.to_local(pivot, series.timezone),
        rrule=recurrence.with_end(series.rrule, count=count - before) if count else series.rrule,
    )  # fmt: skip
    db.session.add(tail)
    series.rrule = recurrence.with_end(series.rrule, count=before)
    db.session.flush()
    db.session.execute(
        sa.update(Session)
        .where(Session.series_id == series.id, Session.original_start >= pivot)
        .values(series_id=tail.id)
    )
    return tail


def _occurrences_from(series_id: int) -> list[Session]:
    return list(
        db.session.scalars(
            sa.select(Session)
            .options(selectinload(Session.participants))
            .where(Session.series_id == series_id)
            .order_by(Session.original_start)
            .execution_options(populate_existing=True)
        )
    )


def update(
    *,
    actor: Principal,
    session_id: int,
    scope: str,
    override: bool = False,
    client_ids: Sequence[int] | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    **details: Any,
) -> Session:
    """Edit this and the following occurrences, or the whole series (those not yet begun); exceptions are kept.

    The time of day and length may change; moving to another day is done one occurrence at a time.
    """
    session = service.get_for_change(actor=actor, session_id=session_id)
    if session.series_id is None:
        raise ValidationError("The session is not part of a series.", fields={"scope": ["Use scope=this."]})
    series = db.session.get(SessionSeries, session.series_id)
    if client_ids is not None:
        service.clients_for(actor, client_ids)
    new_start, new_end = starts_at or session.starts_at, ends_at or session.ends_at
    zone = series.timezone
    if recurrence.to_local(new_start, zone).date() != recurrence.to_local(session.starts_at, zone).date():
        raise ValidationError(
            "A series keeps its days; move one occurrence at a time to another day.",
            fields={"starts_at": ["Must stay on the occurrence's day for scope following/all."]},
        )
    service.check_times(new_start, new_end)
    before = state(series)
    target = _split(actor, series, _pivot(session, "following" if scope == "following" else "all"))
    new_time: time = recurrence.to_local(new_start, zone).time()
    target.local_start = datetime.combine(target.local_start.date(), new_time)
    target.duration_minutes = int((new_end - new_start).total_seconds() // 60)
    for name, value in details.items():
        setattr(target, name, value)
    if client_ids is not None:
        target.client_ids = list(dict.fromkeys(client_ids))
    service.check_capacity(target.capacity, target.client_ids)
    occurrences = _occurrences_from(target.id)
    changed = []
    for occurrence in occurrences:
        occurrence.original_start = recurrence.moved(occurrence.original_start, zone, new_time)
        if occurrence.is_exception or occurrence.status != "scheduled":
            continue
        occurrence.starts_at = occurrence.original_start
        occurrence.ends_at = occurrence.starts_at + timedelta(minutes=target.duration_minutes)
        for name in service.DETAILS:
            setattr(occurrence, name, getattr(target, name))
        service.sync_participants(occurrence, target.client_ids if client_ids is not None else None)
        changed.append(occurrence)
    outside = service.check_hours(actor, target.trainer_id, zone, [(o.starts_at, o.ends_at) for o in changed], override)
    for occurrence in changed:
        occurrence.outside_hours = outside
    service.save(changed, actor)
    reminders.sync(changed, organization_id=actor.organization_id)
    changes = diff(before, state(target))
    changes["occurrences"] = {"before": None, "after": len(changed)}
    _record(SeriesChanged, actor, target, changes)
    db.session.commit()
    return service.get(actor=actor, session_id=session.id)


def cancel(*, actor: Principal, session_id: int, scope: str, reason: str | None = None) -> Session:
    """Cancel this and the following occurrences, or every occurrence not yet begun; the rule ends before them."""
    session = service.get_for_change(actor=actor, session_id=session_id)
    if session.series_id is None:
        raise ValidationError("The session is not part of a series.", fields={"scope": ["Use scope=this."]})
    series = db.session.get(SessionSeries, session.series_id)
    before = state(series)
    pivot = _pivot(session, scope)
    kept = recurrence.count_before(series.rrule, local_start=series.local_start, zone=series.timezone, moment=pivot)
    if kept:
        series.rrule = recurrence.with_end(series.rrule, count=kept)
    else:
        series.cancelled_at = datetime.now(UTC)
    occurrences = [o for o in _occurrences_from(series.id) if o.original_start >= pivot and o.status == "scheduled"]
    now = datetime.now(UTC)
    for occurrence in occurrences:
        service.record_status(actor, occurrence, "cancelled", reason)
        occurrence.cancelled_at, occurrence.cancel_reason = now, reason
        service.sync_participants(occurrence)
    db.session.flush()
    reminders.sync(occurrences, organization_id=actor.organization_id)
    changes = diff(before, state(series))
    changes["cancelled_occurrences"] = {"before": None, "after": len(occurrences)}
    _record(SeriesCancelled, actor, series, changes)
    db.session.commit()
    return service.get(actor=actor, session_id=session.id)
