from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.v2_invoice_line import V2InvoiceLine
  from ..models.v2_payment import V2Payment





T = TypeVar("T", bound="V2Invoice")



@_attrs_define
class V2Invoice:
    """ 
        Attributes:
            amount_credited (int): Taken off by credit notes, in the currency's minor units.
            amount_due (int): Still owed, in the currency's minor units.
            amount_paid (int): Paid so far, in the currency's minor units.
            client_id (int):
            created_at (datetime.datetime):
            credit_note_for_id (int | None): For a credit note, the invoice it credits.
            currency (str): ISO 4217, e.g. USD.
            discount_total (int): The discount, in the currency's minor units.
            due_on (datetime.date | None):
            id (int):
            issued_on (datetime.date | None):
            kind (str): invoice | credit_note
            membership_id (int | None):
            notes (None | str):
            number (None | str): Null while a draft.
            object_ (Any):  Default: 'invoice'.
            paid_at (datetime.datetime | None):
            period_end (datetime.date | None):
            period_start (datetime.date | None): A membership's period.
            status (str): draft | open | paid | void | uncollectible
            subtotal (int): Before discount and tax, in the currency's minor units.
            tax_total (int): The tax, in the currency's minor units.
            total (int): What the invoice is for, in the currency's minor units.
            updated_at (datetime.datetime):
            voided_at (datetime.datetime | None):
            lines (list[V2InvoiceLine] | Unset): Only with `expand=lines`, in order.
            payments (list[V2Payment] | Unset): Only with `expand=payments`, oldest first.
     """

    amount_credited: int
    amount_due: int
    amount_paid: int
    client_id: int
    created_at: datetime.datetime
    credit_note_for_id: int | None
    currency: str
    discount_total: int
    due_on: datetime.date | None
    id: int
    issued_on: datetime.date | None
    kind: str
    membership_id: int | None
    notes: None | str
    number: None | str
    paid_at: datetime.datetime | None
    period_end: datetime.date | None
    period_start: datetime.date | None
    status: str
    subtotal: int
    tax_total: int
    total: int
    updated_at: datetime.datetime
    voided_at: datetime.datetime | None
    object_: Any = 'invoice'
    lines: list[V2InvoiceLine] | Unset = UNSET
    payments: list[V2Payment] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_invoice_line import V2InvoiceLine # noqa: PLC0415
        from ..models.v2_payment import V2Payment # noqa: PLC0415
        amount_credited = self.amount_credited

        amount_due = self.amount_due

        amount_paid = self.amount_paid

        client_id = self.client_id

        created_at = self.created_at.isoformat()

        credit_note_for_id: int | None
        credit_note_for_id = self.credit_note_for_id

        currency = self.currency

        discount_total = self.discount_total

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        id = self.id

        issued_on: None | str
        if isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        kind = self.kind

        membership_id: int | None
        membership_id = self.membership_id

        notes: None | str
        notes = self.notes

        number: None | str
        number = self.number

        object_ = self.object_

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        status = self.status

        subtotal = self.subtotal

        tax_total = self.tax_total

        total = self.total

        updated_at = self.updated_at.isoformat()

        voided_at: None | str
        if isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)



        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_credited": amount_credited,
            "amount_due": amount_due,
            "amount_paid": amount_paid,
            "client_id": client_id,
            "created_at": created_at,
            "credit_note_for_id": credit_note_for_id,
            "currency": currency,
            "discount_total": discount_total,
            "due_on": due_on,
            "id": id,
            "issued_on": issued_on,
            "kind": kind,
            "membership_id": membership_id,
            "notes": notes,
            "number": number,
            "object": object_,
            "paid_at": paid_at,
            "period_end": period_end,
            "period_start": period_start,
            "status": status,
            "subtotal": subtotal,
            "tax_total": tax_total,
            "total": total,
            "updated_at": updated_at,
            "voided_at": voided_at,
        })
        if lines is not UNSET:
            field_dict["lines"] = lines
        if payments is not UNSET:
            field_dict["payments"] = payments

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_invoice_line import V2InvoiceLine # noqa: PLC0415
        from ..models.v2_payment import V2Payment # noqa: PLC0415
        d = dict(src_dict)
        amount_credited = d.pop("amount_credited")

        amount_due = d.pop("amount_due")

        amount_paid = d.pop("amount_paid")

        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_credit_note_for_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credit_note_for_id = _parse_credit_note_for_id(d.pop("credit_note_for_id"))


        currency = d.pop("currency")

        discount_total = d.pop("discount_total")

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))


        id = d.pop("id")

        def _parse_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)



                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        issued_on = _parse_issued_on(d.pop("issued_on"))


        kind = d.pop("kind")

        def _parse_membership_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        membership_id = _parse_membership_id(d.pop("membership_id"))


        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        object_ = d.pop("object")

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        def _parse_period_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)



                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_end = _parse_period_end(d.pop("period_end"))


        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)



                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))


        status = d.pop("status")

        subtotal = d.pop("subtotal")

        tax_total = d.pop("tax_total")

        total = d.pop("total")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_voided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voided_at_type_0 = datetime.datetime.fromisoformat(data)



                return voided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        voided_at = _parse_voided_at(d.pop("voided_at"))


        _lines = d.pop("lines", UNSET)
        lines: list[V2InvoiceLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = V2InvoiceLine.from_dict(lines_item_data)



                lines.append(lines_item)


        _payments = d.pop("payments", UNSET)
        payments: list[V2Payment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = V2Payment.from_dict(payments_item_data)



                payments.append(payments_item)


        v2_invoice = cls(
            amount_credited=amount_credited,
            amount_due=amount_due,
            amount_paid=amount_paid,
            client_id=client_id,
            created_at=created_at,
            credit_note_for_id=credit_note_for_id,
            currency=currency,
            discount_total=discount_total,
            due_on=due_on,
            id=id,
            issued_on=issued_on,
            kind=kind,
            membership_id=membership_id,
            notes=notes,
            number=number,
            object_=object_,
            paid_at=paid_at,
            period_end=period_end,
            period_start=period_start,
            status=status,
            subtotal=subtotal,
            tax_total=tax_total,
            total=total,
            updated_at=updated_at,
            voided_at=voided_at,
            lines=lines,
            payments=payments,
        )

        return v2_invoice

