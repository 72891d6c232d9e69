from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.v2_client_trainer import V2ClientTrainer





T = TypeVar("T", bound="V2Client")



@_attrs_define
class V2Client:
    """ 
        Attributes:
            created_at (datetime.datetime):
            date_of_birth (datetime.date | None):
            email (None | str):
            first_name (str):
            id (int):
            last_name (str):
            object_ (Any):  Default: 'client'.
            phone (None | str): E.164, e.g. +14155552671.
            source (None | str):
            start_date (datetime.date | None):
            status (str): lead | active | paused | inactive | archived
            tags (list[str]):
            updated_at (datetime.datetime):
            trainers (list[V2ClientTrainer] | Unset): The trainers coaching the client now; only with `expand=trainers`.
     """

    created_at: datetime.datetime
    date_of_birth: datetime.date | None
    email: None | str
    first_name: str
    id: int
    last_name: str
    phone: None | str
    source: None | str
    start_date: datetime.date | None
    status: str
    tags: list[str]
    updated_at: datetime.datetime
    object_: Any = 'client'
    trainers: list[V2ClientTrainer] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_client_trainer import V2ClientTrainer # noqa: PLC0415
        created_at = self.created_at.isoformat()

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        email: None | str
        email = self.email

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        object_ = self.object_

        phone: None | str
        phone = self.phone

        source: None | str
        source = self.source

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status

        tags = self.tags



        updated_at = self.updated_at.isoformat()

        trainers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trainers, Unset):
            trainers = []
            for trainers_item_data in self.trainers:
                trainers_item = trainers_item_data.to_dict()
                trainers.append(trainers_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "created_at": created_at,
            "date_of_birth": date_of_birth,
            "email": email,
            "first_name": first_name,
            "id": id,
            "last_name": last_name,
            "object": object_,
            "phone": phone,
            "source": source,
            "start_date": start_date,
            "status": status,
            "tags": tags,
            "updated_at": updated_at,
        })
        if trainers is not UNSET:
            field_dict["trainers"] = trainers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_client_trainer import V2ClientTrainer # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_date_of_birth(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)



                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth"))


        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        first_name = d.pop("first_name")

        id = d.pop("id")

        last_name = d.pop("last_name")

        object_ = d.pop("object")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))


        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))


        status = d.pop("status")

        tags = cast(list[str], d.pop("tags"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        _trainers = d.pop("trainers", UNSET)
        trainers: list[V2ClientTrainer] | Unset = UNSET
        if _trainers is not UNSET:
            trainers = []
            for trainers_item_data in _trainers:
                trainers_item = V2ClientTrainer.from_dict(trainers_item_data)



                trainers.append(trainers_item)


        v2_client = cls(
            created_at=created_at,
            date_of_birth=date_of_birth,
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            object_=object_,
            phone=phone,
            source=source,
            start_date=start_date,
            status=status,
            tags=tags,
            updated_at=updated_at,
            trainers=trainers,
        )

        return v2_client

