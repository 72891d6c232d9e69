from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.phase import Phase
  from ..models.week import Week





T = TypeVar("T", bound="ProgramContent")



@_attrs_define
class ProgramContent:
    """ 
        Attributes:
            weeks (list[Week]):
            phases (list[Phase] | Unset):
     """

    weeks: list[Week]
    phases: list[Phase] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.phase import Phase # noqa: PLC0415
        from ..models.week import Week # noqa: PLC0415
        weeks = []
        for weeks_item_data in self.weeks:
            weeks_item = weeks_item_data.to_dict()
            weeks.append(weeks_item)



        phases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phases, Unset):
            phases = []
            for phases_item_data in self.phases:
                phases_item = phases_item_data.to_dict()
                phases.append(phases_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "weeks": weeks,
        })
        if phases is not UNSET:
            field_dict["phases"] = phases

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phase import Phase # noqa: PLC0415
        from ..models.week import Week # noqa: PLC0415
        d = dict(src_dict)
        weeks = []
        _weeks = d.pop("weeks")
        for weeks_item_data in (_weeks):
            weeks_item = Week.from_dict(weeks_item_data)



            weeks.append(weeks_item)


        _phases = d.pop("phases", UNSET)
        phases: list[Phase] | Unset = UNSET
        if _phases is not UNSET:
            phases = []
            for phases_item_data in _phases:
                phases_item = Phase.from_dict(phases_item_data)



                phases.append(phases_item)


        program_content = cls(
            weeks=weeks,
            phases=phases,
        )

        return program_content

