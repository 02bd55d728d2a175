"""Request and response models of GetMediaAuditResultDetail."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "GetMediaAuditResultDetailRequest",
    "GetMediaAuditResultDetailResponse",
    "ListItem",
    "MediaAuditResultDetail",
]


class GetMediaAuditResultDetailRequest(_p.Request):
    """Parameters of GetMediaAuditResultDetail, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """视频ID。"""
    page_no: int = _p.param("PageNo")
    """视频内容审核结果页码。默认值为**1**，每页最多返回**20**条记录。"""


class GetMediaAuditResultDetailResponse(_m.Model):
    """返回结果数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_audit_result_detail: MediaAuditResultDetail | None = _m.wire(
        "MediaAuditResultDetail"
    )
    """审核结果详情。"""


class MediaAuditResultDetail(_m.Model):
    """审核结果详情。"""

    total: int | None = _m.wire("Total")
    """视频审核结果截图总数量。"""
    list_: list[ListItem] | None = _m.wire("List")
    """视频审核结果详情列表。"""


class ListItem(_m.Model):
    """A model of the response."""

    terrorism_score: str | None = _m.wire("TerrorismScore")
    """暴恐涉政审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    ad_label: str | None = _m.wire("AdLabel")
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
    porn_label: str | None = _m.wire("PornLabel")
    """鉴黄审核结果分类。取值：

    - **normal**：普通。
    - **porn**：色情。
    - **sexy**：性感。
    """
    porn_score: str | None = _m.wire("PornScore")
    """鉴黄审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    live_label: str | None = _m.wire("LiveLabel")
    """不良场景审核结果分类。取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。
    """
    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    ad_score: str | None = _m.wire("AdScore")
    """广告审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    live_score: str | None = _m.wire("LiveScore")
    """不良场景审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    logo_score: str | None = _m.wire("LogoScore")
    """Logo审核结果的视频截图的命中分数。取值为：`[0-100]`，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    logo_label: str | None = _m.wire("LogoLabel")
    """Logo审核结果分类。取值：
    - **normal**：正常。
    - **TV**：含受管控的Logo。
    - **trademark**：含商标。
    """
    terrorism_label: str | None = _m.wire("TerrorismLabel")
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


OPERATION = OperationInfo(
    "GetMediaAuditResultDetail",
    GetMediaAuditResultDetailRequest,
    GetMediaAuditResultDetailResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("media_audit_result_detail", "list_"),
        page="page_no",
        total=("media_audit_result_detail", "total"),
    ),
)
