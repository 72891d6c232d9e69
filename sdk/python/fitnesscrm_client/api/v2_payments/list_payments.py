from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_payments_status import ListPaymentsStatus
from ...models.v2_payment_list import V2PaymentList
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListPaymentsStatus | Unset = UNSET,
    received_from: datetime.datetime | Unset = UNSET,
    received_to: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["invoice_id"] = invoice_id

    params["client_id"] = client_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_received_from: str | Unset = UNSET
    if not isinstance(received_from, Unset):
        json_received_from = received_from.isoformat()
    params["received_from"] = json_received_from

    json_received_to: str | Unset = UNSET
    if not isinstance(received_to, Unset):
        json_received_to = received_to.isoformat()
    params["received_to"] = json_received_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/payments",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2PaymentList:
    if response.status_code == 200:
        response_200 = V2PaymentList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2PaymentList]:
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
    invoice_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListPaymentsStatus | Unset = UNSET,
    received_from: datetime.datetime | Unset = UNSET,
    received_to: datetime.datetime | Unset = UNSET,

) -> Response[Error | V2PaymentList]:
    """ List payments, succeeded, pending and failed, filtered by invoice, client, status or time received.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        invoice_id (int | Unset):
        client_id (int | Unset):
        status (ListPaymentsStatus | Unset):
        received_from (datetime.datetime | Unset):
        received_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2PaymentList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
invoice_id=invoice_id,
client_id=client_id,
status=status,
received_from=received_from,
received_to=received_to,

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
    invoice_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListPaymentsStatus | Unset = UNSET,
    received_from: datetime.datetime | Unset = UNSET,
    received_to: datetime.datetime | Unset = UNSET,

) -> Error | V2PaymentList | None:
    """ List payments, succeeded, pending and failed, filtered by invoice, client, status or time received.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        invoice_id (int | Unset):
        client_id (int | Unset):
        status (ListPaymentsStatus | Unset):
        received_from (datetime.datetime | Unset):
        received_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2PaymentList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
invoice_id=invoice_id,
client_id=client_id,
status=status,
received_from=received_from,
received_to=received_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListPaymentsStatus | Unset = UNSET,
    received_from: datetime.datetime | Unset = UNSET,
    received_to: datetime.datetime | Unset = UNSET,

) -> Response[Error | V2PaymentList]:
    """ List payments, succeeded, pending and failed, filtered by invoice, client, status or time received.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        invoice_id (int | Unset):
        client_id (int | Unset):
        status (ListPaymentsStatus | Unset):
        received_from (datetime.datetime | Unset):
        received_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2PaymentList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
invoice_id=invoice_id,
client_id=client_id,
status=status,
received_from=received_from,
received_to=received_to,

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
    invoice_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListPaymentsStatus | Unset = UNSET,
    received_from: datetime.datetime | Unset = UNSET,
    received_to: datetime.datetime | Unset = UNSET,

) -> Error | V2PaymentList | None:
    """ List payments, succeeded, pending and failed, filtered by invoice, client, status or time received.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        invoice_id (int | Unset):
        client_id (int | Unset):
        status (ListPaymentsStatus | Unset):
        received_from (datetime.datetime | Unset):
        received_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2PaymentList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
invoice_id=invoice_id,
client_id=client_id,
status=status,
received_from=received_from,
received_to=received_to,

    )).parsed
