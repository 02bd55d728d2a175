"""Request and response models of SubmitWorkflowJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SubmitWorkflowJobRequest", "SubmitWorkflowJobResponse"]


class SubmitWorkflowJobRequest(_p.Request):
    """Parameters of SubmitWorkflowJob, checked against the spec's limits when created."""

    workflow_id: str = _p.param("WorkflowId")
    """工作流ID。可登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒体处理配置** >
    **工作流管理**查看ID。
    """
    media_id: str | None = _p.param("MediaId", default=None)
    """媒资ID，即视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """


class SubmitWorkflowJobResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SubmitWorkflowJob", SubmitWorkflowJobRequest, SubmitWorkflowJobResponse
)
