"""The demo studio's weekly check-ins: two forms, an assignment for most coached active clients, weeks of answers.

Clients sent most weeks (a few are behind: overdue), coaches replied to and reviewed the older
ones, and the last week or two of some clients still wait in the review queue. The demo client
with a portal login has answered every past week, with replies, and this week's is coming up.
Rows are written in bulk.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import CheckInAssignment, CheckInForm, CheckInSubmission
from fitnesscrm.trainers.models import Trainer

SEED = 5151
CLIENTS = 18
WEEKLY = [
    {"key": "energy", "kind": "scale", "label": "How was your energy this week?", "required": True},
    {"key": "sleep", "kind": "scale", "label": "How well did you sleep?", "required": True},
    {"key": "weight", "kind": "number", "label": "Morning weight (kg)", "required": False, "min": 30, "max": 250},
    {
        "key": "nutrition",
        "kind": "choice",
        "label": "How did nutrition go?",
        "required": True,
        "options": ["On plan", "Mostly on plan", "Off plan"],
    },
    {"key": "win", "kind": "short_text", "label": "Your biggest win this week", "required": True},
    {"key": "struggles", "kind": "long_text", "label": "Anything that was hard?", "required": False},
    {"key": "photo", "kind": "photo", "label": "Front photo (optional)", "required": False},
]
MONTHLY = [
    {"key": "progress", "kind": "scale", "label": "How do you rate your progress?", "required": True},
    {"key": "goal", "kind": "short_text", "label": "Your goal for next week", "required": True},
]
WINS = (
    "Hit all three workouts",
    "New squat PR",
    "Walked every day",
    "Slept before 11 four nights",
    "Meal-prepped on Sunday",
    "Drank more water",
    "Stretched after every session",
)
STRUGGLES = (
    "Work was busy and I skipped a session.",
    "Late dinners on the weekend.",
    "My knee felt stiff on Thursday.",
    None,
    None,
)
REPLIES = (
    "Great week, keep it up!",
    "Nice work on the consistency. Let's add a little load next week.",
    "Good to hear. Prioritise sleep this week and we'll reassess.",
    "Well done. Keep the water intake up.",
    "Thanks for the honest update, we'll adjust Thursday's session.",
)


def _answers(rng: random.Random, weight: float) -> dict:
    answers = {
        "energy": rng.randint(4, 9),
        "sleep": rng.randint(4, 9),
        "weight": round(weight, 1),
        "nutrition": rng.choice(WEEKLY[3]["options"]),
        "win": rng.choice(WINS),
    }
    struggle = rng.choice(STRUGGLES)
    if struggle:
        answers["struggles"] = struggle
    return answers


def build(*, now: datetime, organization_id: int) -> dict[str, int]:
    """Forms, assignments and submissions for the studio's coached active clients; the counts written."""
    rng = random.Random(SEED)
    zone = ZoneInfo(content.TIMEZONE)
    today = now.astimezone(zone).date()
    rows = db.session.execute(
        sa.select(Client.id, Client.user_id, Trainer.user_id.label("coach_user_id"))
        .join(Assignment, sa.and_(Assignment.client_id == Client.id, Assignment.ended_at.is_(None)))
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .where(Client.organization_id == organization_id, Client.status == "active")
        .ext(distinct_on(Client.user_id.is_(None), Client.id))
        .order_by(Client.user_id.is_(None), Client.id)
        .limit(CLIENTS)
    ).all()
    if not rows:
        return {}
    author = rows[0].coach_user_id
    forms = (
        db.session.execute(
            sa.insert(CheckInForm).returning(CheckInForm.id),
            [
                {
                    "organization_id": organization_id,
                    "name": "Weekly check-in",
                    "questions": WEEKLY,
                    "created_by_user_id": author,
                },
                {
                    "organization_id": organization_id,
                    "name": "Goals review",
                    "questions": MONTHLY,
                    "created_by_user_id": author,
                },
            ],
        )
        .scalars()
        .all()
    )
    assignments, submissions = [], []
    for client_id, user_id, coach_user_id in rows:
        with_login = user_id is not None
        # The demo client's check-in is due in two days; the others' on a day of their own.
        weekday = (today + timedelta(days=2)).isoweekday() if with_login else rng.randint(1, 7)
        weeks = rng.randint(5, 9)
        starts_on = today - timedelta(days=7 * weeks)
        form_id, questions = (forms[1], MONTHLY) if rng.random() < 0.15 and not with_login else (forms[0], WEEKLY)
        assignments.append(
            {
                "organization_id": organization_id,
                "client_id": client_id,
                "form_id": form_id,
                "weekday": weekday,
                "starts_on": starts_on,
            }
        )
        due = starts_on + timedelta(days=(weekday - starts_on.isoweekday()) % 7)
        behind = 0 if with_login else rng.choice((0, 0, 0, 1, 2))
        past = []
        while due < today:
            past.append(due)
            due += timedelta(days=7)
        weight = rng.uniform(60, 95)
        for index, due_on in enumerate(past):
            from_end = len(past) - index
            if from_end <= behind or (not with_login and rng.random() < 0.08):
                continue
            late = not with_login and rng.random() < 0.15
            sent_day = due_on + timedelta(days=1 if late else -rng.choice((0, 0, 1)))
            submitted_at = datetime.combine(sent_day, time(rng.randint(7, 21), rng.randint(0, 59)), tzinfo=zone)
            waiting = not with_login and from_end <= rng.choice((0, 1, 2))
            replied = with_login or (not waiting and rng.random() < 0.8)
            weight -= rng.uniform(-0.2, 0.5)
            answers = (
                _answers(rng, weight)
                if form_id == forms[0]
                else {"progress": rng.randint(5, 9), "goal": rng.choice(WINS)}
            )
            reviewed_at = None if waiting else submitted_at + timedelta(hours=rng.randint(3, 30))
            submissions.append(
                {
                    "organization_id": organization_id,
                    "client_id": client_id,
                    "form_id": form_id,
                    "due_on": due_on,
                    "questions": questions,
                    "answers": answers,
                    "submitted_at": submitted_at.astimezone(UTC),
                    "reply": rng.choice(REPLIES) if replied else None,
                    # A reply the coach has not marked reviewed yet came a couple of hours after the check-in.
                    "replied_at": (reviewed_at or submitted_at + timedelta(hours=2)) if replied else None,
                    "replied_by_user_id": coach_user_id if replied else None,
                    "reviewed_at": reviewed_at,
                    "reviewed_by_user_id": None if waiting else coach_user_id,
                }
            )
    db.session.execute(sa.insert(CheckInAssignment), assignments)
    if submissions:
        db.session.execute(sa.insert(CheckInSubmission), submissions)
    return {
        "check_in_forms": len(forms),
        "check_in_assignments": len(assignments),
        "check_in_submissions": len(submissions),
    }
