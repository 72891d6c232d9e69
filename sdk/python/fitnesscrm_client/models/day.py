from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.block import Block





T = TypeVar("T", bound="Day")



@_attrs_define
class Day:
    """ 
        Attributes:
            name (str):
            blocks (list[Block] | Unset):
            key (str | Unset): Stays the same across edits, copies and versions.
            notes (None | str | Unset):
     """

    name: str
    blocks: list[Block] | Unset = UNSET
    key: str | Unset = UNSET
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.block import Block # noqa: PLC0415
        name = self.name

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)



        key = self.key

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if key is not UNSET:
            field_dict["key"] = key
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        _blocks = d.pop("blocks", UNSET)
        blocks: list[Block] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = Block.from_dict(blocks_item_data)



                blocks.append(blocks_item)


        key = d.pop("key", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        day = cls(
            name=name,
            blocks=blocks,
            key=key,
            notes=notes,
        )

        return day

