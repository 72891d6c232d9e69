"""Does each role see exactly the clients the visibility rule allows, and are all-or-none lookups strict?"""

from __future__ import annotations

from datetime import date

import marshmallow as ma
import pytest
import sqlalchemy as sa

from fitnesscrm.clients import schemas, service
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from tests.factories import AssignmentFactory, ClientFactory, principal_for


def _visible_ids(user) -> set[int]:
    return set(
        db.session.execute(service.visible(principal_for(user)).with_only_columns(sa.text("clients.id"))).scalars()
    )


def test_visible_for_managers_is_the_whole_organization(studio, other_studio):
    for role in ("owner", "admin"):
        assert _visible_ids(studio.users[role]) == {studio.client.id, studio.other_client.id}


def test_visible_for_trainer_is_their_open_assignments_only(studio):
    ended = ClientFactory(organization_id=studio.org.id)
    AssignmentFactory(
        organization_id=studio.org.id, client_id=ended.id, trainer_id=studio.trainer.id, ended_at=sa.func.now()
    )
    assert _visible_ids(studio.trainer_user) == {studio.client.id}


def test_visible_for_client_is_their_own_record(studio):
    assert _visible_ids(studio.client_user) == {studio.client.id}


def test_find_many_is_all_or_nothing(studio, other_studio):
    owner = principal_for(studio.owner)
    found = service.find_many(actor=owner, client_ids=[studio.other_client.id, studio.client.id, studio.client.id])
    assert [client.id for client in found] == sorted([studio.client.id, studio.other_client.id])
    with pytest.raises(NotFound):
        service.find_many(actor=owner, client_ids=[studio.client.id, other_studio.client.id])
    with pytest.raises(NotFound):
        service.find_many(actor=principal_for(studio.trainer_user), client_ids=[studio.other_client.id])


@pytest.mark.parametrize("born", [date(1900, 1, 1), date.today()])
def test_date_of_birth_accepts_the_edges(born):
    loaded = schemas.ClientUpdateSchema(partial=True).load({"date_of_birth": born.isoformat()})
    assert loaded == {"date_of_birth": born}


@pytest.mark.parametrize("text, ids", [("3", [3]), ("1,,2,", [1, 2]), ("3, 4", [3, 4])])
def test_comma_separated_ids_reads_a_list(text, ids):
    assert schemas.ClientQuerySchema().load({"ids": text})["ids"] == ids


@pytest.mark.parametrize("text", ["", " , ", "1;2", "-1", ",".join(["1"] * 501)])
def test_comma_separated_ids_rejects_empty_or_bad_lists(text):
    with pytest.raises(ma.ValidationError):
        schemas.ClientQuerySchema().load({"ids": text})
