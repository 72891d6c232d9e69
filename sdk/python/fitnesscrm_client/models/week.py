from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.day import Day





T = TypeVar("T", bound="Week")



@_attrs_define
class Week:
    """ 
        Attributes:
            days (list[Day] | Unset):
            key (str | Unset): Stays the same across edits, copies and versions.
            name (None | str | Unset):
            phase_key (None | str | Unset):
     """

    days: list[Day] | Unset = UNSET
    key: str | Unset = UNSET
    name: None | str | Unset = UNSET
    phase_key: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.day import Day # noqa: PLC0415
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)



        key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phase_key: None | str | Unset
        if isinstance(self.phase_key, Unset):
            phase_key = UNSET
        else:
            phase_key = self.phase_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if days is not UNSET:
            field_dict["days"] = days
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if phase_key is not UNSET:
            field_dict["phase_key"] = phase_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day import Day # noqa: PLC0415
        d = dict(src_dict)
        _days = d.pop("days", UNSET)
        days: list[Day] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = Day.from_dict(days_item_data)



                days.append(days_item)


        key = d.pop("key", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_phase_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase_key = _parse_phase_key(d.pop("phase_key", UNSET))


        week = cls(
            days=days,
            key=key,
            name=name,
            phase_key=phase_key,
        )

        return week

