"""Request and response models of GetMediaAuditAudioResultDetail."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "GetMediaAuditAudioResultDetailRequest",
    "GetMediaAuditAudioResultDetailResponse",
    "ListItem",
    "MediaAuditAudioResultDetail",
]


class GetMediaAuditAudioResultDetailRequest(_p.Request):
    """Parameters of GetMediaAuditAudioResultDetail, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """视频ID。可通过点播控制台查询视频ID或通过[SearchMedia](~~86044~~)接口请求后会返回视频ID。"""
    page_no: int | None = _p.param("PageNo", default=None)
    """分页号。可选填，不填则返回所有结果不分页。"""


class GetMediaAuditAudioResultDetailResponse(_m.Model):
    """返回结果数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_audit_audio_result_detail: MediaAuditAudioResultDetail | None = _m.wire(
        "MediaAuditAudioResultDetail"
    )
    """审核结果。"""


class MediaAuditAudioResultDetail(_m.Model):
    """审核结果。"""

    total: int | None = _m.wire("Total")
    """总页数。"""
    page_total: int | None = _m.wire("PageTotal")
    """当前页数。"""
    list_: list[ListItem] | None = _m.wire("List")
    """结果列表。"""


class ListItem(_m.Model):
    """A model of the response."""

    end_time: int | None = _m.wire("EndTime")
    """问题音频结束时间点，单位：秒。"""
    start_time: int | None = _m.wire("StartTime")
    """问题音频开始时间点。单位：秒。"""
    text: str | None = _m.wire("Text")
    """音频对应文本内容。"""
    label: str | None = _m.wire("Label")
    """音频审核结果分类，取值：

    - **normal**：正常。
    - **spam**：含垃圾信息。
    - **ad**：广告。
    - **politics**：涉政。
    - **terrorism**：暴恐。
    - **abuse**：辱骂。
    - **porn**：色情。
    - **flood**：灌水。
    - **contraband**：违禁。
    - **meaningless**：无意义。
    """


OPERATION = OperationInfo(
    "GetMediaAuditAudioResultDetail",
    GetMediaAuditAudioResultDetailRequest,
    GetMediaAuditAudioResultDetailResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("media_audit_audio_result_detail", "list_"),
        page="page_no",
        total=("media_audit_audio_result_detail", "total"),
    ),
)
