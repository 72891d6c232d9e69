"""The credits tests' fixtures (settings, grants, products, part A's stand-in) serve the membership tests too."""

from tests.billing.credits.conftest import fake_invoices  # noqa: F401 - a fixture
