from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.v2_free_slot import V2FreeSlot





T = TypeVar("T", bound="V2FreeSlotList")



@_attrs_define
class V2FreeSlotList:
    """ 
        Attributes:
            data (list[V2FreeSlot]):
            has_more (bool): Whether another page follows.
            next_starting_after (datetime.datetime | None): Pass as `starting_after` for the next page; null on the last.
            object_ (Any):  Default: 'list'.
     """

    data: list[V2FreeSlot]
    has_more: bool
    next_starting_after: datetime.datetime | None
    object_: Any = 'list'





    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_free_slot import V2FreeSlot # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)



        has_more = self.has_more

        next_starting_after: None | str
        if isinstance(self.next_starting_after, datetime.datetime):
            next_starting_after = self.next_starting_after.isoformat()
        else:
            next_starting_after = self.next_starting_after

        object_ = self.object_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "data": data,
            "has_more": has_more,
            "next_starting_after": next_starting_after,
            "object": object_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_free_slot import V2FreeSlot # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = V2FreeSlot.from_dict(data_item_data)



            data.append(data_item)


        has_more = d.pop("has_more")

        def _parse_next_starting_after(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_starting_after_type_0 = datetime.datetime.fromisoformat(data)



                return next_starting_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_starting_after = _parse_next_starting_after(d.pop("next_starting_after"))


        object_ = d.pop("object")

        v2_free_slot_list = cls(
            data=data,
            has_more=has_more,
            next_starting_after=next_starting_after,
            object_=object_,
        )

        return v2_free_slot_list

