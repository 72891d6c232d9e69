from enum import StrEnum

class ListProgramsStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED = "ended"

    def __str__(self) -> str:
        return str(self.value)
