from enum import StrEnum

class V2ClientCreateStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LEAD = "lead"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
