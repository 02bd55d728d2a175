"""Request and response models of UpdateMediaStorageClass."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ForbiddenList",
    "IgnoredList",
    "MediaForbiddenReasonDTOItem",
    "UpdateMediaStorageClassRequest",
    "UpdateMediaStorageClassResponse",
]


class UpdateMediaStorageClassRequest(_p.Request):
    """Parameters of UpdateMediaStorageClass, checked against the spec's limits when created."""

    media_ids: str = _p.param("MediaIds")
    """媒体ID，即音/视频ID（VideoId）。多个ID之间使用半角逗号（,）分隔，最多支持20个。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取音视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，为返回参数VideoId的值。
    - 音/视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询，为请求后返回参数VideoId的值。
    """
    scope: str | None = _p.param("Scope", default=None)
    """变更范围。取值：
    - **All**： 将整个媒资的资源（源文件和转码流）做分级存储。
    - **SourceFile**：仅对媒资ID下的视频源文件做分级存储，源文件之外的资源为标准存储。
    """
    storage_class: str = _p.param("StorageClass")
    """存储类型。取值：
    - **Standard**：标准
    - **IA**：低频（Infrequent Access）
    - **Archive**：归档
    - **ColdArchive**：冷归档
    """
    restore_tier: str | None = _p.param("RestoreTier", default=None)
    """解冻优先级（仅冷归档媒资需要）。取值：
    - **Expedited**：高级
    - **Standard**：标准
    - **Bulk**：批量
    """
    allow_update_without_time_limit: bool | None = _p.param(
        "AllowUpdateWithoutTimeLimit", default=None
    )
    """是否允许存储时长不足的媒资进行存储类型变更。取值：

    - **true**：允许
    - **false**：不允许

    >如果媒资存储时长不足，强制进行存储类型变更，会涉及额外的取回费用。
    """


class UpdateMediaStorageClassResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    status: str | None = _m.wire("Status")
    """任务状态。取值：

    - **Processing**：处理中。
    - **Failed**：失败。
    """
    ignored_list: IgnoredList | None = _m.wire("IgnoredList")
    forbidden_list: ForbiddenList | None = _m.wire("ForbiddenList")


class IgnoredList(_m.Model):
    """A model of the response."""

    media_id: list[str] | None = _m.wire("MediaId")
    """获取失败的媒资ID列表。"""


class ForbiddenList(_m.Model):
    """A model of the response."""

    media_forbidden_reason_dto: list[MediaForbiddenReasonDTOItem] | None = _m.wire(
        "MediaForbiddenReasonDTO"
    )
    """处理失败的媒资ID列表。"""


class MediaForbiddenReasonDTOItem(_m.Model):
    """处理失败媒资信息。"""

    media_id: str | None = _m.wire("MediaId")
    """媒资ID。"""
    reason: str | None = _m.wire("Reason")
    """失败原因。"""


OPERATION = OperationInfo(
    "UpdateMediaStorageClass",
    UpdateMediaStorageClassRequest,
    UpdateMediaStorageClassResponse,
)
