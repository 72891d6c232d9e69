"""What an API key may be allowed to do: `<resource>:read`, `<resource>:write`, and `automation:run`.

`write` includes `read` of the same resource, so a key made to create sessions can read them back.
"""

from __future__ import annotations

# Resource → what the key screen calls it.
RESOURCES = {
    "clients": "Clients",
    "trainers": "Trainers",
    "assignments": "Trainer assignments",
    "sessions": "Sessions and series",
    "availability": "Availability and free slots",
    "programs": "Programs and workouts",
    "measurements": "Measurements",
    "invoices": "Invoices",
    "payments": "Payments",
}
AUTOMATION_RUN = "automation:run"
SCOPES = {
    **{
        f"{resource}:{access}": f"{label}: {access}"
        for resource, label in RESOURCES.items()
        for access in ("read", "write")
    },
    AUTOMATION_RUN: "Run due automations (POST /api/automation/process-triggers)",
}


def grants(held: frozenset[str] | set[str] | list[str], wanted: str) -> bool:
    """Whether a key holding `held` may do what `wanted` names."""
    if wanted in held:
        return True
    resource, _, access = wanted.partition(":")
    return access == "read" and f"{resource}:write" in held


def catalogue() -> list[dict]:
    """The scopes grouped as the key dialog offers them: per resource, read then write; automation last."""
    groups = [
        {
            "resource": resource,
            "label": label,
            "scopes": [{"scope": f"{resource}:{access}", "label": access.capitalize()} for access in ("read", "write")],
        }
        for resource, label in RESOURCES.items()
    ]
    groups.append(
        {"resource": "automation", "label": "Automations", "scopes": [{"scope": AUTOMATION_RUN, "label": "Run"}]}
    )
    return groups
