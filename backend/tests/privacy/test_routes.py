"""Who may export, erase and set retention; what a refused or mistyped erasure leaves; the retention job."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.privacy import service
from fitnesscrm.privacy.models import ClientErasure, PrivacySettings
from tests.factories import ClientFactory


def _export(api, client_id):
    return api.get(f"/api/clients/{client_id}/data-export")


@pytest.mark.parametrize(
    ("role", "whose", "status"),
    [
        ("owner", "client", 200), ("owner", "other_client", 200), ("admin", "other_client", 200),
        ("trainer", "client", 200), ("trainer", "other_client", 404),
        ("client", "client", 200), ("client", "other_client", 404),
    ],
)  # fmt: skip
def test_export_is_for_managers_the_assigned_trainer_and_the_client_themselves(client_as, studio, role, whose, status):
    answer = _export(client_as(studio.users[role]), getattr(studio, whose).id)

    assert answer.status_code == status
    if status == 200:
        data = json.loads(zipfile.ZipFile(io.BytesIO(answer.get_data())).read("data.json"))
        assert data["records"]["clients"][0]["id"] == getattr(studio, whose).id
    else:
        assert answer.get_json()["error"]["code"] == "not_found"


def test_export_refuses_other_studios_and_strangers(client, client_as, studio, other_studio):
    assert _export(client_as(other_studio.owner), studio.client.id).status_code == 404
    assert _export(client, studio.client.id).status_code == 401


def test_a_client_downloads_their_own_data_and_only_a_client_may(client_as, studio):
    mine = client_as(studio.client_user).get("/api/privacy/my-data")
    owners = client_as(studio.owner).get("/api/privacy/my-data")

    assert mine.status_code == 200
    data = json.loads(zipfile.ZipFile(io.BytesIO(mine.get_data())).read("data.json"))
    assert data["records"]["clients"][0]["first_name"] == "Casey"
    assert owners.status_code == 403
    exported = sa.select(ActivityEntry.actor_id).where(
        ActivityEntry.action == "export", ActivityEntry.entity_id == studio.client.id
    )
    logged = db.session.execute(exported).scalar_one()
    assert logged == studio.client_user.id


def test_the_export_carries_no_secrets_nor_another_clients_rows(client_as, studio):
    data = json.loads(
        zipfile.ZipFile(io.BytesIO(_export(client_as(studio.owner), studio.client.id).get_data())).read("data.json")
    )

    assert "password_hash" not in data["records"]["users"][0]
    assert [row["client_id"] for row in data["records"]["assignments"]] == [studio.client.id]


@pytest.mark.parametrize(("role", "status"), [("trainer", 403), ("client", 403)])
def test_only_managers_erase(client_as, studio, role, status):
    answer = client_as(studio.users[role]).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "Casey Holloway"}
    )

    assert answer.status_code == status
    assert db.session.get(Client, studio.client.id).first_name == "Casey"


def test_erasure_needs_the_clients_name_typed_and_a_mistake_changes_nothing(client_as, studio):
    answer = client_as(studio.admin).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "Casey Holloway-Smith"}
    )

    assert answer.status_code == 422
    expected = ["Type “Casey Holloway” exactly to erase this client."]
    assert answer.get_json()["error"]["fields"]["confirmation"] == expected
    assert db.session.get(Client, studio.client.id).first_name == "Casey"
    assert db.session.get(ClientErasure, studio.client.id) is None


def test_erasure_refuses_another_studios_client(client_as, studio, other_studio):
    answer = client_as(other_studio.owner).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "Casey Holloway"}
    )

    assert answer.status_code == 404


def test_erasure_status_tells_staff_whether_they_may_erase(client_as, studio):
    owner = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/erasure").get_json()
    trainer = client_as(studio.trainer_user).get(f"/api/clients/{studio.client.id}/erasure").get_json()
    client_as(studio.owner).post(f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "casey holloway"})
    after = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/erasure").get_json()

    assert (owner["can_erase"], owner["confirmation"], trainer["can_erase"]) == (True, "Casey Holloway", False)
    assert (after["erased"], after["reason"], after["can_erase"]) == (True, "request", False)


def test_erasure_keeps_other_clients_of_the_same_first_name(client_as, studio):
    namesake = ClientFactory(organization_id=studio.org.id, first_name="Casey", last_name="Namesake")
    client_as(studio.owner).post(f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "Casey Holloway"})

    assert db.session.get(Client, namesake.id).full_name == "Casey Namesake"
    assert db.session.get(Client, studio.other_client.id).full_name == "Morgan Ashby"


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_only_managers_read_or_set_retention(client_as, studio, role):
    api = client_as(studio.users[role])

    assert api.get("/api/privacy/settings").status_code == 403
    assert api.put("/api/privacy/settings", json={"erase_archived_after_months": 12}).status_code == 403


@pytest.mark.parametrize("months", [0, 121, "12", 1.5])
def test_retention_must_be_whole_months_from_one_to_ten_years(client_as, studio, months):
    answer = client_as(studio.owner).put("/api/privacy/settings", json={"erase_archived_after_months": months})

    assert answer.status_code == 422
    assert "erase_archived_after_months" in answer.get_json()["error"]["fields"]


def test_retention_is_off_until_set_and_can_be_turned_off(client_as, studio):
    api = client_as(studio.owner)

    assert api.get("/api/privacy/settings").get_json() == {"erase_archived_after_months": None}
    assert api.put("/api/privacy/settings", json={"erase_archived_after_months": 24}).get_json() == {
        "erase_archived_after_months": 24
    }
    assert api.put("/api/privacy/settings", json={"erase_archived_after_months": None}).status_code == 200
    assert db.session.get(PrivacySettings, studio.org.id).erase_archived_after_months is None


def test_the_retention_job_erases_only_clients_archived_longer_than_the_setting(studio, other_studio):
    now = datetime.now(UTC)
    db.session.add(PrivacySettings(organization_id=studio.org.id, erase_archived_after_months=12))
    old = ClientFactory(organization_id=studio.org.id, status="archived", archived_at=now - timedelta(days=400))
    recent = ClientFactory(organization_id=studio.org.id, status="archived", archived_at=now - timedelta(days=300))
    # The other studio keeps archived clients (no setting): theirs stays however old.
    kept = ClientFactory(organization_id=other_studio.org.id, status="archived", archived_at=now - timedelta(days=900))
    db.session.commit()

    assert service.erase_expired(now) == 1

    assert db.session.get(Client, old.id).full_name == f"Erased client #{old.id}"
    assert db.session.get(ClientErasure, old.id).reason == "retention"
    assert db.session.get(Client, recent.id).first_name != "Erased client"
    assert db.session.get(Client, kept.id).first_name != "Erased client"
    entry = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.action == "erase", ActivityEntry.entity_id == old.id)
    ).scalar_one()
    assert (entry.actor_id, entry.entity_label) == (None, f"Erased client #{old.id}")
    assert service.erase_expired(now) == 0


def test_erasure_waits_until_a_running_membership_is_cancelled(client_as, studio):
    from fitnesscrm.billing.models import Membership
    from tests.billing.credits.conftest import membership_product

    product = membership_product(studio.org.id)
    today = datetime.now(UTC).date()
    membership = Membership(
        organization_id=studio.org.id, client_id=studio.client.id, product_id=product.id, price=6000,
        interval="month", started_on=today, current_period_start=today,
        current_period_end=today + timedelta(days=30), minimum_term_ends_on=today,
    )  # fmt: skip
    db.session.add(membership)
    db.session.commit()
    erase = {"confirmation": "Casey Holloway"}

    refused = client_as(studio.owner).post(f"/api/clients/{studio.client.id}/erasure", json=erase)
    membership.status = "cancelled"
    db.session.commit()
    allowed = client_as(studio.owner).post(f"/api/clients/{studio.client.id}/erasure", json=erase)

    assert refused.status_code == 409
    assert refused.get_json()["error"]["message"] == (
        "Casey Holloway has a running membership: cancel it before erasing them."
    )
    assert allowed.status_code == 200
    assert db.session.get(Membership, membership.id).client_id == studio.client.id


def test_flask_privacy_erase_expired_does_what_the_job_does(app, studio):
    db.session.add(PrivacySettings(organization_id=studio.org.id, erase_archived_after_months=1))
    old = ClientFactory(
        organization_id=studio.org.id, status="archived", archived_at=datetime.now(UTC) - timedelta(days=60)
    )
    db.session.commit()

    result = app.test_cli_runner().invoke(args=["privacy", "erase-expired"])

    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Erased 1 archived client past their studio's retention."
    assert db.session.get(ClientErasure, old.id).reason == "retention"
