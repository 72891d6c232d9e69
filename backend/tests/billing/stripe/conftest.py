"""Every Stripe test runs against a real localstripe server, with the studio's keys in its billing settings."""

from __future__ import annotations

from tests.billing.stripe import contracts

contracts.install()

from tests.billing.stripe.localstripe import (  # noqa: E402, F401 - fixtures for these tests
    localstripe,
    stripe_api,
    stripe_api_base,
)
from tests.billing.stripe.stripe_data import (  # noqa: E402, F401 - fixtures for these tests
    membership,
    open_invoice,
    stripe_studio,
)
