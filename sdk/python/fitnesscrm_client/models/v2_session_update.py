from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.v2_session_update_kind import V2SessionUpdateKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="V2SessionUpdate")



@_attrs_define
class V2SessionUpdate:
    """ 
        Attributes:
            capacity (int | Unset):
            client_ids (list[int] | Unset):
            ends_at (datetime.datetime | Unset): ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Example:
                2030-03-04T08:00:00-05:00.
            kind (V2SessionUpdateKind | Unset):  Default: V2SessionUpdateKind.PERSONAL.
            location (None | str | Unset):
            notes (None | str | Unset):
            online_url (None | str | Unset):
            override (bool | Unset): Owner/admin: book outside working hours or in time off. Default: False.
            starts_at (datetime.datetime | Unset): ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Example:
                2030-03-04T07:00:00-05:00.
            title (None | str | Unset):
     """

    capacity: int | Unset = UNSET
    client_ids: list[int] | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    kind: V2SessionUpdateKind | Unset = V2SessionUpdateKind.PERSONAL
    location: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    online_url: None | str | Unset = UNSET
    override: bool | Unset = False
    starts_at: datetime.datetime | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        client_ids: list[int] | Unset = UNSET
        if not isinstance(self.client_ids, Unset):
            client_ids = self.client_ids



        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

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

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if client_ids is not UNSET:
            field_dict["client_ids"] = client_ids
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
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
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)

        client_ids = cast(list[int], d.pop("client_ids", UNSET))


        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at,  Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)




        _kind = d.pop("kind", UNSET)
        kind: V2SessionUpdateKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = V2SessionUpdateKind(_kind)




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

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at,  Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)




        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        v2_session_update = cls(
            capacity=capacity,
            client_ids=client_ids,
            ends_at=ends_at,
            kind=kind,
            location=location,
            notes=notes,
            online_url=online_url,
            override=override,
            starts_at=starts_at,
            title=title,
        )

        return v2_session_update

