"""Request and response models of DoMetaQuery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import MetaQuery, MetaQueryFile

__all__ = [
    "DoMetaQueryBody",
    "DoMetaQueryRequest",
    "DoMetaQueryResponse",
    "DoMetaQueryResponseMetaQuery",
    "Files",
]


class DoMetaQueryRequest(_p.Request):
    """Parameters of DoMetaQuery, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: DoMetaQueryBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存查询条件的请求体。"""


class DoMetaQueryResponse(_m.Model):
    """保存查询结果的响应体。"""

    meta_query: DoMetaQueryResponseMetaQuery | None = _m.wire("MetaQuery")
    """保存查询结果的容器。"""


class DoMetaQueryResponseMetaQuery(_m.Model):
    """保存查询结果的容器。"""

    next_token: str | None = _m.wire("NextToken")
    """当Object总数大于设置的MaxResults时，用于翻页的token。

    从NextToken开始按字典序返回Object信息列表。

    第一次调用此接口时，设置此字段为空。
    """
    files: Files | None = _m.wire("Files")
    """保存查询结果Object信息的容器。"""


class Files(_m.Model):
    """保存查询结果Object信息的容器。"""

    file: list[MetaQueryFile] | None = _m.wire("File")
    """保存Object信息的列表。"""


class DoMetaQueryBody(_m.Model):
    """A model of the response."""

    meta_query: MetaQuery | None = _m.wire("MetaQuery")
    """保存查询条件的容器。"""


OPERATION = OperationInfo(
    "DoMetaQuery",
    DoMetaQueryRequest,
    DoMetaQueryResponse,
    path="/",
    query=(("metaQuery", ""), ("comp", "query")),
    media="xml",
    read_only=True,
    idempotent=True,
)
