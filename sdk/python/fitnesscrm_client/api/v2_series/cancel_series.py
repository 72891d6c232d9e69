from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.v2_series import V2Series
from ...models.v2_series_cancel import V2SeriesCancel
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    series_id: int,
    *,
    body: V2SeriesCancel,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/series/{series_id}/cancel".format(series_id=quote(str(series_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2Series:
    if response.status_code == 200:
        response_200 = V2Series.from_dict(response.json())



        return response_200

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2Series]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    series_id: int,
    *,
    client: AuthenticatedClient,
    body: V2SeriesCancel,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Series]:
    """ Cancel every occurrence not yet begun; those past keep their attendance.

    Args:
        series_id (int):
        idempotency_key (str | Unset):
        body (V2SeriesCancel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Series]
     """


    kwargs = _get_kwargs(
        series_id=series_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    series_id: int,
    *,
    client: AuthenticatedClient,
    body: V2SeriesCancel,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Series | None:
    """ Cancel every occurrence not yet begun; those past keep their attendance.

    Args:
        series_id (int):
        idempotency_key (str | Unset):
        body (V2SeriesCancel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Series
     """


    return sync_detailed(
        series_id=series_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    series_id: int,
    *,
    client: AuthenticatedClient,
    body: V2SeriesCancel,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Series]:
    """ Cancel every occurrence not yet begun; those past keep their attendance.

    Args:
        series_id (int):
        idempotency_key (str | Unset):
        body (V2SeriesCancel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Series]
     """


    kwargs = _get_kwargs(
        series_id=series_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    series_id: int,
    *,
    client: AuthenticatedClient,
    body: V2SeriesCancel,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Series | None:
    """ Cancel every occurrence not yet begun; those past keep their attendance.

    Args:
        series_id (int):
        idempotency_key (str | Unset):
        body (V2SeriesCancel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Series
     """


    return (await asyncio_detailed(
        series_id=series_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
