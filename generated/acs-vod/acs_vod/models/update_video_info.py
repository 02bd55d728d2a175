"""Request and response models of UpdateVideoInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateVideoInfoRequest", "UpdateVideoInfoResponse"]


class UpdateVideoInfoRequest(_p.Request):
    """Parameters of UpdateVideoInfo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    title: str | None = _p.param("Title", default=None)
    """音/视频标题。

    - 长度不超过128个字节。
    - UTF-8编码。
    """
    tags: str | None = _p.param("Tags", default=None)
    """标签。

    - 单个标签不超过32字节。最多不超过16个标签。
    - 多个标签之间用半角逗号（,）分隔。
    - UTF-8编码。
    """
    description: str | None = _p.param("Description", default=None)
    """音/视频描述。

    - 长度不超过1024个字节。
    - UTF-8编码。
    """
    cover_url: str | None = _p.param("CoverURL", default=None)
    """音/视频封面URL地址。"""
    cate_id: int | None = _p.param("CateId", default=None)
    """分类ID。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[创建分类](~~56401~~)接口创建分类时，分类ID为返回参数CateId的值。
    - 通过[获取分类及子分类](~~56406~~)接口查询分类时，为请求后返回参数CateId的值。
    """


class UpdateVideoInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateVideoInfo", UpdateVideoInfoRequest, UpdateVideoInfoResponse
)
