"""What happens to a client's measurements, as a domain event: the activity log keeps it, goals re-evaluate on it.

One event per form sent (several types on one day), per correction and per removal. The entry
is about the client (their name as its label) and says what changed in the recorder's units:
"Weight: 82.4 kg (3 May)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class MeasurementRecorded(RecordChanged):
    """Values of a client were entered, corrected or removed (`entity_id` is the client's id too).

    `type_ids` are the measurement types touched and `measured_on` their day; subscribers that
    need the values read the current rows of `measurements`.
    """

    action = "update"
    entity_type = "client"

    client_id: int
    type_ids: tuple[int, ...]
    measured_on: date
