"""Request and response models of GetMediaAuditResultTimeline."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AdItem",
    "GetMediaAuditResultTimelineRequest",
    "GetMediaAuditResultTimelineResponse",
    "LiveItem",
    "LogoItem",
    "MediaAuditResultTimeline",
    "PornItem",
    "TerrorismItem",
]


class GetMediaAuditResultTimelineRequest(_p.Request):
    """Parameters of GetMediaAuditResultTimeline, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """视频ID。"""


class GetMediaAuditResultTimelineResponse(_m.Model):
    """返回结果数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_audit_result_timeline: MediaAuditResultTimeline | None = _m.wire(
        "MediaAuditResultTimeline"
    )
    """审核结果时间线的集合。"""


class MediaAuditResultTimeline(_m.Model):
    """审核结果时间线的集合。"""

    porn: list[PornItem] | None = _m.wire("Porn")
    """鉴黄时间线集合。"""
    terrorism: list[TerrorismItem] | None = _m.wire("Terrorism")
    """暴恐时间线集合。"""
    logo: list[LogoItem] | None = _m.wire("Logo")
    """logo时间线集合。"""
    live: list[LiveItem] | None = _m.wire("Live")
    """不良场景时间线集合。"""
    ad: list[AdItem] | None = _m.wire("Ad")
    """广告时间线集合。"""


class PornItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """鉴黄审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """鉴黄审核结果分类，取值：

    - **porn**：色情。
    - **sexy**：性感。
    - **normal**：普通。
    """


class TerrorismItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """暴恐涉政审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """暴恐涉政审核结果。取值范围：

    - **normal**：正常。
    - **bloody**：血腥。
    - **explosion**：爆炸烟光。
    - **outfit**：特殊装束。
    - **logo**：特殊标识。
    - **weapon**：武器。
    - **politics**：渉政。
    - **violence**：打斗。
    - **crowd**：聚众。
    - **parade**：游行。
    - **carcrash**：车祸现场。
    - **flag**：旗帜。
    - **location**：地标。
    - **others**：其它。
    """


class LogoItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """Logo审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """Logo审核结果分类。取值：
    - **normal**：正常。
    - **TV**：含受管控的Logo。
    - **trademark**：含商标。
    """


class LiveItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """不良内容审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """不良内容审核结果分类。取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。
    """


class AdItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """广告审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """广告审核结果分类。取值：
    - **normal**：正常。
    - **ad**：其他广告。
    - **politics**：文字含涉政内容。
    - **porn**：文字含涉黄内容。
    - **abuse**：文字含辱骂内容。
    - **terrorism**：文字含暴恐内容。
    - **contraband**：文字含违禁内容。
    - **spam**：文字含其他垃圾内容。
    - **npx**：牛皮癣广告。
    - **qrcode**：含二维码。
    - **programCode**：含小程序码。
    """


OPERATION = OperationInfo(
    "GetMediaAuditResultTimeline",
    GetMediaAuditResultTimelineRequest,
    GetMediaAuditResultTimelineResponse,
    read_only=True,
    idempotent=True,
)
