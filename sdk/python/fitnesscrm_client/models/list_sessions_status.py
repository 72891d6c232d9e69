from enum import StrEnum

class ListSessionsStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
