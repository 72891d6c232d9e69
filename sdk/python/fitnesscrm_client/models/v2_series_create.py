from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.v2_series_create_kind import V2SeriesCreateKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="V2SeriesCreate")



@_attrs_define
class V2SeriesCreate:
    """ 
        Attributes:
            ends_at (datetime.datetime): ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Example:
                2030-03-04T08:00:00-05:00.
            rrule (str): RFC 5545 RRULE. Example: FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12.
            starts_at (datetime.datetime): ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Example:
                2030-03-04T07:00:00-05:00.
            trainer_id (int):  Example: 1.
            capacity (int | Unset):
            client_ids (list[int] | Unset):  Example: [1].
            kind (V2SeriesCreateKind | Unset):  Default: V2SeriesCreateKind.PERSONAL.
            location (None | str | Unset):
            notes (None | str | Unset):
            online_url (None | str | Unset):
            override (bool | Unset): Owner/admin: book outside working hours or in time off. Default: False.
            timezone (str | Unset): IANA zone to show the session in; the organization's by default. Example: Europe/Paris.
            title (None | str | Unset):
     """

    ends_at: datetime.datetime
    rrule: str
    starts_at: datetime.datetime
    trainer_id: int
    capacity: int | Unset = UNSET
    client_ids: list[int] | Unset = UNSET
    kind: V2SeriesCreateKind | Unset = V2SeriesCreateKind.PERSONAL
    location: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    online_url: None | str | Unset = UNSET
    override: bool | Unset = False
    timezone: str | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        rrule = self.rrule

        starts_at = self.starts_at.isoformat()

        trainer_id = self.trainer_id

        capacity = self.capacity

        client_ids: list[int] | Unset = UNSET
        if not isinstance(self.client_ids, Unset):
            client_ids = self.client_ids



        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        online_url: None | str | Unset
        if isinstance(self.online_url, Unset):
            online_url = UNSET
        else:
            online_url = self.online_url

        override = self.override

        timezone = self.timezone

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_at": ends_at,
            "rrule": rrule,
            "starts_at": starts_at,
            "trainer_id": trainer_id,
        })
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if client_ids is not UNSET:
            field_dict["client_ids"] = client_ids
        if kind is not UNSET:
            field_dict["kind"] = kind
        if location is not UNSET:
            field_dict["location"] = location
        if notes is not UNSET:
            field_dict["notes"] = notes
        if online_url is not UNSET:
            field_dict["online_url"] = online_url
        if override is not UNSET:
            field_dict["override"] = override
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        rrule = d.pop("rrule")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        trainer_id = d.pop("trainer_id")

        capacity = d.pop("capacity", UNSET)

        client_ids = cast(list[int], d.pop("client_ids", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: V2SeriesCreateKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = V2SeriesCreateKind(_kind)




        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_online_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_url = _parse_online_url(d.pop("online_url", UNSET))


        override = d.pop("override", UNSET)

        timezone = d.pop("timezone", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        v2_series_create = cls(
            ends_at=ends_at,
            rrule=rrule,
            starts_at=starts_at,
            trainer_id=trainer_id,
            capacity=capacity,
            client_ids=client_ids,
            kind=kind,
            location=location,
            notes=notes,
            online_url=online_url,
            override=override,
            timezone=timezone,
            title=title,
        )

        return v2_series_create

