"""Do waiver signatures record exactly what was signed, stay as written, and get asked for again?"""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients import service as clients
from fitnesscrm.documents import service, sharing, waivers
from fitnesscrm.documents.models import WaiverSignature
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from tests.documents.factories import actors, document, upload_of


@pytest.fixture
def who(studio):
    return actors(studio)


@pytest.fixture
def waiver(who, studio):
    doc = document(who["owner"], data=b"waiver text v1")
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id, studio.other_client.id])
    return doc


def _sign(who, studio, waiver, **kw):
    values = {"typed_name": "Casey Client", "consent": True, "ip_address": "203.0.113.9", "user_agent": "Phone/1.0"}
    return waivers.sign(actor=who["client"], client_id=studio.client.id, document_id=waiver.id, **values | kw)


def test_signature_keeps_the_version_its_hash_ip_and_agent(who, studio, waiver):
    signed = _sign(who, studio, waiver)
    row = db.session.get(WaiverSignature, signed["id"])
    assert row.version_number == 1 and row.version_id == waiver.current_version_id
    assert row.sha256 == hashlib.sha256(b"waiver text v1").hexdigest()
    assert (row.ip_address, row.user_agent, row.typed_name) == ("203.0.113.9", "Phone/1.0", "Casey Client")
    assert signed["is_current_version"]
    entry = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "waiver_signature")
    ).scalar_one()
    assert entry.changes["version"]["after"] == 1


def test_signing_needs_consent_and_a_waiver(who, studio, waiver):
    with pytest.raises(ValidationError):
        _sign(who, studio, waiver, consent=False)
    plan = document(who["owner"], title="Plan", category="meal_plan")
    sharing.share(actor=who["owner"], document_id=plan.id, client_ids=[studio.client.id])
    with pytest.raises(ValidationError):
        _sign(who, studio, plan)


def test_only_the_client_signs_and_only_what_is_shared(who, studio, waiver):
    with pytest.raises(Forbidden):
        waivers.sign(
            actor=who["owner"],
            client_id=studio.client.id,
            document_id=waiver.id,
            typed_name="Owner",
            consent=True,
            ip_address=None,
            user_agent=None,
        )
    unshared = document(who["owner"], title="Other waiver")
    with pytest.raises(NotFound):
        _sign(who, studio, unshared)
    with pytest.raises(NotFound):
        waivers.sign(
            actor=who["client"],
            client_id=studio.other_client.id,
            document_id=waiver.id,
            typed_name="Someone else",
            consent=True,
            ip_address=None,
            user_agent=None,
        )


def test_signing_the_same_version_twice_is_a_conflict(who, studio, waiver):
    _sign(who, studio, waiver)
    with pytest.raises(Conflict):
        _sign(who, studio, waiver)


def test_a_new_version_asks_again(who, studio, waiver):
    _sign(who, studio, waiver)
    service.add_version(actor=who["owner"], document_id=waiver.id, upload=upload_of(who["owner"], b"v2"))
    mine = sharing.client_document(actor=who["client"], client_id=studio.client.id, document_id=waiver.id)
    assert mine["signature_status"] == "outdated" and mine["signature"]["version_number"] == 1
    statuses = {s["client_id"]: s["status"] for s in waivers.statuses(actor=who["owner"], document_id=waiver.id).items}
    assert statuses == {studio.client.id: "outdated", studio.other_client.id: "unsigned"}
    again = _sign(who, studio, waiver)
    assert again["version_number"] == 2 and again["sha256"] == hashlib.sha256(b"v2").hexdigest()
    mine = waivers.client_signatures(actor=who["client"], client_id=studio.client.id).items
    assert [s["version_number"] for s in mine] == [2, 1]


def test_a_restored_version_is_a_new_version_to_sign(who, studio, waiver):
    _sign(who, studio, waiver)
    service.add_version(actor=who["owner"], document_id=waiver.id, upload=upload_of(who["owner"], b"v2"))
    service.restore_version(actor=who["owner"], document_id=waiver.id, number=1)
    again = _sign(who, studio, waiver)
    assert again["version_number"] == 3 and again["sha256"] == hashlib.sha256(b"waiver text v1").hexdigest()


def test_statuses_filter_and_trainers_see_their_own_clients(who, studio, waiver):
    _sign(who, studio, waiver)
    signed = waivers.statuses(actor=who["owner"], document_id=waiver.id, status="signed").items
    assert [s["client_id"] for s in signed] == [studio.client.id]
    assert signed[0]["signature"]["ip_address"] == "203.0.113.9"
    assert [s["client_id"] for s in waivers.statuses(actor=who["trainer"], document_id=waiver.id).items] == [
        studio.client.id
    ]


def test_statuses_of_a_waiver_for_everyone_list_every_client(who, studio):
    doc = document(who["owner"], title="Studio waiver")
    sharing.set_shared_with_all(actor=who["owner"], document_id=doc.id, shared=True)
    page = waivers.statuses(actor=who["admin"], document_id=doc.id)
    assert {s["client_id"] for s in page.items} == {studio.client.id, studio.other_client.id}


def test_the_database_refuses_to_change_a_signature(who, studio, waiver):
    signed = _sign(who, studio, waiver)
    for statement in (
        sa.update(WaiverSignature).where(WaiverSignature.id == signed["id"]).values(typed_name="Forged"),
        sa.delete(WaiverSignature).where(WaiverSignature.id == signed["id"]),
    ):
        with pytest.raises(DBAPIError, match="cannot be changed or deleted"), db.session.begin_nested():
            db.session.execute(statement)
    assert db.session.get(WaiverSignature, signed["id"]).typed_name == "Casey Client"


def test_signatures_go_with_their_client_or_their_studio(who, studio, waiver, other_studio):
    _sign(who, studio, waiver)
    clients.delete(actor=who["owner"], client_id=studio.client.id)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WaiverSignature)) == 0
    # A whole studio goes with its signatures too.
    theirs = actors(other_studio)
    doc = document(theirs["owner"])
    sharing.share(actor=theirs["owner"], document_id=doc.id, client_ids=[other_studio.client.id])
    waivers.sign(
        actor=theirs["client"],
        client_id=other_studio.client.id,
        document_id=doc.id,
        typed_name="Them",
        consent=True,
        ip_address=None,
        user_agent=None,
    )
    db.session.execute(sa.delete(Organization).where(Organization.id == other_studio.org.id))
    db.session.flush()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WaiverSignature)) == 0


def test_status_list_runs_a_fixed_number_of_statements(who, studio, waiver, count_statements):
    _sign(who, studio, waiver)
    with count_statements() as counter:
        page = waivers.statuses(actor=who["owner"], document_id=waiver.id)
    assert len(page.items) == 2 and counter.count <= 4
