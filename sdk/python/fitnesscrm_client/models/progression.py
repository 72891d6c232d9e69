from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.progression_kind import ProgressionKind
from ..models.progression_unit_type_1 import ProgressionUnitType1
from ..models.progression_unit_type_2_type_1 import ProgressionUnitType2Type1
from ..models.progression_unit_type_3_type_1 import ProgressionUnitType3Type1
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Progression")



@_attrs_define
class Progression:
    """ 
        Attributes:
            increment (float):
            kind (ProgressionKind):
            unit (None | ProgressionUnitType1 | ProgressionUnitType2Type1 | ProgressionUnitType3Type1 | Unset):
     """

    increment: float
    kind: ProgressionKind
    unit: None | ProgressionUnitType1 | ProgressionUnitType2Type1 | ProgressionUnitType3Type1 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        increment = self.increment

        kind = self.kind.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, ProgressionUnitType1):
            unit = self.unit.value
        elif isinstance(self.unit, ProgressionUnitType2Type1):
            unit = self.unit.value
        elif isinstance(self.unit, ProgressionUnitType3Type1):
            unit = self.unit.value
        else:
            unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "increment": increment,
            "kind": kind,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        increment = d.pop("increment")

        kind = ProgressionKind(d.pop("kind"))




        def _parse_unit(data: object) -> None | ProgressionUnitType1 | ProgressionUnitType2Type1 | ProgressionUnitType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_1 = ProgressionUnitType1(data)



                return unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_2_type_1 = ProgressionUnitType2Type1(data)



                return unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_3_type_1 = ProgressionUnitType3Type1(data)



                return unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressionUnitType1 | ProgressionUnitType2Type1 | ProgressionUnitType3Type1 | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))


        progression = cls(
            increment=increment,
            kind=kind,
            unit=unit,
        )

        return progression

