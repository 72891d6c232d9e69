"""Who may share what with whom, and does a client see exactly what is shared with them?"""

from __future__ import annotations

import pytest

from fitnesscrm.clients import service as clients
from fitnesscrm.documents import service, sharing
from fitnesscrm.errors import Forbidden, NotFound
from tests.documents.factories import actors, document
from tests.factories import ClientFactory


@pytest.fixture
def who(studio):
    return actors(studio)


def _titles(page):
    return [item["title"] for item in page.items]


def test_a_client_sees_only_what_is_shared_with_them(who, studio):
    mine = document(who["owner"], title="For you", category="meal_plan")
    document(who["owner"], title="For someone else", category="meal_plan")
    sharing.share(actor=who["owner"], document_id=mine.id, client_ids=[studio.client.id])
    page = sharing.client_documents(actor=who["client"], client_id=studio.client.id)
    assert _titles(page) == ["For you"]
    with pytest.raises(NotFound):
        sharing.client_documents(actor=who["client"], client_id=studio.other_client.id)


def test_shared_with_all_reaches_clients_who_join_later(who, studio):
    doc = document(who["owner"], title="House rules", category="form")
    sharing.set_shared_with_all(actor=who["owner"], document_id=doc.id, shared=True)
    newcomer = ClientFactory(organization_id=studio.org.id)
    assert _titles(sharing.client_documents(actor=who["owner"], client_id=newcomer.id)) == ["House rules"]
    sharing.set_shared_with_all(actor=who["owner"], document_id=doc.id, shared=False)
    assert _titles(sharing.client_documents(actor=who["owner"], client_id=newcomer.id)) == []


def test_only_managers_share_with_everyone(who):
    doc = document(who["owner"])
    with pytest.raises(Forbidden):
        sharing.set_shared_with_all(actor=who["trainer"], document_id=doc.id, shared=True)


def test_trainers_share_only_with_their_own_clients(who, studio):
    doc = document(who["owner"])
    sharing.share(actor=who["trainer"], document_id=doc.id, client_ids=[studio.client.id])
    with pytest.raises(NotFound):
        sharing.share(actor=who["trainer"], document_id=doc.id, client_ids=[studio.other_client.id])
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.other_client.id])
    # The trainer reads only their own client among those it is shared with, and cannot unshare the other.
    assert [s["client_id"] for s in sharing.shares(actor=who["trainer"], document_id=doc.id).items] == [
        studio.client.id
    ]
    with pytest.raises(NotFound):
        sharing.unshare(actor=who["trainer"], document_id=doc.id, client_id=studio.other_client.id)
    assert len(sharing.shares(actor=who["owner"], document_id=doc.id).items) == 2


def test_unshare_takes_it_away(who, studio):
    doc = document(who["owner"])
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id])
    sharing.unshare(actor=who["trainer"], document_id=doc.id, client_id=studio.client.id)
    assert _titles(sharing.client_documents(actor=who["client"], client_id=studio.client.id)) == []
    with pytest.raises(NotFound):
        sharing.client_document_file(actor=who["client"], client_id=studio.client.id, document_id=doc.id)
    with pytest.raises(NotFound):
        sharing.unshare(actor=who["owner"], document_id=doc.id, client_id=studio.client.id)


def test_archived_documents_leave_clients_view(who, studio):
    doc = document(who["owner"])
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id])
    service.archive(actor=who["owner"], document_id=doc.id)
    assert _titles(sharing.client_documents(actor=who["client"], client_id=studio.client.id)) == []
    with pytest.raises(NotFound):
        sharing.client_document(actor=who["client"], client_id=studio.client.id, document_id=doc.id)


def test_clients_cannot_be_shared_with_across_studios(who, other_studio):
    doc = document(who["owner"])
    with pytest.raises(NotFound):
        sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[other_studio.client.id])
    stranger = actors(other_studio)["owner"]
    with pytest.raises(NotFound):
        sharing.share(actor=stranger, document_id=doc.id, client_ids=[other_studio.client.id])


def test_sharing_twice_keeps_one_share_and_one_entry(who, studio):
    doc = document(who["owner"])
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id])
    page = sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id, studio.client.id])
    assert len(page.items) == 1
    assert service.get(actor=who["owner"], document_id=doc.id).share_count == 1


def test_client_list_runs_a_fixed_number_of_statements(who, studio, count_statements):
    docs = [document(who["owner"], title=f"Plan {n}") for n in range(12)]
    sharing.share(actor=who["owner"], document_id=docs[0].id, client_ids=[studio.client.id])
    with count_statements() as few:
        sharing.client_documents(actor=who["client"], client_id=studio.client.id)
    for doc in docs[1:]:
        sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id])
    with count_statements() as many:
        page = sharing.client_documents(actor=who["client"], client_id=studio.client.id)
    assert len(page.items) == 12 and many.count == few.count


def test_deleting_a_client_removes_their_shares(who, studio):
    doc = document(who["owner"])
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.other_client.id])
    clients.delete(actor=who["owner"], client_id=studio.other_client.id)
    assert sharing.shares(actor=who["owner"], document_id=doc.id).items == []
