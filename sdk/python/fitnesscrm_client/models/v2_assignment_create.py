from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V2AssignmentCreate")



@_attrs_define
class V2AssignmentCreate:
    """ 
        Attributes:
            client_id (int):
            trainer_id (int):
            is_primary (bool | Unset): Make this trainer primary; a client's first trainer always is. Default: False.
     """

    client_id: int
    trainer_id: int
    is_primary: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        trainer_id = self.trainer_id

        is_primary = self.is_primary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "trainer_id": trainer_id,
        })
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        trainer_id = d.pop("trainer_id")

        is_primary = d.pop("is_primary", UNSET)

        v2_assignment_create = cls(
            client_id=client_id,
            trainer_id=trainer_id,
            is_primary=is_primary,
        )

        return v2_assignment_create

