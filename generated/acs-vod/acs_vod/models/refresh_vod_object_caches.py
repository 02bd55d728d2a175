"""Request and response models of RefreshVodObjectCaches."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["RefreshVodObjectCachesRequest", "RefreshVodObjectCachesResponse"]


class RefreshVodObjectCachesRequest(_p.Request):
    """Parameters of RefreshVodObjectCaches, checked against the spec's limits when created."""

    object_path: str = _p.param("ObjectPath")
    """预热文件URL。多个URL使用换行符（\\n或\\r\\n）分隔。"""
    object_type: str | None = _p.param("ObjectType", default=None)
    """刷新的类型。取值：

    - **File**（默认值）：文件刷新。
    - **Directory**：目录刷新。
    - **Regex**：正则刷新。
    - **IgnoreParams**：去参数刷新。去参数指的是去除请求 URL 中?及?之后的参数，去参数刷新指的是用户先通过接口提交去参数后的
    URL，然后用户提交的待刷新 URL 将会与已缓存资源的 URL 进行去参数匹配，如果已缓存资源的 URL 去参数以后与待刷新 URL 匹配，那么 CDN
    节点将对缓存资源执行刷新处理。
    """
    force: bool | None = _p.param("Force", default=None)
    """当回源内容和源站资源对比后不一致时，是否刷新对应目录下的资源。默认为 false。

    - **true**：刷新对应目录下的全部资源。选择 “刷新全部资源” 时，如果用户请求的内容匹配到了目录下的资源，CDN
    节点将会直接回源拉取新资源返回给用户，并重新缓存该资源。
    - **false**：刷新对应目录下发生变更的资源。选择 “刷新变更资源” 时，如果用户请求的内容匹配到了目录下的资源，CDN 节点将会回源获取资源的
    Last-Modified 信息，若与当前缓存资源一致，则直接返回已缓存资源，若不一致，则回源拉取新资源返回给用户，并重新缓存该资源。
    """


class RefreshVodObjectCachesResponse(_m.Model):
    """A model of the response."""

    refresh_task_id: str | None = _m.wire("RefreshTaskId")
    """刷新返回的任务ID。多个任务ID用半角逗号（,）分隔。 刷新返回的任务 ID 会按照以下两条规则对刷新任务做合并：

    同一个域名、同一秒钟提交的刷新任务（URL 颗粒度）会被合并为同一个 RefreshTaskId。 同一个域名、同一秒钟提交的刷新任务（URL 颗粒度）如果超过
    2000 条，那么会按照每 2000 条合并为一个 RefreshTaskId 的方式处理。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "RefreshVodObjectCaches",
    RefreshVodObjectCachesRequest,
    RefreshVodObjectCachesResponse,
)
