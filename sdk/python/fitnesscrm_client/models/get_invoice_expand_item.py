from enum import StrEnum

class GetInvoiceExpandItem(StrEnum):
    LINES = "lines"
    PAYMENTS = "payments"

    def __str__(self) -> str:
        return str(self.value)
