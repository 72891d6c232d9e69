from enum import StrEnum

class BlockKind(StrEnum):
    CIRCUIT = "circuit"
    SINGLE = "single"
    SUPERSET = "superset"

    def __str__(self) -> str:
        return str(self.value)
