"""Request and response models of UploadStreamByURL."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UploadStreamByURLRequest", "UploadStreamByURLResponse"]


class UploadStreamByURLRequest(_p.Request):
    """Parameters of UploadStreamByURL, checked against the spec's limits when created."""

    stream_url: str = _p.param("StreamURL")
    """转码流文件URL。

    如果转码流的URL需要鉴权，需要在StreamURL中传入鉴权参数，并确保该URL可以通过公网访问。
    """
    media_id: str = _p.param("MediaId")
    """转码流对应的点播媒资ID。"""
    definition: str = _p.param("Definition")
    """视频流清晰度。

    取值，详情请参考: [媒资参数说明-清晰度](~~124671~~)。
    """
    file_extension: str | None = _p.param("FileExtension", default=None)
    """转码流文件扩展名。

    扩展名请参见[概述](~~55396~~)中的音频和视频的支持文件格式。

    当该参数不为空时，会覆盖StreamURL地址中的文件扩展名。

    ><notice>若StreamURL地址中不含文件扩展名，该参数必填。></notice>
    """
    hdr_type: str | None = _p.param("HDRType", default=None)
    """转码流HDR类型。取值：
    - HDR
    - HDR10
    - HLG
    - DolbyVision
    - HDRVivid
    - SDR+ > - 大小写不敏感。 > - 非HDR视频该参数为空即可。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """用户自定义参数。详情参见[UserData](~~86952~~)。 >
    此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。控制台配置HTTP回调的操作，请参考[回调设置](~~86071~~)。
    """


class UploadStreamByURLResponse(_m.Model):
    """基本信息。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    stream_job_id: str | None = _m.wire("StreamJobId")
    """转码流JobId。可以作为[GetURLUploadInfos](~~106830~~)接口的请求参数。

    点播使用JobId唯一标识一个转码流文件。详情请参考：[基本数据-PlayInfo视频播放信息](~~52839~~)。
    """
    file_url: str | None = _m.wire("FileURL")
    """转码流OSS文件地址。"""
    source_url: str | None = _m.wire("SourceURL")
    """转码流输入URL地址。可以作为[GetURLUploadInfos](~~106830~~)接口的请求参数。"""


OPERATION = OperationInfo(
    "UploadStreamByURL", UploadStreamByURLRequest, UploadStreamByURLResponse
)
