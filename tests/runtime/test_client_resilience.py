"""The client under hostile networks: truncated bodies, resets, throttling storms, any bytes.

Whatever the server does, a call ends in a parsed response or one of the package's typed errors,
within its retry bounds.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core import errors
from acs_vod.emulator import Emulator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = {"backoff_base": 0.001, "backoff_max": 0.005, "timeout": 2.0}
CREDENTIALS = {"access_key_id": "testid", "access_key_secret": "testsecret"}


class MisbehavingServer:
    """A loopback TCP server that answers every connection with `behave(socket)`."""

    def __init__(self, behave: Callable[[socket.socket], None]) -> None:
        self.behave = behave
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with connection:
                connection.settimeout(2)
                try:
                    connection.recv(
                        65536
                    )  # the request; its content does not matter here
                    self.behave(connection)
                except OSError:
                    pass

    def __enter__(self) -> MisbehavingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()


def truncated_body(connection: socket.socket) -> None:
    connection.sendall(
        b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"Req'
    )


def reset(connection: socket.socket) -> None:
    connection.setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
    )


@pytest.fixture(params=[truncated_body, reset], ids=["truncated-body", "reset"])
def bad_server(request: pytest.FixtureRequest) -> Iterator[MisbehavingServer]:
    with MisbehavingServer(request.param) as server:
        yield server


def test_a_broken_answer_is_a_network_error_after_the_retries(
    bad_server: MisbehavingServer,
) -> None:
    with acs_vod.Client(
        "cn-shanghai",
        endpoint=bad_server.endpoint,
        max_retries=2,
        **CREDENTIALS,
        **FAST,
    ) as client:
        with pytest.raises(errors.NetworkError):
            client.get_ai_image_jobs(job_ids=["a"])
    assert bad_server.connections == 3  # a read: retried on an ambiguous failure


def test_a_write_is_not_repeated_after_an_ambiguous_failure(
    bad_server: MisbehavingServer,
) -> None:
    with acs_vod.Client(
        "cn-shanghai",
        endpoint=bad_server.endpoint,
        max_retries=2,
        **CREDENTIALS,
        **FAST,
    ) as client:
        with pytest.raises(errors.NetworkError):
            client.submit_ai_image_job(video_id="v", ai_template_id="t")
    assert (
        bad_server.connections == 1
    )  # the request went out: sending it again could submit twice


def test_a_throttling_storm_ends_in_a_throttling_error_within_bounds(
    fake_clock: Any, jitter: Any
) -> None:
    with Emulator(credentials={"testid": "testsecret"}) as emu:
        emu.inject("throttling", count=1000)
        with acs_vod.Client(
            "cn-shanghai", endpoint=emu.endpoint, max_retries=5, **CREDENTIALS, **FAST
        ) as client:
            with pytest.raises(errors.ThrottlingError) as caught:
                client.get_ai_image_jobs(job_ids=["a"])
        assert len(emu.requests) == 6
    assert caught.value.code == "Throttling.User"
    # Five sleeps between six attempts: each its ceiling (the jitter at its top), capped at 5 ms.
    assert fake_clock.sleeps == [0.001, 0.002, 0.004, 0.005, 0.005]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.sampled_from([200, 400, 403, 404, 500, 502, 503]),
    body=st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(str.encode),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: st.lists(inner, max_size=4)
            | st.dictionaries(st.text(max_size=10), inner, max_size=4),
            max_leaves=12,
        ).map(lambda value: httpx.Response(200, json=value).content),
    ),
)
def test_any_answer_parses_or_raises_a_typed_error(status: int, body: bytes) -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(status, content=body)
    )
    with acs_vod.Client(
        "cn-shanghai",
        endpoint="http://127.0.0.1:9",
        transport=transport,
        max_retries=0,
        **CREDENTIALS,
    ) as client:
        try:
            response = client.get_ai_image_jobs(job_ids=["a"])
        except errors.Error:
            return
    assert status == 200 and isinstance(response, acs_vod.GetAIImageJobsResponse)
