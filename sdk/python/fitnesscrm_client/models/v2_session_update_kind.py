from enum import StrEnum

class V2SessionUpdateKind(StrEnum):
    ASSESSMENT = "assessment"
    CONSULTATION = "consultation"
    GROUP = "group"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
