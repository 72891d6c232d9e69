from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="V2ProgramCreate")



@_attrs_define
class V2ProgramCreate:
    """ 
        Attributes:
            client_id (int):
            start_date (datetime.date): The first training day's week starts here.
            template_id (int): The template to copy.
            replace_current (bool | Unset): End the client's active program (and its unlogged workouts) instead of a 409.
                Default: False.
            training_weekdays (list[int] | Unset): ISO weekdays, 1 = Monday; by default the program's days per week, spread
                out.
     """

    client_id: int
    start_date: datetime.date
    template_id: int
    replace_current: bool | Unset = False
    training_weekdays: list[int] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        start_date = self.start_date.isoformat()

        template_id = self.template_id

        replace_current = self.replace_current

        training_weekdays: list[int] | Unset = UNSET
        if not isinstance(self.training_weekdays, Unset):
            training_weekdays = self.training_weekdays




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "start_date": start_date,
            "template_id": template_id,
        })
        if replace_current is not UNSET:
            field_dict["replace_current"] = replace_current
        if training_weekdays is not UNSET:
            field_dict["training_weekdays"] = training_weekdays

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        template_id = d.pop("template_id")

        replace_current = d.pop("replace_current", UNSET)

        training_weekdays = cast(list[int], d.pop("training_weekdays", UNSET))


        v2_program_create = cls(
            client_id=client_id,
            start_date=start_date,
            template_id=template_id,
            replace_current=replace_current,
            training_weekdays=training_weekdays,
        )

        return v2_program_create

