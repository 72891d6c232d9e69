from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.v2_measurement_create_unit import V2MeasurementCreateUnit
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="V2MeasurementCreate")



@_attrs_define
class V2MeasurementCreate:
    """ 
        Attributes:
            client_id (int):
            measured_on (datetime.date): The day, in the client's calendar; not ahead.
            type_ (str): The type's key.
            value (float):
            note (None | str | Unset):
            unit (V2MeasurementCreateUnit | Unset): kg or lb, cm or in, % or bpm; left out, the type's SI unit (kg, cm, …).
     """

    client_id: int
    measured_on: datetime.date
    type_: str
    value: float
    note: None | str | Unset = UNSET
    unit: V2MeasurementCreateUnit | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        measured_on = self.measured_on.isoformat()

        type_ = self.type_

        value = self.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "measured_on": measured_on,
            "type": type_,
            "value": value,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        measured_on = datetime.date.fromisoformat(d.pop("measured_on"))




        type_ = d.pop("type")

        value = d.pop("value")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        _unit = d.pop("unit", UNSET)
        unit: V2MeasurementCreateUnit | Unset
        if isinstance(_unit,  Unset):
            unit = UNSET
        else:
            unit = V2MeasurementCreateUnit(_unit)




        v2_measurement_create = cls(
            client_id=client_id,
            measured_on=measured_on,
            type_=type_,
            value=value,
            note=note,
            unit=unit,
        )

        return v2_measurement_create

