"""Request and response models of RestoreMedia."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ForbiddenList",
    "IgnoredList",
    "MediaForbiddenReasonDTOItem",
    "RestoreMediaRequest",
    "RestoreMediaResponse",
]


class RestoreMediaRequest(_p.Request):
    """Parameters of RestoreMedia, checked against the spec's limits when created."""

    media_ids: str = _p.param("MediaIds")
    """媒体ID，即音/视频ID（VideoId）。多个ID之间使用半角逗号（,）分隔，最多支持20个。可通过以下方式获取：

    - 通过控制台上传的音/视频，可登录点播控制台，选择媒资库 > 音/视频查看音/视频ID。
    - 通过获取音视频上传地址和凭证接口获取上传地址和凭证时，为返回参数VideoId的值。
    - 音/视频上传后，可通过搜索媒体信息接口查询，为请求后返回参数VideoId的值。
    """
    scope: str | None = _p.param("Scope", default=None)
    """变更范围。取值：
    - **All**： 将整个媒资的资源（源文件和转码流）做分级存储。
    - **SourceFile**：仅对媒资ID下的视频源文件做分级存储，源文件之外的资源为标准存储。
    """
    restore_days: str | None = _p.param("RestoreDays", default=None)
    """解冻时长。默认1天，归档媒资最多7天，冷归档媒资最多365天"""
    restore_tier: str | None = _p.param("RestoreTier", default=None)
    """解冻优先级（仅冷归档媒资需要）。取值：
    - **高级**：Expedited，表示1小时内完成解冻、
    - **标准**：Standard，默认值，表示2~5小时内完成解冻。
    - **批量**：Bulk，表示5~12小时内完成解冻。
    """


class RestoreMediaResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    success: bool | None = _m.wire("Success")
    """是否成功。"""
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
    """处理失败的媒资信息。"""

    media_id: str | None = _m.wire("MediaId")
    """媒资ID。"""
    reason: str | None = _m.wire("Reason")
    """失败原因。"""


OPERATION = OperationInfo("RestoreMedia", RestoreMediaRequest, RestoreMediaResponse)
