from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="V2InvoiceLine")



@_attrs_define
class V2InvoiceLine:
    """ 
        Attributes:
            description (str):
            discount (int): The discount on the line, in the currency's minor units.
            net (int): Before tax, in the currency's minor units.
            product_id (int | None):
            quantity (int):
            session_id (int | None):
            tax (int): The tax, in the currency's minor units.
            tax_basis_points (int): The tax rate; 2000 is 20%.
            tax_inclusive (bool): Whether the price includes the tax.
            tax_name (None | str):
            total (int): With tax, in the currency's minor units.
            unit_price (int): The price of one, in the currency's minor units.
     """

    description: str
    discount: int
    net: int
    product_id: int | None
    quantity: int
    session_id: int | None
    tax: int
    tax_basis_points: int
    tax_inclusive: bool
    tax_name: None | str
    total: int
    unit_price: int





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        discount = self.discount

        net = self.net

        product_id: int | None
        product_id = self.product_id

        quantity = self.quantity

        session_id: int | None
        session_id = self.session_id

        tax = self.tax

        tax_basis_points = self.tax_basis_points

        tax_inclusive = self.tax_inclusive

        tax_name: None | str
        tax_name = self.tax_name

        total = self.total

        unit_price = self.unit_price


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "discount": discount,
            "net": net,
            "product_id": product_id,
            "quantity": quantity,
            "session_id": session_id,
            "tax": tax,
            "tax_basis_points": tax_basis_points,
            "tax_inclusive": tax_inclusive,
            "tax_name": tax_name,
            "total": total,
            "unit_price": unit_price,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        discount = d.pop("discount")

        net = d.pop("net")

        def _parse_product_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        product_id = _parse_product_id(d.pop("product_id"))


        quantity = d.pop("quantity")

        def _parse_session_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        session_id = _parse_session_id(d.pop("session_id"))


        tax = d.pop("tax")

        tax_basis_points = d.pop("tax_basis_points")

        tax_inclusive = d.pop("tax_inclusive")

        def _parse_tax_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tax_name = _parse_tax_name(d.pop("tax_name"))


        total = d.pop("total")

        unit_price = d.pop("unit_price")

        v2_invoice_line = cls(
            description=description,
            discount=discount,
            net=net,
            product_id=product_id,
            quantity=quantity,
            session_id=session_id,
            tax=tax,
            tax_basis_points=tax_basis_points,
            tax_inclusive=tax_inclusive,
            tax_name=tax_name,
            total=total,
            unit_price=unit_price,
        )

        return v2_invoice_line

