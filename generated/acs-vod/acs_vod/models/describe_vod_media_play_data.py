"""Request and response models of DescribeVodMediaPlayData."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "DescribeVodMediaPlayDataRequest",
    "DescribeVodMediaPlayDataResponse",
    "QoeInfoListItem",
]


class DescribeVodMediaPlayDataRequest(_p.Request):
    """Parameters of DescribeVodMediaPlayData, checked against the spec's limits when created."""

    play_date: str | None = _p.param("PlayDate", default=None)
    """播放日期，单位：天。格式为：yyyyMMdd。 >- 仅支持按天查询。 >- 仅支持查询过去30天以内的数据。"""
    terminal_type: str | None = _p.param("TerminalType", default=None)
    """播放器SDK的终端类型。传入此参数，可筛选查询指定终端类型的所有音视频的播放数据。取值：
    - **Native**：Android播放器SDK或iOS播放器SDK。
    - **Web**：Web播放器SDK。
    """
    os: str | None = _p.param("Os", default=None)
    """播放端的操作系统。传入此参数，可筛选查询指定操作系统的所有音视频的播放数据。取值：
    - **Android**
    - **iOS**
    - **Windows**
    - **macOS**
    - **Linux**
    """
    region: str | None = _p.param("Region", default=None)
    """服务地域。传入此参数，可筛选查询指定服务地域下的所有音视频的播放数据。取值：
    - **cn-beijing**：华北2（北京）
    - **cn-shanghai**：华东2（上海）
    - **cn-shenzhen**：华南1（深圳）
    - **ap-northeast-1**：日本（东京）
    - **ap-southeast-1**：新加坡
    - **ap-southeast-5**：印度尼西亚（雅加达）
    - **eu-central-1**：德国（法兰克福）
    - **ap-south-1**：印度（孟买）
    """
    media_id: str | None = _p.param("MediaId", default=None)
    """媒体ID，即音/视频ID（VideoId）。传入此参数，可筛选查询指定媒体ID的音视频播放数据，仅支持设置一个媒体ID。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[视频点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[CreateUploadVideo](~~CreateUploadVideo~~)接口上传音/视频时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[SearchMedia](~~SearchMedia~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    page_no: int = _p.param("PageNo")
    """查询数据的当前页码。传入此参数，可指定查询数据从第几页开始返回。"""
    page_size: int = _p.param("PageSize")
    """每页显示的数据条数。传入此参数，可设置返回数据每页显示的条数。最大值为100。"""
    order_type: str | None = _p.param("OrderType", default=None)
    """排序类型，与`OrderName`参数搭配使用。传入此参数，可设置返回数据按指定指标的升序或降序进行排列。取值：
    - **ASC**：升序，返回的数据按从小到大向下排列。
    - **DESC**：降序，返回的数据按从大到小向下排列。
    """
    order_name: str | None = _p.param("OrderName", default=None)
    """指标名称，与`OrderType`参数搭配使用。传入此参数，可设置返回数据按指定指标的升序或降序进行排列。取值：
    - **PlaySuccessVv**：播放总次数。
    - **PlayPerVv**：人均播放次数:。
    - **PlayDuration**：累计播放时长。
    - **PlayDurationPerUv**：人均播放时长。
    """


class DescribeVodMediaPlayDataResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    total_count: int | None = _m.wire("TotalCount")
    """返回数据的总条数。"""
    page_no: int | None = _m.wire("PageNo")
    """返回数据的页码。"""
    page_size: int | None = _m.wire("PageSize")
    """每页显示的数据条数。"""
    qoe_info_list: list[QoeInfoListItem] | None = _m.wire("QoeInfoList")
    """返回数据列表。"""


class QoeInfoListItem(_m.Model):
    """返回数据详情。"""

    video_title: str | None = _m.wire("VideoTitle")
    """音视频的名称。"""
    video_duration: float | None = _m.wire("VideoDuration")
    """音视频的时长，单位：秒。"""
    media_id: str | None = _m.wire("MediaId")
    """媒体ID，即音/视频ID（VideoId）。"""
    dau: float | None = _m.wire("DAU")
    """音视频的访问用户数，单位：个。"""
    play_success_vv: float | None = _m.wire("PlaySuccessVv")
    """音视频的播放总次数，单位：次。"""
    play_duration_per_uv: float | None = _m.wire("PlayDurationPerUv")
    """音视频的人均播放时长，单位：秒。"""
    play_duration: float | None = _m.wire("PlayDuration")
    """音视频的累计播放时长，单位：秒。"""
    play_per_vv: float | None = _m.wire("PlayPerVv")
    """音视频的人均播放次数，单位：次。"""


OPERATION = OperationInfo(
    "DescribeVodMediaPlayData",
    DescribeVodMediaPlayDataRequest,
    DescribeVodMediaPlayDataResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("qoe_info_list",),
        page="page_no",
        page_size="page_size",
        total=("total_count",),
    ),
)
