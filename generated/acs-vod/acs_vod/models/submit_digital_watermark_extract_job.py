"""Request and response models of SubmitDigitalWatermarkExtractJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "SubmitDigitalWatermarkExtractJobRequest",
    "SubmitDigitalWatermarkExtractJobResponse",
]


class SubmitDigitalWatermarkExtractJobRequest(_p.Request):
    """Parameters of SubmitDigitalWatermarkExtractJob, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """待提取水印的视频的视频ID，仅支持传入单个视频ID。可通过以下方式获取：
    - 登录[视频点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[SearchMedia](~~SearchMedia~~)接口请求后会返回视频ID（VideoId）。
    """
    extract_type: str = _p.param("ExtractType")
    """水印提取类型。取值：

    - **TraceMark**：溯源水印。
    - **CopyrightMark**：版权水印。
    """


class SubmitDigitalWatermarkExtractJobResponse(_m.Model):
    """A model of the response."""

    job_id: str | None = _m.wire("JobId")
    """水印提取作业ID。可作为[GetDigitalWatermarkExtractResult](~~GetDigitalWatermarkExtractResult~~)接口的请求参数。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SubmitDigitalWatermarkExtractJob",
    SubmitDigitalWatermarkExtractJobRequest,
    SubmitDigitalWatermarkExtractJobResponse,
)
