"""The demo studio's training: programs for its active clients and four to six months of logged workouts.

Each active client with a trainer follows a three-day program from the built-in library (found
by slug): a strength plan, or a bodyweight plan for the mobility coach's clients. Its days are
laid out on three weekdays, as assigning a program does, from a start four to six months ago to
two weeks ahead. Past workouts were done most of the time (each client has their own habit, a
few have missed their last two), with loads that rise as the progression rule of
`training.formulas.propose` says, a bad day now and then, and load_kg, e1RM and volume computed
by the same formulas as the app; the records each set broke come from `formulas.records_broken`,
in order. Coaches comment on some recent workouts. The demo client with a portal login has a
workout scheduled today, in the studio's zone, not yet logged.

Rows are written in bulk (the services commit, the demo loads in one transaction). Without the
built-in library (`flask exercises seed`) there is nothing to build programs from: the step is skipped.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.activity import service as activity
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.trainers.models import Trainer
from fitnesscrm.training import formulas
from fitnesscrm.training.exercises import service as library
from fitnesscrm.training.models import (
    ClientProgram,
    PersonalRecord,
    ProgramWorkout,
    SetLog,
    WorkoutComment,
    WorkoutLog,
)

log = logging.getLogger(__name__)

SEED = 9090
DAYS_AHEAD = 14
# (slug, sets, reps_min, reps_max, starting kg for an average client or None for bodyweight; a hold has no reps
# and its seconds in place of the load)
STRENGTH = (
    ("Lower body", (("back-squat", 3, 5, 8, 50), ("romanian-deadlift", 3, 6, 10, 45), ("walking-lunge", 3, 8, 12, 12),
                    ("plank", 3, None, None, 40))),
    ("Upper body", (("bench-press", 3, 5, 8, 40), ("barbell-row", 3, 6, 10, 40), ("overhead-press", 3, 5, 8, 25),
                    ("lat-pulldown", 3, 8, 12, 35))),
    ("Full body", (("deadlift", 3, 3, 5, 70), ("incline-dumbbell-press", 3, 8, 12, 14),
                   ("seated-cable-row", 3, 8, 12, 35), ("hip-thrust", 3, 8, 12, 50))),
)  # fmt: skip
BODYWEIGHT = (
    ("Legs and core", (("bodyweight-squat", 3, 12, 20, None), ("reverse-lunge", 3, 8, 12, None),
                       ("glute-bridge", 3, 12, 20, None), ("dead-bug", 3, 8, 12, None))),
    ("Push and pull", (("push-up", 3, 6, 12, None), ("inverted-row", 3, 6, 12, None),
                       ("pike-push-up", 3, 5, 10, None), ("side-plank", 3, None, None, 30))),
    ("Conditioning", (("jumping-jack", 3, None, None, 45), ("mountain-climber", 3, None, None, 30),
                      ("burpee", 3, 6, 12, None), ("plank", 3, None, None, 40))),
)  # fmt: skip
PLANS = {"Strength foundations": STRENGTH, "Home bodyweight": BODYWEIGHT}
WEEKDAY_PATTERNS = ((1, 3, 5), (2, 4, 6), (1, 3, 6), (2, 4, 7), (1, 4, 6))
COACH_NOTES = (
    "Strong session, and the last set looked as good as the first.",
    "Nice work. Keep the same load next time and own every rep.",
    "Great consistency this week — that is what moves the numbers.",
    "Squat depth looked much better. Keep bracing before you descend.",
    "You hit the top of the range on every set: we go up next time.",
    "Shorter rests today? Take the full two minutes on the heavy lifts.",
    "New record! Well earned.",
    "Tough one after a busy week. Showing up counts.",
)
CLIENT_REPLIES = ("Thanks! Felt good today.", "Will do — legs were still sore from Monday.", "Thank you, coach!")


@dataclass
class Standing:
    """A client's bests on one exercise so far, and the sets that made them."""

    heaviest: Decimal | None = None
    best_e1rm: Decimal | None = None
    sets: list[tuple[Decimal, int]] = field(default_factory=list)

    def bests(self, load_kg: Decimal) -> formulas.Bests:
        reps = [reps for load, reps in self.sets if load >= load_kg]
        return formulas.Bests(self.heaviest, self.best_e1rm, max(reps) if reps else None)


