"""Request and response models of GetAttachedMediaInfo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AttachedMediaListItem",
    "CategoriesItem",
    "GetAttachedMediaInfoRequest",
    "GetAttachedMediaInfoResponse",
]


class GetAttachedMediaInfoRequest(_p.Request):
    """Parameters of GetAttachedMediaInfo, checked against the spec's limits when created."""

    media_ids: str = _p.param("MediaIds")
    """辅助媒资ID。为[获取辅助媒资上传地址和凭证](~~98467~~)接口返回参数MediaId的值。多个ID之间使用半角逗号（,）分隔，最多支持20个。"""
    auth_timeout: int | None = _p.param("AuthTimeout", default=None)
    """辅助媒资地址过期时间，单位：秒。

    - 如果OutputType取值为**cdn**：
    - 只有开启了URL鉴权的辅助媒资地址才会过期失效，否则会永久有效。
    - 最小值：**1**。
    - 最大值：无限制。
    - 默认值：未设置时，取值为URL鉴权中设置的默认有效时长。
    - 如果OutputType取值为**oss**：
    - 只有存储权限为私有，辅助媒资地址才会过期失效，否则会永久有效。
    - 最小值：**1**。
    -
    最大值：为降低源站安全风险，当辅助媒资存储在点播系统Bucket上时，最大值为**2592000**（即30天），当辅助媒资存储在OSS自有Bucket上时，最大值为**129600**（即36小时）。
    - 默认值：未设置时，取值为**3600**。
    """
    output_type: str | None = _p.param("OutputType", default=None)
    """输出地址类型。取值：

    - **oss**：回源地址。
    - **cdn**（默认）：加速地址。
    """


class GetAttachedMediaInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_media_ids: list[str] | None = _m.wire("NonExistMediaIds")
    """不存在的辅助媒资ID。"""
    attached_media_list: list[AttachedMediaListItem] | None = _m.wire(
        "AttachedMediaList"
    )
    """辅助媒资信息列表。"""


class AttachedMediaListItem(_m.Model):
    """辅助媒资详情。"""

    type_: str | None = _m.wire("Type")
    """辅助媒资类型。

    - **watermark**：水印。
    - **subtitle**：字幕。
    - **material**：素材。
    """
    storage_location: str | None = _m.wire("StorageLocation")
    """文件存储地址。"""
    creation_time: datetime | None = _m.wire("CreationTime")
    """辅助媒资创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """辅助媒资状态。取值：

    - **Uploading**（上传中）：初始状态，表示辅助媒资正在上传。
    - **Normal**（正常）：辅助媒资上传成功。
    - **UploadFail**（失败）：辅助媒资上传失败。
    """
    tags: str | None = _m.wire("Tags")
    """标签。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """辅助媒资更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_id: str | None = _m.wire("MediaId")
    """辅助媒资ID。"""
    description: str | None = _m.wire("Description")
    """描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    url: str | None = _m.wire("URL")
    """辅助媒资URL。

    > 如果点播配置了CDN域名则为CDN地址，否则为OSS地址。
    """
    title: str | None = _m.wire("Title")
    """标题。"""
    categories: list[CategoriesItem] | None = _m.wire("Categories")
    """分类列表。"""


class CategoriesItem(_m.Model):
    """分类详情。"""

    parent_id: int | None = _m.wire("ParentId")
    """父分类ID。"""
    cate_name: str | None = _m.wire("CateName")
    """分类名称。

    - 最大64字节。
    - UTF8编码。
    """
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    level: int | None = _m.wire("Level")
    """分类层级。"""


OPERATION = OperationInfo(
    "GetAttachedMediaInfo",
    GetAttachedMediaInfoRequest,
    GetAttachedMediaInfoResponse,
    read_only=True,
    idempotent=True,
)
