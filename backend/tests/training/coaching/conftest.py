from __future__ import annotations

import pytest

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
