from enum import StrEnum

class ProgressionKind(StrEnum):
    ADD_LOAD = "add_load"
    ADD_REPS = "add_reps"

    def __str__(self) -> str:
        return str(self.value)
