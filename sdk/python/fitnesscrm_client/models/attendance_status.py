from enum import StrEnum

class AttendanceStatus(StrEnum):
    COMPLETED = "completed"
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"

    def __str__(self) -> str:
        return str(self.value)
