from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.v2_measurement_list import V2MeasurementList
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    measured_from: datetime.date | Unset = UNSET,
    measured_to: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["client_id"] = client_id

    params["type"] = type_

    json_measured_from: str | Unset = UNSET
    if not isinstance(measured_from, Unset):
        json_measured_from = measured_from.isoformat()
    params["measured_from"] = json_measured_from

    json_measured_to: str | Unset = UNSET
    if not isinstance(measured_to, Unset):
        json_measured_to = measured_to.isoformat()
    params["measured_to"] = json_measured_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/measurements",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2MeasurementList:
    if response.status_code == 200:
        response_200 = V2MeasurementList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2MeasurementList]:
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
    type_: str | Unset = UNSET,
    measured_from: datetime.date | Unset = UNSET,
    measured_to: datetime.date | Unset = UNSET,

) -> Response[Error | V2MeasurementList]:
    """ List current measurements, filtered by client, type or days.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        type_ (str | Unset):
        measured_from (datetime.date | Unset):
        measured_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2MeasurementList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
type_=type_,
measured_from=measured_from,
measured_to=measured_to,

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
    type_: str | Unset = UNSET,
    measured_from: datetime.date | Unset = UNSET,
    measured_to: datetime.date | Unset = UNSET,

) -> Error | V2MeasurementList | None:
    """ List current measurements, filtered by client, type or days.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        type_ (str | Unset):
        measured_from (datetime.date | Unset):
        measured_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2MeasurementList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
type_=type_,
measured_from=measured_from,
measured_to=measured_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    measured_from: datetime.date | Unset = UNSET,
    measured_to: datetime.date | Unset = UNSET,

) -> Response[Error | V2MeasurementList]:
    """ List current measurements, filtered by client, type or days.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        type_ (str | Unset):
        measured_from (datetime.date | Unset):
        measured_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2MeasurementList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
type_=type_,
measured_from=measured_from,
measured_to=measured_to,

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
    type_: str | Unset = UNSET,
    measured_from: datetime.date | Unset = UNSET,
    measured_to: datetime.date | Unset = UNSET,

) -> Error | V2MeasurementList | None:
    """ List current measurements, filtered by client, type or days.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        type_ (str | Unset):
        measured_from (datetime.date | Unset):
        measured_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2MeasurementList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
type_=type_,
measured_from=measured_from,
measured_to=measured_to,

    )).parsed
