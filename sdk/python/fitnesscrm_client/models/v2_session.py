from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Session")



@_attrs_define
class V2Session:
    """ 
        Attributes:
            cancel_reason (None | str):
            cancelled_at (datetime.datetime | None):
            capacity (int):
            client_ids (list[int]): The clients booked on it.
            created_at (datetime.datetime):
            ends_at (datetime.datetime):
            id (int):
            kind (str): personal | group | assessment | consultation
            location (None | str):
            notes (None | str): The coach's notes.
            object_ (Any):  Default: 'session'.
            online_url (None | str):
            series_id (int | None): Its series, if any.
            starts_at (datetime.datetime):
            status (str): scheduled | completed | cancelled | no_show | late_cancel
            timezone (str): The IANA zone the session is shown in.
            title (None | str):
            trainer_id (int):
            updated_at (datetime.datetime):
     """

    cancel_reason: None | str
    cancelled_at: datetime.datetime | None
    capacity: int
    client_ids: list[int]
    created_at: datetime.datetime
    ends_at: datetime.datetime
    id: int
    kind: str
    location: None | str
    notes: None | str
    online_url: None | str
    series_id: int | None
    starts_at: datetime.datetime
    status: str
    timezone: str
    title: None | str
    trainer_id: int
    updated_at: datetime.datetime
    object_: Any = 'session'





    def to_dict(self) -> dict[str, Any]:
        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        capacity = self.capacity

        client_ids = self.client_ids



        created_at = self.created_at.isoformat()

        ends_at = self.ends_at.isoformat()

        id = self.id

        kind = self.kind

        location: None | str
        location = self.location

        notes: None | str
        notes = self.notes

        object_ = self.object_

        online_url: None | str
        online_url = self.online_url

        series_id: int | None
        series_id = self.series_id

        starts_at = self.starts_at.isoformat()

        status = self.status

        timezone = self.timezone

        title: None | str
        title = self.title

        trainer_id = self.trainer_id

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cancel_reason": cancel_reason,
            "cancelled_at": cancelled_at,
            "capacity": capacity,
            "client_ids": client_ids,
            "created_at": created_at,
            "ends_at": ends_at,
            "id": id,
            "kind": kind,
            "location": location,
            "notes": notes,
            "object": object_,
            "online_url": online_url,
            "series_id": series_id,
            "starts_at": starts_at,
            "status": status,
            "timezone": timezone,
            "title": title,
            "trainer_id": trainer_id,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))


        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))


        capacity = d.pop("capacity")

        client_ids = cast(list[int], d.pop("client_ids"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        id = d.pop("id")

        kind = d.pop("kind")

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        object_ = d.pop("object")

        def _parse_online_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_url = _parse_online_url(d.pop("online_url"))


        def _parse_series_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        series_id = _parse_series_id(d.pop("series_id"))


        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        status = d.pop("status")

        timezone = d.pop("timezone")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        trainer_id = d.pop("trainer_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        v2_session = cls(
            cancel_reason=cancel_reason,
            cancelled_at=cancelled_at,
            capacity=capacity,
            client_ids=client_ids,
            created_at=created_at,
            ends_at=ends_at,
            id=id,
            kind=kind,
            location=location,
            notes=notes,
            object_=object_,
            online_url=online_url,
            series_id=series_id,
            starts_at=starts_at,
            status=status,
            timezone=timezone,
            title=title,
            trainer_id=trainer_id,
            updated_at=updated_at,
        )

        return v2_session

