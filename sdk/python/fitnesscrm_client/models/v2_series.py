from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="V2Series")



@_attrs_define
class V2Series:
    """ 
        Attributes:
            cancelled_at (datetime.datetime | None):
            capacity (int):
            client_ids (list[int]): Booked on each.
            created_at (datetime.datetime):
            duration_minutes (int):
            first_starts_at (datetime.datetime): When the first occurrence starts.
            id (int):
            kind (str): personal | group | assessment | consultation
            location (None | str):
            materialized_until (datetime.datetime): Occurrences exist up to here.
            notes (None | str): The coach's notes.
            object_ (Any):  Default: 'series'.
            occurrence_count (int): Occurrences booked as sessions and not cancelled.
            online_url (None | str):
            rrule (str): RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.
            timezone (str): The IANA zone the rule repeats in.
            title (None | str):
            trainer_id (int):
            updated_at (datetime.datetime):
     """

    cancelled_at: datetime.datetime | None
    capacity: int
    client_ids: list[int]
    created_at: datetime.datetime
    duration_minutes: int
    first_starts_at: datetime.datetime
    id: int
    kind: str
    location: None | str
    materialized_until: datetime.datetime
    notes: None | str
    occurrence_count: int
    online_url: None | str
    rrule: str
    timezone: str
    title: None | str
    trainer_id: int
    updated_at: datetime.datetime
    object_: Any = 'series'





    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        capacity = self.capacity

        client_ids = self.client_ids



        created_at = self.created_at.isoformat()

        duration_minutes = self.duration_minutes

        first_starts_at = self.first_starts_at.isoformat()

        id = self.id

        kind = self.kind

        location: None | str
        location = self.location

        materialized_until = self.materialized_until.isoformat()

        notes: None | str
        notes = self.notes

        object_ = self.object_

        occurrence_count = self.occurrence_count

        online_url: None | str
        online_url = self.online_url

        rrule = self.rrule

        timezone = self.timezone

        title: None | str
        title = self.title

        trainer_id = self.trainer_id

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cancelled_at": cancelled_at,
            "capacity": capacity,
            "client_ids": client_ids,
            "created_at": created_at,
            "duration_minutes": duration_minutes,
            "first_starts_at": first_starts_at,
            "id": id,
            "kind": kind,
            "location": location,
            "materialized_until": materialized_until,
            "notes": notes,
            "object": object_,
            "occurrence_count": occurrence_count,
            "online_url": online_url,
            "rrule": rrule,
            "timezone": timezone,
            "title": title,
            "trainer_id": trainer_id,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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




        duration_minutes = d.pop("duration_minutes")

        first_starts_at = datetime.datetime.fromisoformat(d.pop("first_starts_at"))




        id = d.pop("id")

        kind = d.pop("kind")

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        materialized_until = datetime.datetime.fromisoformat(d.pop("materialized_until"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        object_ = d.pop("object")

        occurrence_count = d.pop("occurrence_count")

        def _parse_online_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_url = _parse_online_url(d.pop("online_url"))


        rrule = d.pop("rrule")

        timezone = d.pop("timezone")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        trainer_id = d.pop("trainer_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        v2_series = cls(
            cancelled_at=cancelled_at,
            capacity=capacity,
            client_ids=client_ids,
            created_at=created_at,
            duration_minutes=duration_minutes,
            first_starts_at=first_starts_at,
            id=id,
            kind=kind,
            location=location,
            materialized_until=materialized_until,
            notes=notes,
            object_=object_,
            occurrence_count=occurrence_count,
            online_url=online_url,
            rrule=rrule,
            timezone=timezone,
            title=title,
            trainer_id=trainer_id,
            updated_at=updated_at,
        )

        return v2_series

