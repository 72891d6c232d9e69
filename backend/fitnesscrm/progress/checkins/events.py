"""What happens with check-ins, as activity entries: forms are records of their own, the rest is about a client."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class CheckInFormCreated(RecordChanged):
    action = "create"
    entity_type = "check_in_form"


@dataclass(frozen=True, kw_only=True)
class CheckInFormUpdated(RecordChanged):
    action = "update"
    entity_type = "check_in_form"


@dataclass(frozen=True, kw_only=True)
class CheckInFormArchived(RecordChanged):
    action = "archive"
    entity_type = "check_in_form"


@dataclass(frozen=True, kw_only=True)
class CheckInAssigned(RecordChanged):
    """A client was given a weekly check-in (replacing any earlier one)."""

    action = "assign_check_in"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class CheckInEnded(RecordChanged):
    action = "end_check_in"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class CheckInSubmitted(RecordChanged):
    """A client sent their answers: "Anna Smith submitted her weekly check-in"."""

    action = "submit_check_in"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class CheckInReplied(RecordChanged):
    action = "reply_check_in"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class CheckInReviewed(RecordChanged):
    action = "review_check_in"
    entity_type = "client"
