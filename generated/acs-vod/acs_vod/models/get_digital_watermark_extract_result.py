"""Request and response models of GetDigitalWatermarkExtractResult."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AiExtractResultListItem",
    "GetDigitalWatermarkExtractResultRequest",
    "GetDigitalWatermarkExtractResultResponse",
]


class GetDigitalWatermarkExtractResultRequest(_p.Request):
    """Parameters of GetDigitalWatermarkExtractResult, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """待查询的视频ID，仅支持传入单个视频ID。可通过以下方式获取：
    - 登录[视频点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[SearchMedia](~~SearchMedia~~)接口请求后会返回视频ID（VideoId）。
    """
    extract_type: str = _p.param("ExtractType")
    """水印提取类型。取值：

    - **TraceMark**：溯源水印
    - **CopyrightMark**：版权水印
    """
    job_id: str | None = _p.param("JobId", default=None)
    """水印提取作业ID。
    - 调用[SubmitDigitalWatermarkExtractJob](~~SubmitDigitalWatermarkExtractJob~~)接口后会返回。
    - 传入该参数，则可查询指定水印提取作业ID的结果；不传，则默认返回该视频下所有历史水印提取作业的结果。
    """


class GetDigitalWatermarkExtractResultResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    ai_extract_result_list: list[AiExtractResultListItem] | None = _m.wire(
        "AiExtractResultList"
    )
    """水印提取作业详情。"""


class AiExtractResultListItem(_m.Model):
    """A model of the response."""

    job_id: str | None = _m.wire("JobId")
    """水印提取作业ID。"""
    create_time: datetime | None = _m.wire("CreateTime")
    """水印提取作业的创建时间。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """水印提取作业的最后更新时间。"""
    status: str | None = _m.wire("Status")
    """水印提取作业的状态。取值：

    - **Success**：成功
    - **Failed**：失败
    - **Processing**：处理中
    """
    error_message: str | None = _m.wire("ErrorMessage")
    """报错提示信息。当水印提取作业处理失败（即`Status`为`Failed`）时，才会返回本参数。"""
    water_mark_text: str | None = _m.wire("WaterMarkText")
    """提取出的水印文字。"""


OPERATION = OperationInfo(
    "GetDigitalWatermarkExtractResult",
    GetDigitalWatermarkExtractResultRequest,
    GetDigitalWatermarkExtractResultResponse,
    read_only=True,
    idempotent=True,
)
