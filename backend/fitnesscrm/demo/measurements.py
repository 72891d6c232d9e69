"""The demo studio's measurements: months of weekly weigh-ins, body fat and waist for its active clients.

Each client gets a believable trend (most lose a little fat week by week, some gain muscle)
with the small ups and downs of real scales, written in one bulk insert. The client who can
sign in also has one corrected weigh-in, so that the history of a correction shows.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Measurement, MeasurementType

WEEKS = (12, 26)
TYPES = ("weight", "body_fat", "waist")


def _round(value: float) -> Decimal:
    return Decimal(str(round(value, 1)))


def add(*, organization_id: int, today: date, seed: int = 10) -> int:
    """Weekly weight, body fat and waist for every active client; returns the rows written."""
    rng = random.Random(seed)
    ids = dict(
        db.session.execute(
            sa.select(MeasurementType.slug, MeasurementType.id).where(
                MeasurementType.organization_id.is_(None), MeasurementType.slug.in_(TYPES)
            )
        ).all()
    )
    clients = db.session.execute(
        sa.select(Client.id, Client.user_id)
        .where(Client.organization_id == organization_id, Client.status == "active")
        .order_by(Client.id)
    ).all()
    rows: list[dict] = []
    for client_id, user_id in clients:
        weeks = rng.randint(*WEEKS)
        weight, fat = rng.uniform(58, 105), rng.uniform(16, 34)
        waist = 60 + weight * 0.28 + fat * 0.4
        # Kilograms a week: most lose slowly, a few put on muscle.
        trend = rng.choice((-0.45, -0.35, -0.25, -0.15, 0.1))
        for week in range(weeks, -1, -1):
            day = today - timedelta(days=7 * week + rng.randint(0, 2))
            weight += trend + rng.gauss(0, 0.35)
            fat = max(8.0, fat + (trend * 0.25 if trend < 0 else -0.05) + rng.gauss(0, 0.3))
            waist = max(55.0, waist + trend * 0.6 + rng.gauss(0, 0.3))
            for slug, value in (("weight", weight), ("body_fat", fat), ("waist", waist)):
                rows.append({"organization_id": organization_id, "client_id": client_id, "type_id": ids[slug],
                             "measured_on": day, "value_si": _round(value), "entered_by_user_id": user_id})  # fmt: skip
    db.session.execute(sa.insert(Measurement), rows)
    _correct_one(organization_id, [user_id for _, user_id in clients if user_id], ids["weight"])
    return len(rows)


def _correct_one(organization_id: int, user_ids: list[int], weight_type_id: int) -> None:
    """A client who signs in typed 10 kg too many a week ago and corrected it."""
    if not user_ids:
        return
    client_id = db.session.execute(sa.select(Client.id).where(Client.user_id == user_ids[0])).scalar_one()
    typo = db.session.execute(
        sa.select(Measurement)
        .where(Measurement.client_id == client_id, Measurement.type_id == weight_type_id)
        .order_by(Measurement.measured_on.desc())
        .offset(1)
        .limit(1)
    ).scalar_one()
    fixed = Measurement(organization_id=organization_id, client_id=client_id, type_id=weight_type_id,
                        measured_on=typo.measured_on, value_si=typo.value_si, entered_by_user_id=user_ids[0],
                        note="Typed it wrong the first time")  # fmt: skip
    typo.value_si += 10
    db.session.add(fixed)
    db.session.flush()
    typo.superseded_at = datetime.now(UTC) - timedelta(days=6)
    typo.superseded_by_id, typo.superseded_by_user_id = fixed.id, user_ids[0]
