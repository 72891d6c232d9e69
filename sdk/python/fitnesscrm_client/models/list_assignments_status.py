from enum import StrEnum

class ListAssignmentsStatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    ENDED = "ended"

    def __str__(self) -> str:
        return str(self.value)
