"""Request and response models of GetAIVideoTagResult."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "CategoryItem",
    "GetAIVideoTagResultRequest",
    "GetAIVideoTagResultResponse",
    "KeywordItem",
    "LocationItem",
    "PersonItem",
    "TimeItem",
    "VideoTagResult",
]


class GetAIVideoTagResultRequest(_p.Request):
    """Parameters of GetAIVideoTagResult, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """媒资ID，即视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """


class GetAIVideoTagResultResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video_tag_result: VideoTagResult | None = _m.wire("VideoTagResult")
    """结果数据。"""


class VideoTagResult(_m.Model):
    """结果数据。"""

    category: list[CategoryItem] | None = _m.wire("Category")
    """视频分类的集合。"""
    person: list[PersonItem] | None = _m.wire("Person")
    """人物标签的集合。"""
    time: list[TimeItem] | None = _m.wire("Time")
    """时间标签的集合。"""
    location: list[LocationItem] | None = _m.wire("Location")
    """地点标签的集合。"""
    keyword: list[KeywordItem] | None = _m.wire("Keyword")
    """关键词标签的集合。"""


class CategoryItem(_m.Model):
    """视频分类详情。"""

    tag: str | None = _m.wire("Tag")
    """标签。"""


class PersonItem(_m.Model):
    """人物标签详情。"""

    face_url: str | None = _m.wire("FaceUrl")
    """人脸URL。

    > 只有人物标签结果会返回该字段。
    """
    tag: str | None = _m.wire("Tag")
    """标签。"""
    times: list[str] | None = _m.wire("Times")
    """时间点的集合。单位：毫秒。"""


class TimeItem(_m.Model):
    """时间标签详情。"""

    tag: str | None = _m.wire("Tag")
    """标签。"""
    times: list[str] | None = _m.wire("Times")
    """时间点的集合。单位：毫秒。"""


class LocationItem(_m.Model):
    """地点标签详情。"""

    tag: str | None = _m.wire("Tag")
    """标签。"""
    times: list[str] | None = _m.wire("Times")
    """时间点的集合。单位：毫秒。"""


class KeywordItem(_m.Model):
    """关键词标签详情。"""

    tag: str | None = _m.wire("Tag")
    """标签。"""
    times: list[str] | None = _m.wire("Times")
    """时间点的集合。单位：毫秒。"""


OPERATION = OperationInfo(
    "GetAIVideoTagResult",
    GetAIVideoTagResultRequest,
    GetAIVideoTagResultResponse,
    read_only=True,
    idempotent=True,
)
