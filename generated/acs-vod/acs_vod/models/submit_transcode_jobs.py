"""Request and response models of SubmitTranscodeJobs."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "SubmitTranscodeJobsRequest",
    "SubmitTranscodeJobsResponse",
    "TranscodeJobItem",
    "TranscodeJobs",
]


class SubmitTranscodeJobsRequest(_p.Request):
    """Parameters of SubmitTranscodeJobs, checked against the spec's limits when created."""

    video_id: str | None = _p.param("VideoId", default=None)
    """视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传视频时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[SearchMedia](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """
    template_group_id: str = _p.param("TemplateGroupId")
    """视频转码时使用的转码组ID。使用指定的模板组进行转码，您可以登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理**
    >**媒体处理配置** > **转码模板组**查看模版组ID。
    """
    pipeline_id: str | None = _p.param("PipelineId", default=None)
    """管道ID。"""
    encrypt_config: str | None = _p.param("EncryptConfig", default=None)
    """加密配置，为JSON字符串，只有使用HLS标准加密时才需要此参数。

    > -
    [EncryptConfig](~~86952~~)结构体中**CipherText**参数必须为通过[GenerateKMSDataKey](~~455051~~)生成的AES_128密文密钥，否则标准加密转码失败。标准加密接入流程，请参见[HLS标准加密](~~68612~~)。
    > - 无论标准加密、私有加密，**TemplateGroupId**对应的模板数据，必须都勾选HLS加密选项，否则不加密。
    """
    override_params: str | None = _p.param("OverrideParams", default=None)
    """覆盖参数（JSON字符串），支持对转码模板关联的指定图片水印文件、文字水印内容、字幕文件地址以及字幕文件编码格式的覆盖。参数结构详情，请参见[OverrideParams](~~98618~~)。"""
    priority: str | None = _p.param("Priority", default=None)
    """当前发起的转码作业在所有排队作业中的优先级。

    - 取值范围：**1**~**10**。
    - 最高优先级：**10**。
    - 默认值：**6**。

    > Priority参数只影响当前发起的转码作业在所有排队状态作业中的优先级，但不影响已经转码处理中的任务优先级。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """自定义设置。为JSON字符串，支持消息回调等设置。具体详情，请参见[UserData](~~86952~~)。

    > 此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。
    """


class SubmitTranscodeJobsResponse(_m.Model):
    """返回结果。"""

    transcode_task_id: str | None = _m.wire("TranscodeTaskId")
    """当前提交的转码任务ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_jobs: TranscodeJobs | None = _m.wire("TranscodeJobs")


class TranscodeJobs(_m.Model):
    """A model of the response."""

    transcode_job: list[TranscodeJobItem] | None = _m.wire("TranscodeJob")
    """媒体作业信息。

    > HLS多码率自适应打包任务不会返回该参数，需要异步接收回调处理结果。
    """


class TranscodeJobItem(_m.Model):
    """媒体作业详情。"""

    job_id: str | None = _m.wire("JobId")
    """作业ID。

    > HLS多码率自适应打包任务不会返回该参数，需要异步接收回调处理结果。
    """


OPERATION = OperationInfo(
    "SubmitTranscodeJobs", SubmitTranscodeJobsRequest, SubmitTranscodeJobsResponse
)
