"""Can staff build the library: upload, search, filter, edit, archive, keep every version and restore one?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.documents import folders, service
from fitnesscrm.documents.models import DocumentVersion
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from tests.documents.factories import actors, document, upload_of


@pytest.fixture
def who(studio):
    return actors(studio)


def test_create_keeps_the_first_version_and_records_activity(who):
    created = document(who["trainer"], title="Squat plan", category="workout_plan", tags=["Strength"], note="First")
    assert created.version_count == 1
    assert created.current_version["number"] == 1
    assert created.current_version["file_name"] == "waiver.pdf"
    entry = db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.entity_id == created.id)).scalar_one()
    assert entry.entity_type == "document" and entry.action == "create"
    assert entry.changes["category"]["after"] == "Workout plan"


def test_create_refuses_clients(who):
    with pytest.raises(Forbidden):
        document(who["client"])


def test_new_versions_keep_every_earlier_one(who):
    doc = document(who["owner"], data=b"one")
    service.add_version(actor=who["trainer"], document_id=doc.id, upload=upload_of(who["trainer"], b"two"), note="Fix")
    page = service.versions(actor=who["owner"], document_id=doc.id)
    assert [v["number"] for v in page.items] == [2, 1]
    assert page.items[0]["is_current"] and not page.items[1]["is_current"]
    assert page.items[0]["note"] == "Fix"
    assert page.items[0]["uploaded_by_name"] == who["trainer"].name
    assert page.items[0]["size_bytes"] == 3


def test_restore_adds_a_version_pointing_at_the_same_file(who):
    doc = document(who["owner"], data=b"one")
    service.add_version(actor=who["owner"], document_id=doc.id, upload=upload_of(who["owner"], b"two"))
    restored = service.restore_version(actor=who["owner"], document_id=doc.id, number=1)
    assert restored.version_count == 3 and restored.current_version["number"] == 3
    rows = {v.number: v for v in db.session.execute(sa.select(DocumentVersion)).scalars() if v.document_id == doc.id}
    assert rows[3].stored_file_id == rows[1].stored_file_id
    assert rows[3].restored_from_number == 1
    entries = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.entity_id == doc.id).order_by(ActivityEntry.id)
    ).scalars()
    assert [e.changes.get("restored_from", {}).get("after") for e in entries][-1] == "Version 1"


def test_restore_of_a_missing_version_is_not_found(who):
    doc = document(who["owner"])
    with pytest.raises(NotFound):
        service.restore_version(actor=who["owner"], document_id=doc.id, number=9)


def test_search_finds_by_title_and_tag_prefix(who):
    document(who["owner"], title="Keto meal plan", category="meal_plan", tags=["nutrition"])
    document(who["owner"], title="Liability waiver")
    assert [d.title for d in service.get_all(actor=who["trainer"], q="ket").items] == ["Keto meal plan"]
    assert [d.title for d in service.get_all(actor=who["trainer"], q="nutri").items] == ["Keto meal plan"]
    assert [d.title for d in service.get_all(actor=who["trainer"], tag="Nutrition").items] == ["Keto meal plan"]
    assert [d.title for d in service.get_all(actor=who["trainer"], category="waiver").items] == ["Liability waiver"]


def test_archive_hides_from_the_list_and_is_for_managers(who):
    doc = document(who["owner"])
    with pytest.raises(Forbidden):
        service.archive(actor=who["trainer"], document_id=doc.id)
    service.archive(actor=who["admin"], document_id=doc.id)
    assert service.get_all(actor=who["owner"]).items == []
    assert [d.id for d in service.get_all(actor=who["owner"], archived="only").items] == [doc.id]
    service.restore(actor=who["owner"], document_id=doc.id)
    assert [d.id for d in service.get_all(actor=who["owner"]).items] == [doc.id]


def test_other_studios_documents_are_not_found(who, other_studio):
    doc = document(who["owner"])
    stranger = actors(other_studio)["owner"]
    for call in (
        lambda: service.get(actor=stranger, document_id=doc.id),
        lambda: service.versions(actor=stranger, document_id=doc.id),
        lambda: service.version_file(actor=stranger, document_id=doc.id, number=1),
        lambda: service.version_file(actor=stranger, document_id=doc.id),
        lambda: service.update(actor=stranger, document_id=doc.id, title="Mine"),
    ):
        with pytest.raises(NotFound):
            call()


def test_update_moves_to_a_folder_and_records_the_change(who):
    doc = document(who["owner"])
    folder = folders.create(actor=who["owner"], name="Waivers")
    changed = service.update(actor=who["trainer"], document_id=doc.id, folder_id=folder.id, tags=["legal"])
    assert changed.folder == {"id": folder.id, "name": "Waivers"}
    assert [d.id for d in service.get_all(actor=who["owner"], folder_id=folder.id).items] == [doc.id]
    assert service.get_all(actor=who["owner"], unfiled=True).items == []


def test_folders_nest_but_never_into_themselves(who):
    top = folders.create(actor=who["owner"], name="Plans")
    inner = folders.create(actor=who["owner"], name="Meal", parent_id=top.id)
    with pytest.raises(ValidationError):
        folders.update(actor=who["owner"], folder_id=top.id, parent_id=inner.id)
    with pytest.raises(Conflict):
        folders.create(actor=who["owner"], name="plans")
    with pytest.raises(Conflict):
        folders.delete(actor=who["owner"], folder_id=top.id)
    folders.delete(actor=who["owner"], folder_id=inner.id)
    folders.delete(actor=who["owner"], folder_id=top.id)


def test_a_folder_of_another_studio_cannot_hold_a_document(who, other_studio):
    theirs = folders.create(actor=actors(other_studio)["owner"], name="Theirs")
    with pytest.raises(NotFound):
        document(who["owner"], folder_id=theirs.id)


def test_tags_are_counted_in_sql(who):
    document(who["owner"], tags=["legal", "new"])
    document(who["owner"], tags=["legal"])
    assert service.tags(actor=who["trainer"]).items == [{"tag": "legal", "count": 2}, {"tag": "new", "count": 1}]


def test_list_runs_a_fixed_number_of_statements(who, count_statements):
    for n in range(3):
        document(who["owner"], title=f"Plan {n}", tags=["x"])
    with count_statements() as few:
        service.get_all(actor=who["owner"], per_page=1)
    for n in range(10):
        document(who["owner"], title=f"More {n}")
    db.session.expire_all()
    with count_statements() as many:
        page = service.get_all(actor=who["owner"], per_page=25)
    assert len(page.items) == 13
    assert many.count == few.count == 2
