"""Build the demo studio in one transaction: staff, trainers, clients, assignments, the calendar and their activity."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from faker import Faker

from fitnesscrm.activity import service as activity
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.auth.service import hash_password
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.clients.service import EDITABLE as CLIENT_FIELDS
from fitnesscrm.core.changes import created, snapshot
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.demo import (
    automation,
    billing,
    campaigns,
    checkins,
    content,
    documents,
    goals,
    habits,
    keys,
    measurements,
    messaging,
    notifications,
    photos,
    sms,
    webhooks,
)
from fitnesscrm.demo.schedule import ScheduleBuilder
from fitnesscrm.demo.training import TrainingBuilder
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.trainers.models import Trainer
from fitnesscrm.trainers.service import EDITABLE as TRAINER_FIELDS
from fitnesscrm.training.programs import starters

SEED = 4242
CLIENT_COUNT = 60
# Clients were added over the last ~6 months, more of them recently, so the weekly chart rises.
HISTORY_DAYS = 180

Coach = tuple[Trainer, Principal]


@dataclass
class DemoStudio:
    organization_id: int
    trainers: int = 0
    clients: int = 0
    assignments: int = 0
    sessions: int = 0
    activity_entries: int = 0
    # Rows of the training data per kind (programs, prescribed, workouts, sets, records, comments).
    training: dict[str, int] = field(default_factory=dict)
    # Rows of the progress data per kind (habits, habit logs, check-in forms, assignments, submissions).
    progress: dict[str, int] = field(default_factory=dict)
    starter_programs: int = 0
    goals: int = 0
    photos: int = 0
    outbox_messages: int = 0
    sms_messages: int = 0
    api_keys: int = 0
    chat_messages: int = 0
    webhook_deliveries: int = 0
    # Rows of the billing data per kind (products, invoices, payments, refunds, memberships, credit entries).
    billing: dict[str, int] = field(default_factory=dict)
    automation: dict[str, int] = field(default_factory=dict)
    # Segments, campaigns and the recipients of those sent.
    campaigns: dict[str, int] = field(default_factory=dict)
    logins: list[tuple[str, str]] = field(default_factory=list)


class _Builder:
    """Adds every row to the session with back-dated timestamps; the caller commits once."""

    def __init__(self, now: datetime, *, calendar_only: bool = False) -> None:
        self.now = now
        self.calendar_only = calendar_only
        self.zone = ZoneInfo(content.TIMEZONE)
        self.today = now.astimezone(self.zone).date()
        self.rng = random.Random(SEED)
        self.fake = Faker("en_US")
        self.fake.seed_instance(SEED)
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        self.result = DemoStudio(organization_id=0)

    def past(self, when: datetime, *, after: datetime) -> datetime:
        """`when`, or a random moment between `after` and now if `when` is still to come."""
        if when <= self.now:
            return when
        return after + (self.now - after) * self.rng.uniform(0.2, 0.9)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A local time on `day` as UTC; a time later today becomes earlier today (or last night)."""
        local = datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)
        return self.past(local, after=self.now - timedelta(hours=12))

    def phone(self) -> str:
        while True:
            number = f"+1{self.rng.choice(content.AREA_CODES)}55501{self.rng.randint(0, 99):02d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def client_email(self, first: str, last: str) -> str:
        local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower())
        domain = self.rng.choice(content.CLIENT_EMAIL_DOMAINS)
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def record(self, actor: Principal, when: datetime, subject: Trainer | Client, action: str, changes: dict) -> None:
        entity_type = "trainer" if isinstance(subject, Trainer) else "client"
        entry = activity.add_entry(
            organization_id=actor.organization_id, actor=actor, action=action, entity_type=entity_type,
            entity_id=subject.id, entity_label=subject.full_name, changes=changes,
        )  # fmt: skip
        entry.created_at = when
        self.result.activity_entries += 1

    def user(self, org: Organization, role: Role, email: str, first: str, last: str, joined: datetime) -> Principal:
        user = User(
            organization_id=org.id, email=email, password_hash=hash_password(content.PASSWORD), role=role,
            first_name=first, last_name=last, created_at=joined, updated_at=joined, password_changed_at=joined,
        )  # fmt: skip
        db.session.add(user)
        db.session.flush()
        self.result.logins.append((role.value, email))
        return Principal(user_id=user.id, organization_id=org.id, role=role, email=email, name=user.full_name)

    def build(self) -> DemoStudio:
        founded = self.at(self.today - timedelta(days=HISTORY_DAYS + 20), 9)
        org = Organization(
            name=content.ORGANIZATION_NAME, timezone=content.TIMEZONE, created_at=founded, updated_at=founded
        )
        db.session.add(org)
        db.session.flush()
        self.result.organization_id = org.id
        owner = self.user(org, Role.OWNER, f"owner@{content.EMAIL_DOMAIN}", *content.OWNER, founded)
        admin = self.user(org, Role.ADMIN, f"admin@{content.EMAIL_DOMAIN}", *content.ADMIN, founded + timedelta(days=2))
        coaches = self.add_trainers(org, owner)
        self.add_clients(org, managers=[owner, admin], coaches=coaches)
        schedule = ScheduleBuilder(now=self.now, rng=self.rng, organization_id=org.id, coaches=coaches)
        self.result.sessions = schedule.build()
        self.result.activity_entries += schedule.activity_entries
        if self.calendar_only:
            return self.result
        # The starter programs every new studio gets at sign-up, so that the Programs screen is not empty.
        self.result.starter_programs = len(starters.add_to(organization_id=org.id))
        self.result.training = TrainingBuilder(now=self.now, organization_id=org.id, coaches=coaches).build()
        self.result.activity_entries += self.result.training.pop("activity_entries", 0)
        # Measurements and habits before goals: a goal's start value and its streak are read from them.
        measurements.add(organization_id=org.id, today=self.today)
        self.result.progress |= habits.build(
            now=self.now, organization_id=org.id, created_by_user_id=coaches[0][1].user_id
        )
        self.result.progress |= checkins.build(now=self.now, organization_id=org.id)
        self.result.goals = goals.add(organization_id=org.id, today=self.today)
        self.result.photos = photos.add(organization_id=org.id, today=self.today)
        documents.add_to(now=self.now, organization_id=org.id, owner=owner)
        self.result.outbox_messages = notifications.add(now=self.now, organization_id=org.id)
        self.result.sms_messages = sms.add(now=self.now, organization_id=org.id)
        self.result.chat_messages = messaging.add(now=self.now, organization_id=org.id)
        self.result.webhook_deliveries = webhooks.add(now=self.now, organization_id=org.id)
        self.result.billing = billing.add(now=self.now, organization_id=org.id, staff_user_id=admin.user_id)
        self.result.automation = automation.add(now=self.now, organization_id=org.id)
        # The emails automations sent are outbox rows too.
        self.result.outbox_messages += self.result.automation["messages"]
        # After billing: the "Active members" segment reads the memberships.
        self.result.campaigns = campaigns.add(now=self.now, organization_id=org.id, owner_user_id=owner.user_id)
        # Each recipient of a sent campaign has its email in the outbox.
        self.result.outbox_messages += self.result.campaigns["recipients"]
        self.result.api_keys = keys.add(now=self.now, owner=owner)
        return self.result

    def add_trainers(self, org: Organization, owner: Principal) -> list[Coach]:
        coaches = []
        for n, (first, last, specializations, phone, rate, bio) in enumerate(content.TRAINERS, start=1):
            email = f"trainer{n}@{content.EMAIL_DOMAIN}"
            joined = self.at(self.today - timedelta(days=HISTORY_DAYS + 15 - 3 * n), 10 + n)
            login = self.user(org, Role.TRAINER, email, first, last, joined)
            trainer = Trainer(
                organization_id=org.id, user_id=login.user_id, first_name=first, last_name=last, email=email,
                phone=phone, specializations=specializations, bio=bio, hourly_rate=rate,
                created_at=joined, updated_at=joined,
            )  # fmt: skip
            db.session.add(trainer)
            db.session.flush()
            self.record(owner, joined, trainer, "create", created(snapshot(trainer, TRAINER_FIELDS)))
            coaches.append((trainer, replace(login, trainer_id=trainer.id)))
        self.result.trainers = len(coaches)
        return coaches

    def add_clients(self, org: Organization, *, managers: list[Principal], coaches: list[Coach]) -> None:
        statuses = list(CLIENT_STATUSES) + self.rng.choices(
            CLIENT_STATUSES, weights=content.STATUS_WEIGHTS, k=CLIENT_COUNT - len(CLIENT_STATUSES)
        )
        with_login = statuses.index("active")
        for n, status in enumerate(statuses):
            days_ago = round(HISTORY_DAYS * self.rng.random() ** 1.6)
            added = self.at(self.today - timedelta(days=days_ago), self.rng.randint(7, 19), self.rng.randint(0, 59))
            # Trainers sign up some clients themselves and become their primary trainer.
            coach = self.rng.choice(coaches) if self.rng.random() < 0.2 else None
            actor = coach[1] if coach else self.rng.choice(managers)
            client = self.client(org, status=status, added=added)
            if n == with_login:
                client.email = f"client@{content.EMAIL_DOMAIN}"
                login = self.user(org, Role.CLIENT, client.email, client.first_name, client.last_name, added)
                client.user_id = login.user_id
                coach, actor = coaches[0], managers[0]
            db.session.add(client)
            db.session.flush()
            # The log tells the client's story: added with the status they had before pausing or archiving.
            first_status = client.status_before_archive or ("active" if status in ("paused", "inactive") else status)
            values = {**snapshot(client, CLIENT_FIELDS), "status": first_status}
            self.record(actor, added, client, "create", created(values))
            self.assign(client, actor=actor, coach=coach, coaches=coaches)
            self.add_history(client, actor=self.rng.choice(managers))
        self.result.clients = len(statuses)

    def client(self, org: Organization, *, status: str, added: datetime) -> Client:
        gender = self.rng.choices(list(content.GENDER_WEIGHTS), weights=list(content.GENDER_WEIGHTS.values()))[0]
        if gender == "female":
            first = self.fake.first_name_female()
        elif gender == "male":
            first = self.fake.first_name_male()
        else:
            first = self.fake.first_name_nonbinary()
        last = self.fake.last_name()
        start = None
        if status != "lead":
            imported = self.rng.random() < 0.25  # members from before the studio moved to the CRM
            offset = -self.rng.randint(10, 185) if imported else self.rng.randint(0, 10)
            start = min(added.astimezone(self.zone).date() + timedelta(days=offset), self.today)
        emergency = self.rng.random() < 0.6
        return Client(
            organization_id=org.id, first_name=first, last_name=last,
            email=self.client_email(first, last) if self.rng.random() < 0.95 else None,
            phone=self.phone(), date_of_birth=self.fake.date_of_birth(minimum_age=18, maximum_age=72),
            gender=gender if self.rng.random() < 0.9 else None, goals=self.rng.choice(content.GOALS),
            notes=self.rng.choice(content.NOTES),
            emergency_contact_name=self.fake.name() if emergency else None,
            emergency_contact_phone=self.phone() if emergency else None,
            tags=sorted(self.rng.sample(content.TAGS, self.rng.randint(0, 3))), status=status,
            start_date=start, source=self.rng.choice(content.SOURCES), created_at=added, updated_at=added,
            status_before_archive=self.rng.choice(("inactive", "active")) if status == "archived" else None,
        )  # fmt: skip

    def assign(self, client: Client, *, actor: Principal, coach: Coach | None, coaches: list[Coach]) -> None:
        """Most clients get a primary trainer, some a second one; some leads and a few others stay unassigned."""
        chance = 0.5 if client.status == "lead" else 0.88
        if coach is None and self.rng.random() > chance:
            return
        chosen = [coach or self.rng.choice(coaches)]
        if self.rng.random() < 0.2:
            chosen.append(self.rng.choice([other for other in coaches if other is not chosen[0]]))
        when = client.created_at
        for position, (trainer, _) in enumerate(chosen):
            when = self.past(when + timedelta(minutes=self.rng.randint(5, 48 * 60)), after=when)
            db.session.add(
                Assignment(
                    organization_id=client.organization_id, client_id=client.id, trainer_id=trainer.id,
                    is_primary=position == 0, assigned_at=when, assigned_by_id=actor.user_id,
                )
            )  # fmt: skip
            self.result.assignments += 1
            self.record(
                actor, when, client, "assign", created({"trainer": trainer.full_name, "is_primary": position == 0})
            )

    def add_history(self, client: Client, *, actor: Principal) -> None:
        """Status changes after sign-up, so that the log reads like months of use."""
        if client.status in ("lead", "active"):
            return
        age_days = max((self.now - client.created_at).days, 1)
        when = self.past(client.created_at + timedelta(days=self.rng.randint(1, age_days)), after=client.created_at)
        if client.status != "archived":
            self.record(actor, when, client, "update", {"status": {"before": "active", "after": client.status}})
            return
        client.archived_at = when
        changes = {
            "status": {"before": client.status_before_archive, "after": "archived"},
            "archived_at": {"before": None, "after": when.isoformat()},
        }
        self.record(actor, when, client, "archive", changes)


def any_organization_exists() -> bool:
    """Whether the database holds any organization at all."""
    return db.session.execute(sa.select(sa.exists().where(Organization.id.is_not(None)))).scalar_one()


def load(*, now: datetime | None = None, calendar_only: bool = False) -> DemoStudio:
    """Create the demo studio and commit it, or raise Conflict if its logins already exist.

    `calendar_only` stops after the people and the calendar (for tests of the calendar around many dates).
    """
    taken = db.session.execute(
        sa.select(sa.exists().where(sa.func.lower(User.email).like(f"%@{content.EMAIL_DOMAIN}")))
    ).scalar_one()
    if taken:
        raise Conflict(f"Demo logins (@{content.EMAIL_DOMAIN}) already exist; the demo studio is loaded.")
    result = _Builder(now or datetime.now(UTC), calendar_only=calendar_only).build()
    db.session.commit()
    return result
