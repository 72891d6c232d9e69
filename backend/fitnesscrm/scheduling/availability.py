"""Trainer availability: weekly working hours (local time), time off, and the free slots they leave.

A trainer without working hours is treated as available all day: booking is not
restricted and the free-slot search uses whole days.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.changes import jsonable
from fitnesscrm.core.pagination import Page, page_of, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.scheduling.events import TimeOffAdded, TimeOffRemoved, WorkingHoursChanged
from fitnesscrm.scheduling.models import RELEASED, Participant, Session, TimeOff, WorkingHours
from fitnesscrm.scheduling.recurrence import local_day_bounds, to_local, to_utc
from fitnesscrm.trainers.models import Trainer

Range = tuple[datetime, datetime]


def working_hours(trainer_id: int) -> list[WorkingHours]:
    """The trainer's weekly intervals, by weekday and start."""
    return list(
        db.session.scalars(
            sa.select(WorkingHours)
            .where(WorkingHours.trainer_id == trainer_id)
            .order_by(WorkingHours.weekday, WorkingHours.starts_at)
        )
    )


def time_off_between(trainer_id: int, start: datetime, end: datetime) -> list[Range]:
    """The trainer's time off overlapping [start, end)."""
    rows = db.session.execute(
        sa.select(TimeOff.starts_at, TimeOff.ends_at).where(
            TimeOff.trainer_id == trainer_id, TimeOff.starts_at < end, TimeOff.ends_at > start
        )
    ).all()
    return [(row.starts_at, row.ends_at) for row in rows]


def outside(trainer_id: int, zone: str, ranges: Sequence[Range]) -> list[Range]:
    """Those of `ranges` not wholly inside the trainer's working hours, or overlapping their time off."""
    if not ranges:
        return []
    hours = working_hours(trainer_id)
    away = time_off_between(trainer_id, min(r[0] for r in ranges), max(r[1] for r in ranges))
    by_day: dict[int, list[tuple[time, time]]] = {}
    for interval in hours:
        by_day.setdefault(interval.weekday, []).append((interval.starts_at, interval.ends_at))
    bad = []
    for start, end in ranges:
        if any(start < off_end and end > off_start for off_start, off_end in away):
            bad.append((start, end))
            continue
        if not hours:
            continue
        local_start, local_end = to_local(start, zone), to_local(end, zone)
        # A session ending at midnight ends on its own day.
        ends_midnight = local_end.time() == time(0) and local_end.date() == local_start.date() + timedelta(days=1)
        same_day = local_start.date() == local_end.date() or ends_midnight
        end_time = time.max if ends_midnight else local_end.time()
        fits = same_day and any(
            open_at <= local_start.time() and end_time <= close_at
            for open_at, close_at in by_day.get(local_start.weekday(), [])
        )
        if not fits:
            bad.append((start, end))
    return bad


def _open_ranges(trainer_id: int, zone: str, first: date, last: date) -> list[Range]:
    hours = working_hours(trainer_id)
    ranges = []
    day = first
    while day <= last:
        if not hours:
            ranges.append(local_day_bounds(day, zone))
        for interval in hours:
            if interval.weekday == day.weekday():
                ranges.append(
                    (
                        to_utc(datetime.combine(day, interval.starts_at), zone),
                        to_utc(datetime.combine(day, interval.ends_at), zone),
                    )
                )
        day += timedelta(days=1)
    return ranges


def busy(
    trainer_id: int, start: datetime, end: datetime, *, client_ids: Sequence[int] = (), ignore: Sequence[int] = ()
) -> list[Range]:
    """The blocking sessions of the trainer and of `client_ids`, and the trainer's time off, overlapping
    [start, end), sorted by start; sessions in `ignore` (one being moved) do not count."""
    # Sessions last at most 12 hours, so the starts_at bound keeps the index scans short.
    earliest = start - timedelta(hours=12)
    rows = db.session.execute(
        sa.select(Session.starts_at, Session.ends_at).where(
            Session.trainer_id == trainer_id,
            Session.starts_at < end,
            Session.starts_at >= earliest,
            Session.ends_at > start,
            Session.status.not_in(RELEASED),
            Session.id.not_in(ignore),
        )
    ).all()
    if client_ids:
        rows += db.session.execute(
            sa.select(Participant.starts_at, Participant.ends_at).where(
                Participant.client_id.in_(client_ids),
                Participant.active,
                Participant.starts_at < end,
                Participant.starts_at >= earliest,
                Participant.ends_at > start,
                Participant.session_id.not_in(ignore),
            )
        ).all()
    taken = [(row.starts_at, row.ends_at) for row in rows] + time_off_between(trainer_id, start, end)
    return sorted(taken)


