from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.program_content import ProgramContent





T = TypeVar("T", bound="V2ProgramTemplate")



@_attrs_define
class V2ProgramTemplate:
    """ 
        Attributes:
            archived_at (datetime.datetime | None):
            category (None | str):
            content (ProgramContent):
            created_at (datetime.datetime):
            description (None | str):
            id (int):
            name (str):
            object_ (Any):  Default: 'program_template'.
            tags (list[str]):
            updated_at (datetime.datetime):
            version (int): Its newest.
     """

    archived_at: datetime.datetime | None
    category: None | str
    content: ProgramContent
    created_at: datetime.datetime
    description: None | str
    id: int
    name: str
    tags: list[str]
    updated_at: datetime.datetime
    version: int
    object_: Any = 'program_template'





    def to_dict(self) -> dict[str, Any]:
        from ..models.program_content import ProgramContent # noqa: PLC0415
        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        category: None | str
        category = self.category

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        id = self.id

        name = self.name

        object_ = self.object_

        tags = self.tags



        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "archived_at": archived_at,
            "category": category,
            "content": content,
            "created_at": created_at,
            "description": description,
            "id": id,
            "name": name,
            "object": object_,
            "tags": tags,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_content import ProgramContent # noqa: PLC0415
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


        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))


        content = ProgramContent.from_dict(d.pop("content"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        id = d.pop("id")

        name = d.pop("name")

        object_ = d.pop("object")

        tags = cast(list[str], d.pop("tags"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        v2_program_template = cls(
            archived_at=archived_at,
            category=category,
            content=content,
            created_at=created_at,
            description=description,
            id=id,
            name=name,
            object_=object_,
            tags=tags,
            updated_at=updated_at,
            version=version,
        )

        return v2_program_template

