from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.prescription import Prescription





T = TypeVar("T", bound="BlockExercise")



@_attrs_define
class BlockExercise:
    """ 
        Attributes:
            exercise_id (int):
            key (str | Unset): Stays the same across edits, copies and versions.
            prescription (Prescription | Unset):
     """

    exercise_id: int
    key: str | Unset = UNSET
    prescription: Prescription | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.prescription import Prescription # noqa: PLC0415
        exercise_id = self.exercise_id

        key = self.key

        prescription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prescription, Unset):
            prescription = self.prescription.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "exercise_id": exercise_id,
        })
        if key is not UNSET:
            field_dict["key"] = key
        if prescription is not UNSET:
            field_dict["prescription"] = prescription

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prescription import Prescription # noqa: PLC0415
        d = dict(src_dict)
        exercise_id = d.pop("exercise_id")

        key = d.pop("key", UNSET)

        _prescription = d.pop("prescription", UNSET)
        prescription: Prescription | Unset
        if isinstance(_prescription,  Unset):
            prescription = UNSET
        else:
            prescription = Prescription.from_dict(_prescription)




        block_exercise = cls(
            exercise_id=exercise_id,
            key=key,
            prescription=prescription,
        )

        return block_exercise

