from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.load_type import LoadType






T = TypeVar("T", bound="Load")



@_attrs_define
class Load:
    """ 
        Attributes:
            type_ (LoadType):
            value (float):
     """

    type_: LoadType
    value: float





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "type": type_,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LoadType(d.pop("type"))




        value = d.pop("value")

        load = cls(
            type_=type_,
            value=value,
        )

        return load

