from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_assignments_status import ListAssignmentsStatus
from ...models.v2_assignment_list import V2AssignmentList
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    status: ListAssignmentsStatus | Unset = ListAssignmentsStatus.CURRENT,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["client_id"] = client_id

    params["trainer_id"] = trainer_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/assignments",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V2AssignmentList:
    if response.status_code == 200:
        response_200 = V2AssignmentList.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())



        return response_429

    response_default = Error.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | V2AssignmentList]:
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
    trainer_id: int | Unset = UNSET,
    status: ListAssignmentsStatus | Unset = ListAssignmentsStatus.CURRENT,

) -> Response[Error | V2AssignmentList]:
    """ List trainer assignments, the current ones unless `status` says otherwise.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        trainer_id (int | Unset):
        status (ListAssignmentsStatus | Unset):  Default: ListAssignmentsStatus.CURRENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2AssignmentList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
trainer_id=trainer_id,
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
    client_id: int | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    status: ListAssignmentsStatus | Unset = ListAssignmentsStatus.CURRENT,

) -> Error | V2AssignmentList | None:
    """ List trainer assignments, the current ones unless `status` says otherwise.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        trainer_id (int | Unset):
        status (ListAssignmentsStatus | Unset):  Default: ListAssignmentsStatus.CURRENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2AssignmentList
     """


    return sync_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
trainer_id=trainer_id,
status=status,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    starting_after: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    status: ListAssignmentsStatus | Unset = ListAssignmentsStatus.CURRENT,

) -> Response[Error | V2AssignmentList]:
    """ List trainer assignments, the current ones unless `status` says otherwise.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        trainer_id (int | Unset):
        status (ListAssignmentsStatus | Unset):  Default: ListAssignmentsStatus.CURRENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V2AssignmentList]
     """


    kwargs = _get_kwargs(
        limit=limit,
starting_after=starting_after,
client_id=client_id,
trainer_id=trainer_id,
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
    client_id: int | Unset = UNSET,
    trainer_id: int | Unset = UNSET,
    status: ListAssignmentsStatus | Unset = ListAssignmentsStatus.CURRENT,

) -> Error | V2AssignmentList | None:
    """ List trainer assignments, the current ones unless `status` says otherwise.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (int | Unset):
        client_id (int | Unset):
        trainer_id (int | Unset):
        status (ListAssignmentsStatus | Unset):  Default: ListAssignmentsStatus.CURRENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V2AssignmentList
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
starting_after=starting_after,
client_id=client_id,
trainer_id=trainer_id,
status=status,

    )).parsed
