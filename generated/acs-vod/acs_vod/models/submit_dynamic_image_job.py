"""Request and response models of SubmitDynamicImageJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DynamicImageJob",
    "SubmitDynamicImageJobRequest",
    "SubmitDynamicImageJobResponse",
]


class SubmitDynamicImageJobRequest(_p.Request):
    """Parameters of SubmitDynamicImageJob, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """视频ID。可通过以下方式获取：

    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """
    dynamic_image_template_id: str = _p.param("DynamicImageTemplateId")
    """动图模板ID。"""
    override_params: str | None = _p.param("OverrideParams", default=None)
    """覆盖参数（JSON字符串）。具体详情，请参见[OverrideParams](~~98618~~)。支持对动图模板配置中的参数进行覆盖。具体内容，请参见[DynamicImageTemplateConfig](~~52839~~)。"""


class SubmitDynamicImageJobResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    dynamic_image_job: DynamicImageJob | None = _m.wire("DynamicImageJob")
    """动图作业信息。"""


class DynamicImageJob(_m.Model):
    """动图作业信息。"""

    job_id: str | None = _m.wire("JobId")
    """动图作业ID。"""


OPERATION = OperationInfo(
    "SubmitDynamicImageJob", SubmitDynamicImageJobRequest, SubmitDynamicImageJobResponse
)
