"""Request and response models of SubmitSnapshotJob."""

from __future__ import annotations

from collections.abc import Sequence

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SnapshotJob", "SubmitSnapshotJobRequest", "SubmitSnapshotJobResponse"]


class SubmitSnapshotJobRequest(_p.Request):
    """Parameters of SubmitSnapshotJob, checked against the spec's limits when created."""

    video_id: str | None = _p.param("VideoId", default=None)
    """视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """
    specified_offset_time: int | None = _p.param("SpecifiedOffsetTime", default=None)
    """截图指定时间的起始点。

    - 单位：毫秒。
    - 默认值：**0**。
    """
    width: str | None = _p.param("Width", default=None)
    """截图宽，取值范围：`[8,4096]`，默认原片宽，单位：px。"""
    height: str | None = _p.param("Height", default=None)
    """截图高，取值范围：`[8,4096]`，默认原片高，单位：px。"""
    count: int | None = _p.param("Count", default=None)
    """截图的最大数量。默认值：**1**。"""
    interval: int | None = _p.param("Interval", default=None)
    """截图的间隔时间，必须**大于或等于0**。
    - 单位：秒。
    - 默认值：**1**。
    - Interval为**0**时，表示按照Count数根据视频时长平均截图。
    """
    sprite_snapshot_config: str | None = _p.param("SpriteSnapshotConfig", default=None)
    """生成雪碧图的配置信息。如果不为空则生成雪碧图。参数结构详情，请参见[SpriteSnapshotConfig ](~~86952~~) 。"""
    snapshot_template_id: str | None = _p.param("SnapshotTemplateId", default=None)
    """截图模板ID。
    - 推荐先创建截图模板，再传递截图模板ID。截图模板创建详情，请参见[添加截图模板](~~99406~~)。
    - 如果传递截图模板ID，会忽略除Action、VideoId之外的请求参数。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """自定义设置。仅支持JSON字符串，支持用户自定义数据透传及指定回调地址设置等。参数结构详情，请参见[UserData](~~86952~~)。

    > 此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。
    """
    specified_offset_times: Sequence[int] | None = _p.param(
        "SpecifiedOffsetTimes", default=None, style="json"
    )
    """指定视频时间点进行截图，单位：毫秒。一次可指定最多30个时间点。"""


class SubmitSnapshotJobResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    snapshot_job: SnapshotJob | None = _m.wire("SnapshotJob")
    """截图作业信息。"""


class SnapshotJob(_m.Model):
    """截图作业信息。"""

    job_id: str | None = _m.wire("JobId")
    """截图作业ID。"""


OPERATION = OperationInfo(
    "SubmitSnapshotJob", SubmitSnapshotJobRequest, SubmitSnapshotJobResponse
)
