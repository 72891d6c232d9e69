"""factory_boy factories, one per model; rows get a fresh organization unless one is given."""

from __future__ import annotations

import time

import factory
from factory.alchemy import SQLAlchemyModelFactory

from fitnesscrm.auth.service import hash_password, load_session
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry, Assignment, Client, Organization, Trainer, User

PASSWORD = "correct-horse-battery"


def principal_for(user: User) -> Principal:
    """The Principal a request signed in as `user` carries (profiles, zone, units), loaded as the app loads it."""
    return load_session(user_id=user.id, issued_ms=int(time.time() * 1000), jti="test").principal


class BaseFactory(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731 - the session is swapped per test
        sqlalchemy_session_persistence = "commit"


class OrganizationFactory(BaseFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Studio {n}")
    timezone = "Europe/London"


def _new_organization_id() -> int:
    return OrganizationFactory().id


class UserFactory(BaseFactory):
    class Meta:
        model = User

    organization_id = factory.LazyFunction(_new_organization_id)
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password_hash = factory.LazyFunction(lambda: hash_password(PASSWORD))
    role = "owner"
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")


class TrainerFactory(BaseFactory):
    class Meta:
        model = Trainer

    organization_id = factory.LazyFunction(_new_organization_id)
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"trainer{n}@example.com")
    specializations = factory.LazyFunction(lambda: ["Strength"])


class ClientFactory(BaseFactory):
    class Meta:
        model = Client

    organization_id = factory.LazyFunction(_new_organization_id)
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"client{n}@example.com")
    status = "active"
    tags = factory.LazyFunction(list)


class AssignmentFactory(BaseFactory):
    """Needs organization_id, client_id and trainer_id."""

    class Meta:
        model = Assignment

    is_primary = True


class ActivityEntryFactory(BaseFactory):
    class Meta:
        model = ActivityEntry

    organization_id = factory.LazyFunction(_new_organization_id)
    actor_name = "Test Actor"
    action = "create"
    entity_type = "client"
    entity_id = 1
    entity_label = "Someone"
    changes = factory.LazyFunction(dict)
