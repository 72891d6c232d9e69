from enum import StrEnum

class ListSeriesStatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