def free_slots(
    *,
    trainer_id: int,
    zone: str,
    first: date,
    last: date,
    minutes: int,
    step: int,
    client_ids: Sequence[int] = (),
    ignore: Sequence[int] = (),
    now: datetime | None = None,
) -> list[Range]:
    """Every slot of `minutes` inside working hours between local days `first` and `last` that nothing blocks.

    Slots start at the opening time and every `step` minutes after it; slots in the past, and those
    where one of `client_ids` is busy, are left out; the sessions in `ignore` block nothing.
    """
    now = now or datetime.now(UTC)
    opens = _open_ranges(trainer_id, zone, first, last)
    if not opens:
        return []
    taken = busy(trainer_id, min(r[0] for r in opens), max(r[1] for r in opens), client_ids=client_ids, ignore=ignore)
    taken_starts = [start for start, _ in taken]
    length, stride = timedelta(minutes=minutes), timedelta(minutes=step)
    slots = []
    for open_at, close_at in opens:
        start = open_at
        while start + length <= close_at:
            end = start + length
            # Only blocks starting before `end` can overlap; of those, those ending after `start` do.
            index = bisect.bisect_left(taken_starts, end)
            clash = next((b for b in reversed(taken[:index]) if b[1] > start), None)
            if clash is not None:
                start = max(start + stride, _next_step(open_at, clash[1], stride))
                continue
            if start >= now:
                slots.append((start, end))
            start += stride
    return slots


