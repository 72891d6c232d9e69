"""Can the right people enter, correct, remove and read a client's measurements, in their own units?

The studio is in Europe/London, in kg and cm; `trainer` coaches `client`, `other_trainer` coaches `other_client`.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements.events import MeasurementRecorded
from fitnesscrm.progress.models import Measurement, MeasurementType

TODAY = date.today()
DAY = TODAY - timedelta(days=3)


def type_id(slug: str) -> int:
    return db.session.execute(
        sa.select(MeasurementType.id).where(MeasurementType.organization_id.is_(None), MeasurementType.slug == slug)
    ).scalar_one()


def enter(api, client_id, entries, day=DAY, **extra):
    return api.post(
        f"/api/clients/{client_id}/measurements", json={"measured_on": str(day), "entries": entries, **extra}
    )


@pytest.fixture
def weight():
    return type_id("weight")


def test_client_enters_several_types_for_one_day_in_their_units(studio, client_as, weight):
    studio.client_user.weight_unit, studio.client_user.length_unit = "lb", "in"
    db.session.commit()
    api = client_as(studio.client_user)
    response = enter(api, studio.client.id, [{"type_id": weight, "value": 181.5}, {"type_id": type_id("waist"),
                     "value": 32}, {"type_id": type_id("body_fat"), "value": 18.2}], note="Morning")  # fmt: skip
    assert response.status_code == 201, response.get_json()
    body = {item["type_name"]: item for item in response.get_json()}
    assert (body["Weight"]["value"], body["Weight"]["unit"], body["Weight"]["display"]) == (181.5, "lb", "181.5 lb")
    assert body["Waist"]["display"] == "32.0 in"
    assert body["Body fat"]["display"] == "18.2%"
    stored = db.session.execute(sa.select(Measurement.value_si).where(Measurement.type_id == weight)).scalar_one()
    assert stored == Decimal("82.327")
    # The coach reads the same entry in the studio's kilograms.
    listed = client_as(studio.trainer_user).get(f"/api/clients/{studio.client.id}/measurements?type_id={weight}")
    assert listed.get_json()["items"][0]["display"] == "82.3 kg"
    assert listed.get_json()["items"][0]["entered_by_name"] == studio.client_user.full_name


def test_entering_records_one_activity_entry_and_the_event(studio, client_as, weight):
    seen = []
    events.subscribe(MeasurementRecorded)(seen.append)
    try:
        response = enter(client_as(studio.trainer_user), studio.client.id, [{"type_id": weight, "value": 82.4}],
                         day=date(TODAY.year, 5, 3) if date(TODAY.year, 5, 3) <= TODAY else DAY)  # fmt: skip
    finally:
        events._subscribers[MeasurementRecorded].remove(seen.append)
    assert response.status_code == 201
    assert [(event.client_id, event.type_ids) for event in seen] == [(studio.client.id, (weight,))]
    entry = db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client")).scalar_one()
    assert entry.entity_label == studio.client.full_name
    assert entry.changes["Weight"]["after"].startswith("82.4 kg (")


def test_bad_entries_are_refused_and_nothing_is_written(studio, client_as, weight):
    api = client_as(studio.client_user)
    cases = [
        ([{"type_id": weight, "value": 80}, {"type_id": weight, "value": 81}], DAY, 422),
        ([{"type_id": weight, "value": 80, "unit": "cm"}], DAY, 422),
        ([{"type_id": weight, "value": 80}], TODAY + timedelta(days=2), 422),
        ([{"type_id": 999_999, "value": 80}], DAY, 422),
        ([{"type_id": weight, "value": -1}], DAY, 422),
        ([], DAY, 422),
    ]
    for entries, day, status in cases:
        assert enter(api, studio.client.id, entries, day=day).status_code == status
    assert db.session.execute(sa.select(sa.func.count()).select_from(Measurement)).scalar_one() == 0


def test_a_correction_keeps_the_history_readable(studio, client_as, weight):
    api = client_as(studio.client_user)
    first = enter(api, studio.client.id, [{"type_id": weight, "value": 82.4}]).get_json()[0]
    coach = client_as(studio.trainer_user)
    corrected = coach.post(
        f"/api/clients/{studio.client.id}/measurements/{first['id']}/corrections", json={"value": 81.9}
    )
    assert corrected.status_code == 201
    new = corrected.get_json()
    assert new["value"] == 81.9 and new["corrected"]
    assert new["correction"].startswith(f"Corrected from 82.4 kg by {studio.trainer_user.full_name} on ")
    # The old version is read-only now.
    again = api.post(f"/api/clients/{studio.client.id}/measurements/{first['id']}/corrections", json={"value": 80})
    assert again.status_code == 409
    for named in (first["id"], new["id"]):
        history = api.get(f"/api/clients/{studio.client.id}/measurements/{named}/history").get_json()
        assert [version["value"] for version in history["versions"]] == [81.9, 82.4]
        assert history["current"]["id"] == new["id"]
        assert history["versions"][1]["superseded_by_name"] == studio.trainer_user.full_name
    current = api.get(f"/api/clients/{studio.client.id}/measurements").get_json()
    assert [item["id"] for item in current["items"]] == [new["id"]]


def test_entering_a_type_again_on_the_same_day_corrects_it(studio, client_as, weight):
    api = client_as(studio.client_user)
    first = enter(api, studio.client.id, [{"type_id": weight, "value": 82.4}]).get_json()[0]
    second = enter(api, studio.client.id, [{"type_id": weight, "value": 82.0}]).get_json()[0]
    assert second["corrected"]
    history = api.get(f"/api/clients/{studio.client.id}/measurements/{first['id']}/history").get_json()
    assert [version["value"] for version in history["versions"]] == [82.0, 82.4]


def test_a_removal_leaves_the_entry_in_its_history(studio, client_as, weight):
    api = client_as(studio.client_user)
    first = enter(api, studio.client.id, [{"type_id": weight, "value": 82.4}]).get_json()[0]
    assert api.delete(f"/api/clients/{studio.client.id}/measurements/{first['id']}").status_code == 204
    assert api.get(f"/api/clients/{studio.client.id}/measurements").get_json()["items"] == []
    history = api.get(f"/api/clients/{studio.client.id}/measurements/{first['id']}/history").get_json()
    assert history["removed"] and history["current"] is None
    assert api.delete(f"/api/clients/{studio.client.id}/measurements/{first['id']}").status_code == 409


@pytest.mark.parametrize("caller", ["other_trainer_user", "other_client_user", "stranger"])
def test_others_cannot_reach_a_clients_measurements(studio, other_studio, client_as, weight, caller):
    from tests.factories import UserFactory

    mine = enter(client_as(studio.client_user), studio.client.id, [{"type_id": weight, "value": 82.4}]).get_json()[0]
    users = {
        "other_trainer_user": UserFactory(organization_id=studio.org.id, role="trainer"),
        "other_client_user": other_studio.client_user,
        "stranger": other_studio.owner,
    }
    if caller == "other_trainer_user":
        studio.other_trainer.user_id = users[caller].id
        db.session.commit()
    api = client_as(users[caller])
    base = f"/api/clients/{studio.client.id}/measurements"
    assert api.get(base).status_code == 404
    assert enter(api, studio.client.id, [{"type_id": weight, "value": 1}]).status_code == 404
    assert api.post(f"{base}/{mine['id']}/corrections", json={"value": 1}).status_code == 404
    assert api.delete(f"{base}/{mine['id']}").status_code == 404
    assert api.get(f"{base}/{mine['id']}/history").status_code == 404
    assert api.get(f"{base}/chart?type_id={weight}").status_code == 404
    assert api.get(f"{base}/export").status_code == 404
    assert db.session.execute(sa.select(sa.func.count()).select_from(Measurement)).scalar_one() == 1


def test_another_client_of_the_studio_cannot_enter_for_a_client(studio, client_as, weight):
    from tests.factories import UserFactory

    other = UserFactory(organization_id=studio.org.id, role="client")
    studio.other_client.user_id = other.id
    db.session.commit()
    assert enter(client_as(other), studio.client.id, [{"type_id": weight, "value": 80}]).status_code == 404


def bulk(studio, type_slug: str, values: list[float], start: date, every: int = 1) -> None:
    db.session.execute(
        sa.insert(Measurement),
        [
            {"organization_id": studio.org.id, "client_id": studio.client.id, "type_id": type_id(type_slug),
             "measured_on": start + timedelta(days=n * every), "value_si": Decimal(str(value))}
            for n, value in enumerate(values)
        ],
    )  # fmt: skip
    db.session.commit()


def test_chart_moving_average_matches_python_and_includes_entries_before_the_range(studio, client_as):
    values = [80 + (n % 5) * 0.7 - n * 0.1 for n in range(30)]
    start = TODAY - timedelta(days=60)
    bulk(studio, "weight", values, start, every=2)
    from_ = start + timedelta(days=20)  # the 11th entry
    url = f"/api/clients/{studio.client.id}/measurements/chart?type_id={type_id('weight')}&from={from_}"
    chart = client_as(studio.trainer_user).get(url).get_json()
    expected = [
        round(sum(Decimal(str(v)) for v in values[max(0, n - 6) : n + 1]) / len(values[max(0, n - 6) : n + 1]), 1)
        for n in range(10, 30)
    ]
    assert [point["average"] for point in chart["points"]] == [float(value) for value in expected]
    assert [point["value"] for point in chart["points"]] == [round(v, 1) for v in values[10:]]
    assert chart["entries"] == 20 and not chart["thinned"] and chart["unit"] == "kg"


def test_chart_thins_long_ranges_and_keeps_the_newest(studio, client_as):
    values = [70 + (n % 9) / 10 for n in range(1000)]
    first = TODAY - timedelta(days=999)
    bulk(studio, "weight", values, first)
    chart = (
        client_as(studio.client_user)
        .get(f"/api/clients/{studio.client.id}/measurements/chart?type_id={type_id('weight')}")
        .get_json()
    )
    assert chart["thinned"] and chart["entries"] == 1000 and len(chart["points"]) == 400
    assert chart["points"][0]["date"] == str(first) and chart["points"][-1]["date"] == str(TODAY)
    dates = [point["date"] for point in chart["points"]]
    assert dates == sorted(set(dates))
    # Each kept point is its entry, averaged with the six entries before it (which the chart skipped).
    for point in chart["points"]:
        n = (date.fromisoformat(point["date"]) - first).days
        last_seven = [Decimal(str(v)) for v in values[max(0, n - 6) : n + 1]]
        assert point["value"] == round(values[n], 1)
        assert point["average"] == float(round(sum(last_seven) / len(last_seven), 1))


def test_chart_shows_the_active_goal_in_the_readers_unit(studio, client_as):
    from fitnesscrm.progress.models import Goal

    bulk(studio, "weight", [82.0], DAY)
    db.session.add(Goal(organization_id=studio.org.id, client_id=studio.client.id, kind="measurement",
                        title="Reach 75 kg", measurement_type_id=type_id("weight"), target_value=Decimal(75),
                        start_value=Decimal(82), starts_on=DAY, target_date=TODAY + timedelta(days=90)))  # fmt: skip
    studio.trainer_user.weight_unit = "lb"
    db.session.commit()
    chart = (
        client_as(studio.trainer_user)
        .get(f"/api/clients/{studio.client.id}/measurements/chart?type_id={type_id('weight')}")
        .get_json()
    )
    assert chart["goal"]["target_value"] == 165.3 and chart["unit"] == "lb"


def test_body_composition_derives_lean_mass_where_it_was_not_measured(studio, client_as):
    bulk(studio, "weight", [80.0, 79.0], DAY - timedelta(days=7), every=7)
    bulk(studio, "body_fat", [20.0, 19.0], DAY - timedelta(days=7), every=7)
    bulk(studio, "lean_mass", [64.5], DAY)
    body = (
        client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/measurements/body-composition").get_json()
    )
    first, second = body["points"]
    assert (first["fat_mass"], first["lean_mass"], first["lean_mass_derived"]) == (16.0, 64.0, True)
    assert (second["fat_mass"], second["lean_mass"], second["lean_mass_derived"]) == (15.0, 64.5, False)
    assert "weight minus fat mass" in body["derived_note"]


def test_latest_gives_each_types_newest_value_and_the_change(studio, client_as):
    bulk(studio, "weight", [82.4, 81.8], DAY - timedelta(days=7), every=7)
    bulk(studio, "waist", [84.0], DAY)
    items = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/measurements/latest").get_json()
    weight, waist = items["items"]
    assert (weight["value"], weight["change"], weight["change_display"]) == (81.8, -0.6, "\N{MINUS SIGN}0.6 kg")
    assert waist["previous_value"] is None and waist["type_name"] == "Waist"


def test_listing_takes_the_same_statements_however_many_entries(studio, client_as, count_statements, weight):
    api = client_as(studio.trainer_user)
    bulk(studio, "weight", [80.0], DAY)
    api.get(f"/api/clients/{studio.client.id}/measurements")  # the first request of a session loads more
    with count_statements() as few:
        api.get(f"/api/clients/{studio.client.id}/measurements")
    bulk(studio, "waist", [80.0 + n for n in range(30)], DAY - timedelta(days=40))
    first = db.session.execute(sa.select(Measurement).order_by(Measurement.id).limit(1)).scalar_one()
    api.post(f"/api/clients/{studio.client.id}/measurements/{first.id}/corrections", json={"value": 79})
    api.get(f"/api/clients/{studio.client.id}/measurements")
    with count_statements() as many:
        listed = api.get(f"/api/clients/{studio.client.id}/measurements").get_json()
    assert len(listed["items"]) == 25
    assert many.count == few.count <= 5


def test_export_is_in_the_readers_units_with_corrections(studio, client_as, weight):
    studio.owner.weight_unit = "lb"
    db.session.commit()
    api = client_as(studio.client_user)
    first = enter(api, studio.client.id, [{"type_id": weight, "value": 82.4}], note="=cmd()").get_json()[0]
    api.post(f"/api/clients/{studio.client.id}/measurements/{first['id']}/corrections", json={"value": 82.0})
    response = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/measurements/export")
    assert response.status_code == 200
    assert "measurements-" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:4] == ["Date", "Measurement", "Value", "Unit"]
    assert rows[1][:5] == [str(DAY), "Weight", "180.8", "lb", "'=cmd()"]
    assert rows[1][7].startswith(f"From 181.7 lb by {studio.client_user.full_name} on ")
    xlsx = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/measurements/export?format=xlsx")
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"


def test_managers_add_rename_and_archive_the_studios_own_types(studio, other_studio, client_as):
    api = client_as(studio.admin)
    created = api.post("/api/measurement-types", json={"name": "Grip strength", "dimension": "mass"})
    assert created.status_code == 201
    own = created.get_json()
    assert own["unit"] == "kg" and not own["is_builtin"]
    assert api.post("/api/measurement-types", json={"name": "grip STRENGTH", "dimension": "mass"}).status_code == 409
    assert api.post("/api/measurement-types", json={"name": "Weight", "dimension": "mass"}).status_code == 409
    listed = client_as(studio.client_user).get("/api/measurement-types").get_json()["items"]
    assert [item["name"] for item in listed][:2] == ["Weight", "Body fat"] and listed[-1]["id"] == own["id"]
    assert client_as(other_studio.owner).get("/api/measurement-types").get_json()["meta"]["total"] == 11
    renamed = api.patch(f"/api/measurement-types/{own['id']}", json={"name": "Grip"})
    assert renamed.get_json()["name"] == "Grip"
    assert api.patch(f"/api/measurement-types/{own['id']}", json={"archived": True}).get_json()["archived_at"]
    assert own["id"] not in [item["id"] for item in api.get("/api/measurement-types").get_json()["items"]]
    assert api.patch(f"/api/measurement-types/{type_id('weight')}", json={"name": "Mass"}).status_code == 404
    assert (
        client_as(other_studio.owner).patch(f"/api/measurement-types/{own['id']}", json={"name": "X"}).status_code
        == 404
    )


def test_units_are_chosen_on_the_account_and_defaulted_by_the_studio(studio, client_as):
    owner = client_as(studio.owner)
    assert owner.patch("/api/organization", json={"weight_unit": "lb"}).get_json()["weight_unit"] == "lb"
    me = client_as(studio.client_user).get("/api/auth/me").get_json()
    assert (me["weight_unit"], me["own_weight_unit"], me["length_unit"]) == ("lb", None, "cm")
    changed = client_as(studio.client_user).patch("/api/auth/me", json={"weight_unit": "kg", "length_unit": "in"})
    assert (changed.get_json()["weight_unit"], changed.get_json()["length_unit"]) == ("kg", "in")
    assert client_as(studio.client_user).patch("/api/auth/me", json={"weight_unit": "st"}).status_code == 422
    assert client_as(studio.client_user).patch("/api/organization", json={"weight_unit": "kg"}).status_code == 403
