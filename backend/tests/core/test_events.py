"""Do domain events reach their subscribers in the same transaction, and does no domain log by hand?"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients.events import ClientCreated
from fitnesscrm.core import events
from fitnesscrm.core.events import DomainEvent, RecordChanged
from fitnesscrm.extensions import db

PACKAGE = Path(events.__file__).resolve().parents[1]


@dataclass(frozen=True, kw_only=True)
class _Pinged(DomainEvent):
    note: str


@dataclass(frozen=True, kw_only=True)
class _LoudPinged(_Pinged):
    pass


def test_record_calls_subscribers_of_the_class_then_of_its_bases():
    heard: list[tuple[str, str]] = []
    events.subscribe(_Pinged)(lambda event: heard.append(("ping", event.note)))
    events.subscribe(_LoudPinged)(lambda event: heard.append(("loud", event.note)))

    events.record(_Pinged(organization_id=1, actor=None, note="a"))
    events.record(_LoudPinged(organization_id=1, actor=None, note="b"))

    assert heard == [("ping", "a"), ("loud", "b"), ("ping", "b")]


def test_a_record_change_is_logged_in_the_callers_transaction_and_rolls_back_with_it(studio):
    event = ClientCreated(organization_id=studio.org.id, actor=None, entity_id=studio.client.id, label="Zoë Ñúñez")
    events.record(event)
    db.session.flush()
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_label == "Zoë Ñúñez")).one()
    assert (entry.action, entry.entity_type, entry.actor_id, entry.actor_name) == (
        "create",
        "client",
        None,
        "FitnessCRM (automatic)",
    )
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).where(ActivityEntry.entity_label == "Zoë Ñúñez")) == 0


def test_every_record_event_names_its_action_and_record_type():
    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    concrete = [cls for cls in subclasses(RecordChanged) if not cls.__name__.endswith("Event")]
    assert len(concrete) >= 20
    for cls in concrete:
        assert isinstance(cls.action, str) and isinstance(cls.entity_type, str), cls


def test_no_domain_imports_the_activity_log_to_announce_a_change():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("activity", "demo", "dashboard") or str(relative) in ("app.py", "models.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fitnesscrm.activity"):
                offenders.append(str(relative))
    assert offenders == []
