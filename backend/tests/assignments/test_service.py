"""Does a lost race on the open-assignment indexes become a 409 that leaves nothing behind?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.assignments import service
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry, Assignment
from tests.factories import TrainerFactory, principal_for


def _rows() -> list[tuple[int, int, bool]]:
    return [
        tuple(row)
        for row in db.session.execute(
            sa.select(Assignment.client_id, Assignment.trainer_id, Assignment.is_primary)
            .where(Assignment.ended_at.is_(None))
            .order_by(Assignment.id)
        )
    ]


def test_assign_racing_for_the_same_pair_is_a_conflict(studio, monkeypatch):
    # As if another request assigned the trainer between our check and our insert.
    monkeypatch.setattr(service, "_open_assignments", lambda actor, ids: [Assignment(trainer_id=-1, is_primary=True)])
    before = _rows()
    with pytest.raises(Conflict, match="already assigned"):
        service.assign(actor=principal_for(studio.owner), client_id=studio.client.id, trainer_id=studio.trainer.id)
    assert _rows() == before
    assert db.session.execute(sa.select(ActivityEntry)).first() is None


def test_assign_racing_for_the_primary_is_a_conflict(studio, monkeypatch):
    # As if the client had no trainer yet when we looked, so the new one would become primary too.
    monkeypatch.setattr(service, "_open_assignments", lambda actor, ids: [])
    before = _rows()
    with pytest.raises(Conflict, match="primary trainer changed"):
        service.assign(
            actor=principal_for(studio.owner), client_id=studio.client.id, trainer_id=studio.other_trainer.id
        )
    assert _rows() == before


def test_bulk_assign_racing_is_a_conflict_and_assigns_none(studio, monkeypatch):
    extra = TrainerFactory(organization_id=studio.org.id)
    monkeypatch.setattr(service, "_open_assignments", lambda actor, ids: [])
    before = _rows()
    with pytest.raises(Conflict):
        service.bulk_assign(
            actor=principal_for(studio.owner),
            client_ids=[studio.client.id, studio.other_client.id],
            trainer_id=extra.id,
        )
    assert _rows() == before


def test_session_is_usable_after_a_conflict(studio, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(service, "_open_assignments", lambda actor, ids: [])
        with pytest.raises(Conflict):
            service.assign(actor=principal_for(studio.owner), client_id=studio.client.id, trainer_id=studio.trainer.id)
    assignment = service.assign(
        actor=principal_for(studio.owner), client_id=studio.client.id, trainer_id=studio.other_trainer.id
    )
    assert (assignment.trainer_id, assignment.is_primary) == (studio.other_trainer.id, False)
