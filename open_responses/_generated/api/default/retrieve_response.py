from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.include_enum import IncludeEnum
from ...models.response_resource import ResponseResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
    *,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stream"] = stream

    params["starting_after"] = starting_after

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseResource | None:
    if response.status_code == 200:
        response_200 = ResponseResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ResponseResource]:
    """
    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseResource]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        stream=stream,
        starting_after=starting_after,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ResponseResource | None:
    """
    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseResource
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        stream=stream,
        starting_after=starting_after,
        include=include,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ResponseResource]:
    """
    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseResource]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        stream=stream,
        starting_after=starting_after,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ResponseResource | None:
    """
    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseResource
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            stream=stream,
            starting_after=starting_after,
            include=include,
        )
    ).parsed
