"""What each kind of text says: short, from the studio by name, and on the first one how to stop them.

A text is worded when it is sent, from the outbox row's context, like an email. One segment of
GSM-7 text is 160 characters and Twilio bills per segment: a reminder fits in two, a chat reply
carries at most PREVIEW characters of the message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

PREVIEW = 200
OPT_OUT_HINT = "Reply STOP to opt out."


def _when(context: dict[str, Any]) -> str:
    moment = datetime.fromisoformat(context["starts_at"]).astimezone(ZoneInfo(context["timezone"]))
    return f"{moment:%a %-d %b, %H:%M}"


def _reminder(studio: str, context: dict[str, Any]) -> str:
    where = f" at {context['location']}" if context.get("location") else ""
    online = " (online)" if context.get("online_url") and not where else ""
    return f"{studio}: reminder, {context['what']} with {context['with']} on {_when(context)}{where}{online}."


def _chat_message(studio: str, context: dict[str, Any]) -> str:
    preview = context["preview"]
    if len(preview) > PREVIEW:
        preview = preview[: PREVIEW - 1].rstrip() + "…"
    return f"{studio}, {context['author_name']}: {preview}\nReply to this text to answer."


def _automation(studio: str, context: dict[str, Any]) -> str:
    return f"{studio}: {context['body_text']}"


WORDING = {"reminder": _reminder, "chat_message": _chat_message, "automation": _automation}


def render(*, template: str, context: dict[str, Any], studio_name: str, first: bool) -> str:
    """The text of one message; `first` when the number has never had a text from this studio."""
    text = WORDING[template](studio_name, context)
    return f"{text} {OPT_OUT_HINT}" if first else text
