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





T = TypeVar("T", bound="V2Program")



@_attrs_define
class V2Program:
    """ 
        Attributes:
            client_id (int):
            content (ProgramContent):
            created_at (datetime.datetime):
            ended_at (datetime.datetime | None):
            id (int):
            name (str):
            object_ (Any):  Default: 'program'.
            start_date (datetime.date):
            status (str): active | completed | ended
            template_id (int | None): Copied from.
            template_version (int | None):
            training_weekdays (list[int]): ISO weekdays, 1 = Monday.
            updated_at (datetime.datetime):
     """

    client_id: int
    content: ProgramContent
    created_at: datetime.datetime
    ended_at: datetime.datetime | None
    id: int
    name: str
    start_date: datetime.date
    status: str
    template_id: int | None
    template_version: int | None
    training_weekdays: list[int]
    updated_at: datetime.datetime
    object_: Any = 'program'





    def to_dict(self) -> dict[str, Any]:
        from ..models.program_content import ProgramContent # noqa: PLC0415
        client_id = self.client_id

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        id = self.id

        name = self.name

        object_ = self.object_

        start_date = self.start_date.isoformat()

        status = self.status

        template_id: int | None
        template_id = self.template_id

        template_version: int | None
        template_version = self.template_version

        training_weekdays = self.training_weekdays



        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "content": content,
            "created_at": created_at,
            "ended_at": ended_at,
            "id": id,
            "name": name,
            "object": object_,
            "start_date": start_date,
            "status": status,
            "template_id": template_id,
            "template_version": template_version,
            "training_weekdays": training_weekdays,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_content import ProgramContent # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id")

        content = ProgramContent.from_dict(d.pop("content"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




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

        name = d.pop("name")

        object_ = d.pop("object")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        status = d.pop("status")

        def _parse_template_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        template_id = _parse_template_id(d.pop("template_id"))


        def _parse_template_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        template_version = _parse_template_version(d.pop("template_version"))


        training_weekdays = cast(list[int], d.pop("training_weekdays"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        v2_program = cls(
            client_id=client_id,
            content=content,
            created_at=created_at,
            ended_at=ended_at,
            id=id,
            name=name,
            object_=object_,
            start_date=start_date,
            status=status,
            template_id=template_id,
            template_version=template_version,
            training_weekdays=training_weekdays,
            updated_at=updated_at,
        )

        return v2_program

