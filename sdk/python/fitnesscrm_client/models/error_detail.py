from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.error_detail_fields import ErrorDetailFields





T = TypeVar("T", bound="ErrorDetail")



@_attrs_define
class ErrorDetail:
    """ 
        Attributes:
            code (str):  Example: validation_error.
            message (str):
            fields (ErrorDetailFields | Unset): Per-field messages, for validation errors.
            request_id (str | Unset): The request's id (also its X-Request-ID header), to quote when reporting a problem.
     """

    code: str
    message: str
    fields: ErrorDetailFields | Unset = UNSET
    request_id: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail_fields import ErrorDetailFields # noqa: PLC0415
        code = self.code

        message = self.message

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        request_id = self.request_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "message": message,
        })
        if fields is not UNSET:
            field_dict["fields"] = fields
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail_fields import ErrorDetailFields # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _fields = d.pop("fields", UNSET)
        fields: ErrorDetailFields | Unset
        if isinstance(_fields,  Unset):
            fields = UNSET
        else:
            fields = ErrorDetailFields.from_dict(_fields)




        request_id = d.pop("request_id", UNSET)

        error_detail = cls(
            code=code,
            message=message,
            fields=fields,
            request_id=request_id,
        )

        return error_detail

