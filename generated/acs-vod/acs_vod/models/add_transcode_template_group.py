"""Request and response models of AddTranscodeTemplateGroup."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddTranscodeTemplateGroupRequest", "AddTranscodeTemplateGroupResponse"]


class AddTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of AddTranscodeTemplateGroup, checked against the spec's limits when created."""

    name: str | None = _p.param("Name", default=None)
    """转码模板组名称。

    - 长度不超过128个字节。
    - UTF-8编码。 > TranscodeTemplateGroupId和Name必须传递一个。
    """
    transcode_template_list: str | None = _p.param(
        "TranscodeTemplateList", default=None
    )
    """转码模板配置信息（JSON字符串）。参数结构详情，请参见[TranscodeTemplate](~~52839~~)。 >-
    该参数不传递，则不会构建转码处理流程，视频上传不会触发转码。 >-
    如果不需要设置Width或者Height属性，则不传相应属性即可，请不要设置为空串，例如："Height":""。
    """
    transcode_template_group_id: str | None = _p.param(
        "TranscodeTemplateGroupId", default=None
    )
    """转码模板组ID。若指定了转码模板组ID，则可向指定的模板组中添加新的转码模板。 > TranscodeTemplateGroupId和Name必须传递一个。"""
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值： **app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class AddTranscodeTemplateGroupResponse(_m.Model):
    """返回参数。"""

    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码模板组ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "AddTranscodeTemplateGroup",
    AddTranscodeTemplateGroupRequest,
    AddTranscodeTemplateGroupResponse,
)
