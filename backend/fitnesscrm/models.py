"""Every model, imported once so that the metadata Alembic and the mappers see is complete."""

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import (
    AccountLink,
    Invitation,
    RefreshToken,
    RefreshTokenFamily,
    RevokedToken,
    SignInThrottle,
    User,
)
from fitnesscrm.auth.two_factor import models as two_factor  # noqa: F401 - registers the two-factor tables
from fitnesscrm.automation import models as automation  # noqa: F401 - registers the automation tables
from fitnesscrm.billing import models as billing  # noqa: F401 - registers the billing tables
from fitnesscrm.campaigns import models as campaigns  # noqa: F401 - registers the campaign tables
from fitnesscrm.clients.models import Client, ClientCounts
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.developers import models as developers  # noqa: F401 - registers the API keys table
from fitnesscrm.developers.keys import models as developer_keys  # noqa: F401 - idempotency records, API settings
from fitnesscrm.developers.webhooks import models as webhooks  # noqa: F401 - registers the webhook tables
from fitnesscrm.documents import models as documents  # noqa: F401 - registers the documents tables
from fitnesscrm.messaging import models as messaging  # noqa: F401 - registers the chat tables
from fitnesscrm.notifications.inbox.models import InAppNotification
from fitnesscrm.notifications.models import NotificationPreference, OutboxMessage
from fitnesscrm.notifications.push.models import PushSubscription, VapidKeyPair
from fitnesscrm.notifications.sms import models as sms  # noqa: F401 - registers the SMS tables
from fitnesscrm.organizations.models import Organization
from fitnesscrm.privacy import models as privacy  # noqa: F401 - retention settings, erased clients
from fitnesscrm.progress import models as progress  # noqa: F401 - registers the progress tables
from fitnesscrm.scheduling import models as scheduling  # noqa: F401 - registers the scheduling tables
from fitnesscrm.segments import models as segments  # noqa: F401 - registers the segments table
from fitnesscrm.tasks import models as tasks  # noqa: F401 - registers the tasks table
from fitnesscrm.trainers.models import Trainer
from fitnesscrm.training import models as training  # noqa: F401 - registers the training tables

__all__ = [
    "AccountLink",
    "ActivityEntry",
    "Assignment",
    "Client",
    "ClientCounts",
    "InAppNotification",
    "Invitation",
    "NotificationPreference",
    "Organization",
    "OutboxMessage",
    "PushSubscription",
    "RefreshToken",
    "RefreshTokenFamily",
    "RevokedToken",
    "SignInThrottle",
    "StoredFile",
    "Trainer",
    "User",
    "VapidKeyPair",
]
