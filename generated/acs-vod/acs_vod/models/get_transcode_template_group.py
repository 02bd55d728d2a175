"""Request and response models of GetTranscodeTemplateGroup."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetTranscodeTemplateGroupRequest",
    "GetTranscodeTemplateGroupResponse",
    "TranscodeTemplateGroup",
    "TranscodeTemplateListItem",
]


class GetTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of GetTranscodeTemplateGroup, checked against the spec's limits when created."""

    transcode_template_group_id: str = _p.param("TranscodeTemplateGroupId")
    """转码模板组ID。"""


class GetTranscodeTemplateGroupResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_template_group: TranscodeTemplateGroup | None = _m.wire(
        "TranscodeTemplateGroup"
    )
    """转码模板组数据。"""


class TranscodeTemplateGroup(_m.Model):
    """转码模板组数据。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """模板组的创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    is_default: str | None = _m.wire("IsDefault")
    """是否是默认模板组。取值：

    - **Default**：默认模板组。
    - **NotDefault**：非默认模板组。
    """
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码模板组ID。"""
    name: str | None = _m.wire("Name")
    """模板组的名称。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """模板组的修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    locked: str | None = _m.wire("Locked")
    """模板组是否处于锁定状态。取值：
    - **Disabled**：未锁定
    - **Enabled**：锁定
    """
    transcode_template_list: list[TranscodeTemplateListItem] | None = _m.wire(
        "TranscodeTemplateList"
    )
    """转码模板配置信息列表。"""


class TranscodeTemplateListItem(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    """模板类型，取值：

    - **Normal**（默认）：正常转码模板。该类型模板不能设置PackageSetting参数。
    - **VideoPackage**：视频流打包模板。该类型模板会先转码，后构建自适应码流，且必须要配置PackageSetting参数。
    -
    **SubtitlePackage**：字幕打包模板。该类型模板不会转码，仅将对应字幕信息构建到自适应码率输出文件中，且必须要设置PackageSetting参数。但该类型模板不能在模板组中单独存在，需要与VideoPackage类型模板一同配置（一个模板组仅能配置一个该类型模板）。
    """
    video: str | None = _m.wire("Video")
    """视频流转码配置参数（JSON字符串）。"""
    trans_config: str | None = _m.wire("TransConfig")
    """条件转码参数。如需要根据源片码率、分辨率进行基本逻辑判断再输出转码视频，则可设置该参数 （JSON字符串）。"""
    rotate: str | None = _m.wire("Rotate")
    """视频旋转标参数。控制画面的旋转角度，例如：设置180，则视频画面将上下颠倒。取值范围：`[0,360]`。"""
    transcode_template_id: str | None = _m.wire("TranscodeTemplateId")
    """转码模板ID。"""
    template_name: str | None = _m.wire("TemplateName")
    """转码模板名称。"""
    encrypt_setting: str | None = _m.wire("EncryptSetting")
    """转码加密配置信息。"""
    audio: str | None = _m.wire("Audio")
    """音频流转码配置参数（JSON字符串）。"""
    transcode_file_regular: str | None = _m.wire("TranscodeFileRegular")
    """自定义转码输出路径。"""
    container: str | None = _m.wire("Container")
    """封装音视频码流的容器格式（JSON字符串）。"""
    clip: str | None = _m.wire("Clip")
    """视频裁剪配置（JSON字符串）。例如：需要截取视频中的5s内容，用于生成一个新的视频，则可设置该参数。"""
    definition: str | None = _m.wire("Definition")
    """普通转码模板清晰度标记：

    - **LD**（流畅）
    - **SD**（标清）
    - **HD**（高清）
    - **FHD**（超清）
    - **OD**（原画，即转封装）
    - **2K**
    - **4K**
    - **SQ**（普通音质）
    - **HQ**（高音质）

    窄带高清1.0内置转码模板清晰度标记：

    - **LD-NBV1**（流畅）
    - **SD-NBV1**（标清）
    - **HD-NBV1**（高清）
    - **FHD-NBV1**（超清）
    - **2K-NBV1**
    - **4K-NBV1**

    > - 所有转码模板不支持清晰度标记修改。 > - 窄带高清1.0转码模板音视频分辨率、码率等参数为系统内置，不支持修改。 > -
    窄带高清1.0转码模板创建只支持FLV、M3U8(HLS)、MP4格式。
    """
    package_setting: str | None = _m.wire("PackageSetting")
    """打包配置。仅支持HLS自适应码流打包、DASH打包（JSON字符串）。"""
    subtitle_list: str | None = _m.wire("SubtitleList")
    """字幕配置 （JSON字符串）。"""
    mux_config: str | None = _m.wire("MuxConfig")
    """转码的分片设置参数。HLS必传（JSON字符串）。"""
    watermark_ids: list[str] | None = _m.wire("WatermarkIds")
    """关联的图文水印模板ID。"""
    trace_mark: str | None = _m.wire("TraceMark")
    """溯源水印信息。"""
    copyright_mark: str | None = _m.wire("CopyrightMark")
    """版权水印信息。"""


OPERATION = OperationInfo(
    "GetTranscodeTemplateGroup",
    GetTranscodeTemplateGroupRequest,
    GetTranscodeTemplateGroupResponse,
    read_only=True,
    idempotent=True,
)
