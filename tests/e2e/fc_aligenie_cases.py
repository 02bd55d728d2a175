"""The FC 3.0, FC-Open and AliGenie operations the wire tests call, how the official SDK and
our client each call them, and what each read (shared by test_fc_aligenie_wire and
test_fc_aligenie_hosts_and_errors)."""

from __future__ import annotations

import importlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alibabacloud_tea_openapi.utils_models import Config

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
