from enum import StrEnum

class ListClientsStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    INACTIVE = "inactive"
    LEAD = "lead"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
