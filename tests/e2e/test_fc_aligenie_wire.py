"""FC 3.0, FC-Open and AliGenie on the wire, against their official SDKs.

Their metadata says styles of their own (`FC`, `AliGenie`); their SDKs send REST-style requests
signed with ACS3-HMAC-SHA256. A few operations of each product are imported from `specs/vendor/`
(with their overlays) and generated; then, for the same call, the official SDK and our client
both talk to our emulator over loopback:
- the emulator accepts the official SDK's requests (which sign every header they send: it
  verifies with the request's own SignedHeaders) and answers the goldens: JSON, no content
  (FC's 204 deletes) or the function's bytes (InvokeFunction);
- our client sends the same method, path, query, body and content type as the SDK, and reads
  the same answer;
- our signing functions, given the SDK's own request, compute the SDK's own signature.
"""

from __future__ import annotations

import importlib
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alibabacloud_tea_openapi.utils_models import Config

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
KEY_ID, SECRET = "testid", "testsecret"
ACCOUNT = "1234567890"
IMPORTED = {
    "fc-2023-03-30": [
        "GetFunction",
        "CreateFunction",
        "ListFunctions",
        "InvokeFunction",
        "DeleteFunction",
    ],
    "fc-open-2021-04-06": [
        "GetService",
        "CreateService",
        "ListServices",
        "InvokeFunction",
        "DeleteService",
    ],
    "aligenie-ip_1.0": ["AddCartoon", "ListHotels"],
    "aligenie-iap_1.0": ["GetBusAppConfig"],
    "aligenie-ssp_1.0": ["GetWeather"],
}
# product -> (our package, the official SDK's package)
PACKAGES = {
    "fc-2023-03-30": ("acs_fc", "alibabacloud_fc20230330"),
    "fc-open-2021-04-06": ("acs_fc_open", "alibabacloud_fc_open20210406"),
    "aligenie-ip_1.0": ("acs_aligenie_ip_1_0", "alibabacloud_aligenieip_1_0"),
    "aligenie-iap_1.0": ("acs_aligenie_iap_1_0", "alibabacloud_aligenieiap_1_0"),
    "aligenie-ssp_1.0": ("acs_aligenie_ssp_1_0", "alibabacloud_aligeniessp_1_0"),
}
REGIONS = {
    "fc-2023-03-30": "cn-hangzhou",
    "fc-open-2021-04-06": "cn-hangzhou",
    "aligenie-ip_1.0": "cn-zhangjiakou",
    "aligenie-iap_1.0": "cn-zhangjiakou",
    "aligenie-ssp_1.0": "cn-zhangjiakou",
}
# A path value with a space, non-ASCII letters and reserved characters: one segment,
# percent-encoded (a `/` is refused before sending: it would change the path).
FUNCTION = "my fn é+~*"
# JSON objects in the SDK's order: its models write their fields alphabetically, ours the
# caller's mapping as given.
USER = {"EncodeKey": "k", "EncodeType": "DUEROS", "Id": "uid", "IdType": "OPEN_ID"}
DEVICE = {"EncodeKey": "k", "EncodeType": "DUEROS", "Id": "did", "IdType": "OPEN_ID"}
FUNCTION_INPUT = {
    "environmentVariables": {"A": "ä b"},
    "functionName": "demo",
    "handler": "index.handler",
    "memorySize": 512,
    "runtime": "python3.10",
    "tags": [{"Key": "k", "Value": "v"}],
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("own-styles")
    for product, operations in IMPORTED.items():
        import_product(
            ROOT / "specs" / "vendor" / f"{product}.json",
            root / "specs" / product,
            operations=operations,
            overlay=ROOT / "specs" / "overlays" / f"{product}.yaml",
        )
    generate(root / "specs", root / "out")
    projects = [str(p) for p in sorted((root / "out").iterdir()) if p.is_dir()]
    sys.path[:0] = projects
    yield root / "out"
    for project in projects:
        sys.path.remove(project)


@dataclass(frozen=True)
class Case:
    product: str
    operation: str
    sdk_call: Callable[[Any, Any], Any]  # (official client, its models) -> response
    our_call: Callable[[Any], Any]  # our client -> what it answers
    params: dict[str, Any]  # what the emulator reads out of the request
    answer: str = "json"  # what the golden is: "json", "none" (204) or "binary"


def _fc3_invoke(sdk: Any, m: Any) -> Any:
    from darabonba.runtime import RuntimeOptions

    return sdk.invoke_function_with_options(
        "demo",
        m.InvokeFunctionRequest(body=io.BytesIO(b'{"x": 1}\x00\xff'), qualifier="prod"),
        m.InvokeFunctionHeaders(x_fc_invocation_type="Sync", x_fc_log_type="Tail"),
        RuntimeOptions(),
    )


def _fc_open_call(method: str, *arguments: Any) -> Callable[[Any, Any], Any]:
    """A call `<method>_with_options` of FC-Open's SDK with X-Fc-* headers."""

    def call(sdk: Any, m: Any) -> Any:
        from alibabacloud_tea_util.models import RuntimeOptions

        name = "".join(part.title() for part in method.split("_"))
        request, headers = arguments[-1](m), getattr(m, f"{name}Headers")(
            x_fc_account_id=ACCOUNT, x_fc_trace_id="trace-1"
        )
        return getattr(sdk, f"{method}_with_options")(
            *arguments[:-1], request, headers, RuntimeOptions()
        )

    return call


CASES = [
    Case(
        "fc-2023-03-30",
        "GetFunction",  # GET, a path parameter to encode, a query parameter
        lambda sdk, m: sdk.get_function(
            FUNCTION, m.GetFunctionRequest(qualifier="LATEST")
        ),
        lambda ours: ours.get_function(function_name=FUNCTION, qualifier="LATEST"),
        {"function_name": FUNCTION, "qualifier": "LATEST"},
    ),
    Case(
        "fc-2023-03-30",
        "CreateFunction",  # POST, a JSON body
        lambda sdk, m: sdk.create_function(
            m.CreateFunctionRequest().from_map({"body": FUNCTION_INPUT})
        ),
        lambda ours: ours.create_function(body=FUNCTION_INPUT),
        {"body": FUNCTION_INPUT},
    ),
    Case(
        "fc-2023-03-30",
        "ListFunctions",  # GET, a query with a space, `+` and a number
        lambda sdk, m: sdk.list_functions(
            m.ListFunctionsRequest(limit=10, prefix="a b+c")
        ),
        lambda ours: ours.list_functions(limit=10, prefix="a b+c"),
        {"limit": 10, "prefix": "a b+c"},
    ),
    Case(
        "fc-2023-03-30",
        "InvokeFunction",  # POST raw bytes, x-fc-* headers; answers the function's bytes
        _fc3_invoke,
        lambda ours: ours.invoke_function(
            function_name="demo",
            body=io.BytesIO(b'{"x": 1}\x00\xff'),
            qualifier="prod",
            x_fc_invocation_type="Sync",
            x_fc_log_type="Tail",
        ),
        {
            "function_name": "demo",
            "body": b'{"x": 1}\x00\xff',
            "qualifier": "prod",
            "x_fc_invocation_type": "Sync",
            "x_fc_log_type": "Tail",
        },
        answer="binary",
    ),
    Case(
        "fc-2023-03-30",
        "DeleteFunction",  # DELETE; answers 204, no content
        lambda sdk, m: sdk.delete_function("demo"),
        lambda ours: ours.delete_function(function_name="demo"),
        {"function_name": "demo"},
        answer="none",
    ),
    Case(
        "fc-open-2021-04-06",
        "GetService",  # GET, a path parameter, a query, X-Fc-* headers
        _fc_open_call(
            "get_service", "svc 1", lambda m: m.GetServiceRequest(qualifier="LATEST")
        ),
        lambda ours: ours.get_service(
            service_name="svc 1",
            qualifier="LATEST",
            x_fc_account_id=ACCOUNT,
            x_fc_trace_id="trace-1",
        ),
        {
            "service_name": "svc 1",
            "qualifier": "LATEST",
            "x_fc_account_id": ACCOUNT,
            "x_fc_trace_id": "trace-1",
        },
    ),
    Case(
        "fc-open-2021-04-06",
        "CreateService",  # POST, a JSON body (`style: json` in the metadata: still JSON)
        lambda sdk, m: sdk.create_service(
            m.CreateServiceRequest().from_map(
                {
                    "serviceName": "svc",
                    "description": "ä",
                    "internetAccess": True,
                    "logConfig": {"project": "p", "logstore": "l"},
                }
            )
        ),
        lambda ours: ours.create_service(
            body={
                "description": "ä",
                "internetAccess": True,
                "logConfig": {"logstore": "l", "project": "p"},
                "serviceName": "svc",
            }
        ),
        {
            "body": {
                "description": "ä",
                "internetAccess": True,
                "logConfig": {"logstore": "l", "project": "p"},
                "serviceName": "svc",
            }
        },
    ),
    Case(
        "fc-open-2021-04-06",
        "ListServices",  # GET, a query with a space
        lambda sdk, m: sdk.list_services(m.ListServicesRequest(limit=5, prefix="a b")),
        lambda ours: ours.list_services(limit=5, prefix="a b"),
        {"limit": 5, "prefix": "a b"},
    ),
    Case(
        "fc-open-2021-04-06",
        "InvokeFunction",  # `string/byte` in the metadata: raw bytes both ways
        _fc_open_call(
            "invoke_function",
            "svc",
            "fn",
            lambda m: m.InvokeFunctionRequest(body=b"pay\x00load", qualifier="prod"),
        ),
        lambda ours: ours.invoke_function(
            service_name="svc",
            function_name="fn",
            body=b"pay\x00load",
            qualifier="prod",
            x_fc_account_id=ACCOUNT,
            x_fc_trace_id="trace-1",
        ),
        {
            "service_name": "svc",
            "function_name": "fn",
            "body": b"pay\x00load",
            "qualifier": "prod",
            "x_fc_account_id": ACCOUNT,
            "x_fc_trace_id": "trace-1",
        },
        answer="binary",
    ),
    Case(
        "fc-open-2021-04-06",
        "DeleteService",  # DELETE; answers 204, no content
        lambda sdk, m: sdk.delete_service("svc"),
        lambda ours: ours.delete_service(service_name="svc"),
        {"service_name": "svc"},
        answer="none",
    ),
    Case(
        "aligenie-ip_1.0",
        "AddCartoon",  # POST, a form body (sorted by name)
        lambda sdk, m: sdk.add_cartoon(
            m.AddCartoonRequest(
                hotel_id="h 1",
                start_video_md_5="md5+/=",
                start_video_url="https://v.example/a?b=c",
            )
        ),
        lambda ours: ours.add_cartoon(
            hotel_id="h 1",
            start_video_md5="md5+/=",
            start_video_url="https://v.example/a?b=c",
        ),
        {
            "hotel_id": "h 1",
            "start_video_md5": "md5+/=",
            "start_video_url": "https://v.example/a?b=c",
        },
    ),
    Case(
        "aligenie-ip_1.0",
        "ListHotels",  # POST; json-style objects in the query, a form field in the body
        lambda sdk, m: sdk.list_hotels(
            m.ListHotelsRequest().from_map(
                {
                    "HotelRequest": {"HotelId": "ä b"},
                    "Page": {"PageNumber": 1, "PageSize": 10},
                    "Status": 1,
                }
            )
        ),
        lambda ours: ours.list_hotels(
            hotel_request={"HotelId": "ä b"},
            page={"PageNumber": 1, "PageSize": 10},
            status=1,
        ),
        {
            "hotel_request": {"HotelId": "ä b"},
            "page": {"PageNumber": 1, "PageSize": 10},
            "status": 1,
        },
    ),
    Case(
        "aligenie-iap_1.0",
        "GetBusAppConfig",  # GET; json-style objects in the query (an older Tea client)
        lambda sdk, m: sdk.get_bus_app_config(
            m.GetBusAppConfigRequest().from_map(
                {
                    "UserInfo": USER,
                    "DeviceInfo": DEVICE,
                    "Payload": {"originUuid": "u", "phone": "136"},
                }
            )
        ),
        lambda ours: ours.get_bus_app_config(
            user_info=USER,
            device_info=DEVICE,
            payload={"originUuid": "u", "phone": "136"},
        ),
        {
            "user_info": USER,
            "device_info": DEVICE,
            "payload": {"originUuid": "u", "phone": "136"},
        },
    ),
    Case(
        "aligenie-ssp_1.0",
        "GetWeather",  # POST; json-style objects as form fields
        lambda sdk, m: sdk.get_weather(
            m.GetWeatherRequest().from_map(
                {
                    "UserInfo": USER,
                    "DeviceInfo": DEVICE,
                    "Payload": {},
                }
            )
        ),
        lambda ours: ours.get_weather(
            user_info=USER,
            device_info=DEVICE,
            payload={},
        ),
        {
            "user_info": USER,
            "device_info": DEVICE,
            "payload": {},
        },
    ),
]
IDS = [f"{case.product.split('-')[0]}-{case.operation}" for case in CASES]


def package(product: str) -> Any:
    return importlib.import_module(PACKAGES[product][0])


def emulator(product: str) -> Any:
    return importlib.import_module(f"{PACKAGES[product][0]}.emulator").Emulator(
        credentials={KEY_ID: SECRET}
    )


def official(product: str, endpoint: str | None = None) -> tuple[Any, Any]:
    sdk = PACKAGES[product][1]
    config = Config(
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        region_id=REGIONS[product],
    )
    if endpoint is not None:
        config.endpoint = endpoint.removeprefix("http://")
        config.protocol = "http"
    client = importlib.import_module(f"{sdk}.client").Client(config)
    return client, importlib.import_module(f"{sdk}.models")


def ours(product: str, endpoint: str) -> Any:
    return package(product).Client(
        region=REGIONS[product],
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint=endpoint,
        max_retries=0,
    )


def golden(product: str, operation: str) -> tuple[int, str]:
    """The first success golden the emulator answers with: its status and text."""
    module = importlib.import_module(f"{PACKAGES[product][0]}.emulator")
    data = json.loads(
        (Path(module.__file__).parent / "operations.json").read_text(encoding="utf-8")
    )
    entry = next(e for e in data["operations"] if e["name"] == operation)
    status, text = next((s, t) for s, t in entry["goldens"] if s < 300)
    return status, text


def sdk_body(case: Case, response: Any) -> Any:
    """What the official SDK read from the answer: the JSON model's map, or the bytes."""
    if case.answer == "binary":
        body = response.body
        return body.read() if hasattr(body, "read") else body
    if case.answer == "none":
        return getattr(response, "body", None)
    return response.body.to_map()


def agrees(sdk: Any, data: Any) -> bool:
    """Whether what the SDK read agrees with the golden wherever both hold a value (its
    models drop fields they do not declare, and default some they do)."""
    if isinstance(sdk, dict) and isinstance(data, dict):
        shared = [
            key for key, value in sdk.items() if key in data and value is not None
        ]
        return bool(shared) and all(agrees(sdk[key], data[key]) for key in shared)
    if isinstance(sdk, list) and isinstance(data, list):
        return len(sdk) == len(data) and all(map(agrees, sdk, data))
    return bool(sdk == data)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_official_sdk_is_answered_by_our_emulator(
    generated: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        response = case.sdk_call(client, models)
        received = emu.requests[-1]
    status, text = golden(case.product, case.operation)
    assert (received.status, received.code) == (status, None)
    assert received.operation == case.operation
    assert received.signature_version == "v3"
    assert received.params == {**{key: None for key in received.params}, **case.params}
    assert response.status_code == status
    if case.answer == "binary":
        assert sdk_body(case, response) == json.loads(text).encode("utf-8")
    elif case.answer == "none":
        assert status == 204 and sdk_body(case, response) is None
    else:  # the SDK's models keep the fields they declare: each as the golden has it
        assert agrees(sdk_body(case, response), json.loads(text))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_our_client_sends_what_the_official_sdk_sends_and_reads_the_same(
    generated: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        response = case.sdk_call(client, models)
        with ours(case.product, emu.endpoint) as mine:
            answer = case.our_call(mine)
        theirs, sent = emu.requests[-2], emu.requests[-1]
    assert (sent.status, sent.code) == (theirs.status, None)
    assert (sent.method, sent.path) == (theirs.method, theirs.path)
    assert sent.query == theirs.query
    assert sent.body == theirs.body
    if case.product == "fc-open-2021-04-06" and case.operation == "InvokeFunction":
        # FC-Open's SDK sends its raw bytes with no content type at all (`req_body_type`
        # 'byte'); ours declares them `application/octet-stream`, as FC 3.0's SDK does.
        assert "content-type" not in theirs.headers
        assert sent.headers["content-type"] == "application/octet-stream"
    else:
        assert sent.headers.get("content-type") == theirs.headers.get("content-type")
    assert sent.params == theirs.params
    if case.answer == "json":
        assert answer.to_dict() == json.loads(golden(case.product, case.operation)[1])
    else:  # the same bytes as the SDK's, or nothing (None) where it reads nothing
        assert answer == sdk_body(case, response)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_our_signing_computes_the_official_sdk_s_signature(
    generated: Path, case: Case
) -> None:
    """The SDK signs every header it sends (accept, user-agent, x-fc-*, ...); given those as
    extra headers, our V3 signer computes its very signature."""
    signing = importlib.import_module("acs_core.signing")
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        case.sdk_call(client, models)
        theirs = emu.requests[-1]
    headers = theirs.headers
    names = signing.parse_authorization_v3(headers["authorization"])[1]
    own = {
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
        "content-type",
    }
    signed = signing.sign_v3(
        method=theirs.method,
        host=headers["host"],
        path=theirs.path,
        action=headers["x-acs-action"],
        version=headers["x-acs-version"],
        query=list(theirs.query.items()),
        body=theirs.body,
        content_type=headers.get("content-type"),
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=None,
        nonce=headers["x-acs-signature-nonce"],
        date=headers["x-acs-date"],
        extra_headers={n: headers[n] for n in names if n not in own},
    )
    assert signed.headers["Authorization"] == headers["authorization"]
    assert {"accept", "user-agent"} <= set(names)  # more than our own client signs


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
    generated: Path, product: str, sdk_region: str, account: str | None
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


def test_an_account_scoped_client_needs_its_account(generated: Path) -> None:
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


def test_a_business_error_in_http_200_is_left_in_the_body(generated: Path) -> None:
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


def test_errors_come_typed_in_the_pop_shape(generated: Path) -> None:
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


def test_fc_open_s_own_error_body_is_read_too(generated: Path) -> None:
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


async def test_the_async_client_reads_bytes_and_no_content(generated: Path) -> None:
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
