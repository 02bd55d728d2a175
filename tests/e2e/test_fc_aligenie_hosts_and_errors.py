"""FC 3.0, FC-Open and AliGenie clients: their default and account-scoped hosts, business errors
left in HTTP 200 answers, typed errors in the POP shape and FC-Open's own, and the async client
reading bytes and no content."""

from __future__ import annotations

from pathlib import Path

import pytest
from fc_aligenie_cases import (
    ACCOUNT,
    KEY_ID,
    PACKAGES,
    SECRET,
    Config,
    emulator,
    golden,
    importlib,
    json,
    official,
    ours,
    package,
)


@pytest.mark.parametrize(
    ("product", "sdk_region", "account"),
    [
        ("fc-2023-03-30", "cn-hangzhou", None),
        ("fc-2023-03-30", "ap-southeast-5", None),  # the metadata's host ends in a tab
        ("fc-open-2021-04-06", "cn-hangzhou", ACCOUNT),
        ("aligenie-ip_1.0", "cn-zhangjiakou", None),
        ("aligenie-ssp_1.0", "cn-zhangjiakou", None),
    ],
)
def test_our_default_host_is_the_official_sdk_s(
    fc_aligenie: Path, product: str, sdk_region: str, account: str | None
) -> None:
    """With no endpoint given, both send to the same host: FC-Open's SDK maps a region to
    `account-id.<region>.fc.aliyuncs.com` for the caller to fill in; ours takes account_id=.
    """
    config = Config(
        access_key_id=KEY_ID, access_key_secret=SECRET, region_id=sdk_region
    )
    sdk = importlib.import_module(f"{PACKAGES[product][1]}.client").Client(config)
    expected = sdk._endpoint.strip().replace("account-id", account or "account-id")
    options = {"account_id": account} if account else {}
    client = package(product).Client(region=sdk_region, **options)
    assert client.endpoint == f"https://{expected}"


def test_an_account_scoped_client_needs_its_account(fc_aligenie: Path) -> None:
    errors = importlib.import_module("acs_core.errors")
    fc_open, fc = package("fc-open-2021-04-06"), package("fc-2023-03-30")
    with pytest.raises(errors.ConfigurationError, match="pass account_id="):
        fc_open.Client(
            region="cn-hangzhou", access_key_id=KEY_ID, access_key_secret=SECRET
        )
    with pytest.raises(errors.ConfigurationError, match="digits"):
        fc_open.Client(region="cn-hangzhou", account_id="my account")
    with pytest.raises(errors.ConfigurationError, match="not scoped to an account"):
        fc.Client(region="cn-hangzhou", account_id=ACCOUNT)
    explicit = fc_open.Client(region="cn-hangzhou", endpoint="http://127.0.0.1:9")
    assert explicit.endpoint == "http://127.0.0.1:9"  # an endpoint needs no account


def test_a_business_error_in_http_200_is_left_in_the_body(fc_aligenie: Path) -> None:
    """AliGenie answers its own failures as HTTP 200 with a code in the body (`Code`, or
    `StatusCode` as here): the SDK reads them as a success, and so do we (the typed response
    carries the code)."""
    product = "aligenie-ip_1.0"
    failure = {"StatusCode": 400, "Message": "hotel not found", "RequestId": "r-1"}
    with emulator(product) as emu:
        emu.queue_response("AddCartoon", failure)
        emu.queue_response("AddCartoon", failure)
        client, models = official(product, emu.endpoint)
        response = client.add_cartoon(
            models.AddCartoonRequest(
                hotel_id="h", start_video_md_5="m", start_video_url="u"
            )
        )
        with ours(product, emu.endpoint) as mine:
            answer = mine.add_cartoon(
                hotel_id="h", start_video_md5="m", start_video_url="u"
            )
    assert response.status_code == 200 and response.body.status_code == 400
    assert (answer.status_code, answer.message) == (400, "hotel not found")
    assert answer.request_id == "r-1"


def test_errors_come_typed_in_the_pop_shape(fc_aligenie: Path) -> None:
    errors = importlib.import_module("acs_core.errors")
    with emulator("fc-2023-03-30") as emu:
        emu.queue_response(
            "GetFunction",
            {"Code": "FunctionNotFound", "Message": "no", "RequestId": "r-2"},
            status=404,
        )
        with ours("fc-2023-03-30", emu.endpoint) as mine:
            with pytest.raises(errors.NotFoundError) as caught:
                mine.get_function(function_name="gone")
            emu.inject("throttling", count=1)
            with pytest.raises(errors.ThrottlingError):
                mine.get_function(function_name="demo")
    assert (caught.value.code, caught.value.request_id) == ("FunctionNotFound", "r-2")


def test_fc_open_s_own_error_body_is_read_too(fc_aligenie: Path) -> None:
    """FC-Open (FC 2.0's lineage) answers `{ErrorCode, ErrorMessage}`: its SDK reads no code
    from it (`"None"`); ours reads the code and the message."""
    errors = importlib.import_module("acs_core.errors")
    body = {"ErrorCode": "ServiceNotFound", "ErrorMessage": "service not found"}
    product = "fc-open-2021-04-06"
    with emulator(product) as emu:
        emu.queue_response("GetService", body, status=404)
        emu.queue_response("GetService", body, status=404)
        client, models = official(product, emu.endpoint)
        with pytest.raises(Exception) as theirs:
            client.get_service("gone", models.GetServiceRequest())
        with ours(product, emu.endpoint) as mine:
            with pytest.raises(errors.NotFoundError) as caught:
                mine.get_service(service_name="gone")
    assert theirs.value.code == "None"
    assert (caught.value.code, caught.value.message) == (
        "ServiceNotFound",
        "service not found",
    )


async def test_the_async_client_reads_bytes_and_no_content(fc_aligenie: Path) -> None:
    fc = package("fc-2023-03-30")
    with emulator("fc-2023-03-30") as emu:
        async with fc.AsyncClient(
            region="cn-hangzhou",
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            endpoint=emu.endpoint,
        ) as client:
            output = await client.invoke_function(function_name="demo", body=b"\x00")
            deleted = await client.delete_function(function_name="demo")
            raw = await client.raw.delete_function(function_name="demo")
    assert output == json.loads(golden("fc-2023-03-30", "InvokeFunction")[1]).encode()
    assert deleted is None and (raw.status, raw.body) == (204, b"")
