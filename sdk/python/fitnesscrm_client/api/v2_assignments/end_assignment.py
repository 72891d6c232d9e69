from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.v2_assignment import V2Assignment
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    assignment_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/assignments/{assignment_id}/end".format(assignment_id=quote(str(assignment_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2Assignment:
    if response.status_code == 200:
        response_200 = V2Assignment.from_dict(response.json())



        return response_200

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())



        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2Assignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Assignment]:
    """ End an assignment, keeping it as history; the client's oldest other trainer becomes primary if need
    be.

    Args:
        assignment_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Assignment]
     """


    kwargs = _get_kwargs(
        assignment_id=assignment_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Assignment | None:
    """ End an assignment, keeping it as history; the client's oldest other trainer becomes primary if need
    be.

    Args:
        assignment_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Assignment
     """


    return sync_detailed(
        assignment_id=assignment_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Assignment]:
    """ End an assignment, keeping it as history; the client's oldest other trainer becomes primary if need
    be.

    Args:
        assignment_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Assignment]
     """


    kwargs = _get_kwargs(
        assignment_id=assignment_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Assignment | None:
    """ End an assignment, keeping it as history; the client's oldest other trainer becomes primary if need
    be.

    Args:
        assignment_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Assignment
     """


    return (await asyncio_detailed(
        assignment_id=assignment_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
