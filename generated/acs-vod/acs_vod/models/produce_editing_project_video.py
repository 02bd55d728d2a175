"""Request and response models of ProduceEditingProjectVideo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["ProduceEditingProjectVideoRequest", "ProduceEditingProjectVideoResponse"]


class ProduceEditingProjectVideoRequest(_p.Request):
    """Parameters of ProduceEditingProjectVideo, checked against the spec's limits when created."""

    project_id: str | None = _p.param("ProjectId", default=None)
    """云剪辑工程ID。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**制作中心** > **视频剪辑**，查看ID。
    - 通过[创建云剪辑工程](~~69048~~)接口创建工程时，为返回参数ProjectId的值。
    """
    timeline: str | None = _p.param("Timeline", default=None)
    """云剪辑工程时间线，JSON格式。具体结构定义，请参见[Timeline](~~52839#07bc7fe0f2xuh~~)。"""
    title: str | None = _p.param("Title", default=None)
    """云剪辑工程标题。"""
    description: str | None = _p.param("Description", default=None)
    """云剪辑工程描述。"""
    cover_url: str | None = _p.param("CoverURL", default=None)
    """云剪辑工程封面。"""
    media_metadata: str | None = _p.param("MediaMetadata", default=None)
    """合成视频的元数据，JSON格式。具体结构定义，请参见[MediaMetadata](~~52839#title_rtf_ry5_gjp~~)。"""
    produce_config: str | None = _p.param("ProduceConfig", default=None)
    """合成配置，JSON格式。具体结构定义，请参见[ProduceConfig](~~52839#title-ybl-7cs-y7d~~)。
    >当地域为除上海以外的其他地域时，StorageLocation字段必填。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """自定义设置，为JSON字符串，支持消息回调等设置。具体结构定义，请参见[UserData](~~86952#title_vz7_xzs_0c5~~)。

    > 此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值： **app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class ProduceEditingProjectVideoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_id: str | None = _m.wire("MediaId")
    """合成的视频ID。 > - 视频合成接口同步返回合成的视频ID。 > - 接口返回MediaId，表示视频合成已进入异步处理阶段。"""
    project_id: str | None = _m.wire("ProjectId")
    """云剪辑工程ID。"""


OPERATION = OperationInfo(
    "ProduceEditingProjectVideo",
    ProduceEditingProjectVideoRequest,
    ProduceEditingProjectVideoResponse,
)
