from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2FreeSlot")



@_attrs_define
class V2FreeSlot:
    """ 
        Attributes:
            ends_at (datetime.datetime):
            object_ (Any):  Default: 'free_slot'.
            starts_at (datetime.datetime):
     """

    ends_at: datetime.datetime
    starts_at: datetime.datetime
    object_: Any = 'free_slot'





    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        object_ = self.object_

        starts_at = self.starts_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_at": ends_at,
            "object": object_,
            "starts_at": starts_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        object_ = d.pop("object")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        v2_free_slot = cls(
            ends_at=ends_at,
            object_=object_,
            starts_at=starts_at,
        )

        return v2_free_slot

