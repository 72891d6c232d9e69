from enum import StrEnum

class ListClientsExpandItem(StrEnum):
    TRAINERS = "trainers"

    def __str__(self) -> str:
        return str(self.value)
