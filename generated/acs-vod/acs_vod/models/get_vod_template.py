"""Request and response models of GetVodTemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetVodTemplateRequest", "GetVodTemplateResponse", "VodTemplateInfo"]


class GetVodTemplateRequest(_p.Request):
    """Parameters of GetVodTemplate, checked against the spec's limits when created."""

    vod_template_id: str = _p.param("VodTemplateId")
    """截图模板ID。"""


class GetVodTemplateResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    vod_template_info: VodTemplateInfo | None = _m.wire("VodTemplateInfo")
    """截图模板数据信息。"""


class VodTemplateInfo(_m.Model):
    """截图模板数据信息。"""

    creation_time: str | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    is_default: str | None = _m.wire("IsDefault")
    """是否默认。取值：

    - **Default**（默认）
    - **NotDefault**（非默认）
    """
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
    "GetVodTemplate",
    GetVodTemplateRequest,
    GetVodTemplateResponse,
    read_only=True,
    idempotent=True,
)