def _next_step(origin: datetime, moment: datetime, stride: timedelta) -> datetime:
    """The first time on the `origin + k * stride` grid at or after `moment`."""
    steps = -(-(moment - origin) // stride)
    return origin + steps * stride


def get_hours(*, actor: Principal, trainer_id: int) -> dict:
    """A trainer's weekly working hours and the zone they are in (staff; trainers their own)."""
    trainer = _trainer(actor, trainer_id, write=False)
    return {"timezone": organization_zone(actor.organization_id), "intervals": working_hours(trainer.id)}


def set_hours(*, actor: Principal, trainer_id: int, intervals: list[dict]) -> dict:
    """Replace a trainer's weekly working hours (owners, admins, the trainer)."""
    trainer = _trainer(actor, trainer_id, write=True)
    before = [_interval_text(i) for i in working_hours(trainer.id)]
    db.session.execute(sa.delete(WorkingHours).where(WorkingHours.trainer_id == trainer.id))
    rows = [WorkingHours(organization_id=actor.organization_id, trainer_id=trainer.id, **i) for i in intervals]
    db.session.add_all(rows)
    db.session.flush()
    after = [_interval_text(i) for i in working_hours(trainer.id)]
    if before != after:
        events.record_by(
            actor,
            WorkingHoursChanged,
            entity_id=trainer.id,
            label=trainer.full_name,
            changes={"working_hours": {"before": before, "after": after}},
        )
    db.session.commit()
    return get_hours(actor=actor, trainer_id=trainer.id)


WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _interval_text(interval: WorkingHours) -> str:
    """ "Mon 09:00-17:00": how a working-hours interval reads in the activity log (local time, no zone)."""
    return f"{WEEKDAY_NAMES[interval.weekday]} {interval.starts_at:%H:%M}-{interval.ends_at:%H:%M}"


def list_time_off(*, actor: Principal, trainer_id: int, page: int = 1, per_page: int = 25, from_=None, to=None) -> Page:
    """A trainer's time off, by start."""
    trainer = _trainer(actor, trainer_id, write=False)
    stmt = sa.select(TimeOff).where(TimeOff.trainer_id == trainer.id)
    if from_ is not None:
        stmt = stmt.where(TimeOff.ends_at > from_)
    if to is not None:
        stmt = stmt.where(TimeOff.starts_at < to)
    return paginate(stmt.order_by(TimeOff.starts_at, TimeOff.id), page=page, per_page=per_page)


def add_time_off(*, actor: Principal, trainer_id: int, **fields) -> TimeOff:
    """Block a range of a trainer's time; sessions already booked in it stay."""
    trainer = _trainer(actor, trainer_id, write=True)
    time_off = TimeOff(organization_id=actor.organization_id, trainer_id=trainer.id, **fields)
    db.session.add(time_off)
    db.session.flush()
    span = _span(time_off)
    events.record_by(
        actor,
        TimeOffAdded,
        entity_id=trainer.id,
        label=trainer.full_name,
        changes={"time_off": {"before": None, "after": span}},
    )
    db.session.commit()
    return time_off


def _span(time_off: TimeOff) -> list[str]:
    """The time off as the activity log keeps it: its start and end instants in UTC."""
    values = jsonable({"starts_at": time_off.starts_at, "ends_at": time_off.ends_at})
    return [values["starts_at"], values["ends_at"]]


def remove_time_off(*, actor: Principal, time_off_id: int) -> None:
    """Delete a range of time off."""
    time_off = db.session.scalars(scoped(TimeOff, actor).where(TimeOff.id == time_off_id)).one_or_none()
    if time_off is None:
        raise NotFound("No such time off.")
    trainer = _trainer(actor, time_off.trainer_id, write=True)
    events.record_by(
        actor,
        TimeOffRemoved,
        entity_id=trainer.id,
        label=trainer.full_name,
        changes={"time_off": {"before": _span(time_off), "after": None}},
    )
    db.session.delete(time_off)
    db.session.commit()


def search_free_slots(
    *,
    actor: Principal,
    trainer_id: int,
    first: date,
    last: date,
    minutes: int,
    step: int = 30,
    client_ids: Sequence[int] = (),
    page: int = 1,
    per_page: int = 100,
) -> Page:
    """One page of a trainer's free slots of `minutes` between two local days, where `client_ids` are free too."""
    trainer = _trainer(actor, trainer_id, write=False)
    ids = list(dict.fromkeys(client_ids))
    if ids:
        found = set(db.session.scalars(clients.visible(actor).where(Client.id.in_(ids)).with_only_columns(Client.id)))
        missing = [client_id for client_id in ids if client_id not in found]
        if missing:
            raise ValidationError(
                "Some clients do not exist or are not yours.", fields={"client_ids": [f"No such client: {missing}."]}
            )
    zone = organization_zone(actor.organization_id)
    slots = free_slots(
        trainer_id=trainer.id, zone=zone, first=first, last=last, minutes=minutes, step=step, client_ids=ids
    )
    result = page_of(slots, page=page, per_page=per_page)
    result.items = [
        {"starts_at": s, "ends_at": e, "local_start": to_local(s, zone), "local_end": to_local(e, zone)}
        for s, e in result.items
    ]
    return result


def organization_zone(organization_id: int) -> str:
    """The IANA zone of an organization: working hours and free-slot days are local to it."""
    return db.session.scalar(sa.select(Organization.timezone).where(Organization.id == organization_id))


def _trainer(actor: Principal, trainer_id: int, *, write: bool) -> Trainer:
    """A trainer of the organization: managers any, trainers themself (others 403); clients never."""
    trainer = db.session.scalars(scoped(Trainer, actor).where(Trainer.id == trainer_id)).one_or_none()
    if trainer is None:
        raise NotFound("No such trainer.")
    if actor.role == Role.CLIENT or (not actor.is_manager and actor.trainer_id != trainer.id):
        raise Forbidden("Trainers see and change only their own availability." if write else "Not your calendar.")
    return trainer
