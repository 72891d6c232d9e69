from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Payment")



@_attrs_define
class V2Payment:
    """ 
        Attributes:
            amount (int): In the currency's minor units (cents).
            amount_refunded (int): In minor units.
            client_id (int):
            created_at (datetime.datetime):
            currency (str): ISO 4217, e.g. USD.
            failure_message (None | str): Why it failed.
            id (int):
            invoice_id (int):
            method (str): cash | bank_transfer | card_terminal | stripe | other
            object_ (Any):  Default: 'payment'.
            received_at (datetime.datetime):
            reference (None | str): A cheque or transfer id.
            status (str): pending | succeeded | failed
            updated_at (datetime.datetime):
     """

    amount: int
    amount_refunded: int
    client_id: int
    created_at: datetime.datetime
    currency: str
    failure_message: None | str
    id: int
    invoice_id: int
    method: str
    received_at: datetime.datetime
    reference: None | str
    status: str
    updated_at: datetime.datetime
    object_: Any = 'payment'





    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_refunded = self.amount_refunded

        client_id = self.client_id

        created_at = self.created_at.isoformat()

        currency = self.currency

        failure_message: None | str
        failure_message = self.failure_message

        id = self.id

        invoice_id = self.invoice_id

        method = self.method

        object_ = self.object_

        received_at = self.received_at.isoformat()

        reference: None | str
        reference = self.reference

        status = self.status

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "amount_refunded": amount_refunded,
            "client_id": client_id,
            "created_at": created_at,
            "currency": currency,
            "failure_message": failure_message,
            "id": id,
            "invoice_id": invoice_id,
            "method": method,
            "object": object_,
            "received_at": received_at,
            "reference": reference,
            "status": status,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_refunded = d.pop("amount_refunded")

        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        def _parse_failure_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_message = _parse_failure_message(d.pop("failure_message"))


        id = d.pop("id")

        invoice_id = d.pop("invoice_id")

        method = d.pop("method")

        object_ = d.pop("object")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))


        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        v2_payment = cls(
            amount=amount,
            amount_refunded=amount_refunded,
            client_id=client_id,
            created_at=created_at,
            currency=currency,
            failure_message=failure_message,
            id=id,
            invoice_id=invoice_id,
            method=method,
            object_=object_,
            received_at=received_at,
            reference=reference,
            status=status,
            updated_at=updated_at,
        )

        return v2_payment

