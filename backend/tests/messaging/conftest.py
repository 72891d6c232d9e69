"""A studio whose client thread was opened the way the app opens it: by assigning the trainer."""

from __future__ import annotations

import time

import pytest

from fitnesscrm.assignments import service as assignments
from fitnesscrm.auth.service import load_session
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.messaging import service
from tests.conftest import make_studio
from tests.factories import ClientFactory, TrainerFactory, UserFactory


def principal(user) -> Principal:
    """The user as a signed-in caller."""
    return load_session(user_id=user.id, issued_ms=int(time.time() * 1000), jti="test").principal


@pytest.fixture
def chat():
    """make_studio's people, plus a coached client thread, another client's thread and a second trainer with a login.

    `trainer` coaches `client` (with a login); `second_trainer` (with a login) is assigned to `client` too,
    through the service, which opens the thread; `other_trainer` coaches `other_client` (no login).
    """
    studio = make_studio()
    owner = principal(studio.owner)
    second_user = UserFactory(organization_id=studio.org.id, role="trainer")
    studio.second_trainer_user = second_user
    studio.second_trainer = TrainerFactory(organization_id=studio.org.id, user_id=second_user.id)
    assignments.assign(actor=owner, client_id=studio.client.id, trainer_id=studio.second_trainer.id)
    other_user = UserFactory(organization_id=studio.org.id, role="trainer")
    studio.other_trainer.user_id = other_user.id
    studio.other_trainer_user = other_user
    lone_user = UserFactory(organization_id=studio.org.id, role="client")
    studio.lone_client = ClientFactory(organization_id=studio.org.id, user_id=lone_user.id)
    studio.lone_client_user = lone_user
    assignments.assign(actor=owner, client_id=studio.lone_client.id, trainer_id=studio.other_trainer.id)
    threads = service.get_all(actor=owner, page=1, per_page=50).items
    studio.thread_id = next(t["id"] for t in threads if t["client_id"] == studio.client.id)
    studio.lone_thread_id = next(t["id"] for t in threads if t["client_id"] == studio.lone_client.id)
    return studio
