"""What each kind of reader sees of a record: role views of output schemas, decided in one place.

As CTFd's schema "views" do, an output schema names the fields only staff may read
(`staff_only`) and may narrow what a client sees of the rows nested in it (`for_client`, e.g.
only their own place on a group session). Dumping applies the view of the schema's viewer: the
one given (`viewer=`, for feeds and files built outside a request) or else the caller of the
request; without either it fails rather than show everything.

The OpenAPI document describes the staff shape, each staff-only field saying so, which a
client's answer (the same shape with fields left out) conforms to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import marshmallow as ma

from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import Principal, Role

STAFF_ONLY_NOTE = "Staff only: not sent to clients."


@dataclass(frozen=True)
class Viewer:
    """Who reads: a role, and for a client the client record they are."""

    role: Role
    client_id: int | None = None

    @property
    def is_client(self) -> bool:
        return self.role == Role.CLIENT

    @classmethod
    def of(cls, principal: Principal) -> Viewer:
        return cls(role=principal.role, client_id=principal.client_id)


class ViewSchema(ma.Schema):
    """An output schema that shows each viewer their view of it."""

    staff_only: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *args: Any, viewer: Viewer | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._viewer = viewer
        # The OpenAPI document is written from instances: their fields say who does not see them.
        for name in self.staff_only:
            field = self.declared_fields[name]
            description = field.metadata.get("description", "")
            field.metadata = {**field.metadata, "description": f"{description} {STAFF_ONLY_NOTE}".strip()}

    @property
    def viewer(self) -> Viewer:
        """The viewer given, else the caller of the request (an error outside one, never everything)."""
        return self._viewer or Viewer.of(current_principal())

    def for_client(self, data: dict[str, Any], client_id: int | None) -> dict[str, Any]:
        """Narrow what client `client_id` sees of the nested rows; the staff-only fields are already gone."""
        return data

    @ma.post_dump
    def _apply_view(self, data: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
        viewer = self.viewer
        if not viewer.is_client:
            return data
        for name in self.staff_only:
            data.pop(name, None)
        return self.for_client(data, viewer.client_id)

    @classmethod
    def shows(cls, viewer: Viewer, name: str) -> bool:
        """Whether `viewer` sees the field `name` (for text built from a record, such as an .ics file)."""
        return not (viewer.is_client and name in cls.staff_only)
