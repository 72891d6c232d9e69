from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_sessions_status import ListSessionsStatus
from ...models.v2_session_list import V2SessionList
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListSessionsStatus | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["trainer_id"] = trainer_id

    params["client_id"] = client_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/sessions",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2SessionList:
    if response.status_code == 200:
        response_200 = V2SessionList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2SessionList]:
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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListSessionsStatus | Unset = UNSET,

) -> Response[Error | V2SessionList]:
    """ List sessions in id order, filtered by time range, trainer, client or status.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        trainer_id (int | Unset):
        client_id (int | Unset):
        status (ListSessionsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2SessionList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
from_=from_,
to=to,
trainer_id=trainer_id,
client_id=client_id,
status=status,

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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListSessionsStatus | Unset = UNSET,

) -> Error | V2SessionList | None:
    """ List sessions in id order, filtered by time range, trainer, client or status.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        trainer_id (int | Unset):
        client_id (int | Unset):
        status (ListSessionsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2SessionList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
from_=from_,
to=to,
trainer_id=trainer_id,
client_id=client_id,
status=status,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListSessionsStatus | Unset = UNSET,

) -> Response[Error | V2SessionList]:
    """ List sessions in id order, filtered by time range, trainer, client or status.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        trainer_id (int | Unset):
        client_id (int | Unset):
        status (ListSessionsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2SessionList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
from_=from_,
to=to,
trainer_id=trainer_id,
client_id=client_id,
status=status,

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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    status: ListSessionsStatus | Unset = UNSET,

) -> Error | V2SessionList | None:
    """ List sessions in id order, filtered by time range, trainer, client or status.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        trainer_id (int | Unset):
        client_id (int | Unset):
        status (ListSessionsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2SessionList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
from_=from_,
to=to,
trainer_id=trainer_id,
client_id=client_id,
status=status,

    )).parsed
