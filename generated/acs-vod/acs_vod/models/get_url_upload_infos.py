"""Request and response models of GetURLUploadInfos."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetURLUploadInfosRequest",
    "GetURLUploadInfosResponse",
    "URLUploadInfoListItem",
]


class GetURLUploadInfosRequest(_p.Request):
    """Parameters of GetURLUploadInfos, checked against the spec's limits when created."""

    job_ids: str | None = _p.param("JobIds", default=None)
    """上传任务ID（JobId）列表。由一个或多个JobId组成，JobId为通过[UploadMediaByURL](~~86311~~)接口上传时，返回参数JobId的值。
    - 最多支持10个ID。
    - 多个ID之间使用半角逗号（,）分隔。

    > JobIds和UploadURLs必须指定一个，二者同时传入时只处理JobIds。
    """
    upload_urls: str | None = _p.param("UploadURLs", default=None)
    """上传视频源文件URL列表。多个URL之间使用半角逗号（,）分隔，最多支持10个。 > - 使用前，先进行URL编码。 > -
    如果同一URL视频多次上传，建议传入单个URL进行查询。 > - JobIds和UploadURLs必须指定一个，二者同时传入时只处理JobIds。
    """


class GetURLUploadInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exists: list[str] | None = _m.wire("NonExists")
    """不存在的ID或URL列表。"""
    url_upload_info_list: list[URLUploadInfoListItem] | None = _m.wire(
        "URLUploadInfoList"
    )
    """URL上传信息列表。具体上传名称及描述，请参见[URLUploadInfo：URL上传信息](~~52839~~)。"""


class URLUploadInfoListItem(_m.Model):
    """URL上传信息详情。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """URL拉取任务状态。具体的拉取状态取值及说明，请参见[Status：URL上传任务状态](~~52839~~)。"""
    error_message: str | None = _m.wire("ErrorMessage")
    """错误信息。"""
    error_code: str | None = _m.wire("ErrorCode")
    """错误码。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    job_id: str | None = _m.wire("JobId")
    """上传任务ID。"""
    user_data: str | None = _m.wire("UserData")
    """自定义设置。为JSON字符串。更多信息，请参见[UserData](~~86952~~)。"""
    upload_url: str | None = _m.wire("UploadURL")
    """上传视频源文件URL。

    > 最多可以返回100条记录。
    """
    media_id: str | None = _m.wire("MediaId")
    """上传视频ID。"""
    file_size: str | None = _m.wire("FileSize")
    """文件大小。单位：字节。"""


OPERATION = OperationInfo(
    "GetURLUploadInfos",
    GetURLUploadInfosRequest,
    GetURLUploadInfosResponse,
    read_only=True,
    idempotent=True,
)
