"""Request and response models of DeleteVideo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteVideoRequest", "DeleteVideoResponse"]


class DeleteVideoRequest(_p.Request):
    """Parameters of DeleteVideo, checked against the spec's limits when created."""

    video_ids: str = _p.param("VideoIds")
    """视频ID列表。由一个或多个视频ID组成，多个ID之间使用半角逗号（,）分隔。最多支持20个。视频ID可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传视频时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[SearchMedia](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """


class DeleteVideoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    forbidden_video_ids: list[str] | None = _m.wire("ForbiddenVideoIds")
    """被禁止操作的视频ID列表。

    > 一般由于无[权限](~~113600~~)导致。
    """
    non_exist_video_ids: list[str] | None = _m.wire("NonExistVideoIds")
    """不存在的视频ID列表。"""


OPERATION = OperationInfo("DeleteVideo", DeleteVideoRequest, DeleteVideoResponse)
