from enum import StrEnum

class V2SeriesCreateKind(StrEnum):
    ASSESSMENT = "assessment"
    CONSULTATION = "consultation"
    GROUP = "group"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
