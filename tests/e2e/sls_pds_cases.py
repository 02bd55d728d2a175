"""The SLS and PDS operations the wire tests call, how the official SDKs and our clients each call
them, and how the SDKs reach our emulator (shared by test_sls_pds_wire).

The SDKs build hosts that hold the project (`my-project.cn-hangzhou.log.aliyuncs.com`) or the
domain (`bj1234.api.aliyunpds.com`): they are pointed at the emulator as their HTTP proxy, so
that the host they compute travels intact in the request while every byte stays on loopback.
Our clients are given the emulator's endpoint: the prefixed host travels in `Host` only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from alibabacloud_tea_openapi.utils_models import Config

KEY_ID, SECRET, TOKEN = "testid", "testsecret", "testtoken"
REGION = "cn-hangzhou"
# A JSON body in the SDK's order: its models write their fields alphabetically.
LOGSTORE = {"autoSplit": True, "logstoreName": "ls", "shardCount": 2, "ttl": 30}
IMPORTED = {
    "sls-2020-12-30": [
        "GetLogStore",
        "CreateLogStore",
        "ListLogStores",
        "GetProject",
        "ListProject",
        "GetCursor",
        "DeleteLogStore",
    ],
    # Token and GetShareLinkToken are anonymous, GetLinkInfo takes a bearer token only.
    "pds-2022-03-01": [
        "GetFile",
        "ListDomains",
        "DownloadFile",
        "Token",
        "GetShareLinkToken",
        "GetLinkInfo",
    ],
}
PACKAGES = {
    "sls-2020-12-30": ("acs_sls", "alibabacloud_sls20201230"),
    "pds-2022-03-01": ("acs_pds", "alibabacloud_pds20220301"),
}
# The endpoint each SDK is configured with (then reached through the emulator as its proxy).
SDK_ENDPOINTS = {
    "sls-2020-12-30": "cn-hangzhou.log.aliyuncs.com",
    "pds-2022-03-01": "bj1234.api.aliyunpds.com",
    "pds-admin": "cn-hangzhou.admin.aliyunpds.com",
}


@dataclass(frozen=True)
class Case:
    product: str
    operation: str
    sdk_call: Callable[[Any, Any], Any]  # (official client, its models) -> response
    our_call: Callable[[Any], Any]  # our client -> what it answers
    params: dict[str, Any]  # what the emulator reads out of the request
    sdk_endpoint: str = ""  # the SDK's endpoint, when not the product's
    extra: dict[str, Any] = field(default_factory=dict)  # more Config settings
    signature: str | None = None  # our client's signature_version (None: the default)

    @property
    def sts(self) -> bool:
        return "security_token" in self.extra

    @property
    def id(self) -> str:
        return (
            f"{self.product.split('-')[0]}-{self.operation}"
            + ("-sts" if self.sts else "")
            + (f"-{self.signature}" if self.signature else "")
        )


CASES = [
    Case(
        "sls-2020-12-30",
        "GetLogStore",
        lambda sdk, m: sdk.get_log_store("my-project", "my-logstore"),
        lambda ours: ours.get_log_store(project="my-project", logstore="my-logstore"),
        {"project": "my-project", "logstore": "my-logstore"},
    ),
    Case(
        "sls-2020-12-30",
        "GetLogStore",
        lambda sdk, m: sdk.get_log_store("my-project", "my-logstore"),
        lambda ours: ours.get_log_store(project="my-project", logstore="my-logstore"),
        {"project": "my-project", "logstore": "my-logstore"},
        extra={"security_token": TOKEN},
    ),
    Case(
        "sls-2020-12-30",
        "GetLogStore",
        lambda sdk, m: sdk.get_log_store("my-project", "my-logstore"),
        lambda ours: ours.get_log_store(project="my-project", logstore="my-logstore"),
        {"project": "my-project", "logstore": "my-logstore"},
        extra={"signature_version": "v4"},
        signature="sls_v4",
    ),
    Case(
        "sls-2020-12-30",
        "ListLogStores",
        lambda sdk, m: sdk.list_log_stores(
            "my-project",
            m.ListLogStoresRequest(logstore_name="a b+c é", offset=0, size=10),
        ),
        lambda ours: ours.list_log_stores(
            project="my-project", logstore_name="a b+c é", offset=0, size=10
        ),
        {"project": "my-project", "logstore_name": "a b+c é", "offset": 0, "size": 10},
        extra={"signature_version": "v4", "security_token": TOKEN},
        signature="sls_v4",
    ),
    Case(
        "sls-2020-12-30",
        "CreateLogStore",
        lambda sdk, m: sdk.create_log_store(
            "my-project",
            m.CreateLogStoreRequest(
                auto_split=True, logstore_name="ls", shard_count=2, ttl=30
            ),
        ),
        lambda ours: ours.create_log_store(
            project="my-project",
            body=LOGSTORE,
        ),
        {"project": "my-project", "body": LOGSTORE},
    ),
    Case(
        "sls-2020-12-30",
        "ListLogStores",
        lambda sdk, m: sdk.list_log_stores(
            "my-project",
            m.ListLogStoresRequest(logstore_name="a b+c é", offset=0, size=10),
        ),
        lambda ours: ours.list_log_stores(
            project="my-project", logstore_name="a b+c é", offset=0, size=10
        ),
        {"project": "my-project", "logstore_name": "a b+c é", "offset": 0, "size": 10},
    ),
    Case(
        "sls-2020-12-30",
        "GetProject",
        lambda sdk, m: sdk.get_project("my-project", m.GetProjectRequest()),
        lambda ours: ours.get_project(project="my-project"),
        {"project": "my-project"},
    ),
    Case(
        "sls-2020-12-30",
        "ListProject",
        lambda sdk, m: sdk.list_project(m.ListProjectRequest(offset=0, size=5)),
        lambda ours: ours.list_project(offset=0, size=5),
        {"offset": 0, "size": 5},
    ),
    Case(
        "sls-2020-12-30",
        "GetCursor",  # `/shards/{shardId}?type=cursor`: the fixed query
        lambda sdk, m: sdk.get_cursor(
            "my-project", "my-logstore", "0", m.GetCursorRequest(from_="begin")
        ),
        lambda ours: ours.get_cursor(
            project="my-project", logstore="my-logstore", shard_id=0, from_="begin"
        ),
        {
            "project": "my-project",
            "logstore": "my-logstore",
            "shard_id": 0,
            "from_": "begin",
        },
    ),
    Case(
        "pds-2022-03-01",
        "GetFile",
        lambda sdk, m: sdk.get_file(m.GetFileRequest(drive_id="1", file_id="f1")),
        lambda ours: ours.get_file(
            domain_id="bj1234", body={"drive_id": "1", "file_id": "f1"}
        ),
        {"domain_id": "bj1234", "body": {"drive_id": "1", "file_id": "f1"}},
    ),
    Case(
        "pds-2022-03-01",
        "GetFile",
        lambda sdk, m: sdk.get_file(m.GetFileRequest(drive_id="1", file_id="f1")),
        lambda ours: ours.get_file(
            domain_id="bj1234", body={"drive_id": "1", "file_id": "f1"}
        ),
        {"domain_id": "bj1234", "body": {"drive_id": "1", "file_id": "f1"}},
        extra={"security_token": TOKEN},
    ),
    Case(
        "pds-2022-03-01",
        "ListDomains",  # an administration call: the region's endpoint, no domain
        lambda sdk, m: sdk.list_domains(m.ListDomainsRequest(limit=10)),
        lambda ours: ours.list_domains(body={"limit": 10}),
        {"body": {"limit": 10}},
        sdk_endpoint=SDK_ENDPOINTS["pds-admin"],
    ),
]
IDS = [case.id for case in CASES]


def package(product: str) -> Any:
    return importlib.import_module(PACKAGES[product][0])


def emulator(product: str) -> Any:
    return importlib.import_module(f"{PACKAGES[product][0]}.emulator").Emulator(
        credentials={KEY_ID: SECRET, "STS.id": (SECRET, TOKEN)}
    )


def official(case: Case, proxy: str) -> tuple[Any, Any]:
    """The official SDK's client for `case`, sending through the emulator at `proxy`."""
    sdk = PACKAGES[case.product][1]
    config = Config(
        access_key_id="STS.id" if case.sts else KEY_ID,
        access_key_secret=SECRET,
        region_id=REGION,
        endpoint=case.sdk_endpoint or SDK_ENDPOINTS[case.product],
        protocol="http",
        http_proxy=proxy,
        read_timeout=5000,
        connect_timeout=5000,
        **case.extra,
    )
    client = importlib.import_module(f"{sdk}.client").Client(config)
    return client, importlib.import_module(f"{sdk}.models")


def ours(case: Case, endpoint: str) -> Any:
    return package(case.product).Client(
        region=REGION,
        access_key_id="STS.id" if case.sts else KEY_ID,
        access_key_secret=SECRET,
        security_token=case.extra.get("security_token"),
        signature_version=case.signature,
        endpoint=endpoint,
        max_retries=0,
    )
