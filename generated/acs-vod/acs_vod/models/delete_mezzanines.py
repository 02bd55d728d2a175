"""Request and response models of DeleteMezzanines."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteMezzaninesRequest", "DeleteMezzaninesResponse"]


class DeleteMezzaninesRequest(_p.Request):
    """Parameters of DeleteMezzanines, checked against the spec's limits when created."""

    video_ids: str = _p.param("VideoIds")
    """待删除源文件的音/视频ID列表。一次最多支持20个音/视频ID，多个ID之间用半角逗号（,）分隔。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    force: bool | None = _p.param("Force", default=None)
    """是否强制删除源文件，取值：
    - **false**：否，默认值。
    - **true**：是。

    > 当视频转码模式为不转码或异步转码时，由于源文件会作为原画用于播放，默认不可删除该视频的源文件，此时，若需要强制删除该视频的源文件，可将本参数设置为**true**。
    """


class DeleteMezzaninesResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    un_removeable_video_ids: list[str] | None = _m.wire("UnRemoveableVideoIds")
    """不可删除的音/视频ID列表。

    > 一般由于源文件作为原画（当视频转码模式为不转码或异步转码时，源文件会作为原画用于播放，默认不可删除该视频的源文件）或无[权限](~~113600~~)导致。
    """
    non_exist_video_ids: list[str] | None = _m.wire("NonExistVideoIds")
    """不存在的音/视频ID列表。"""


OPERATION = OperationInfo(
    "DeleteMezzanines", DeleteMezzaninesRequest, DeleteMezzaninesResponse
)
