from enum import StrEnum

class V2MeasurementCreateUnit(StrEnum):
    BPM = "bpm"
    CM = "cm"
    IN = "in"
    KG = "kg"
    LB = "lb"
    VALUE_0 = "%"

    def __str__(self) -> str:
        return str(self.value)
