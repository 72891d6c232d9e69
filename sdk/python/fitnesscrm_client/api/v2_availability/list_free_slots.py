from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.v2_free_slot_list import V2FreeSlotList
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    trainer_id: int,
    duration: int,
    from_: datetime.date,
    to: datetime.date,
    step: int | Unset = 30,
    client_ids: list[int] | Unset = UNSET,
    limit: int | Unset = 25,
    starting_after: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["trainer_id"] = trainer_id

    params["duration"] = duration

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params["step"] = step

    json_client_ids: list[int] | Unset = UNSET
    if not isinstance(client_ids, Unset):
        json_client_ids = client_ids


    params["client_ids"] = json_client_ids

    params["limit"] = limit

    json_starting_after: str | Unset = UNSET
    if not isinstance(starting_after, Unset):
        json_starting_after = starting_after.isoformat()
    params["starting_after"] = json_starting_after


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/availability/free-slots",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2FreeSlotList:
    if response.status_code == 200:
        response_200 = V2FreeSlotList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2FreeSlotList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    trainer_id: int,
    duration: int,
    from_: datetime.date,
    to: datetime.date,
    step: int | Unset = 30,
    client_ids: list[int] | Unset = UNSET,
    limit: int | Unset = 25,
    starting_after: datetime.datetime | Unset = UNSET,

) -> Response[Error | V2FreeSlotList]:
    """ A trainer's free slots of `duration` minutes in working hours between two days, earliest first.

    Args:
        trainer_id (int):
        duration (int):  Example: 60.
        from_ (datetime.date):
        to (datetime.date):
        step (int | Unset):  Default: 30.
        client_ids (list[int] | Unset):
        limit (int | Unset):  Default: 25.
        starting_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2FreeSlotList]
     """


    kwargs = _get_kwargs(
        trainer_id=trainer_id,
duration=duration,
from_=from_,
to=to,
step=step,
client_ids=client_ids,
limit=limit,
starting_after=starting_after,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    trainer_id: int,
    duration: int,
    from_: datetime.date,
    to: datetime.date,
    step: int | Unset = 30,
    client_ids: list[int] | Unset = UNSET,
    limit: int | Unset = 25,
    starting_after: datetime.datetime | Unset = UNSET,

) -> Error | V2FreeSlotList | None:
    """ A trainer's free slots of `duration` minutes in working hours between two days, earliest first.

    Args:
        trainer_id (int):
        duration (int):  Example: 60.
        from_ (datetime.date):
        to (datetime.date):
        step (int | Unset):  Default: 30.
        client_ids (list[int] | Unset):
        limit (int | Unset):  Default: 25.
        starting_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2FreeSlotList
     """


    return sync_detailed(
        client=client,
trainer_id=trainer_id,
duration=duration,
from_=from_,
to=to,
step=step,
client_ids=client_ids,
limit=limit,
starting_after=starting_after,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    trainer_id: int,
    duration: int,
    from_: datetime.date,
    to: datetime.date,
    step: int | Unset = 30,
    client_ids: list[int] | Unset = UNSET,
    limit: int | Unset = 25,
    starting_after: datetime.datetime | Unset = UNSET,

) -> Response[Error | V2FreeSlotList]:
    """ A trainer's free slots of `duration` minutes in working hours between two days, earliest first.

    Args:
        trainer_id (int):
        duration (int):  Example: 60.
        from_ (datetime.date):
        to (datetime.date):
        step (int | Unset):  Default: 30.
        client_ids (list[int] | Unset):
        limit (int | Unset):  Default: 25.
        starting_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2FreeSlotList]
     """


    kwargs = _get_kwargs(
        trainer_id=trainer_id,
duration=duration,
from_=from_,
to=to,
step=step,
client_ids=client_ids,
limit=limit,
starting_after=starting_after,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    trainer_id: int,
    duration: int,
    from_: datetime.date,
    to: datetime.date,
    step: int | Unset = 30,
    client_ids: list[int] | Unset = UNSET,
    limit: int | Unset = 25,
    starting_after: datetime.datetime | Unset = UNSET,

) -> Error | V2FreeSlotList | None:
    """ A trainer's free slots of `duration` minutes in working hours between two days, earliest first.

    Args:
        trainer_id (int):
        duration (int):  Example: 60.
        from_ (datetime.date):
        to (datetime.date):
        step (int | Unset):  Default: 30.
        client_ids (list[int] | Unset):
        limit (int | Unset):  Default: 25.
        starting_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2FreeSlotList
     """


    return (await asyncio_detailed(
        client=client,
trainer_id=trainer_id,
duration=duration,
from_=from_,
to=to,
step=step,
client_ids=client_ids,
limit=limit,
starting_after=starting_after,

    )).parsed
