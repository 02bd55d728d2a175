"""The service, as the specs describe it (each operation's facts sit beside its models)."""

from __future__ import annotations

from acs_core.info import ServiceInfo
from acs_core.policy import RamPolicies

SERVICE = ServiceInfo(
    product="vod",
    api_version="2017-03-21",
    endpoints={
        "cn-beijing": "vod.cn-beijing.aliyuncs.com",
        "cn-shanghai": "vod.cn-shanghai.aliyuncs.com",
        "cn-shenzhen": "vod.cn-shenzhen.aliyuncs.com",
        "cn-hangzhou": "vod.cn-hangzhou.aliyuncs.com",
        "ap-southeast-1": "vod.ap-southeast-1.aliyuncs.com",
        "ap-southeast-5": "vod.ap-southeast-5.aliyuncs.com",
        "ap-northeast-1": "vod.ap-northeast-1.aliyuncs.com",
        "ap-south-1": "vod.ap-south-1.aliyuncs.com",
        "eu-central-1": "vod.eu-central-1.aliyuncs.com",
        "eu-west-1": "vod.eu-west-1.aliyuncs.com",
        "us-west-1": "vod.us-west-1.aliyuncs.com",
        "me-central-1": "vod.me-central-1.aliyuncs.com",
    },
    protocol="https",
    default_signature="v3",
    supported_signatures=("v3", "v2"),
    error_kinds={
        "MissingParameter": "validation",
        "InvalidParameter": "validation",
        "Throttling": "throttling",
        "Throttling.User": "throttling",
        "Throttling.Api": "throttling",
        "IncompleteSignature": "authentication",
        "SignatureNonceUsed": "authentication",
        "InvalidTimeStamp.Expired": "authentication",
        "SignatureDoesNotMatch": "authentication",
        "InvalidAccessKeyId.NotFound": "authentication",
        "Forbidden": "permission",
        "Forbidden.RAM": "permission",
        "InternalError": "server",
        "ServiceUnavailable": "server",
    },
)

# `ram_policy([...])`: the least-privilege RAM policy for these operations (`_authorization.json`).
ram_policy = RamPolicies(__package__)
