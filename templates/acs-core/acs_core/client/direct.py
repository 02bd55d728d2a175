"""Sending a signed request through the client's own connection pool, past `httpx.Client.send`.

Per request, `send` runs an auth flow, redirect and cookie handling and event hooks, and
`build_request` merges the client's base URL, default parameters, cookies and headers: most of a
call's overhead, spent on nothing when acs-core made the httpx client itself (no auth, no hooks,
no base URL or parameters, redirects not followed). When that is so, its cookie jar is empty and
it is open, the request is built as `build_request` would build it (the client's default headers,
then ours, and the timeout extension) and handed to the transport httpx would pick for its URL (a
proxy the environment names included, as `trust_env` set it up). A cookie the answer sets goes
into the jar (later requests then take `send`, which sends it), an error carries its request, and
httpx's `HTTP Request:` log line is written as httpx writes it, through the same filters.

A client given `http_client=` or `transport=` always sends through `send`.
"""

from __future__ import annotations

import logging

import httpx

__all__ = ["build", "eligible", "send", "send_async", "usable"]

_httpx_log = logging.getLogger("httpx")


def eligible(http_client: object, transport: object, host: str) -> bool:
    """Whether a client sends direct when `usable`: it makes its own httpx client, with no
    transport given, for a host without user info (which httpx would turn into basic auth).
    """
    return http_client is None and transport is None and "@" not in host


def usable(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether the client's per-request machinery has nothing to do for the next request."""
    return not http.is_closed and not http.cookies


def build(
    http: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    timeout: httpx.Timeout,
) -> httpx.Request:
    """The request `http.build_request` would build, without its merges of nothing."""
    merged = httpx.Headers(http.headers)
    merged.update(headers)
    return httpx.Request(
        method,
        url,
        headers=merged,
        content=body,
        extensions={"timeout": timeout.as_dict()},
    )


def _finish(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
) -> None:
    """What `send` does after the transport answers: the cookies, the log line."""
    response.request = request
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
    if _httpx_log.isEnabledFor(logging.INFO):
        _httpx_log.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


def send(http: httpx.Client, request: httpx.Request) -> tuple[httpx.Response, bytes]:
    """The response and its body, read and closed."""
    try:
        response = http._transport_for_url(request.url).handle_request(request)
    except httpx.RequestError as exc:
        exc.request = request  # as httpx's request_context does
        raise
    _finish(http, request, response)
    try:
        body = response.read()
    finally:
        response.close()
    return response, body


async def send_async(
    http: httpx.AsyncClient, request: httpx.Request
) -> tuple[httpx.Response, bytes]:
    """`send` for an `httpx.AsyncClient`."""
    try:
        transport = http._transport_for_url(request.url)
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    _finish(http, request, response)
    try:
        body = await response.aread()
    finally:
        await response.aclose()
    return response, body
