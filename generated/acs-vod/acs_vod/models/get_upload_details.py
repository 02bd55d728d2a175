"""Request and response models of GetUploadDetails."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetUploadDetailsRequest", "GetUploadDetailsResponse", "UploadDetailsItem"]


class GetUploadDetailsRequest(_p.Request):
    """Parameters of GetUploadDetails, checked against the spec's limits when created."""

    media_ids: str = _p.param("MediaIds")
    """媒体ID，即音/视频ID（VideoId）。多个ID之间使用半角逗号（,）分隔，最多支持20个。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取音视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，为返回参数VideoId的值。
    - 音/视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询，为请求后返回参数VideoId的值。
    """
    media_type: str | None = _p.param("MediaType", default=None)
    """媒体类型。取固定值：**video**（音/视频）。"""


class GetUploadDetailsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    forbidden_media_ids: list[str] | None = _m.wire("ForbiddenMediaIds")
    """禁止访问的媒体ID。"""
    non_exist_media_ids: list[str] | None = _m.wire("NonExistMediaIds")
    """不存在的媒体ID。"""
    upload_details: list[UploadDetailsItem] | None = _m.wire("UploadDetails")
    """上传详情列表。"""


class UploadDetailsItem(_m.Model):
    """返回结果详情。"""

    status: str | None = _m.wire("Status")
    """视频状态。具体的视频状态取值及描述，请参见[Status：视频状态](~~52839~~)的取值列表。"""
    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    upload_source: str | None = _m.wire("UploadSource")
    """上传资源。"""
    upload_ip: str | None = _m.wire("UploadIP")
    """上传IP地址。"""
    device_model: str | None = _m.wire("DeviceModel")
    """设备模型。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：_yyyy-MM-ddTHH:mm:ssZ_（UTC时间）。"""
    completion_time: datetime | None = _m.wire("CompletionTime")
    """完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_id: str | None = _m.wire("MediaId")
    """上传的音/视频ID。"""
    upload_size: int | None = _m.wire("UploadSize")
    """上传大小。单位：字节。"""
    upload_ratio: float | None = _m.wire("UploadRatio")
    """上传比率。"""
    upload_status: str | None = _m.wire("UploadStatus")
    """上传任务状态。具体的上传状态取值及描述，请参见[Status：URL上传任务状态](~~52839~~)的取值列表。"""
    title: str | None = _m.wire("Title")
    """标题。"""
    file_size: int | None = _m.wire("FileSize")
    """文件大小。单位：字节。"""


OPERATION = OperationInfo(
    "GetUploadDetails",
    GetUploadDetailsRequest,
    GetUploadDetailsResponse,
    read_only=True,
    idempotent=True,
)
