"""Request and response models of GetVideoPlayAuth."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetVideoPlayAuthRequest", "GetVideoPlayAuthResponse", "VideoMeta"]


class GetVideoPlayAuthRequest(_p.Request):
    """Parameters of GetVideoPlayAuth, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID，仅支持传入单个音/视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传音/视频时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[SearchMedia](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    auth_info_timeout: int | None = _p.param("AuthInfoTimeout", default=None)
    """播放凭证过期时间，单位：**秒**。如果凭证过期则无法获取播放地址，需要重新获取凭证。

    - 默认为**100**秒。
    - 取值范围：`[100,3000]`。
    """
    api_version: str | None = _p.param("ApiVersion", default=None)
    """API版本号，固定取值为**1.0.0**。"""


class GetVideoPlayAuthResponse(_m.Model):
    """返回结果。"""

    play_auth: str | None = _m.wire("PlayAuth")
    """音/视频播放凭证。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video_meta: VideoMeta | None = _m.wire("VideoMeta")
    """音/视频Meta信息。"""


class VideoMeta(_m.Model):
    """音/视频Meta信息。"""

    status: str | None = _m.wire("Status")
    """音/视频状态。各取值及描述，请参见[Status：音视频状态](~~52839#title-vqg-8cz-7p8~~)。"""
    duration: float | None = _m.wire("Duration")
    """音/视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """音/视频标题。"""
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    cover_url: str | None = _m.wire("CoverURL")
    """音/视频封面地址。"""


OPERATION = OperationInfo(
    "GetVideoPlayAuth",
    GetVideoPlayAuthRequest,
    GetVideoPlayAuthResponse,
    read_only=True,
    idempotent=True,
)
