from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="V2Set")



@_attrs_define
class V2Set:
    """ 
        Attributes:
            distance_m (float | None): In metres.
            duration_seconds (int | None):
            exercise_id (int):
            exercise_name (str):
            id (UUID):
            load_kg (float | None): The load, in kilograms.
            performed_at (datetime.datetime):
            reps (int | None):
            rpe (float | None): Effort, 1 to 10.
            set_number (int):
            status (str): done | skipped
     """

    distance_m: float | None
    duration_seconds: int | None
    exercise_id: int
    exercise_name: str
    id: UUID
    load_kg: float | None
    performed_at: datetime.datetime
    reps: int | None
    rpe: float | None
    set_number: int
    status: str





    def to_dict(self) -> dict[str, Any]:
        distance_m: float | None
        distance_m = self.distance_m

        duration_seconds: int | None
        duration_seconds = self.duration_seconds

        exercise_id = self.exercise_id

        exercise_name = self.exercise_name

        id = str(self.id)

        load_kg: float | None
        load_kg = self.load_kg

        performed_at = self.performed_at.isoformat()

        reps: int | None
        reps = self.reps

        rpe: float | None
        rpe = self.rpe

        set_number = self.set_number

        status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "distance_m": distance_m,
            "duration_seconds": duration_seconds,
            "exercise_id": exercise_id,
            "exercise_name": exercise_name,
            "id": id,
            "load_kg": load_kg,
            "performed_at": performed_at,
            "reps": reps,
            "rpe": rpe,
            "set_number": set_number,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_distance_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        distance_m = _parse_distance_m(d.pop("distance_m"))


        def _parse_duration_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))


        exercise_id = d.pop("exercise_id")

        exercise_name = d.pop("exercise_name")

        id = UUID(d.pop("id"))




        def _parse_load_kg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        load_kg = _parse_load_kg(d.pop("load_kg"))


        performed_at = datetime.datetime.fromisoformat(d.pop("performed_at"))




        def _parse_reps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reps = _parse_reps(d.pop("reps"))


        def _parse_rpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rpe = _parse_rpe(d.pop("rpe"))


        set_number = d.pop("set_number")

        status = d.pop("status")

        v2_set = cls(
            distance_m=distance_m,
            duration_seconds=duration_seconds,
            exercise_id=exercise_id,
            exercise_name=exercise_name,
            id=id,
            load_kg=load_kg,
            performed_at=performed_at,
            reps=reps,
            rpe=rpe,
            set_number=set_number,
            status=status,
        )

        return v2_set

