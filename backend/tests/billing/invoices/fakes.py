"""Stand-ins for the billing parts built beside this one (credits, memberships, Stripe), installed per test.

They stand where `billing.credits.service`, `billing.memberships.service` and `billing.stripe.gateway`
will be, with the signatures the brief gives them, and record how they were called.
"""

from __future__ import annotations

import sys
import types


def install(monkeypatch, dotted: str, **attributes) -> types.ModuleType:
    """Put a module at `dotted` (and its missing parents) in sys.modules for this test only."""
    parts = dotted.split(".")
    for depth in range(len(parts) - 1, len(parts) + 1):
        name = ".".join(parts[:depth])
        if name not in sys.modules or depth == len(parts):
            monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    module = sys.modules[dotted]
    for key, value in attributes.items():
        setattr(module, key, value)
    parent = sys.modules[".".join(parts[:-1])]
    monkeypatch.setattr(parent, parts[-1], module, raising=False)
    return module


class StripeError(Exception):
    """Part C's error, with a sentence for people."""
