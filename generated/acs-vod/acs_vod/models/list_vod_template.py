"""Request and response models of ListVodTemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ListVodTemplateRequest",
    "ListVodTemplateResponse",
    "VodTemplateInfoListItem",
]


class ListVodTemplateRequest(_p.Request):
    """Parameters of ListVodTemplate, checked against the spec's limits when created."""

    template_type: str = _p.param("TemplateType")
    """模板类型。固定取值：**Snapshot**。"""
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。固定取值**app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class ListVodTemplateResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    vod_template_info_list: list[VodTemplateInfoListItem] | None = _m.wire(
        "VodTemplateInfoList"
    )
    """截图模板数据列表。"""


class VodTemplateInfoListItem(_m.Model):
    """A model of the response."""

    creation_time: str | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    is_default: str | None = _m.wire("IsDefault")
    """是否默认。取值：

    - **Default**：默认。
    - **NotDefault**：非默认。
    """
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    template_type: str | None = _m.wire("TemplateType")
    """模板类型。取值：

    - **Snapshot**：截图。
    - **DynamicImage**：动图。
    """
    vod_template_id: str | None = _m.wire("VodTemplateId")
    """模板ID。"""
    template_config: str | None = _m.wire("TemplateConfig")
    """模板详细配置，JSON字符串。数据结构详情，请参见[SnapshotTemplateConfig](~~98618~~)。"""
    name: str | None = _m.wire("Name")
    """模板名称。"""
    modify_time: str | None = _m.wire("ModifyTime")
    """修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""


OPERATION = OperationInfo(
    "ListVodTemplate",
    ListVodTemplateRequest,
    ListVodTemplateResponse,
    read_only=True,
    idempotent=True,
)
