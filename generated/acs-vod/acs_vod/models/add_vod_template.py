"""Request and response models of AddVodTemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddVodTemplateRequest", "AddVodTemplateResponse"]


class AddVodTemplateRequest(_p.Request):
    """Parameters of AddVodTemplate, checked against the spec's limits when created."""

    name: str = _p.param("Name")
    """模板名称。

    - 长度不超过128个字节。
    - UTF-8编码。
    """
    template_type: str = _p.param("TemplateType")
    """模板类型。取值：
    - **Snapshot**：截图。
    - **DynamicImage**：动图。
    """
    template_config: str = _p.param("TemplateConfig")
    """模板配置数据（JSON格式）。数据结构详情，请参见[截图模板配置](~~98618~~)或[动图模板配置](~~98618~~)。"""
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值**app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class AddVodTemplateResponse(_m.Model):
    """A model of the response."""

    vod_template_id: str | None = _m.wire("VodTemplateId")
    """截图或动图模板ID。
    可作为[SubmitSnapshotJob](~~SubmitSnapshotJob~~)或[SubmitDynamicImageJob](~~SubmitDynamicImageJob~~)接口的请求参数，发起截图或动图处理。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "AddVodTemplate", AddVodTemplateRequest, AddVodTemplateResponse
)
