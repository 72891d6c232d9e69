from enum import StrEnum

class ProgressionUnitType3Type1(StrEnum):
    KG = "kg"
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
