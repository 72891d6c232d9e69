from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_invoices_expand_item import ListInvoicesExpandItem
from ...models.list_invoices_kind import ListInvoicesKind
from ...models.list_invoices_status import ListInvoicesStatus
from ...models.v2_invoice_list import V2InvoiceList
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListInvoicesStatus | Unset = UNSET,
    kind: ListInvoicesKind | Unset = UNSET,
    number: str | Unset = UNSET,
    expand: list[ListInvoicesExpandItem] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["client_id"] = client_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["number"] = number

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
        "url": "/api/v2/invoices",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2InvoiceList:
    if response.status_code == 200:
        response_200 = V2InvoiceList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2InvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListInvoicesStatus | Unset = UNSET,
    kind: ListInvoicesKind | Unset = UNSET,
    number: str | Unset = UNSET,
    expand: list[ListInvoicesExpandItem] | Unset = UNSET,

) -> Response[Error | V2InvoiceList]:
    """ List invoices and credit notes, drafts included, filtered by client, status, kind or number.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        status (ListInvoicesStatus | Unset):
        kind (ListInvoicesKind | Unset):
        number (str | Unset):
        expand (list[ListInvoicesExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2InvoiceList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
status=status,
kind=kind,
number=number,
expand=expand,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListInvoicesStatus | Unset = UNSET,
    kind: ListInvoicesKind | Unset = UNSET,
    number: str | Unset = UNSET,
    expand: list[ListInvoicesExpandItem] | Unset = UNSET,

) -> Error | V2InvoiceList | None:
    """ List invoices and credit notes, drafts included, filtered by client, status, kind or number.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        status (ListInvoicesStatus | Unset):
        kind (ListInvoicesKind | Unset):
        number (str | Unset):
        expand (list[ListInvoicesExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2InvoiceList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
status=status,
kind=kind,
number=number,
expand=expand,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListInvoicesStatus | Unset = UNSET,
    kind: ListInvoicesKind | Unset = UNSET,
    number: str | Unset = UNSET,
    expand: list[ListInvoicesExpandItem] | Unset = UNSET,

) -> Response[Error | V2InvoiceList]:
    """ List invoices and credit notes, drafts included, filtered by client, status, kind or number.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        status (ListInvoicesStatus | Unset):
        kind (ListInvoicesKind | Unset):
        number (str | Unset):
        expand (list[ListInvoicesExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2InvoiceList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
status=status,
kind=kind,
number=number,
expand=expand,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListInvoicesStatus | Unset = UNSET,
    kind: ListInvoicesKind | Unset = UNSET,
    number: str | Unset = UNSET,
    expand: list[ListInvoicesExpandItem] | Unset = UNSET,

) -> Error | V2InvoiceList | None:
    """ List invoices and credit notes, drafts included, filtered by client, status, kind or number.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        status (ListInvoicesStatus | Unset):
        kind (ListInvoicesKind | Unset):
        number (str | Unset):
        expand (list[ListInvoicesExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2InvoiceList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
status=status,
kind=kind,
number=number,
expand=expand,

    )).parsed
