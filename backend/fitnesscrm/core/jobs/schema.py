"""procrastinate's tables live beside the app's but are not its models: schema comparisons leave them out."""

from __future__ import annotations

PREFIX = "procrastinate_"


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's include_name hook: everything but procrastinate's own tables, which its migration manages."""
    return not (type_ == "table" and name is not None and name.startswith(PREFIX))
