"""Calls per minute per API key, counted in Flask-Limiter's storage (Redis in production, so every process shares it).

Every answer to a key carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds until
the window starts again); past the limit the answer is a 429 with `Retry-After`.
"""

from __future__ import annotations

import math
import time

from flask import after_this_request, current_app
from limits import RateLimitItem, RateLimitItemPerMinute, parse

from fitnesscrm.core.tenancy import Principal
from fitnesscrm.developers.keys import settings
from fitnesscrm.errors import TooManyRequests
from fitnesscrm.extensions import limiter

# The namespace of the keys' counters in the limiter's storage.
NAMESPACE = "api_v2_key"


def limit_for(organization_id: int) -> RateLimitItem:
    """The limit each of the studio's keys has: its own setting, else the server's API_RATE_LIMIT."""
    per_minute = settings.rate_limit_per_minute(organization_id=organization_id)
    return RateLimitItemPerMinute(per_minute) if per_minute else parse(current_app.config["API_RATE_LIMIT"])


def count_call(principal: Principal) -> None:
    """Count one call by the principal's key; TooManyRequests past its limit. Headers go on the answer either way."""
    item = limit_for(principal.organization_id)
    identifier = str(principal.api_key_id)
    allowed = limiter.limiter.hit(item, NAMESPACE, identifier)
    reset_at, remaining = limiter.limiter.get_window_stats(item, NAMESPACE, identifier)
    reset_in = max(0, math.ceil(reset_at - time.time()))
    headers = {
        "RateLimit-Limit": str(item.amount),
        "RateLimit-Remaining": str(max(0, remaining)),
        "RateLimit-Reset": str(reset_in),
    }
    if not allowed:
        headers["Retry-After"] = str(max(1, reset_in))

    @after_this_request
    def _add_headers(response):
        response.headers.update(headers)
        return response

    if not allowed:
        seconds = max(1, reset_in)
        raise TooManyRequests(
            f"This API key may make {item.amount} calls per {_window(item)}; try again in "
            f"{seconds} second{'s' if seconds != 1 else ''}.",
            code="rate_limited",
        )


def _window(item: RateLimitItem) -> str:
    unit = item.GRANULARITY.name
    return unit if item.multiples == 1 else f"{item.multiples} {unit}s"
