from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.get_invoice_expand_item import GetInvoiceExpandItem
from ...models.v2_invoice import V2Invoice
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    invoice_id: int,
    *,
    expand: list[GetInvoiceExpandItem] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)


    params["expand"] = json_expand


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/invoices/{invoice_id}".format(invoice_id=quote(str(invoice_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2Invoice:
    if response.status_code == 200:
        response_200 = V2Invoice.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    expand: list[GetInvoiceExpandItem] | Unset = UNSET,

) -> Response[Error | V2Invoice]:
    """ One invoice or credit note.

    Args:
        invoice_id (int):
        expand (list[GetInvoiceExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Invoice]
     """


    kwargs = _get_kwargs(
        invoice_id=invoice_id,
expand=expand,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    expand: list[GetInvoiceExpandItem] | Unset = UNSET,

) -> Error | V2Invoice | None:
    """ One invoice or credit note.

    Args:
        invoice_id (int):
        expand (list[GetInvoiceExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Invoice
     """


    return sync_detailed(
        invoice_id=invoice_id,
client=client,
expand=expand,

    ).parsed

async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    expand: list[GetInvoiceExpandItem] | Unset = UNSET,

) -> Response[Error | V2Invoice]:
    """ One invoice or credit note.

    Args:
        invoice_id (int):
        expand (list[GetInvoiceExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Invoice]
     """


    kwargs = _get_kwargs(
        invoice_id=invoice_id,
expand=expand,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    expand: list[GetInvoiceExpandItem] | Unset = UNSET,

) -> Error | V2Invoice | None:
    """ One invoice or credit note.

    Args:
        invoice_id (int):
        expand (list[GetInvoiceExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Invoice
     """


    return (await asyncio_detailed(
        invoice_id=invoice_id,
client=client,
expand=expand,

    )).parsed
