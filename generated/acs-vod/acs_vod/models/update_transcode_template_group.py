"""Request and response models of UpdateTranscodeTemplateGroup."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "UpdateTranscodeTemplateGroupRequest",
    "UpdateTranscodeTemplateGroupResponse",
]


class UpdateTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of UpdateTranscodeTemplateGroup, checked against the spec's limits when created."""

    name: str | None = _p.param("Name", default=None)
    """转码模板组名称。

    - 长度不超过128个字节。
    - UTF-8编码。
    """
    transcode_template_list: str | None = _p.param(
        "TranscodeTemplateList", default=None
    )
    """转码模板配置信息（JSON字符串）。参数结构详情，请参见[TranscodeTemplate](~~52839#title-9mb-8o2-uu6~~)。"""
    locked: str | None = _p.param("Locked", default=None)
    """模板组锁定状态。取值范围：

    - **Enabled**：锁定，处于锁定状态的模板组将无法被修改。
    - **Disabled**（默认）：不锁定。
    """
    transcode_template_group_id: str = _p.param("TranscodeTemplateGroupId")
    """转码模板组ID。"""


class UpdateTranscodeTemplateGroupResponse(_m.Model):
    """返回结果。"""

    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码模板组ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateTranscodeTemplateGroup",
    UpdateTranscodeTemplateGroupRequest,
    UpdateTranscodeTemplateGroupResponse,
)
