"""The emulator's OSS and the two official OSS SDKs, alibabacloud-oss-v2 and oss2, pointed at it:
the `emu` fixture (its OSS has the bucket BUCKET) and the `sdk` fixture (clients of both SDKs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import alibabacloud_oss_v2 as oss
import oss2
import pytest
from acs_core.testing import Emulator

KEY_ID, SECRET = "testid", "testsecret"
STS_ID, STS_SECRET, STS_TOKEN = "STS.emulator", "sts-secret", "CAIS+sts/token=="
REGION = "cn-hangzhou"
BUCKET = "media"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(
        credentials={KEY_ID: SECRET, STS_ID: (STS_SECRET, STS_TOKEN)}
    ) as emulator:
        emulator.oss.create_bucket(BUCKET)
        yield emulator


class Sdks:
    """Clients of the emulator in both official SDKs (a fixture: test modules here cannot
    import each other)."""

    KEY_ID, SECRET, REGION, BUCKET = KEY_ID, SECRET, REGION, BUCKET
    STS_ID, STS_SECRET, STS_TOKEN = STS_ID, STS_SECRET, STS_TOKEN

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    def v2(self, **options: Any) -> oss.Client:
        return v2_client(self.emu, **options)

    def oss2(self, bucket: str = BUCKET, **options: Any) -> oss2.Bucket:
        return oss2_bucket(self.emu, bucket, **options)

    @staticmethod
    def service_error(exc: BaseException) -> Any:
        return service_error(exc)


@pytest.fixture
def sdk(emu: Emulator) -> Sdks:
    return Sdks(emu)


def v2_client(
    emu: Emulator,
    *,
    v1: bool = False,
    key_id: str = KEY_ID,
    secret: str = SECRET,
    token: str | None = None,
    **settings: Any,
) -> oss.Client:
    """An alibabacloud-oss-v2 client of the emulator (V4 unless `v1`)."""
    cfg = oss.config.load_default()
    cfg.region = REGION
    cfg.endpoint = emu.endpoint
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        key_id, secret, token
    )
    cfg.signature_version = "v1" if v1 else "v4"
    cfg.retry_max_attempts = 1
    for name, value in settings.items():
        setattr(cfg, name, value)
    return oss.Client(cfg)


def oss2_bucket(
    emu: Emulator,
    bucket: str = BUCKET,
    *,
    v4: bool = False,
    key_id: str = KEY_ID,
    secret: str = SECRET,
    token: str | None = None,
) -> oss2.Bucket:
    """An oss2 bucket of the emulator (V1 unless `v4`)."""
    version = oss2.AUTH_VERSION_4 if v4 else oss2.AUTH_VERSION_1
    if token is not None:
        auth: Any = oss2.StsAuth(key_id, secret, token, auth_version=version)
    elif v4:
        auth = oss2.AuthV4(key_id, secret)
    else:
        auth = oss2.Auth(key_id, secret)
    return oss2.Bucket(auth, emu.endpoint, bucket, region=REGION)


def service_error(exc: BaseException) -> Any:
    """The ServiceError inside an alibabacloud-oss-v2 OperationError."""
    assert isinstance(exc, oss.exceptions.OperationError), exc
    inner = exc.unwrap()
    assert isinstance(inner, oss.exceptions.ServiceError), inner
    return inner
