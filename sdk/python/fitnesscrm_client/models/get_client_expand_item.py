from enum import StrEnum

class GetClientExpandItem(StrEnum):
    TRAINERS = "trainers"

    def __str__(self) -> str:
        return str(self.value)
