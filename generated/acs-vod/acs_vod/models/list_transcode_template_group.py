"""Request and response models of ListTranscodeTemplateGroup."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ListTranscodeTemplateGroupRequest",
    "ListTranscodeTemplateGroupResponse",
    "TranscodeTemplateGroupListItem",
]


class ListTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of ListTranscodeTemplateGroup, checked against the spec's limits when created."""

    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值**app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class ListTranscodeTemplateGroupResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_template_group_list: list[TranscodeTemplateGroupListItem] | None = (
        _m.wire("TranscodeTemplateGroupList")
    )
    """转码模板组数据列表。"""


class TranscodeTemplateGroupListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """模板组的创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    is_default: str | None = _m.wire("IsDefault")
    """是否是默认模板组。取值：

    - **Default**：默认模板组。
    - **NotDefault**：非默认模板组。
    """
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码模板组ID。"""
    name: str | None = _m.wire("Name")
    """模板组的名称。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """模板组的修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    locked: str | None = _m.wire("Locked")
    """转码模板组锁定状态。取值：
    - **Disabled**：未锁定
    - **Enabled**：锁定
    """


OPERATION = OperationInfo(
    "ListTranscodeTemplateGroup",
    ListTranscodeTemplateGroupRequest,
    ListTranscodeTemplateGroupResponse,
    read_only=True,
    idempotent=True,
)
