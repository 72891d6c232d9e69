from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.load import Load
  from ..models.prescription_load_type_1_type_0 import PrescriptionLoadType1Type0
  from ..models.prescription_progression_type_1_type_0 import PrescriptionProgressionType1Type0
  from ..models.progression import Progression





T = TypeVar("T", bound="Prescription")



@_attrs_define
class Prescription:
    """ 
        Attributes:
            distance_m (float | None | Unset):
            duration_seconds (int | None | Unset):
            load (Load | None | PrescriptionLoadType1Type0 | Unset):
            notes (None | str | Unset):
            progression (None | PrescriptionProgressionType1Type0 | Progression | Unset):
            reps (int | None | Unset):
            reps_max (int | None | Unset):
            reps_min (int | None | Unset):
            rest_seconds (int | None | Unset):
            sets (int | Unset):  Default: 1.
            tempo (None | str | Unset):  Example: 3-1-1-0.
     """

    distance_m: float | None | Unset = UNSET
    duration_seconds: int | None | Unset = UNSET
    load: Load | None | PrescriptionLoadType1Type0 | Unset = UNSET
    notes: None | str | Unset = UNSET
    progression: None | PrescriptionProgressionType1Type0 | Progression | Unset = UNSET
    reps: int | None | Unset = UNSET
    reps_max: int | None | Unset = UNSET
    reps_min: int | None | Unset = UNSET
    rest_seconds: int | None | Unset = UNSET
    sets: int | Unset = 1
    tempo: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.load import Load # noqa: PLC0415
        from ..models.prescription_load_type_1_type_0 import PrescriptionLoadType1Type0 # noqa: PLC0415
        from ..models.prescription_progression_type_1_type_0 import PrescriptionProgressionType1Type0 # noqa: PLC0415
        from ..models.progression import Progression # noqa: PLC0415
        distance_m: float | None | Unset
        if isinstance(self.distance_m, Unset):
            distance_m = UNSET
        else:
            distance_m = self.distance_m

        duration_seconds: int | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        load: dict[str, Any] | None | Unset
        if isinstance(self.load, Unset):
            load = UNSET
        elif isinstance(self.load, Load):
            load = self.load.to_dict()
        elif isinstance(self.load, PrescriptionLoadType1Type0):
            load = self.load.to_dict()
        else:
            load = self.load

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        progression: dict[str, Any] | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        elif isinstance(self.progression, Progression):
            progression = self.progression.to_dict()
        elif isinstance(self.progression, PrescriptionProgressionType1Type0):
            progression = self.progression.to_dict()
        else:
            progression = self.progression

        reps: int | None | Unset
        if isinstance(self.reps, Unset):
            reps = UNSET
        else:
            reps = self.reps

        reps_max: int | None | Unset
        if isinstance(self.reps_max, Unset):
            reps_max = UNSET
        else:
            reps_max = self.reps_max

        reps_min: int | None | Unset
        if isinstance(self.reps_min, Unset):
            reps_min = UNSET
        else:
            reps_min = self.reps_min

        rest_seconds: int | None | Unset
        if isinstance(self.rest_seconds, Unset):
            rest_seconds = UNSET
        else:
            rest_seconds = self.rest_seconds

        sets = self.sets

        tempo: None | str | Unset
        if isinstance(self.tempo, Unset):
            tempo = UNSET
        else:
            tempo = self.tempo


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if distance_m is not UNSET:
            field_dict["distance_m"] = distance_m
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if load is not UNSET:
            field_dict["load"] = load
        if notes is not UNSET:
            field_dict["notes"] = notes
        if progression is not UNSET:
            field_dict["progression"] = progression
        if reps is not UNSET:
            field_dict["reps"] = reps
        if reps_max is not UNSET:
            field_dict["reps_max"] = reps_max
        if reps_min is not UNSET:
            field_dict["reps_min"] = reps_min
        if rest_seconds is not UNSET:
            field_dict["rest_seconds"] = rest_seconds
        if sets is not UNSET:
            field_dict["sets"] = sets
        if tempo is not UNSET:
            field_dict["tempo"] = tempo

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.load import Load # noqa: PLC0415
        from ..models.prescription_load_type_1_type_0 import PrescriptionLoadType1Type0 # noqa: PLC0415
        from ..models.prescription_progression_type_1_type_0 import PrescriptionProgressionType1Type0 # noqa: PLC0415
        from ..models.progression import Progression # noqa: PLC0415
        d = dict(src_dict)
        def _parse_distance_m(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distance_m = _parse_distance_m(d.pop("distance_m", UNSET))


        def _parse_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))


        def _parse_load(data: object) -> Load | None | PrescriptionLoadType1Type0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                load_type_0 = Load.from_dict(data)



                return load_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                load_type_1_type_0 = PrescriptionLoadType1Type0.from_dict(data)



                return load_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Load | None | PrescriptionLoadType1Type0 | Unset, data)

        load = _parse_load(d.pop("load", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_progression(data: object) -> None | PrescriptionProgressionType1Type0 | Progression | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progression_type_0 = Progression.from_dict(data)



                return progression_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progression_type_1_type_0 = PrescriptionProgressionType1Type0.from_dict(data)



                return progression_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrescriptionProgressionType1Type0 | Progression | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))


        def _parse_reps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reps = _parse_reps(d.pop("reps", UNSET))


        def _parse_reps_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reps_max = _parse_reps_max(d.pop("reps_max", UNSET))


        def _parse_reps_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reps_min = _parse_reps_min(d.pop("reps_min", UNSET))


        def _parse_rest_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rest_seconds = _parse_rest_seconds(d.pop("rest_seconds", UNSET))


        sets = d.pop("sets", UNSET)

        def _parse_tempo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tempo = _parse_tempo(d.pop("tempo", UNSET))


        prescription = cls(
            distance_m=distance_m,
            duration_seconds=duration_seconds,
            load=load,
            notes=notes,
            progression=progression,
            reps=reps,
            reps_max=reps_max,
            reps_min=reps_min,
            rest_seconds=rest_seconds,
            sets=sets,
            tempo=tempo,
        )

        return prescription

