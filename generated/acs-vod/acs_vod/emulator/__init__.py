"""
An emulator of ApsaraVideo VOD (2017-03-21) for tests: a real HTTP server on 127.0.0.1.
"""

# Usage: `with Emulator(credentials={"testid": "testsecret"}) as emu:` then point a client's
# `endpoint=` at `emu.endpoint`. Queued responses, handlers and faults: see `.._emulator`.

from __future__ import annotations

from collections.abc import Mapping

from .._emulator import EmulatorBase, OperationModel, ReceivedRequest
from .._service import SERVICE

__all__ = ["Emulator", "ReceivedRequest"]

OPERATIONS = (
    OperationModel(
        "GetAIImageJobs",
        "get_ai_image_jobs",
        "GetAIImageJobsRequest",
        (
            (
                200,
                '{\n  "RequestId": "7721B494-1F78-4E*****E8-A7CEE7315BFA",\n  "AIImageJobList": [\n    {\n      "Status": "success",\n      "CreationTime": "2020-10-15T03:30:03Z",\n      "AIImageResult": "[{\\"Score\\":5.035636554444242,\\"Url\\":\\"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif\\"}]",\n      "VideoId": "357a8748c577*****789d2726e6436aa",\n      "JobId": "cf08a2c6e11e*****de1711b738b9067",\n      "UserData": "{\\"Extend\\":{\\"localId\\":\\"****\\",\\"test\\":\\"www\\"}}",\n      "Code": "Success",\n      "Message": "success",\n      "TemplateConfig": "{\\"Format\\":\\"gif\\",\\"SetDefaultCover\\":\\"true\\"}",\n      "TemplateId": "5a86a00f15194*****d7fe7de1b4a173"\n    }\n  ]\n}\n',
            ),
            (
                200,
                '{\n  "RequestId": "0C4D5B2A-3E6F-4A71-9B8C-1D2E3F4A5B6C",\n  "AIImageJobList": [\n    {\n      "Status": "fail",\n      "CreationTime": "2020-10-16T08:12:45Z",\n      "AIImageResult": "[]",\n      "VideoId": "4a5b6c7d8e9f*****0a1b2c3d4e5f6a7b",\n      "JobId": "d1e2f3a4b5c6*****7d8e9f0a1b2c3d4e",\n      "UserData": "{\\"MessageCallback\\":{\\"CallbackURL\\":\\"https://example.com/callback\\",\\"CallbackType\\":\\"http\\"}}",\n      "Code": "InvalidVideo.NoneStream",\n      "Message": "The video has no video stream to analyse.",\n      "TemplateConfig": "{\\"Format\\":\\"jpg\\",\\"SetDefaultCover\\":\\"false\\"}",\n      "TemplateId": "5a86a00f15194*****d7fe7de1b4a173"\n    }\n  ]\n}\n',
            ),
            (
                200,
                '{\n  "RequestId": "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A",\n  "AIImageJobList": [\n    {\n      "Status": "success",\n      "CreationTime": "2021-03-01T00:00:00Z",\n      "AIImageResult": "[{\\"Score\\":7.25,\\"Url\\":\\"http://outin-*****.oss-cn-beijing.aliyuncs.com/a1/image/ai/1-00001.jpg\\"},{\\"Score\\":6,\\"Url\\":\\"http://outin-*****.oss-cn-beijing.aliyuncs.com/a1/image/ai/1-00002.jpg\\"}]",\n      "VideoId": "a1b2c3d4e5f6*****a7b8c9d0e1f2a3b4",\n      "JobId": "11111111aaaa*****bbbbccccddddeeee",\n      "UserData": "{\\"Extend\\":{\\"batch\\":\\"2021-03\\"}}",\n      "Code": "Success",\n      "Message": "success",\n      "TemplateConfig": "{\\"Format\\":\\"jpg\\",\\"SetDefaultCover\\":\\"true\\"}",\n      "TemplateId": "5a86a00f15194*****d7fe7de1b4a173"\n    },\n    {\n      "Status": "fail",\n      "CreationTime": "2021-03-01T00:00:05Z",\n      "AIImageResult": "[]",\n      "VideoId": "b2c3d4e5f6a7*****b8c9d0e1f2a3b4c5",\n      "JobId": "22222222aaaa*****bbbbccccddddeeee",\n      "UserData": "{\\"Extend\\":{\\"batch\\":\\"2021-03\\"}}",\n      "Code": "InternalError",\n      "Message": "The job failed because of an internal error.",\n      "TemplateConfig": "{\\"Format\\":\\"gif\\",\\"SetDefaultCover\\":\\"false\\"}",\n      "TemplateId": "6b97b11f26205*****e8f0ef2c5b284"\n    },\n    {\n      "Status": "success",\n      "CreationTime": "2021-03-01T00:00:09Z",\n      "AIImageResult": "[{\\"Score\\":4.5,\\"Url\\":\\"http://outin-*****.oss-cn-beijing.aliyuncs.com/c3/image/ai/3-00001.gif\\"}]",\n      "VideoId": "c3d4e5f6a7b8*****c9d0e1f2a3b4c5d6",\n      "JobId": "33333333aaaa*****bbbbccccddddeeee",\n      "UserData": "{\\"Extend\\":{\\"batch\\":\\"2021-03\\"}}",\n      "Code": "Success",\n      "Message": "success",\n      "TemplateConfig": "{\\"Format\\":\\"gif\\",\\"SetDefaultCover\\":\\"true\\"}",\n      "TemplateId": "5a86a00f15194*****d7fe7de1b4a173"\n    }\n  ]\n}\n',
            ),
            (
                200,
                '{\n  "RequestId": "1A2B3C4D-5E6F-4708-9A0B-C1D2E3F40516",\n  "AIImageJobList": []\n}\n',
            ),
            (
                400,
                '{\n  "RequestId": "5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F",\n  "HostId": "vod.cn-shanghai.aliyuncs.com",\n  "Code": "InvalidParameter",\n  "Message": "The specified parameter \\"JobIds\\" is not valid.",\n  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"\n}\n',
            ),
        ),
        {
            "records": "AIImageJob",
            "select": {
                "parameter": "JobIds",
                "key": "JobId",
                "results": "AIImageJobList",
            },
        },
    ),
    OperationModel(
        "ListAIImageInfo",
        "list_ai_image_info",
        "ListAIImageInfoRequest",
        (
            (
                200,
                '{\n  "RequestId": "D73420CD-D221-9122-5B8FA995A511****",\n  "AIImageInfoList": [\n    {\n      "CreationTime": "2020-10-15T03:30:03Z",\n      "AIImageInfoId": "b89a6aabf1b6197ebd6fe6cf29****",\n      "FileURL": "http://example.aliyundoc.com/357a8748c5789d2726e6436aa****/image/ai/b0a7612554d6400013-0****.gif?auth_key=1602745717-0-0-005ee05616c5925596d****",\n      "Version": "b547f3f0e199c3b457369f3cf****",\n      "VideoId": "357a8748c5789d2726e6436aa****",\n      "JobId": "cf08a2c6e11ee1711b738b9067****",\n      "Score": "5.035636554444242",\n      "Format": "gif"\n    }\n  ]\n}\n',
            ),
            (
                200,
                '{\n  "RequestId": "3B7F1C2D-8E4A-4F6B-9C0D-1E2F3A4B5C6D",\n  "AIImageInfoList": [\n    {\n      "CreationTime": "2021-03-01T00:00:12Z",\n      "AIImageInfoId": "c1d2e3f4a5b6c7d8e9f0a1b2c3****",\n      "FileURL": "http://example.aliyundoc.com/a1b2c3d4e5f6a7b8c9d0e1f2a3****/image/ai/11111111aaaa-00001.gif?auth_key=1614560412-0-0-1a2b3c4d5e6f7a8b9c0d****",\n      "Version": "d4e5f6a7b8c9d0e1f2a3b4c5d****",\n      "VideoId": "a1b2c3d4e5f6a7b8c9d0e1f2a3****",\n      "JobId": "11111111aaaabbbbccccddddeeee****",\n      "Score": "7.25",\n      "Format": "gif"\n    },\n    {\n      "CreationTime": "2021-03-01T00:00:12Z",\n      "AIImageInfoId": "d2e3f4a5b6c7d8e9f0a1b2c3d4****",\n      "FileURL": "http://example.aliyundoc.com/a1b2c3d4e5f6a7b8c9d0e1f2a3****/image/ai/11111111aaaa-00002.gif?auth_key=1614560412-0-0-2b3c4d5e6f7a8b9c0d1e****",\n      "Version": "e5f6a7b8c9d0e1f2a3b4c5d6e****",\n      "VideoId": "a1b2c3d4e5f6a7b8c9d0e1f2a3****",\n      "JobId": "11111111aaaabbbbccccddddeeee****",\n      "Score": "6",\n      "Format": "gif"\n    },\n    {\n      "CreationTime": "2021-03-02T09:15:40Z",\n      "AIImageInfoId": "e3f4a5b6c7d8e9f0a1b2c3d4e5****",\n      "FileURL": "http://example.aliyundoc.com/a1b2c3d4e5f6a7b8c9d0e1f2a3****/image/ai/44444444aaaa-00001.png?auth_key=1614676540-0-0-3c4d5e6f7a8b9c0d1e2f****",\n      "Version": "f6a7b8c9d0e1f2a3b4c5d6e7f****",\n      "VideoId": "a1b2c3d4e5f6a7b8c9d0e1f2a3****",\n      "JobId": "44444444aaaabbbbccccddddeeee****",\n      "Score": "4.500000000000001",\n      "Format": "png"\n    }\n  ]\n}\n',
            ),
            (
                200,
                '{\n  "RequestId": "6A7B8C9D-0E1F-4A2B-8C3D-4E5F6A7B8C9D",\n  "AIImageInfoList": []\n}\n',
            ),
            (
                400,
                '{\n  "RequestId": "2F3E4D5C-6B7A-4890-A1B2-C3D4E5F6A7B8",\n  "HostId": "vod.cn-shanghai.aliyuncs.com",\n  "Code": "InvalidParameter",\n  "Message": "The specified parameter \\"VideoId\\" is not valid.",\n  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"\n}\n',
            ),
        ),
        {
            "records": "AIImageJob",
            "select": {
                "parameter": "VideoId",
                "key": "VideoId",
                "results": "AIImageInfoList",
            },
        },
    ),
    OperationModel(
        "SubmitAIImageJob",
        "submit_ai_image_job",
        "SubmitAIImageJobRequest",
        (
            (
                200,
                '{\n  "JobId": "cf08a2c6e11e*****de1711b738b9067",\n  "RequestId": "218A6807-A21E-43*****54-C0512880B0B0"\n}\n',
            ),
            (
                200,
                '{\n  "JobId": "7b3e9d2f41a0*****c58e6b1d0f2a947",\n  "RequestId": "4E1F0A9B-2C3D-4E5F-8A6B-7C8D9E0F1A2B"\n}\n',
            ),
            (
                400,
                '{\n  "RequestId": "8D2C4A6E-1B3F-4C5D-9E7A-0B1C2D3E4F5A",\n  "HostId": "vod.cn-beijing.aliyuncs.com",\n  "Code": "InvalidParameter",\n  "Message": "The specified parameter \\"UserData\\" is not valid.",\n  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"\n}\n',
            ),
        ),
        {
            "records": "AIImageJob",
            "create": {
                "key": "JobId",
                "timestamp": "CreationTime",
                "fields": {
                    "VideoId": "VideoId",
                    "TemplateId": "AITemplateId",
                    "UserData": "UserData",
                },
            },
        },
    ),
)
# Error codes of the spec: code -> (HTTP status, message).
ERRORS = {
    "MissingParameter": (400, ""),
    "InvalidParameter": (400, ""),
    "Throttling": (400, ""),
    "Throttling.User": (400, ""),
    "Throttling.Api": (400, ""),
    "IncompleteSignature": (400, ""),
    "SignatureNonceUsed": (400, ""),
    "InvalidTimeStamp.Expired": (400, ""),
    "SignatureDoesNotMatch": (400, ""),
    "InvalidAccessKeyId.NotFound": (404, ""),
    "Forbidden": (403, ""),
    "Forbidden.RAM": (403, ""),
    "InternalError": (500, ""),
    "ServiceUnavailable": (503, ""),
}


class Emulator(EmulatorBase):
    """Checks signatures, timestamps, nonces and limits; answers with the spec's golden responses."""

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            service=SERVICE,
            operations=OPERATIONS,
            errors=ERRORS,
            models_package=f"{__package__.rpartition('.')[0]}.models",
            credentials=credentials,
            host=host,
            port=port,
        )

    def __enter__(self) -> Emulator:
        self.start()
        return self
