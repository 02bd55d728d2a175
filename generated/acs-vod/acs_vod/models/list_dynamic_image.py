"""Request and response models of ListDynamicImage."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DynamicImageListItem",
    "ListDynamicImageRequest",
    "ListDynamicImageResponse",
]


class ListDynamicImageRequest(_p.Request):
    """Parameters of ListDynamicImage, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """


class ListDynamicImageResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    dynamic_image_list: list[DynamicImageListItem] | None = _m.wire("DynamicImageList")
    """动图结果。"""


class DynamicImageListItem(_m.Model):
    """动图详情。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """动图创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    file_url: str | None = _m.wire("FileURL")
    """动图文件地址。"""
    video_id: str | None = _m.wire("VideoId")
    """视频ID。"""
    width: str | None = _m.wire("Width")
    """动图宽。单位：px。"""
    job_id: str | None = _m.wire("JobId")
    """动图作业ID。"""
    height: str | None = _m.wire("Height")
    """动图高。单位：px。"""
    fps: str | None = _m.wire("Fps")
    """动图帧率。单位：帧/每秒。"""
    duration: str | None = _m.wire("Duration")
    """动图时长。单位：秒。"""
    format_: str | None = _m.wire("Format")
    """动图格式，取值：
    - **gif**。
    - **webp**。
    """
    dynamic_image_id: str | None = _m.wire("DynamicImageId")
    """动图ID。"""
    file_size: str | None = _m.wire("FileSize")
    """动图文件大小。单位：Byte。"""


OPERATION = OperationInfo(
    "ListDynamicImage",
    ListDynamicImageRequest,
    ListDynamicImageResponse,
    read_only=True,
    idempotent=True,
)
