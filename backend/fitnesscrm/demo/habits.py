"""The demo studio's habits: daily habits for its active clients and six weeks of ticks, written in bulk.

Each coached active client gets two or three habits from a small pool (steps, water, sleep,
mobility, a yes/no), started six weeks ago, and ticks them off most days: each client has
their own reliability, some days fall short of the target, some are skipped. The demo client
with a portal login has a run of completed days up to yesterday (a streak to show) and
nothing logged yet today, so that ticking today off is there to try.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Habit, HabitLog

SEED = 4242
WEEKS = 6
CLIENTS = 24
# (name, kind, daily target, unit, how far a short day falls below target)
POOL = (
    ("Walk 8,000 steps", "count", 8000, "steps", 0.6),
    ("Drink 8 glasses of water", "count", 8, "glasses", 0.5),
    ("Sleep 7½ hours", "duration", 450, "minutes", 0.85),
    ("Mobility routine", "duration", 15, "minutes", 0.5),
    ("No snacks after dinner", "yes_no", None, None, 0),
)


def _value(rng: random.Random, kind: str, target: int | None, short: float, completed: bool) -> Decimal:
    if kind == "yes_no":
        return Decimal(1 if completed else 0)
    if completed:
        return Decimal(round(target * rng.uniform(1.0, 1.3)))
    return Decimal(round(target * rng.uniform(short, 0.97)))


def build(*, now: datetime, organization_id: int, created_by_user_id: int | None) -> dict[str, int]:
    """Give the studio's coached active clients habits and their history; the counts of rows written."""
    rng = random.Random(SEED)
    today = now.astimezone(ZoneInfo(content.TIMEZONE)).date()
    start = today - timedelta(days=7 * WEEKS)
    coached = sa.select(Assignment.client_id).where(Assignment.ended_at.is_(None))
    rows = db.session.execute(
        sa.select(Client.id, Client.user_id)
        .where(Client.organization_id == organization_id, Client.status == "active", Client.id.in_(coached))
        .order_by(Client.user_id.is_(None), Client.id)
        .limit(CLIENTS)
    ).all()
    habits, logs = [], []
    for client_id, user_id in rows:
        with_login = user_id is not None
        chosen = (*POOL[:3], POOL[4]) if with_login else rng.sample(POOL, rng.choice((2, 3)))
        for name, kind, target, unit, _short in chosen:
            habits.append(
                {
                    "organization_id": organization_id,
                    "client_id": client_id,
                    "name": name,
                    "kind": kind,
                    "target_value": None if target is None else Decimal(target),
                    "unit": unit,
                    "starts_on": start,
                    "created_by_user_id": created_by_user_id,
                }
            )
    ids = db.session.execute(sa.insert(Habit).returning(Habit.id, Habit.client_id, Habit.name), habits).all()
    pool = {name: (kind, target, short) for name, kind, target, _unit, short in POOL}
    client_login = {client_id: user_id is not None for client_id, user_id in rows}
    for habit_id, client_id, name in ids:
        kind, target, short = pool[name]
        with_login = client_login[client_id]
        reliability = 0.9 if with_login else rng.uniform(0.45, 0.92)
        day = start
        while day <= today:
            # The portal's demo client: a streak up to yesterday, today still to tick off.
            streak = with_login and day >= today - timedelta(days=6)
            if with_login and day == today:
                break
            if streak or rng.random() < reliability + 0.05:
                completed = streak or rng.random() < reliability
                logs.append(
                    {
                        "organization_id": organization_id,
                        "habit_id": habit_id,
                        "client_id": client_id,
                        "day": day,
                        "value": _value(rng, kind, target, short, completed),
                        "completed": completed,
                    }
                )
            day += timedelta(days=1)
    if logs:
        db.session.execute(sa.insert(HabitLog), logs)
    return {"habits": len(ids), "habit_logs": len(logs)}
