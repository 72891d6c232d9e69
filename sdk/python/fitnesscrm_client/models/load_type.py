from enum import StrEnum

class LoadType(StrEnum):
    KG = "kg"
    LB = "lb"
    PERCENT_1RM = "percent_1rm"
    RIR = "rir"
    RPE = "rpe"

    def __str__(self) -> str:
        return str(self.value)
