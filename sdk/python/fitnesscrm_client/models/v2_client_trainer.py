from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2ClientTrainer")



@_attrs_define
class V2ClientTrainer:
    """ 
        Attributes:
            assigned_at (datetime.datetime):
            is_primary (bool):
            trainer_id (int):
     """

    assigned_at: datetime.datetime
    is_primary: bool
    trainer_id: int





    def to_dict(self) -> dict[str, Any]:
        assigned_at = self.assigned_at.isoformat()

        is_primary = self.is_primary

        trainer_id = self.trainer_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assigned_at": assigned_at,
            "is_primary": is_primary,
            "trainer_id": trainer_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))




        is_primary = d.pop("is_primary")

        trainer_id = d.pop("trainer_id")

        v2_client_trainer = cls(
            assigned_at=assigned_at,
            is_primary=is_primary,
            trainer_id=trainer_id,
        )

        return v2_client_trainer

