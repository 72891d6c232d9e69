from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_kind import PhaseKind
from ..types import UNSET, Unset






T = TypeVar("T", bound="Phase")



@_attrs_define
class Phase:
    """ 
        Attributes:
            name (str):
            key (str | Unset): Stays the same across edits, copies and versions.
            kind (PhaseKind | Unset):  Default: PhaseKind.OTHER.
     """

    name: str
    key: str | Unset = UNSET
    kind: PhaseKind | Unset = PhaseKind.OTHER





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        key = d.pop("key", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: PhaseKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = PhaseKind(_kind)




        phase = cls(
            name=name,
            key=key,
            kind=kind,
        )

        return phase

