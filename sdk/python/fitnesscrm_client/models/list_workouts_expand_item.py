from enum import StrEnum

class ListWorkoutsExpandItem(StrEnum):
    SETS = "sets"

    def __str__(self) -> str:
        return str(self.value)
