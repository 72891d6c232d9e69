from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.trainers.models import Trainer
from tests.training.factories import ClientProgramFactory, ExerciseFactory, program_content


@pytest.fixture
def exercise(studio):
    return ExerciseFactory(organization_id=studio.org.id, name="Back Squat")


@pytest.fixture
def programs(studio, exercise):
    """An active program for `client` and one for `other_client`."""

    def program(client, **kwargs):
        return ClientProgramFactory(
            organization_id=studio.org.id, client_id=client.id, content=program_content([exercise.id]), **kwargs
        )

    return {"client": program(studio.client), "other_client": program(studio.other_client), "make": program}


def principal_for(user) -> Principal:
    """The Principal a request by `user` would carry."""
    trainer = db.session.execute(sa.select(Trainer.id).where(Trainer.user_id == user.id)).scalar_one_or_none()
    client = db.session.execute(sa.select(Client.id).where(Client.user_id == user.id)).scalar_one_or_none()
    return Principal(
        user_id=user.id,
        organization_id=user.organization_id,
        role=Role(user.role),
        email=user.email,
        name=user.full_name,
        trainer_id=trainer,
        client_id=client,
    )
