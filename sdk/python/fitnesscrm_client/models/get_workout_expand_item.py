from enum import StrEnum

class GetWorkoutExpandItem(StrEnum):
    SETS = "sets"

    def __str__(self) -> str:
        return str(self.value)
