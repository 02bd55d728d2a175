"""Request and response models of DescribeVodRefreshQuota."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DescribeVodRefreshQuotaRequest", "DescribeVodRefreshQuotaResponse"]


class DescribeVodRefreshQuotaRequest(_p.Request):
    """Parameters of DescribeVodRefreshQuota, checked against the spec's limits when created."""


class DescribeVodRefreshQuotaResponse(_m.Model):
    """A model of the response."""

    block_quota: str | None = _m.wire("BlockQuota")
    """当日存储刷新数量上限。"""
    preload_remain: str | None = _m.wire("PreloadRemain")
    """当天剩余预热数量。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    block_remain: str | None = _m.wire("blockRemain")
    """当日剩余存储刷新数量。"""
    dir_remain: str | None = _m.wire("DirRemain")
    """当日剩余目录刷新数量。"""
    url_remain: str | None = _m.wire("UrlRemain")
    """当日剩余URL刷新数量。"""
    dir_quota: str | None = _m.wire("DirQuota")
    """当日路径刷新数量上限。"""
    url_quota: str | None = _m.wire("UrlQuota")
    """当日URL刷新数量上限。"""
    preload_quota: str | None = _m.wire("PreloadQuota")
    """当天预热数量上限。"""


OPERATION = OperationInfo(
    "DescribeVodRefreshQuota",
    DescribeVodRefreshQuotaRequest,
    DescribeVodRefreshQuotaResponse,
    read_only=True,
    idempotent=True,
)
