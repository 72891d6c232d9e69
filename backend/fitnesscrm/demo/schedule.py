"""The demo studio's calendar: working hours, eight-week 1:1 programmes and group classes around
today, first sessions for leads and a weekend off, with attendance taken on what is already past.

Rows are built directly (the scheduling services commit, the demo loads in one transaction), but
through the same pieces the services use: the series' occurrences come from `series.occurrence`,
participants and reminders from the scheduling service, and the database's exclusion constraints
check that nobody is double-booked.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.activity import service as activity
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.core.changes import created
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import recurrence, reminders
from fitnesscrm.scheduling import series as series_service
from fitnesscrm.scheduling import service as sessions
from fitnesscrm.scheduling.models import Session, SessionSeries, StatusChange, TimeOff, WorkingHours
from fitnesscrm.trainers.models import Trainer

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class ScheduleBuilder:
    """Adds the calendar to the demo transaction; `build` returns how many sessions it booked."""

    def __init__(
        self, *, now: datetime, rng: random.Random, organization_id: int, coaches: list[tuple[Trainer, Principal]]
    ) -> None:
        self.now = now
        self.rng = rng
        self.zone = ZoneInfo(content.TIMEZONE)
        self.today = now.astimezone(self.zone).date()
        self.organization_id = organization_id
        self.coaches = coaches
        self.booked_clients: set[int] = set()
        self.sessions: list[Session] = []
        self.activity_entries = 0

    def build(self) -> int:
        for trainer, _ in self.coaches:
            self.add_working_hours(trainer)
        monday = self.today - timedelta(days=self.today.weekday()) - timedelta(weeks=content.PROGRAMME_WEEKS // 2)
        members = self.active_clients_by_primary_trainer()
        for n, (trainer, login) in enumerate(self.coaches):
            for i, slot in enumerate(content.PERSONAL_SLOTS):
                client = next((c for c in members.get(trainer.id, []) if c.id not in self.booked_clients), None)
                if client is not None:
                    days = content.PROGRAMME_DAYS[(i + n) % len(content.PROGRAMME_DAYS)]
                    self.add_programme(trainer, login, monday, days, slot, client, shift=n)
        self.add_group_classes(monday)
        self.add_first_sessions()
        self.add_weekends_off()
        db.session.flush()
        self.move_one_occurrence()
        self.take_attendance()
        db.session.flush()
        reminders.sync(self.sessions, organization_id=self.organization_id)
        return len(self.sessions)

    def add_working_hours(self, trainer: Trainer) -> None:
        for weekday, (opens, closes) in content.WORKING_HOURS.items():
            db.session.add(
                WorkingHours(
                    organization_id=self.organization_id, trainer_id=trainer.id, weekday=weekday,
                    starts_at=time(opens), ends_at=time(closes),
                )
            )  # fmt: skip

    def active_clients_by_primary_trainer(self) -> dict[int, list[Client]]:
        rows = db.session.execute(
            sa.select(Assignment.trainer_id, Client)
            .join(Client, Client.id == Assignment.client_id)
            .where(
                Client.organization_id == self.organization_id,
                Client.status == "active",
                Assignment.is_primary,
                Assignment.ended_at.is_(None),
            )
            # Clients who can sign in come first, so the demo client's portal has sessions to show.
            .order_by(Client.user_id.is_(None), Client.id)
        ).all()
        members: dict[int, list[Client]] = {}
        for trainer_id, client in rows:
            members.setdefault(trainer_id, []).append(client)
        return members

    def add_series(
        self, trainer: Trainer, actor: Principal, first_week: date, byday: str, start: time, minutes: int,
        clients: list[Client], **details,
    ) -> SessionSeries:  # fmt: skip
        """A weekly series on `byday` for PROGRAMME_WEEKS weeks from the week of `first_week`, with its occurrences."""
        days = [WEEKDAY_CODES.index(code) for code in byday.split(",")]
        first_day = min(first_week + timedelta(days=day) for day in days)
        last_day = first_week + timedelta(weeks=content.PROGRAMME_WEEKS, days=-1)
        local_start = datetime.combine(first_day, start)
        rule = recurrence.normalize(
            f"FREQ=WEEKLY;BYDAY={byday};UNTIL={last_day:%Y%m%d}", zone=content.TIMEZONE, local_start=local_start
        )
        first_start = local_start.replace(tzinfo=self.zone).astimezone(UTC)
        series = SessionSeries(
            organization_id=self.organization_id, trainer_id=trainer.id, timezone=content.TIMEZONE,
            local_start=local_start, duration_minutes=minutes, rrule=rule, client_ids=[c.id for c in clients],
            materialized_until=self.now + series_service.HORIZON, created_by_id=actor.user_id,
            capacity=details.pop("capacity", 1), **details,
        )  # fmt: skip
        db.session.add(series)
        starts = recurrence.expand(
            rule, local_start=local_start, zone=content.TIMEZONE, after=first_start,
            before=first_start + timedelta(weeks=content.PROGRAMME_WEEKS),
        )  # fmt: skip
        occurrences = [series_service.occurrence(series, moment) for moment in starts]
        db.session.add_all(occurrences)
        self.sessions.extend(occurrences)
        self.booked_clients.update(c.id for c in clients)
        db.session.flush()
        values = created(series_service.state(series))
        values["occurrences"] = {"before": None, "after": len(occurrences)}
        self.record(actor, first_start - timedelta(days=self.rng.randint(3, 10)), "create", "session_series",
                    series.id, series_service.label(series), values, at=first_start)  # fmt: skip
        return series

    def add_programme(
        self, trainer: Trainer, actor: Principal, monday: date, byday: str, slot: tuple, client: Client, *, shift: int
    ) -> None:
        hour, minute, minutes, location, shifts = slot
        online = location == "Studio B" and trainer.id == self.coaches[-1][0].id
        start = time(hour + shift if shifts else hour, minute)
        self.add_series(
            trainer, actor, monday, byday, start, minutes, [client], kind="personal",
            title=f"{content.PROGRAMME_WEEKS}-week programme",
            location=None if online else location, online_url=content.ONLINE_CHECK_IN_URL if online else None,
            price=trainer.hourly_rate,
        )  # fmt: skip

    def add_group_classes(self, monday: date) -> None:
        trainers = dict(enumerate(self.coaches, start=1))
        spare = [c for c in self.all_active_clients() if c.id not in self.booked_clients]
        for number, title, byday, hour, minute, minutes, capacity, size, price, location in content.GROUP_CLASSES:
            trainer, login = trainers[number]
            members, spare = spare[:size], spare[size:]
            self.add_series(
                trainer, login, monday, byday, time(hour, minute), minutes, members, kind="group",
                capacity=capacity, title=title, location=location, price=Decimal(price),
            )  # fmt: skip

    def all_active_clients(self) -> list[Client]:
        return list(
            db.session.scalars(
                sa.select(Client)
                .where(Client.organization_id == self.organization_id, Client.status == "active")
                .order_by(Client.id)
            )
        )

    def add_first_sessions(self) -> None:
        """An assessment or a consultation in the coming days for a few leads, between programme slots."""
        leads = db.session.scalars(
            sa.select(Client)
            .where(Client.organization_id == self.organization_id, Client.status == "lead")
            .order_by(Client.id)
            .limit(4)
        ).all()
        for n, lead in enumerate(leads):
            trainer, login = self.coaches[n % len(self.coaches)]
            day = self.today + timedelta(days=2 + 3 * n)
            if day.weekday() >= 5:
                day += timedelta(days=7 - day.weekday())
            kind, minutes = ("assessment", 60) if n % 2 == 0 else ("consultation", 30)
            # Trainer n's morning programmes end at 8 + n and their midday ones start at 12 + n.
            hour = 9 + n % len(self.coaches)
            starts_at = datetime.combine(day, time(hour), tzinfo=self.zone).astimezone(UTC)
            session = Session(
                organization_id=self.organization_id, trainer_id=trainer.id, kind=kind, starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=minutes), timezone=content.TIMEZONE,
                title=f"First {kind}",
                location=None if kind == "consultation" else "Studio A",
                online_url=content.ONLINE_CHECK_IN_URL if kind == "consultation" else None,
                price=Decimal("0.00"), created_by_id=login.user_id,
            )  # fmt: skip
            session.participants = []
            sessions.sync_participants(session, [lead.id])
            db.session.add(session)
            db.session.flush()
            self.sessions.append(session)
            self.record(login, self.now - timedelta(days=1, hours=n), "create", "session", session.id,
                        sessions.label(session), created(sessions.state(session)), at=session.starts_at)  # fmt: skip

    def add_weekends_off(self) -> None:
        trainers = dict(enumerate(self.coaches, start=1))
        for number, weeks_ahead, reason in content.WEEKENDS_OFF:
            trainer, _ = trainers[number]
            saturday = self.today + timedelta(days=5 - self.today.weekday(), weeks=weeks_ahead)
            db.session.add(
                TimeOff(
                    organization_id=self.organization_id, trainer_id=trainer.id, reason=reason,
                    starts_at=datetime.combine(saturday, time.min, tzinfo=self.zone).astimezone(UTC),
                    ends_at=datetime.combine(saturday + timedelta(days=2), time.min, tzinfo=self.zone).astimezone(UTC),
                )
            )  # fmt: skip

    def move_one_occurrence(self) -> None:
        """Next week's first 7:00 programme session moved an hour later: an exception to its series."""
        next_week = datetime.combine(self.today + timedelta(days=7 - self.today.weekday()), time.min, tzinfo=self.zone)
        candidates = [
            s for s in self.sessions
            if s.series_id and s.starts_at >= next_week and s.starts_at.astimezone(self.zone).hour == 7
        ]  # fmt: skip
        if candidates:
            moved = min(candidates, key=lambda s: s.starts_at)
            moved.starts_at += timedelta(hours=1)
            moved.ends_at += timedelta(hours=1)
            moved.is_exception = True
            sessions.sync_participants(moved)

    def take_attendance(self) -> None:
        """Past sessions were marked by their trainer shortly after they ended."""
        logins = {trainer.id: login for trainer, login in self.coaches}
        outcomes, weights = zip(*content.ATTENDANCE_WEIGHTS.items(), strict=True)
        for session in sorted(self.sessions, key=lambda s: s.starts_at):
            if session.ends_at > self.now:
                continue
            status = self.rng.choices(outcomes, weights=weights)[0]
            login = logins[session.trainer_id]
            marked = min(session.ends_at + timedelta(minutes=self.rng.randint(5, 240)), self.now)
            if status == "cancelled":
                marked = session.starts_at - timedelta(hours=self.rng.randint(26, 72))
                session.cancelled_at = marked
                session.cancel_reason = self.rng.choice(content.CANCEL_REASONS)
                session.is_exception = session.series_id is not None
            db.session.add(
                StatusChange(
                    organization_id=self.organization_id, session_id=session.id, from_status="scheduled",
                    to_status=status, note=session.cancel_reason, changed_by_id=login.user_id, changed_at=marked,
                )
            )  # fmt: skip
            session.status = status
            sessions.sync_participants(session)
            self.record(login, marked, "update", "session", session.id, sessions.label(session),
                        {"status": {"before": "scheduled", "after": status}}, at=session.starts_at)  # fmt: skip

    def record(
        self, actor: Principal, when: datetime, action: str, entity_type: str, entity_id: int, label: str,
        changes: dict, *, at: datetime,
    ) -> None:  # fmt: skip
        entry = activity.add_entry(
            organization_id=actor.organization_id, actor=actor, action=action, entity_type=entity_type,
            entity_id=entity_id, entity_label=label, changes=changes, entity_at=at,
        )  # fmt: skip
        entry.created_at = when
        self.activity_entries += 1
