"""What happens to program templates and clients' programs, and the starter templates a new studio gets.

The activity log's actions are a fixed set (create, update, archive, restore, ...): a version
saved is an update whose changes name the version and what changed, a program assigned is a
client program created, one ended or brought up to date an update of its status or version.
"""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged, subscribe
from fitnesscrm.organizations.events import OrganizationCreated


@dataclass(frozen=True, kw_only=True)
class TemplateEvent(RecordChanged):
    entity_type = "program_template"


@dataclass(frozen=True, kw_only=True)
class TemplateCreated(TemplateEvent):
    """A template was made from scratch or duplicated (`changes` says from which)."""

    action = "create"


@dataclass(frozen=True, kw_only=True)
class TemplateSaved(TemplateEvent):
    """A template was saved: its details changed, or a new version was made."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class TemplateArchived(TemplateEvent):
    action = "archive"


@dataclass(frozen=True, kw_only=True)
class TemplateRestored(TemplateEvent):
    action = "restore"


@dataclass(frozen=True, kw_only=True)
class ClientProgramEvent(RecordChanged):
    entity_type = "client_program"


@dataclass(frozen=True, kw_only=True)
class ProgramAssigned(ClientProgramEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class ClientProgramChanged(ClientProgramEvent):
    """A client's copy was edited, brought up to date with its template, or ended."""

    action = "update"


@subscribe(OrganizationCreated)
def give_starter_templates(event: OrganizationCreated) -> None:
    """Copy the starter templates into a new studio, in the transaction that creates it."""
    from fitnesscrm.training.programs import starters

    starters.add_to(organization_id=event.organization_id)