class TrainingBuilder:
    """Adds programs, workouts, sets, records and comments to the demo transaction."""

    def __init__(self, *, now: datetime, organization_id: int, coaches: list[tuple[Trainer, Principal]]) -> None:
        self.now = now
        self.zone = ZoneInfo(content.TIMEZONE)
        self.today = now.astimezone(self.zone).date()
        self.rng = random.Random(SEED)
        self.organization_id = organization_id
        self.coaches = {trainer.id: (trainer, login) for trainer, login in coaches}
        self.counts: dict[str, int] = defaultdict(int)
        self.sets: list[dict] = []
        self.records: list[dict] = []

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def build(self) -> dict[str, int]:
        """Build everything; returns the rows written per kind (empty without the built-in library)."""
        slugs = {slug for plan in PLANS.values() for _, exercises in plan for slug, *_ in exercises}
        self.exercises = library.builtin_ids_by_slug(slugs)
        if missing := slugs - set(self.exercises):
            log.warning("Demo training skipped: the built-in exercise library lacks %s", ", ".join(sorted(missing)))
            return {}
        for client, trainer_id in self.active_clients():
            self.add_program(client, *self.coaches[trainer_id])
        db.session.execute(SetLog.__table__.insert(), self.sets)
        db.session.execute(PersonalRecord.__table__.insert(), self.records)
        self.counts["sets"], self.counts["records"] = len(self.sets), len(self.records)
        return dict(self.counts)

    def active_clients(self) -> list[tuple[Client, int]]:
        return list(
            db.session.execute(
                sa.select(Client, Assignment.trainer_id)
                .join(Assignment, Assignment.client_id == Client.id)
                .where(
                    Client.organization_id == self.organization_id,
                    Client.status == "active",
                    Assignment.is_primary,
                    Assignment.ended_at.is_(None),
                )
                .order_by(Client.id)
            ).all()
        )

    def plan_for(self, trainer: Trainer) -> str:
        return "Home bodyweight" if "Mobility" in (trainer.specializations or []) else "Strength foundations"

    def add_program(self, client: Client, trainer: Trainer, coach: Principal) -> None:
        portal = client.user_id is not None
        joined = client.created_at.astimezone(self.zone).date()
        start = max(
            joined + timedelta(days=self.rng.randint(1, 7)), self.today - timedelta(days=self.rng.randint(120, 180))
        )
        if start > self.today - timedelta(days=14):
            start = self.today - timedelta(days=14)
        if portal:  # the demo client's history is long enough to show months of progress in the portal
            start = self.today - timedelta(days=150)
            client.start_date = min(client.start_date or start, start)
        weekdays = self.rng.choice(WEEKDAY_PATTERNS)
        if portal:  # the demo client trains today, so the portal's Today screen has a workout to log
            weekday = self.today.isoweekday()
            weekdays = next((p for p in WEEKDAY_PATTERNS if weekday in p), (weekday, (weekday + 1) % 7 + 1))
        dates = [start + timedelta(days=n) for n in range((self.today - start).days + DAYS_AHEAD + 1)]
        dates = [day for day in dates if day.isoweekday() in weekdays]
        name = self.plan_for(trainer)
        plan = PLANS[name]
        weeks = [self.week(plan) for _ in range((len(dates) + len(plan) - 1) // len(plan))]
        assigned = datetime.combine(start - timedelta(days=2), time(12), tzinfo=self.zone).astimezone(UTC)
        program = ClientProgram(
            organization_id=self.organization_id, client_id=client.id, name=name, start_date=start,
            content={"phases": [], "weeks": weeks}, training_weekdays=list(weekdays), status="active",
            assigned_by_user_id=coach.user_id, created_at=assigned, updated_at=assigned,
        )  # fmt: skip
        db.session.add(program)
        db.session.flush()
        self.counts["programs"] += 1
        habit = self.rng.uniform(0.7, 0.97)
        # A few clients have slipped: their last two workouts were missed (the compliance filter shows them).
        slipping = not portal and self.rng.random() < 0.15
        past = [day for day in dates if day < self.today]
        workouts = []
        for n, day in enumerate(dates):
            week, slot = divmod(n, len(plan))
            day_doc = weeks[week]["days"][slot]
            workout = ProgramWorkout(
                organization_id=self.organization_id, client_program_id=program.id, client_id=client.id,
                scheduled_date=day, week_number=week + 1, day_number=slot + 1, week_key=weeks[week]["key"],
                day_key=day_doc["key"], name=day_doc["name"], content=day_doc,
            )  # fmt: skip
            done = day < self.today and self.rng.random() < habit
            if slipping and day in past[-2:]:
                done = False
            if portal and day in past[-3:]:
                done = True
            workouts.append((workout, done))
        db.session.add_all([workout for workout, _ in workouts])
        db.session.flush()
        self.counts["prescribed"] += len(workouts)
        lb = name == "Strength foundations" and self.rng.random() < 0.2
        strength = Decimal(str(round(self.rng.uniform(0.7, 1.3), 2)))
        last: dict[tuple[int, int], list[formulas.LastSet]] = {}
        standings: dict[int, Standing] = defaultdict(Standing)
        hour = self.rng.choice((6, 7, 12, 17, 18, 19))
        finished = [self.log(client, coach, workout, lb, strength, last, standings, hour)
                    for workout, done in workouts if done]  # fmt: skip
        db.session.flush()  # the logs exist before comments refer to them
        recent = [entry for entry in finished if entry.finished_at >= self.now - timedelta(days=56)]
        self.comment(client, trainer, coach, recent)

    def week(self, plan) -> dict:
        days = []
        for day_name, exercises in plan:
            blocks = []
            for slug, sets, reps_min, reps_max, base in exercises:
                exercise_id = self.exercises[slug]
                prescription: dict = {"sets": sets, "rest_seconds": 90}
                if reps_min is None:  # a hold, `base` seconds long
                    prescription["duration_seconds"] = base
                elif base is not None:
                    prescription.update(reps_min=reps_min, reps_max=reps_max, load={"type": "kg", "value": base})
                    prescription["progression"] = {"kind": "add_load", "increment": 2.5, "unit": "kg"}
                else:
                    prescription.update(reps_min=reps_min, reps_max=reps_max)
                    prescription["progression"] = {"kind": "add_reps", "increment": 1}
                exercise = {"key": str(self.uuid()), "exercise_id": exercise_id, "prescription": prescription}
                blocks.append({"key": str(self.uuid()), "kind": "single", "name": None, "rounds": None,
                               "rest_seconds": None, "exercises": [exercise]})  # fmt: skip
            days.append({"key": str(self.uuid()), "name": day_name, "notes": None, "blocks": blocks})
        return {"key": str(self.uuid()), "name": None, "phase_key": None, "days": days}

    def log(self, client, coach, workout, lb, strength, last, standings, hour) -> WorkoutLog:
        """One finished workout of `workout`'s day, its sets following the progression rule, and their records."""
        started = datetime.combine(workout.scheduled_date, time(hour, self.rng.randint(0, 50)), tzinfo=self.zone)
        started = started.astimezone(UTC)
        entry = WorkoutLog(
            id=self.uuid(), organization_id=self.organization_id, client_id=client.id, program_workout_id=workout.id,
            name=workout.name, started_at=started, logged_by_user_id=client.user_id or coach.user_id,
        )  # fmt: skip
        at, volume = started, Decimal(0)
        bad_day = self.rng.random() < 0.08
        for block in workout.content["blocks"]:
            planned = block["exercises"][0]
            prescription, key = planned["prescription"], planned["key"]
            # Each week's copy of a day has its own keys: the same exercise on the same day is what progresses.
            history = (workout.day_number, planned["exercise_id"])
            done_sets = self.sets_for(prescription, last.get(history), lb, strength, bad_day)
            last[history] = [formulas.LastSet("done", reps, load) for reps, load, _ in done_sets]
            for number, (reps, load_kg, seconds) in enumerate(done_sets, start=1):
                at += timedelta(seconds=self.rng.randint(100, 200))
                unit = ("lb" if lb else "kg") if load_kg is not None else None
                shown = formulas.from_kg(load_kg, unit) if load_kg is not None else None
                set_volume = formulas.volume(load_kg, reps)
                volume += set_volume or 0
                row = {
                    "id": self.uuid(), "organization_id": self.organization_id, "workout_log_id": entry.id,
                    "client_id": client.id, "exercise_id": planned["exercise_id"], "prescription_key": key,
                    "set_number": number, "status": "done", "reps": reps, "load_value": shown, "load_unit": unit,
                    "load_kg": load_kg, "duration_seconds": seconds, "performed_at": at,
                    "e1rm_kg": formulas.estimated_one_rep_max(load_kg, reps), "volume_kg": set_volume,
                    "logged_by_user_id": entry.logged_by_user_id, "client_updated_at": at, "created_at": at,
                    "updated_at": at,
                }  # fmt: skip
                self.sets.append(row)
                self.add_records(row, standings[planned["exercise_id"]])
        entry.finished_at = at + timedelta(minutes=self.rng.randint(2, 8))
        entry.duration_seconds = int((entry.finished_at - started).total_seconds())
        entry.total_volume_kg = volume.quantize(Decimal("0.01"))
        entry.client_updated_at = entry.created_at = entry.updated_at = entry.finished_at
        workout.completed_at = entry.finished_at
        db.session.add(entry)
        self.counts["workouts"] += 1
        return entry

    def sets_for(self, prescription, previous, lb, strength, bad_day) -> list[tuple]:
        """(reps, load_kg, seconds) of each set: the proposal of the rule from the last session, done well or not."""
        count = prescription["sets"]
        if "duration_seconds" in prescription:
            hold = prescription["duration_seconds"] + self.rng.choice((0, 5, 10, 15))
            return [(None, None, hold) for _ in range(count)]
        top, bottom = prescription["reps_max"], prescription["reps_min"]
        load = None
        if "load" in prescription:
            unit = "lb" if lb else "kg"
            rule = {**prescription, "progression": {"kind": "add_load", "increment": 5 if lb else 2.5, "unit": unit}}
            proposal = formulas.propose(rule, previous or [])
            if proposal is None:  # the first session: the prescribed load, scaled to the client
                start = formulas.from_kg(Decimal(prescription["load"]["value"]) * strength, unit)
                step = Decimal(5 if lb else 2.5)
                load = formulas.to_kg(max(step, (start / step).quantize(Decimal(1)) * step), unit)
                target = bottom
            else:
                load = proposal.load_kg
                reached = all((entry.reps or 0) >= top for entry in previous)
                target = bottom if reached else min(top, min(entry.reps or 0 for entry in previous) + 1)
        else:
            proposal = formulas.propose(prescription, previous or [])
            target = proposal.reps if proposal else bottom
        reps = []
        for _ in range(count):
            done = target + self.rng.choice((0, 0, 1)) - (self.rng.randint(1, 3) if bad_day else 0)
            reps.append(max(1, min(top + 2, done)))
        return [(value, load, None) for value in reps]

    def add_records(self, row: dict, standing: Standing) -> None:
        load_kg, reps = row["load_kg"], row["reps"]
        if load_kg is None or not reps:
            return
        for broken in formulas.records_broken(load_kg=load_kg, reps=reps, bests=standing.bests(load_kg)):
            record = {"kind": broken.kind, "value": broken.value, "previous_value": broken.previous}
            of_set = {"set_log_id": row["id"], "load_kg": load_kg, "reps": reps, "achieved_at": row["performed_at"]}
            subject = {key: row[key] for key in ("organization_id", "client_id", "exercise_id")}
            self.records.append({**subject, **record, **of_set})
        standing.heaviest = max(standing.heaviest or load_kg, load_kg)
        e1rm = formulas.estimated_one_rep_max(load_kg, reps)
        if e1rm is not None:
            standing.best_e1rm = max(standing.best_e1rm or e1rm, e1rm)
        standing.sets.append((load_kg, reps))

    def comment(self, client: Client, trainer: Trainer, coach: Principal, recent: list[WorkoutLog]) -> None:
        """The coach's notes on about one recent workout in five (always the demo client's latest), some replied to."""
        for n, entry in enumerate(reversed(recent)):
            if not (client.user_id and n == 0) and self.rng.random() > 0.2:
                continue
            at = min(entry.finished_at + timedelta(hours=self.rng.randint(1, 20)), self.now - timedelta(minutes=30))
            note = self.rng.choice(COACH_NOTES)
            self.add_comment(entry, coach.user_id, trainer.full_name, note, at)
            activity.add_entry(
                organization_id=self.organization_id, actor=coach, action="comment", entity_type="client",
                entity_id=client.id, entity_label=client.full_name, entity_at=entry.finished_at,
                changes={"workout": {"before": None, "after": entry.name}, "comment": {"before": None, "after": note}},
            ).created_at = at  # fmt: skip
            self.counts["activity_entries"] += 1
            if client.user_id and n > 0 and self.rng.random() < 0.5:
                reply_at = min(at + timedelta(hours=2), self.now - timedelta(minutes=10))
                self.add_comment(entry, client.user_id, client.full_name, self.rng.choice(CLIENT_REPLIES), reply_at)

    def add_comment(self, entry: WorkoutLog, user_id: int, name: str, body: str, at: datetime) -> None:
        db.session.add(
            WorkoutComment(
                organization_id=self.organization_id, workout_log_id=entry.id, author_user_id=user_id,
                author_name=name, body=body, created_at=at, updated_at=at,
            )
        )  # fmt: skip
        self.counts["comments"] += 1
