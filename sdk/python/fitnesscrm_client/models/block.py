from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.block_kind import BlockKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.block_exercise import BlockExercise





T = TypeVar("T", bound="Block")



@_attrs_define
class Block:
    """ 
        Attributes:
            exercises (list[BlockExercise]):
            key (str | Unset): Stays the same across edits, copies and versions.
            kind (BlockKind | Unset):  Default: BlockKind.SINGLE.
            name (None | str | Unset):
            rest_seconds (int | None | Unset):
            rounds (int | None | Unset):
     """

    exercises: list[BlockExercise]
    key: str | Unset = UNSET
    kind: BlockKind | Unset = BlockKind.SINGLE
    name: None | str | Unset = UNSET
    rest_seconds: int | None | Unset = UNSET
    rounds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.block_exercise import BlockExercise # noqa: PLC0415
        exercises = []
        for exercises_item_data in self.exercises:
            exercises_item = exercises_item_data.to_dict()
            exercises.append(exercises_item)



        key = self.key

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rest_seconds: int | None | Unset
        if isinstance(self.rest_seconds, Unset):
            rest_seconds = UNSET
        else:
            rest_seconds = self.rest_seconds

        rounds: int | None | Unset
        if isinstance(self.rounds, Unset):
            rounds = UNSET
        else:
            rounds = self.rounds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "exercises": exercises,
        })
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if rest_seconds is not UNSET:
            field_dict["rest_seconds"] = rest_seconds
        if rounds is not UNSET:
            field_dict["rounds"] = rounds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_exercise import BlockExercise # noqa: PLC0415
        d = dict(src_dict)
        exercises = []
        _exercises = d.pop("exercises")
        for exercises_item_data in (_exercises):
            exercises_item = BlockExercise.from_dict(exercises_item_data)



            exercises.append(exercises_item)


        key = d.pop("key", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: BlockKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = BlockKind(_kind)




        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_rest_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rest_seconds = _parse_rest_seconds(d.pop("rest_seconds", UNSET))


        def _parse_rounds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rounds = _parse_rounds(d.pop("rounds", UNSET))


        block = cls(
            exercises=exercises,
            key=key,
            kind=kind,
            name=name,
            rest_seconds=rest_seconds,
            rounds=rounds,
        )

        return block

