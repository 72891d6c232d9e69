from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Trainer")



@_attrs_define
class V2Trainer:
    """ 
        Attributes:
            archived_at (datetime.datetime | None): When the trainer left; null while they coach.
            bio (None | str):
            created_at (datetime.datetime):
            email (str):
            first_name (str):
            id (int):
            last_name (str):
            object_ (Any):  Default: 'trainer'.
            phone (None | str): E.164, e.g. +14155552671.
            specializations (list[str]):
            updated_at (datetime.datetime):
     """

    archived_at: datetime.datetime | None
    bio: None | str
    created_at: datetime.datetime
    email: str
    first_name: str
    id: int
    last_name: str
    phone: None | str
    specializations: list[str]
    updated_at: datetime.datetime
    object_: Any = 'trainer'





    def to_dict(self) -> dict[str, Any]:
        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        bio: None | str
        bio = self.bio

        created_at = self.created_at.isoformat()

        email = self.email

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        object_ = self.object_

        phone: None | str
        phone = self.phone

        specializations = self.specializations



        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "archived_at": archived_at,
            "bio": bio,
            "created_at": created_at,
            "email": email,
            "first_name": first_name,
            "id": id,
            "last_name": last_name,
            "object": object_,
            "phone": phone,
            "specializations": specializations,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)



                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))


        def _parse_bio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bio = _parse_bio(d.pop("bio"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        email = d.pop("email")

        first_name = d.pop("first_name")

        id = d.pop("id")

        last_name = d.pop("last_name")

        object_ = d.pop("object")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        specializations = cast(list[str], d.pop("specializations"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        v2_trainer = cls(
            archived_at=archived_at,
            bio=bio,
            created_at=created_at,
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            object_=object_,
            phone=phone,
            specializations=specializations,
            updated_at=updated_at,
        )

        return v2_trainer

