from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_workouts_expand_item import ListWorkoutsExpandItem
from ...models.v2_workout_list import V2WorkoutList
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: UUID | Unset = UNSET,
    client_id: int | Unset = UNSET,
    started_from: datetime.datetime | Unset = UNSET,
    started_to: datetime.datetime | Unset = UNSET,
    expand: list[ListWorkoutsExpandItem] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_starting_after: str | Unset = UNSET
    if not isinstance(starting_after, Unset):
        json_starting_after = str(starting_after)
    params["starting_after"] = json_starting_after

    params["client_id"] = client_id

    json_started_from: str | Unset = UNSET
    if not isinstance(started_from, Unset):
        json_started_from = started_from.isoformat()
    params["started_from"] = json_started_from

    json_started_to: str | Unset = UNSET
    if not isinstance(started_to, Unset):
        json_started_to = started_to.isoformat()
    params["started_to"] = json_started_to

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
        "url": "/api/v2/workouts",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2WorkoutList:
    if response.status_code == 200:
        response_200 = V2WorkoutList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2WorkoutList]:
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
    starting_after: UUID | Unset = UNSET,
    client_id: int | Unset = UNSET,
    started_from: datetime.datetime | Unset = UNSET,
    started_to: datetime.datetime | Unset = UNSET,
    expand: list[ListWorkoutsExpandItem] | Unset = UNSET,

) -> Response[Error | V2WorkoutList]:
    """ List logged workouts in id order, filtered by client or start time; `expand=sets` adds their sets.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (UUID | Unset):
        client_id (int | Unset):
        started_from (datetime.datetime | Unset):
        started_to (datetime.datetime | Unset):
        expand (list[ListWorkoutsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2WorkoutList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
started_from=started_from,
started_to=started_to,
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
    starting_after: UUID | Unset = UNSET,
    client_id: int | Unset = UNSET,
    started_from: datetime.datetime | Unset = UNSET,
    started_to: datetime.datetime | Unset = UNSET,
    expand: list[ListWorkoutsExpandItem] | Unset = UNSET,

) -> Error | V2WorkoutList | None:
    """ List logged workouts in id order, filtered by client or start time; `expand=sets` adds their sets.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (UUID | Unset):
        client_id (int | Unset):
        started_from (datetime.datetime | Unset):
        started_to (datetime.datetime | Unset):
        expand (list[ListWorkoutsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2WorkoutList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
started_from=started_from,
started_to=started_to,
expand=expand,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: UUID | Unset = UNSET,
    client_id: int | Unset = UNSET,
    started_from: datetime.datetime | Unset = UNSET,
    started_to: datetime.datetime | Unset = UNSET,
    expand: list[ListWorkoutsExpandItem] | Unset = UNSET,

) -> Response[Error | V2WorkoutList]:
    """ List logged workouts in id order, filtered by client or start time; `expand=sets` adds their sets.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (UUID | Unset):
        client_id (int | Unset):
        started_from (datetime.datetime | Unset):
        started_to (datetime.datetime | Unset):
        expand (list[ListWorkoutsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2WorkoutList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
started_from=started_from,
started_to=started_to,
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
    starting_after: UUID | Unset = UNSET,
    client_id: int | Unset = UNSET,
    started_from: datetime.datetime | Unset = UNSET,
    started_to: datetime.datetime | Unset = UNSET,
    expand: list[ListWorkoutsExpandItem] | Unset = UNSET,

) -> Error | V2WorkoutList | None:
    """ List logged workouts in id order, filtered by client or start time; `expand=sets` adds their sets.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (UUID | Unset):
        client_id (int | Unset):
        started_from (datetime.datetime | Unset):
        started_to (datetime.datetime | Unset):
        expand (list[ListWorkoutsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2WorkoutList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
started_from=started_from,
started_to=started_to,
expand=expand,

    )).parsed
