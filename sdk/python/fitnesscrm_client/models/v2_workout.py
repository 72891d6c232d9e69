from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.v2_set import V2Set





T = TypeVar("T", bound="V2Workout")



@_attrs_define
class V2Workout:
    """ 
        Attributes:
            client_id (int):
            created_at (datetime.datetime):
            duration_seconds (int | None):
            finished_at (datetime.datetime | None): Null while going.
            id (UUID): Made by the device that logged it.
            name (str):
            note (None | str):
            object_ (Any):  Default: 'workout'.
            started_at (datetime.datetime):
            total_volume_kg (float | None): Reps × load over the sets done, in kilograms.
            updated_at (datetime.datetime):
            sets (list[V2Set] | Unset): Only with `expand=sets`.
     """

    client_id: int
    created_at: datetime.datetime
    duration_seconds: int | None
    finished_at: datetime.datetime | None
    id: UUID
    name: str
    note: None | str
    started_at: datetime.datetime
    total_volume_kg: float | None
    updated_at: datetime.datetime
    object_: Any = 'workout'
    sets: list[V2Set] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_set import V2Set # noqa: PLC0415
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        duration_seconds: int | None
        duration_seconds = self.duration_seconds

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        name = self.name

        note: None | str
        note = self.note

        object_ = self.object_

        started_at = self.started_at.isoformat()

        total_volume_kg: float | None
        total_volume_kg = self.total_volume_kg

        updated_at = self.updated_at.isoformat()

        sets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sets, Unset):
            sets = []
            for sets_item_data in self.sets:
                sets_item = sets_item_data.to_dict()
                sets.append(sets_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "created_at": created_at,
            "duration_seconds": duration_seconds,
            "finished_at": finished_at,
            "id": id,
            "name": name,
            "note": note,
            "object": object_,
            "started_at": started_at,
            "total_volume_kg": total_volume_kg,
            "updated_at": updated_at,
        })
        if sets is not UNSET:
            field_dict["sets"] = sets

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_set import V2Set # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_duration_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        id = UUID(d.pop("id"))




        name = d.pop("name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        object_ = d.pop("object")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        def _parse_total_volume_kg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_volume_kg = _parse_total_volume_kg(d.pop("total_volume_kg"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        _sets = d.pop("sets", UNSET)
        sets: list[V2Set] | Unset = UNSET
        if _sets is not UNSET:
            sets = []
            for sets_item_data in _sets:
                sets_item = V2Set.from_dict(sets_item_data)



                sets.append(sets_item)


        v2_workout = cls(
            client_id=client_id,
            created_at=created_at,
            duration_seconds=duration_seconds,
            finished_at=finished_at,
            id=id,
            name=name,
            note=note,
            object_=object_,
            started_at=started_at,
            total_volume_kg=total_volume_kg,
            updated_at=updated_at,
            sets=sets,
        )

        return v2_workout

