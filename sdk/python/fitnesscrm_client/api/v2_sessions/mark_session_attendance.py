from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.attendance import Attendance
from ...models.error import Error
from ...models.v2_session import V2Session
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    session_id: int,
    *,
    body: Attendance,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/sessions/{session_id}/attendance".format(session_id=quote(str(session_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2Session:
    if response.status_code == 200:
        response_200 = V2Session.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2Session]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: Attendance,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Session]:
    """ Mark a session completed, no_show or late_cancel.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (Attendance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Session]
     """


    kwargs = _get_kwargs(
        session_id=session_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: Attendance,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Session | None:
    """ Mark a session completed, no_show or late_cancel.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (Attendance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Session
     """


    return sync_detailed(
        session_id=session_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: Attendance,
    idempotency_key: str | Unset = UNSET,

) -> Response[Error | V2Session]:
    """ Mark a session completed, no_show or late_cancel.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (Attendance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2Session]
     """


    kwargs = _get_kwargs(
        session_id=session_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    session_id: int,
    *,
    client: AuthenticatedClient,
    body: Attendance,
    idempotency_key: str | Unset = UNSET,

) -> Error | V2Session | None:
    """ Mark a session completed, no_show or late_cancel.

    Args:
        session_id (int):
        idempotency_key (str | Unset):
        body (Attendance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2Session
     """


    return (await asyncio_detailed(
        session_id=session_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
