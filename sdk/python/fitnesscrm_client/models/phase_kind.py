from enum import StrEnum

class PhaseKind(StrEnum):
    ACCUMULATION = "accumulation"
    DELOAD = "deload"
    INTENSIFICATION = "intensification"
    OTHER = "other"
    REALIZATION = "realization"

    def __str__(self) -> str:
        return str(self.value)
