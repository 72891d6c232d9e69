from enum import StrEnum

class ListProgramTemplatesStatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return str(self.value)
