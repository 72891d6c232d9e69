from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Measurement")



@_attrs_define
class V2Measurement:
    """ 
        Attributes:
            client_id (int):
            created_at (datetime.datetime):
            id (int):
            measured_on (datetime.date): The day, in the client's calendar.
            note (None | str):
            object_ (Any):  Default: 'measurement'.
            type_ (str): The type's key, e.g. `weight`.
            unit (str): kg | cm | % | bpm | ''
            value (float): In `unit`: kg, cm, %, bpm or a plain number.
     """

    client_id: int
    created_at: datetime.datetime
    id: int
    measured_on: datetime.date
    note: None | str
    type_: str
    unit: str
    value: float
    object_: Any = 'measurement'





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        id = self.id

        measured_on = self.measured_on.isoformat()

        note: None | str
        note = self.note

        object_ = self.object_

        type_ = self.type_

        unit = self.unit

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "created_at": created_at,
            "id": id,
            "measured_on": measured_on,
            "note": note,
            "object": object_,
            "type": type_,
            "unit": unit,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        measured_on = datetime.date.fromisoformat(d.pop("measured_on"))




        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        object_ = d.pop("object")

        type_ = d.pop("type")

        unit = d.pop("unit")

        value = d.pop("value")

        v2_measurement = cls(
            client_id=client_id,
            created_at=created_at,
            id=id,
            measured_on=measured_on,
            note=note,
            object_=object_,
            type_=type_,
            unit=unit,
            value=value,
        )

        return v2_measurement

