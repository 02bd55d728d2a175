"""Request and response models of DeleteTranscodeTemplateGroup."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DeleteTranscodeTemplateGroupRequest",
    "DeleteTranscodeTemplateGroupResponse",
]


class DeleteTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of DeleteTranscodeTemplateGroup, checked against the spec's limits when created."""

    transcode_template_group_id: str = _p.param("TranscodeTemplateGroupId")
    """转码模板组ID。"""
    transcode_template_ids: str | None = _p.param("TranscodeTemplateIds", default=None)
    """需要删除的转码模板ID列表。

    - 多个ID使用英文逗号（,）分隔。
    - 最大支持10个模板ID。
    - 当参数ForceDelGroup为空或false时该参数必填。
    """
    force_del_group: str | None = _p.param("ForceDelGroup", default=None)
    """是否强制删除整个转码模板组。取值：

    - **true**：删除整个模板组及其转码模板列表。
    - **false**（默认）：仅删除指定的转码模板。
    """


class DeleteTranscodeTemplateGroupResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_transcode_template_ids: list[str] | None = _m.wire(
        "NonExistTranscodeTemplateIds"
    )
    """根据转码模板ID列表删除转码模板时，不存在的转码模板ID列表。"""


OPERATION = OperationInfo(
    "DeleteTranscodeTemplateGroup",
    DeleteTranscodeTemplateGroupRequest,
    DeleteTranscodeTemplateGroupResponse,
)
