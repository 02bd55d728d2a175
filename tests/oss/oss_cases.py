"""Request inputs shared by the signing tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

UTC = dt.UTC


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    bucket: str | None
    key: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    #: names oss-v2 operations would declare as V1 sub-resources
    v2_sub_resource: tuple[str, ...] = ()


B = "examplebucket"

CASES: list[Case] = [
    Case("get-object", "GET", B, "exampleobject.txt"),
    Case(
        "put-object-meta",
        "PUT",
        B,
        "dir/sub/object.bin",
        headers={
            "Content-Type": "application/octet-stream",
            "Content-MD5": "eB5eJF1ptWaXm4bijSPyxw==",
            "x-oss-meta-Author": "alice",
            "X-Oss-Meta-empty": "",
            "x-oss-meta-z": "last value",
            "x-oss-storage-class": "IA",
            "x-oss-object-acl": "private",
            "Cache-Control": "no-cache",
            "Content-Disposition": "attachment; filename=a.bin",
        },
    ),
    Case("key-spaces-plus-percent", "GET", B, "a b+c%20d%2Fe.txt"),
    Case("key-question-hash", "PUT", B, "what?is#this&that=1;x,y"),
    Case("key-non-ascii", "GET", B, "目录/文件 ñandú ü €.txt"),
    Case("key-emoji", "GET", B, "emoji/😀🚀.png"),
    Case("key-leading-slash", "GET", B, "/leading/slash"),
    Case("key-double-slash", "GET", B, "a//b///c"),
    Case("key-dotdot", "GET", B, ".."),
    Case("key-dot-segments", "GET", B, "a/./b/../c"),
    Case("key-trailing-slash", "PUT", B, "folder/"),
    Case("key-reserved-ascii", "GET", B, "!$&'()*+,;=:@[]{}|^`\"<>\\~_-."),
    Case("key-control-chars", "GET", B, "tab\there\nnewline"),
    Case("acl", "GET", B, None, params={"acl": ""}),
    Case(
        "object-acl",
        "PUT",
        B,
        "k",
        params={"acl": ""},
        headers={"x-oss-object-acl": "public-read"},
    ),
    Case("initiate", "POST", B, "big.iso", params={"uploads": ""}),
    Case(
        "upload-part",
        "PUT",
        B,
        "big.iso",
        params={"partNumber": "3", "uploadId": "0004B9894A22E5B1888A1E29F823****"},
    ),
    Case(
        "complete",
        "POST",
        B,
        "big.iso",
        params={"uploadId": "UPLOAD+ID/with=chars"},
        headers={"Content-Type": "application/xml"},
    ),
    Case("abort", "DELETE", B, "big.iso", params={"uploadId": "abc"}),
    Case(
        "list-parts",
        "GET",
        B,
        "big.iso",
        params={"uploadId": "abc", "max-parts": "1000", "part-number-marker": ""},
    ),
    Case(
        "list-objects-v2",
        "GET",
        B,
        None,
        params={
            "list-type": "2",
            "prefix": "photos/2024 summer/",
            "delimiter": "/",
            "continuation-token": "ChR0ZXN0L2Fh+/=",
            "max-keys": "100",
            "encoding-type": "url",
            "fetch-owner": "",
        },
    ),
    Case(
        "list-objects-v1",
        "GET",
        B,
        None,
        params={"prefix": "", "marker": "a b", "max-keys": "10", "delimiter": ""},
    ),
    Case("list-buckets", "GET", None, None, params={"prefix": "my", "max-keys": "5"}),
    Case("list-buckets-plain", "GET", None, None),
    Case("bucket-info", "GET", B, None, params={"bucketInfo": ""}),
    Case(
        "response-overrides",
        "GET",
        B,
        "report.pdf",
        params={
            "response-content-disposition": 'attachment; filename="r p.pdf"',
            "response-content-type": "application/pdf",
            "response-cache-control": "no-cache",
            "response-expires": "Thu, 01 Dec 1994 16:00:00 GMT",
        },
    ),
    Case(
        "process",
        "GET",
        B,
        "img.jpg",
        params={"x-oss-process": "image/resize,w_100,h_100/quality,q_90"},
    ),
    Case(
        "version-id",
        "DELETE",
        B,
        "k",
        params={
            "versionId": "CAEQNhiBgM0BYiIDc4MGZjZGI2OTBjOTRmNTE5NmU5NmFhZjhjYmY0****"
        },
    ),
    Case(
        "query-unicode",
        "GET",
        B,
        None,
        params={"prefix": "目录/", "marker": "ä~*'()!", "tag": "a=b&c"},
    ),
    Case(
        "website", "PUT", B, None, params={"website": ""}, v2_sub_resource=("website",)
    ),
    Case("cors", "GET", B, None, params={"cors": ""}, v2_sub_resource=("cors",)),
    Case("append", "POST", B, "log.txt", params={"append": "", "position": "1024"}),
    Case(
        "symlink",
        "PUT",
        B,
        "link",
        params={"symlink": ""},
        headers={"x-oss-symlink-target": "target%2Fobj"},
    ),
    Case("tagging", "PUT", B, "obj", params={"tagging": ""}),
    Case("restore", "POST", B, "archived", params={"restore": ""}),
    Case(
        "copy", "PUT", B, "dst", headers={"x-oss-copy-source": "/srcbucket/src%20key"}
    ),
    Case(
        "range",
        "GET",
        B,
        "big.bin",
        headers={"Range": "bytes=0-99", "If-Match": '"etag"'},
    ),
    Case(
        "header-value-unicode",
        "PUT",
        B,
        "k",
        headers={
            "x-oss-meta-name": "中文 value",
            "Content-Type": "text/plain; charset=utf-8",
        },
    ),
]

TIMES = [
    dt.datetime(2024, 5, 17, 8, 9, 10, tzinfo=UTC),
    dt.datetime(2023, 12, 31, 23, 59, 59, tzinfo=UTC),
    # a non-UTC offset: must be converted, 2024-03-01T01:02:03Z
    dt.datetime(2024, 3, 1, 9, 2, 3, tzinfo=dt.timezone(dt.timedelta(hours=8))),
]
