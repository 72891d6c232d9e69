from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Assignment")



@_attrs_define
class V2Assignment:
    """ 
        Attributes:
            assigned_at (datetime.datetime):
            client_id (int):
            ended_at (datetime.datetime | None): Null while current.
            id (int):
            is_primary (bool): The client's main trainer.
            object_ (Any):  Default: 'assignment'.
            trainer_id (int):
     """

    assigned_at: datetime.datetime
    client_id: int
    ended_at: datetime.datetime | None
    id: int
    is_primary: bool
    trainer_id: int
    object_: Any = 'assignment'





    def to_dict(self) -> dict[str, Any]:
        assigned_at = self.assigned_at.isoformat()

        client_id = self.client_id

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        id = self.id

        is_primary = self.is_primary

        object_ = self.object_

        trainer_id = self.trainer_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assigned_at": assigned_at,
            "client_id": client_id,
            "ended_at": ended_at,
            "id": id,
            "is_primary": is_primary,
            "object": object_,
            "trainer_id": trainer_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))




        client_id = d.pop("client_id")

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)



                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))


        id = d.pop("id")

        is_primary = d.pop("is_primary")

        object_ = d.pop("object")

        trainer_id = d.pop("trainer_id")

        v2_assignment = cls(
            assigned_at=assigned_at,
            client_id=client_id,
            ended_at=ended_at,
            id=id,
            is_primary=is_primary,
            object_=object_,
            trainer_id=trainer_id,
        )

        return v2_assignment

