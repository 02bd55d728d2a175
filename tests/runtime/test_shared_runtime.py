"""One runtime under every product: the products re-export its errors, check its version on
import, load no test double, share one default credentials chain, and one emulator serves them
all at one endpoint."""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import acs_core
import acs_vod
import pytest
from acs_core.credentials import (
    DefaultCredentialsChain,
    default_chain,
    reset_default_chain,
)
from acs_core.credentials import shared as _shared
from acs_core.testing import Emulator, FakeSts

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
VOD = ROOT / "generated" / "acs-vod"
CORE = ROOT / "generated" / "acs-core"
KEYS = {"access_key_id": "testid", "access_key_secret": "testsecret"}


def python(
    code: str, *paths: Path, flags: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter with only `paths` (and the standard library)."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths))}
    return subprocess.run(
        [sys.executable, *flags, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def acs_sts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A second product, STS, imported from its vendor metadata and generated, importable."""
    root = tmp_path_factory.mktemp("sts")
    import_product(
        ROOT / "specs" / "vendor" / "sts-2015-04-01.json", root / "specs" / "sts"
    )
    generate(root / "specs", root / "out")
    sys.path.insert(0, str(root / "out" / "acs-sts"))
    try:
        yield importlib.import_module("acs_sts")
    finally:
        sys.path.remove(str(root / "out" / "acs-sts"))


# --- one error root ---------------------------------------------------------------------------


def test_a_product_s_errors_are_the_very_classes_of_acs_core() -> None:
    for name in acs_core.errors.__all__:
        assert getattr(acs_vod, name) is getattr(acs_core, name), name
    assert acs_vod.ThrottlingError is acs_core.ThrottlingError


def test_one_except_catches_every_product_s_errors(acs_sts: object) -> None:
    assert acs_sts.ThrottlingError is acs_vod.ThrottlingError
    assert acs_sts.Error is acs_core.Error


# --- version skew -------------------------------------------------------------------------------


def test_a_runtime_outside_the_range_fails_at_import_naming_both_versions(
    tmp_path: Path,
) -> None:
    fake = tmp_path / "acs_core"
    fake.mkdir()
    (fake / "__init__.py").write_text('__version__ = "0.2.0"\n')
    result = python("import acs_vod", tmp_path, VOD)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        "ImportError: acs-vod 0.2.0 needs acs-core>=0.1,<0.2, but acs-core 0.2.0 is "
        "installed: pip install 'acs-core>=0.1,<0.2'"
    )


def test_a_missing_runtime_fails_at_import_with_the_line_that_installs_it() -> None:
    # -S: no site-packages, so the editable acs-core of this environment is not there either.
    result = python("import acs_vod", VOD, flags=("-S",))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "ImportError: acs-vod 0.2.0 needs acs-core>=0.1,<0.2, which is not installed: "
        "pip install 'acs-core>=0.1,<0.2'"
    )


def test_the_runtime_in_range_imports_and_the_pin_says_the_same_range() -> None:
    assert python("import acs_vod", CORE, VOD).returncode == 0
    pyproject = (VOD / "pyproject.toml").read_text()
    assert '"acs-core>=0.1,<0.2"' in pyproject
    assert (VOD / "testing" / "constraints-lowest.txt").read_text().splitlines()[
        -1
    ] == ("acs-core==0.1.0")


# --- test doubles out of production ------------------------------------------------------------


def test_importing_a_product_and_making_a_client_loads_no_test_double() -> None:
    probe = (
        "import sys, acs_vod\n"
        "acs_vod.Client('cn-shanghai', access_key_id='a', access_key_secret='b').close()\n"
        "from acs_vod.models.get_ai_image_jobs import GetAIImageJobsResponse\n"
        "print(sorted(m for m in sys.modules if 'testing' in m or m == 'http.server'))\n"
    )
    result = python(probe, CORE, VOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- one credentials chain per process -------------------------------------------------------


def test_clients_of_every_product_without_credentials_share_the_one_chain(
    acs_sts: object,
) -> None:
    clients = [
        acs_vod.Client("cn-shanghai"),
        acs_vod.AsyncClient("cn-beijing"),
        acs_sts.Client("cn-hangzhou"),
    ]
    assert all(client._provider is default_chain() for client in clients)


def test_a_client_given_its_own_credentials_keeps_them() -> None:
    client = acs_vod.Client("cn-shanghai", **KEYS)
    assert client._provider is not default_chain()


@pytest.fixture
def oidc_chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSts]:
    """The process's default chain finds an OIDC role whose STS is a loopback fake."""
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    token = tmp_path / "token"
    token.write_text("oidc-token\n")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/app")
    monkeypatch.setenv(
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/k8s"
    )
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token))
    with FakeSts() as sts:
        sts.delay = 0.05  # first callers overlap
        monkeypatch.setattr(
            _shared,
            "_factory",
            lambda: DefaultCredentialsChain(sts_endpoint=sts.endpoint),
        )
        reset_default_chain()
        yield sts
    reset_default_chain()


def test_one_sts_call_serves_every_client_thread_and_task(
    oidc_chain: FakeSts, acs_sts: object
) -> None:
    issued = {"STS.sts-1": "sts-secret-1"}
    with Emulator(acs_vod, acs_sts, credentials=issued) as emu:
        sync_clients = [
            acs_vod.Client("cn-shanghai", endpoint=emu.endpoint) for _ in "ab"
        ]
        sts_client = acs_sts.Client("cn-hangzhou", endpoint=emu.endpoint)
        failures: list[BaseException] = []

        def call(client: acs_vod.Client) -> None:
            try:
                client.get_ai_image_jobs(job_ids=["j"])
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [
            threading.Thread(target=call, args=(client,)) for client in sync_clients * 4
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        async def tasks() -> None:
            async with acs_vod.AsyncClient(
                "cn-beijing", endpoint=emu.endpoint
            ) as client:
                await asyncio.gather(
                    *(client.get_ai_image_jobs(job_ids=["j"]) for _ in range(8))
                )

        asyncio.run(tasks())
        sts_client.get_caller_identity()
        assert failures == []
        assert len(emu.requests) == 8 + 8 + 1
        assert {r.headers.get("x-acs-security-token") for r in emu.requests} == {
            "sts-token-1"
        }
    assert [r.params["Action"] for r in oidc_chain.requests] == ["AssumeRoleWithOIDC"]


# --- one emulator, many products -------------------------------------------------------------


def test_one_emulator_serves_two_products_at_one_endpoint(acs_sts: object) -> None:
    with Emulator(acs_vod, acs_sts) as emu:
        vod = acs_vod.Client("cn-shanghai", endpoint=emu.endpoint, **KEYS)
        sts = acs_sts.Client("cn-hangzhou", endpoint=emu.endpoint, **KEYS)
        job = vod.submit_ai_image_job(video_id="v1", ai_template_id="t1")
        assert vod.get_ai_image_jobs(job_ids=[job.job_id]).ai_image_job_list
        assert sts.get_caller_identity().request_id
        assert [(r.product, r.operation) for r in emu.requests] == [
            ("acs_vod", "SubmitAIImageJob"),
            ("acs_vod", "GetAIImageJobs"),
            ("acs_sts", "GetCallerIdentity"),
        ]


def test_an_operation_may_be_named_plainly_or_qualified_by_product(
    acs_sts: object,
) -> None:
    with Emulator(acs_vod, acs_sts) as emu:
        emu.queue_response("sts:GetCallerIdentity", {"RequestId": "queued"})
        emu.queue_response(
            "acs_vod:GetAIImageJobs", {"RequestId": "v", "AIImageJobList": []}
        )
        sts = acs_sts.Client("cn-hangzhou", endpoint=emu.endpoint, **KEYS)
        assert sts.get_caller_identity().request_id == "queued"
        with pytest.raises(ValueError, match="unknown operation 'sts:GetAIImageJobs'"):
            emu.queue_response("sts:GetAIImageJobs", {})


def test_a_version_no_product_serves_is_refused_with_invalid_version(
    acs_sts: object,
) -> None:
    with Emulator(acs_sts) as emu:
        vod = acs_vod.Client(
            "cn-shanghai", endpoint=emu.endpoint, max_retries=0, **KEYS
        )
        with pytest.raises(acs_core.APIError) as caught:
            vod.get_ai_image_jobs(job_ids=["j"])
    assert caught.value.code == "InvalidVersion"


def test_two_products_it_could_not_tell_apart_are_refused_at_construction(
    acs_sts: object,
) -> None:
    with pytest.raises(ValueError, match="acs_vod is given twice"):
        Emulator(acs_vod, "acs_vod")
    with pytest.raises(ValueError, match="is not a generated product package"):
        Emulator("httpx")


def test_the_command_line_serves_the_products_it_is_given() -> None:
    command = [sys.executable, "-m", "acs_core.testing", "acs_vod", "--port", "0"]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CORE), str(VOD)])}
    with subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, text=True
    ) as server:
        try:
            assert server.stdout is not None
            endpoint = server.stdout.readline().strip()
            assert endpoint.startswith("http://127.0.0.1:")
            with acs_vod.Client("cn-shanghai", endpoint=endpoint, **KEYS) as client:
                assert client.get_ai_image_jobs(job_ids=["j"]).request_id
        finally:
            server.terminate()
            server.wait(timeout=30)
